import type { Field, Header, Line, MeetingDate, NameRef, Participants, Title } from '../model/types';
import type { Dialect } from '../dialects/types';
import { JoinedText } from '../text/joined';
import { lineRange, range, spanRange, subRange, type Lines } from '../text/lines';
import { escapeRegExp, keywordSource } from '../text/normalize';
import { findDate, findLeadingWeekday } from './dates';
import { isAttendanceNamesLine } from './lineKinds';
import { joinRepeatedNames, parseNameList } from './names';

type LabelKey = 'committee' | 'meetingDate' | 'place' | 'participants' | 'absent' | 'secretary';
const LABEL_KEYS: readonly LabelKey[] = ['committee', 'meetingDate', 'place', 'participants', 'absent', 'secretary'];

export interface LabelMatcher {
  match(text: string): { key: LabelKey; length: number } | undefined;
}

const matcherCache = new WeakMap<Dialect, LabelMatcher>();

/** Matches a dialect's header labels at the start of a line (`Mødedato`, `Tilstede`, `Udvalg:`). */
export function labelMatcher(dialect: Dialect): LabelMatcher {
  const cached = matcherCache.get(dialect);
  if (cached) return cached;
  const patterns: Array<{ key: LabelKey; re: RegExp }> = [];
  for (const key of LABEL_KEYS) {
    // Longer labels first: `Afbud/Fraværende` before `Afbud`.
    const words = [...dialect.labels[key]].sort((a, b) => b.length - a.length);
    if (words.length === 0) continue;
    const alternatives = words.map((w) => keywordSource(escapeRegExp(w))).join('|');
    patterns.push({ key, re: new RegExp(`^(${alternatives})(?=$|[\\s:])`, 'i') });
  }
  const matcher: LabelMatcher = {
    match(text) {
      if (text.length > 400) return undefined;
      let best: { key: LabelKey; length: number } | undefined;
      for (const { key, re } of patterns) {
        const m = re.exec(text);
        if (m && (!best || m[1].length > best.length)) best = { key, length: m[1].length };
      }
      return best;
    },
  };
  matcherCache.set(dialect, matcher);
  return matcher;
}

/** `REFERAT …`; `Beslutningsprotokol`, `Beslutningsreferat`, `Mødereferat` and `Protokol` are the words of some systems for the same document. */
const TITLE = /^(?:REFERAT|BESLUTNINGSPROTOKOL|BESLUTNINGSREFERAT|MØDEREFERAT|PROTOKOL)(?=$|[\s:])/i;
/**
 * The committee before the word: `Byrådet - Referat`, `Økonomiudvalget –
 * Referat – 1. oktober 2018`, `Økonomiudvalget. Referat fra møde …`. The word
 * has its capital (prose writes `referat`), and what stands before it is a
 * name, not a sentence that ends on a little word (`Godkendelse af Referat`).
 */
const TITLE_AFTER = /^(\p{Lu}[^\t]{1,80}?)(?:\s*[-–—.:]\s*|\s+)(?:Referat|REFERAT|Beslutningsprotokol|BESLUTNINGSPROTOKOL|Beslutningsreferat|BESLUTNINGSREFERAT|Mødereferat|MØDEREFERAT|Protokol|PROTOKOL)(?=$|[\s:.,–—-])/u;
/** The word a committee's name ends on (`Økonomiudvalget`, `Teknisk Udvalg`, `Byrådet`), for the patterns below. */
const COMMITTEE_WORD = '(?:[Uu]dvalg(?:et)?|[Bb]estyrelse(?:n)?|[Bb]yråd(?:et)?|[Rr]åd(?:et)?|[Ff]orsamling(?:en)?|[Nn]ævn(?:et)?|[Kk]ommission(?:en)?)';
/** `Forretningsudvalget - referat 05-12-2007` (Region Syddanmark): after a dash and a committee's name the word needs no capital. */
const DASH_TITLE = new RegExp(`^(\\p{Lu}[^\\t]{0,80}?${COMMITTEE_WORD})\\s+[-–—]\\s+referat(?=$|[\\s:.,])`, 'u');
/** `Forretningsudvalg - mødesager` (Region Hovedstaden's published cases, with their decisions). */
const MEETING_CASES_TITLE = new RegExp(`^(\\p{Lu}[^\\t]{0,80}?${COMMITTEE_WORD})\\s+[-–]\\s+[Mm]ødesager$`, 'u');
const LITTLE_WORD_END = /\s(?:af|fra|til|om|på|i|for|og|med|et|det|vedr\.?)$/i;
/** `fra møde i`, `af mødet i`, `for mødet i`, `til mødet i` (SBSYS): between the word and the committee. */
const OF_MEETING = /^(?:(?:fra|af|for|til)\s+(?:det\s+)?(?:ekstraordinære\s+|ordinære\s+)?(?:møde[t]?|mødet)(?:\s+i)?|fra|for)\s+/i;
const WEEKDAY_END = /\s*(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)$/i;

/** Where a title line's committee starts and where its own text after the word `Referat` does, or undefined for another line. */
function titleShape(text: string): { committeeFrom: number; committeeTo?: number; restFrom: number } | undefined {
  if (text.length > 250) return undefined;
  const word = TITLE.exec(text);
  if (word) return { committeeFrom: word[0].length, restFrom: word[0].length };
  const m = TITLE_AFTER.exec(text) ?? MEETING_CASES_TITLE.exec(text) ?? DASH_TITLE.exec(text);
  if (!m || LITTLE_WORD_END.test(m[1])) return undefined;
  return { committeeFrom: 0, committeeTo: m[1].length, restFrom: m[0].length };
}

export function isTitleLine(text: string): boolean {
  return titleShape(text) !== undefined;
}

/** Offsets [from, to) of `text` without blanks and separators at either end. */
function trimSeparators(text: string, from: number, to: number): [number, number] {
  while (from < to && /[\s:,.–—-]/.test(text[from])) from++;
  while (to > from && /[\s:,–—-]/.test(text[to - 1])) to--;
  return [from, to];
}

function parseTitle(line: Line): Title {
  const text = line.text;
  const shape = titleShape(text)!;
  const [restFrom] = trimSeparators(text, shape.restFrom, text.length);
  const found = findDate(text.slice(restFrom));
  const dateFrom = found ? restFrom + found.from : text.length;
  let date;
  let dateRange;
  if (found) {
    date = found.date;
    dateRange = subRange(line, dateFrom, restFrom + found.to);
  }
  let committeeFrom: number;
  let committeeEnd: number;
  if (shape.committeeTo !== undefined) {
    [committeeFrom, committeeEnd] = trimSeparators(text, 0, shape.committeeTo);
  } else {
    const of = OF_MEETING.exec(text.slice(restFrom));
    committeeFrom = restFrom + (of ? of[0].length : 0);
    committeeEnd = dateFrom;
    // Drop the ` d.` / ` den` and the weekday that join committee and date; only the end of the text can hold them.
    let before = text.slice(committeeFrom, Math.max(committeeFrom, committeeEnd)).trimEnd();
    const tailFrom = Math.max(0, before.length - 24);
    const joiner = /\s(?:d\.|den|d)$/i.exec(before.slice(tailFrom));
    if (joiner) before = before.slice(0, tailFrom + joiner.index);
    const weekday = WEEKDAY_END.exec(before.slice(Math.max(0, before.length - 12)));
    if (weekday) before = before.slice(0, before.length - weekday[0].length);
    [, committeeEnd] = trimSeparators(text, committeeFrom, committeeFrom + before.length);
  }
  const committee = text.slice(committeeFrom, committeeEnd).trim();
  const title: Title = {
    text,
    range: lineRange(line),
    committee,
    committeeRange: subRange(line, committeeFrom, committeeFrom + committee.length),
    ...(date ? { date, dateRange } : {}),
  };
  // `… den 22. juni 2020 kl. 17:30 i Rådhuset, Mødelokale 2` (SBSYS): the time, and the place after it.
  const after = found ? TITLE_TIME_PLACE.exec(text.slice(restFrom + found.to)) : null;
  if (after) {
    title.time = after[1].replace('.', ':');
    if (after[2]) title.place = after[2].trim();
  }
  return title;
}

/** Without the `i` flag: the place starts with a capital (`i Rådhuset`, not `i øvrigt`). */
const TITLE_TIME_PLACE = /^\s*,?\s*(?:kl|Kl|KL)(?:\.|okken)?\s*(\d{1,2}[.:]\d{2})(?:\s*,?\s+i\s+(\p{Lu}.{1,150}))?$/u;

/** The value lines of a label: the rest of its line, or the next line when the label stands alone. */
interface ValueLines {
  lines: Line[];
  /** Offset of the value in the first line's text. */
  from: number;
}

interface HeaderContext {
  lines: Line[];
  end: number;
  labels: LabelMatcher;
}

function isBoundary(ctx: HeaderContext, text: string): boolean {
  return ctx.labels.match(text) !== undefined || /^(?:indholdsfortegnelse\b|indhold\s*:?$)/i.test(text) || /^(?:punkt|sag\s+nr\.?)\s*\d/i.test(text) || isTitleLine(text);
}

function labelValueFrom(text: string, labelLength: number): number {
  let from = labelLength;
  while (from < text.length && /[\s:]/.test(text[from])) from++;
  return from;
}

/** The next non-blank line after `at`, before the header's end, unless it is another field. */
function valueLineAfter(ctx: HeaderContext, at: number): number | undefined {
  let k = at + 1;
  while (k < ctx.end && ctx.lines[k].text === '') k++;
  return k < ctx.end && !isBoundary(ctx, ctx.lines[k].text) ? k : undefined;
}

function valueLines(ctx: HeaderContext, at: number, labelLength: number, wraps: boolean): { value?: ValueLines; last: number } {
  const { lines, end } = ctx;
  const line = lines[at];
  let from = labelValueFrom(line.text, labelLength);
  let first = at;
  if (from >= line.text.length) {
    // Label alone on its line (pdftotext without -layout): the value follows.
    const k = valueLineAfter(ctx, at);
    if (k === undefined) return { last: at };
    first = k;
    from = 0;
  }
  const picked = [lines[first]];
  if (wraps) {
    let k = first + 1;
    for (;;) {
      const prev = picked[picked.length - 1].text;
      let next = k;
      // A list that ends with a comma continues even after a blank line.
      if (prev.endsWith(',')) while (next < end && lines[next].text === '') next++;
      if (next >= end || lines[next].text === '' || isBoundary(ctx, lines[next].text)) break;
      picked.push(lines[next]);
      k = next + 1;
    }
  }
  return { value: { lines: picked, from }, last: picked[picked.length - 1].index };
}

function makeField(line: Line, labelLength: number, value?: ValueLines, separator?: string): Field & { joined?: JoinedText } {
  const labelRange = subRange(line, 0, labelLength);
  if (!value) return { label: line.text.slice(0, labelLength), labelRange, value: '', range: labelRange };
  const joined = new JoinedText(value.lines, value.from, separator);
  const valueRange = joined.rangeOf(0, joined.text.length);
  return {
    label: line.text.slice(0, labelLength),
    labelRange,
    value: joined.text,
    valueRange,
    range: spanRange(labelRange, valueRange),
    joined,
  };
}

/** A field with no label: the value stands alone (`tirsdag den 4. december 2012, kl. 13:00`). */
function unlabelledField(valueLinesList: Line[], from = 0, separator?: string): Field & { joined: JoinedText } {
  const joined = new JoinedText(valueLinesList, from, separator);
  const valueRange = joined.rangeOf(0, joined.text.length);
  return { label: '', labelRange: { start: valueRange.start, end: valueRange.start }, value: joined.text, valueRange, range: valueRange, joined };
}

function parseMeetingDate(field: Field & { joined?: JoinedText }, nextLine?: Line): MeetingDate {
  const { joined, ...base } = field;
  if (!joined) return base;
  const result: MeetingDate = { ...base };
  const wd = findLeadingWeekday(joined.text);
  if (wd) {
    result.weekday = wd.weekday;
    result.weekdayRange = joined.rangeOf(wd.from, wd.to);
  }
  const found = findDate(joined.text);
  if (found) {
    result.date = found.date;
    result.dateRange = joined.rangeOf(found.from, found.to);
    const rest = joined.text.slice(found.to);
    const time = TIME.exec(rest) ?? BARE_TIME.exec(rest) ?? (nextLine ? TIME_LINE.exec(nextLine.text) : null);
    if (time) result.time = time[1].replace('.', ':');
  }
  return result;
}

const TIME = /\bkl(?:\.|okken)?\s*(\d{1,2}[.:]\d{2})/i;
const TIME_LINE = /^kl(?:\.|okken)?\s*(\d{1,2}[.:]\d{2})$/i;
/** `08-03-2021 16:00`, `04-06-2020 09:00:00`: a time right after the date, with a colon (and seconds). */
const BARE_TIME = /^\s*[-–,]?\s*(\d{1,2}:\d{2})(?::\d{2})?(?![\d:])/;
/** `Tidspunkt: Kl. 19:00`, `Mødetidspunkt: 9:30-11:00`, `Starttidspunkt: kl. 16.00`, `Start kl. : 13:00`, `Mødestart: 13.00`. */
const TIME_FIELD = /^(?:(?:møde|start)?tidspunkt|start\s+kl\.?|mødestart)\s*:?\s*(?:kl(?:\.|okken)?\s*)?(\d{1,2}[.:]\d{2})\b/i;

/** Names one to a line (`Lolan Ottesen (A) - formand`), in columns (`Jesper Mathiesen (A)    Ole Bjerregaard (V)`). */
function namesPerLine(lines: Line[]): NameRef[] {
  const names: NameRef[] = [];
  for (const line of lines) {
    // `Heino Knudsen` / `Formand` / `(A)`, each a paragraph of its own (web pages): the role and party are the name's notes.
    const aside = names.length > 0 ? asideOf(line.text) : undefined;
    if (aside !== undefined) {
      const previous = names[names.length - 1];
      previous.note = previous.note ? `${previous.note}, ${aside}` : aside;
      continue;
    }
    const joined = new JoinedText([line]);
    const text = joined.text;
    const gap = /\s{3,}|\t+/g;
    // A web page's bullets (`• Brian Nielsen (D)`) are no part of the name.
    let from = LIST_BULLET.exec(text)?.[0].length ?? 0;
    for (let m = gap.exec(text); ; m = gap.exec(text)) {
      const to = m ? m.index : text.length;
      if (to > from) names.push(...parseNameList(joined, from, to));
      if (!m) break;
      from = m.index + m[0].length;
    }
  }
  return names;
}

const LIST_BULLET = /^[•·▪◦*–-]\s+/;

/** A line with only a member's party (`(A)`) or role (`Formand`, `2. næstformand`). */
const PARTY_LINE = /^\(([^()]{1,12})\)$/;
const ROLE_LINE = /^(?:\d\.\s*)?(?:formand|næstformand|løsgænger|borgmester|viceborgmester)$/i;

function asideOf(text: string): string | undefined {
  const party = PARTY_LINE.exec(text);
  if (party) return party[1];
  return ROLE_LINE.test(text) ? text.toLowerCase() : undefined;
}

/**
 * Whether the list goes on past a blank line, at line `next`, after its line
 * `last`: a party or role, or a name after one, where each stands in a
 * paragraph of its own.
 */
function listGoesOn(ctx: HeaderContext, last: Line, next: number): boolean {
  const text = ctx.lines[next].text;
  if (asideOf(text) !== undefined) return true;
  if (asideOf(last.text) === undefined || text.length > 60 || /[\d:]/.test(text) || !/^\p{Lu}/u.test(text) || isBoundary(ctx, text)) return false;
  // A name: two words or more with capitals, or one the party or role follows (`JohnFobian-Madsen` / `(A)`).
  if (/^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(text)) return true;
  let k = next + 1;
  while (k < ctx.end && ctx.lines[k].text === '' && k <= next + 2) k++;
  return k < ctx.end && asideOf(ctx.lines[k].text) !== undefined;
}

/** The lines of a list under a label that stands alone, up to a blank line or the next field. */
function listLines(ctx: HeaderContext, at: number): Line[] {
  const out: Line[] = [];
  for (let k = at + 1; k < ctx.end && out.length < 120; k++) {
    const text = ctx.lines[k].text;
    if (text === '') {
      if (out.length === 0) continue;
      let next = k + 1;
      while (next < ctx.end && ctx.lines[next].text === '' && next <= k + 1) next++;
      if (next < ctx.end && ctx.lines[next].text !== '' && listGoesOn(ctx, out[out.length - 1], next)) {
        k = next - 1;
        continue;
      }
      break;
    }
    if (isBoundary(ctx, text)) break;
    out.push(ctx.lines[k]);
  }
  return out;
}

/** `Erling Larsen, (A)`: one name a line, its party after a comma. */
const PARTY_AFTER_COMMA = /,\s*\([^()]{1,40}\)$/;

function parseList(ctx: HeaderContext, at: number, labelLength: number): { list: Participants; last: number } {
  const line = ctx.lines[at];
  const inline = labelValueFrom(line.text, labelLength) < line.text.length;
  const following = inline ? [] : listLines(ctx, at);
  // One name a line, unless the list is written with commas (`A, B,` / `C`).
  const commas = following.some((l) => l.text.replace(PARTY_AFTER_COMMA, '').includes(','));
  // With commas, each line its own list where every line holds whole names (`Maria Grell, Merete Øst indkaldt` / `Jens Askov`); else the lines are one list wrapped.
  const perLine = commas && following.every((l) => isAttendanceNamesLine(l.text.replace(/,\s*$/, '')));
  if (!inline && following.length > 0 && (!commas || perLine)) {
    const labelRange = subRange(line, 0, labelLength);
    const valueRange = spanRange(lineRange(following[0]), lineRange(following[following.length - 1]));
    return {
      list: {
        label: line.text.slice(0, labelLength),
        labelRange,
        value: following.map((l) => l.text.replace(/,\s*$/, '')).join(', '),
        valueRange,
        range: spanRange(labelRange, valueRange),
        members: joinRepeatedNames(perLine ? following.flatMap((l) => parseNameList(new JoinedText([l]))) : namesPerLine(following)),
      },
      last: following[following.length - 1].index,
    };
  }
  const { value, last } = valueLines(ctx, at, labelLength, true);
  const { joined, ...base } = makeField(line, labelLength, value);
  return { list: { ...base, members: joined ? joinRepeatedNames(parseNameList(joined)) : [] }, last };
}

const PROSE_DATE_MAX = 120;

function isProseDate(text: string): boolean {
  if (text.length > PROSE_DATE_MAX) return false;
  const found = findDate(text);
  if (!found) return false;
  // `tirsdag den 4. december 2012, kl. 13:00`, `Torsdag den 20. juni 2013`, `4. december 2012`.
  return findLeadingWeekday(text) !== undefined || found.from <= 4;
}

/** Line i read as blank, where it starts. */
function blankLine(all: Lines, i: number): Line {
  const at = all.start(i);
  return { index: i, raw: '', start: at, end: at, text: '', page: all.page(i) };
}

/** `Åben`, `Lukket` alone: which part of the minutes, not whose. */
const PART_MARK = /^(?:åben|åbent|lukket)$/i;

/** A line that is a committee's name (`Økonomiudvalget`, `Konstituerende møde i Kommunalbestyrelsen`): what stands before `møde i` is left out. */
const COMMITTEE_LINE = new RegExp(`^(.{0,60}?\\bmøde(?:t)?\\s+i\\s+)?\\p{Lu}[\\p{L} ,.\\-–]{0,80}?${COMMITTEE_WORD}$`, 'iu');

/** Whether only a few blank lines stand between line `last` and line `at`: the lists of one header, not a label met again in the text. */
function followsClosely(lines: readonly Line[], last: number, at: number): boolean {
  if (at - last > 4) return false;
  for (let k = last + 1; k < at; k++) if (lines[k].text !== '') return false;
  return true;
}

/** A later list of absences added to the first: its members keep their own label as a note where the labels differ. */
function joinAbsences(first: Participants, later: Participants): Participants {
  const note = later.label;
  const differs = note.toLowerCase() !== first.label.toLowerCase();
  const named = new Set(first.members.map((m) => m.name));
  const members = later.members.filter((m) => !named.has(m.name)).map((m) => (differs && m.note === undefined ? { ...m, note } : m));
  return {
    ...first,
    value: [first.value, later.value].filter((v) => v !== '').join(', '),
    range: spanRange(first.range, later.range),
    members: [...first.members, ...members],
  };
}

/** `Deltagere: …`, `Til stede: …`: a label of a few words and a colon. */
const FIELD_LINE = /^\p{Lu}[\p{L}/ ]{1,30}:(?:\s|$)/u;

/** Reads title and fields from lines [0, end). */
export function parseHeader(all: Lines, end: number, dialect: Dialect, skip?: { from: number; to: number }): Header {
  // The header is the text's first lines, read many ways: as objects, made once each. The TOC's lines (`skip`) read as blank.
  const lines = Array.from({ length: Math.min(end, all.length) }, (_, i) => (skip && i >= skip.from && i < skip.to ? blankLine(all, i) : all.at(i)));
  const ctx: HeaderContext = { lines, end: lines.length, labels: labelMatcher(dialect) };
  const header: Header = {};
  let titleLine = -1;
  for (let i = 0; i < end; i++) {
    const line = lines[i];
    if (line.text === '') continue;
    if (!header.title && isTitleLine(line.text)) {
      header.title = parseTitle(line);
      titleLine = i;
      continue;
    }
    // A bare `Referat` over the page's own title line (`Referat - Regionsrådet 2018-2021`, Region Sjælland): that line is the title.
    if (header.title && header.title.committee === '' && !header.title.date && i - titleLine <= 3 && isTitleLine(line.text)) {
      const fuller = parseTitle(line);
      if (fuller.committee !== '') {
        header.title = fuller;
        titleLine = i;
        continue;
      }
    }
    const label = ctx.labels.match(line.text);
    if (!label) continue;
    const key = label.key;
    if (key === 'participants' || key === 'absent') {
      // Absences under several labels (`Fraværende med afbud:`, then `Fraværende uden afbud:`) are one list; a second list of participants is not read as members.
      if (key === 'absent' && header.absent && followsClosely(lines, header.absent.range.end.line, i)) {
        const { list, last } = parseList(ctx, i, label.length);
        header.absent = joinAbsences(header.absent, list);
        i = last;
        continue;
      }
      if (header[key]) continue;
      const { list, last } = parseList(ctx, i, label.length);
      header[key] = list;
      i = last;
      continue;
    }
    if (header[key]) continue;
    const { value, last } = valueLines(ctx, i, label.length, false);
    const field = makeField(line, label.length, value);
    if (key === 'meetingDate') {
      header.meetingDate = parseMeetingDate(field, lines[valueLineAfter(ctx, last) ?? last]);
    } else {
      delete field.joined;
      header[key] = field;
    }
    i = last;
  }
  readUnlabelled(ctx, header, titleLine);
  // The time in a field of its own, away from the date (`Dato:` / `Lokale:` / `Tidspunkt: Kl. 19:00`).
  if (header.meetingDate?.date && !header.meetingDate.time) {
    for (let i = 0; i < end; i++) {
      const time = lines[i].text.length < 60 ? TIME_FIELD.exec(lines[i].text) : null;
      if (time) {
        header.meetingDate.time = time[1].replace('.', ':');
        break;
      }
    }
  }
  if (!header.committee && header.title && header.title.committee !== '') {
    const t = header.title;
    header.committee = { label: '', labelRange: { start: t.committeeRange.start, end: t.committeeRange.start }, value: t.committee, valueRange: t.committeeRange, range: t.committeeRange };
  }
  const parts = [header.title?.range, header.committee?.range, header.meetingDate?.range, header.place?.range, header.participants?.range, header.absent?.range, header.secretary?.range]
    .filter((r): r is NonNullable<typeof r> => r !== undefined)
    .sort((a, b) => a.start.line - b.start.line);
  if (parts.length > 0) {
    const endRange = parts.reduce((acc, r) => (r.end.line > acc.end.line ? r : acc));
    header.range = range(parts[0].start.line, parts[0].start.character, endRange.end.line, endRange.end.character);
  }
  return header;
}

/**
 * Systems that print the header as a block without labels: the committee on
 * the line after a bare `Referat`, the date in prose, the place after it.
 */
function readUnlabelled(ctx: HeaderContext, header: Header, titleLine: number): void {
  const { lines, end } = ctx;
  // No title: the text opens with the committee's name and the date under it (`Økonomiudvalget` / `19-08-2025`).
  if (!header.committee && !header.title) {
    const k = end > 0 && lines[0].text !== '' ? 0 : nextNonBlank(lines, 0, end, 3);
    const name = k === undefined ? null : COMMITTEE_LINE.exec(lines[k].text);
    const next = k === undefined ? undefined : nextNonBlank(lines, k, end, 2);
    if (name && next !== undefined && isProseDate(lines[next].text)) {
      const { joined: _joined, ...field } = unlabelledField([lines[k!]], name[1]?.length ?? 0);
      header.committee = field;
      if (titleLine < 0) titleLine = k!;
    }
  }
  if (!header.committee && header.title && header.title.committee === '' && titleLine >= 0) {
    let k = valueLineAfter(ctx, titleLine);
    // `Referat` / `til` / `mødet i Forretningsudvalget` (Region Midtjylland): the committee after the linking words.
    if (k !== undefined && /^(?:til|fra)$/i.test(lines[k].text)) k = valueLineAfter(ctx, k);
    // A field of another system's (`Deltagere: …`) names no committee.
    if (k !== undefined && !isProseDate(lines[k].text) && lines[k].text.length <= 150 && !/referat|dagsorden/i.test(lines[k].text) && !FIELD_LINE.test(lines[k].text)) {
      const from = /^(?:(?:til|fra)\s+)?mødet?\s+i\s+(?=\p{Lu})/iu.exec(lines[k].text)?.[0].length ?? 0;
      const { joined: _joined, ...field } = unlabelledField([lines[k]], from);
      header.committee = field;
    }
  }
  // `Byrådet` on the line above a bare `Referat` (PolWeb, eDoc's running header).
  if (!header.committee && header.title && header.title.committee === '' && titleLine > 0) {
    let k = titleLine - 1;
    while (k > 0 && k >= titleLine - 2 && lines[k].text === '') k--;
    // `Odense Byråd` / `Åben` / `Referat`: the part's mark between them names no committee.
    if (PART_MARK.test(lines[k].text)) {
      const mark = k;
      k--;
      while (k > 0 && k >= mark - 2 && lines[k].text === '') k--;
    }
    const above = k >= 0 ? lines[k].text : '';
    if (above !== '' && above.length <= 80 && !/\d|referat|dagsorden/i.test(above) && !isBoundary(ctx, above) && /^\p{Lu}/u.test(above)) {
      const { joined: _joined, ...field } = unlabelledField([lines[k]]);
      header.committee = field;
    }
  }
  if (header.meetingDate) return;
  let at = -1;
  for (let i = Math.max(0, titleLine); i < end && i < titleLine + 12; i++) {
    if (lines[i].text !== '' && ctx.labels.match(lines[i].text) === undefined && isProseDate(lines[i].text)) {
      at = i;
      break;
    }
  }
  if (at < 0) return;
  header.meetingDate = parseMeetingDate(unlabelledField([lines[at]]), lines[valueLineAfter(ctx, at) ?? at]);
  if (header.place) return;
  // The place: the lines right after the date (and a `Kl. 10:30` line), up to a blank line or a field.
  let anchor = at;
  let k = nextNonBlank(lines, anchor, end, 2);
  if (k !== undefined && TIME_LINE.test(lines[k].text)) {
    anchor = k;
    k = nextNonBlank(lines, anchor, end, 2);
  }
  if (k === undefined) return;
  const placeLines: Line[] = [];
  for (let j = k; j < end && placeLines.length < 4; j++) {
    const text = lines[j].text;
    if (text === '' || isBoundary(ctx, text) || /^(?:åbent|lukket)\s+(?:referat|møde)$/i.test(text)) break;
    placeLines.push(lines[j]);
  }
  if (placeLines.length === 0) return;
  const from = /^i\s+/.exec(placeLines[0].text)?.[0].length ?? 0;
  const { joined: _joined, ...place } = unlabelledField(placeLines, from, ', ');
  header.place = place;
}

/** The first non-blank line after `at`, if it is within `maxBlank` blank lines. */
function nextNonBlank(lines: Line[], at: number, end: number, maxBlank: number): number | undefined {
  let blanks = 0;
  for (let k = at + 1; k < end; k++) {
    if (lines[k].text !== '') return k;
    if (++blanks > maxBlank) return undefined;
  }
  return undefined;
}
