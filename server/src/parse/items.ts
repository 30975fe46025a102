import type { AttendanceLine, DateValue, Decision, Item, Line, QuotedDecision, Section } from '../model/types';
import { JoinedText } from '../text/joined';
import { range, type Lines } from '../text/lines';
import { isBefore, sameDate } from './dates';
import { isPageFooter } from './toc';
import type { LabelMatcher } from './header';
import { sameCommittee } from './committees';
import type { ItemStart } from './itemStarts';
import {
  CLOSED_CASE_LINE, CLOSED_PREFIX, OPEN_PREFIX, TRAILING_CASE, closedSuffixAt, isAttendanceNamesLine, isCaseLabelAlone, isNothingToReport, looksLikeHeading, matchAttendance,
  matchCaseNumber, matchDecision, matchHeading, type DecisionHeading, type QuotedHeading,
} from './lineKinds';
import { parseNameList } from './names';
import type { HeadingVocabulary } from './vocabulary';
import type { Dialect } from '../dialects/types';

export interface ItemContext {
  lines: Lines;
  vocabulary: HeadingVocabulary;
  dialect: Dialect;
  labels: LabelMatcher;
  /** Whether a line is one of the dialect's item lines. */
  isItemLine(text: string): boolean;
  /** This meeting, to tell its decisions from earlier meetings'. */
  meeting: { date?: DateValue; committee?: string };
  /** Whether a line lies in the minutes' closed part (`Lukket referat`). */
  inClosedPart(line: number): boolean;
  /** The known heading (or `null`: none) the scan for item starts found on a line without its colon; `undefined` where it did not look. */
  knownHeadings: Array<string | null | undefined>;
}

/** A line that has a role of its own, so it cannot continue a wrapped title. */
export function isStructural(ctx: ItemContext, text: string): boolean {
  return (
    ctx.isItemLine(text) || matchCaseNumber(text) !== undefined || isCaseLabelAlone(text) || matchDecision(text, ctx.vocabulary) !== undefined ||
    matchHeading(text, ctx.vocabulary) !== undefined || matchAttendance(text) !== undefined ||
    ctx.labels.match(text) !== undefined || isPageFooter(text) || /^intet\b/i.test(text)
  );
}

function lastNonBlank(lines: Lines, from: number, to: number): number {
  let k = to - 1;
  while (k > from && lines.text(k) === '') k--;
  return k;
}

/** The first non-blank line in [from, to), or `to`. */
export function nextNonBlank(lines: Lines, from: number, to: number): number {
  let k = from;
  while (k < to && lines.text(k) === '') k++;
  return k;
}

interface OpenSection {
  section: Section;
  inlineFrom?: number;
  decision?: Omit<Decision, 'section' | 'text' | 'empty'>;
  /** Lines of the section that belong to its heading (the item said again, whose decision it is), not to its text. */
  headingLines?: number[];
}

/** `( )` at the end of a title. */
const EMPTY_BRACKETS = /\s*\(\s*\)\s*$/;

/** `Dagsordenspunkt 1: Godkendelse af dagsorden`: the item said again under its decision heading (Copenhagen's pages). */
const AGENDA_POINT_ECHO = /^dagsordenspunkt\s{1,3}(\d{1,5})\s{0,3}[:.]/i;

/** `Pkt. 42`, `Punkt 42` alone: the item's number said again. */
const ECHO_NUMBER = /^(?:punkt|pkt\.?)\s{0,3}(\d{1,5})\.?$/i;

const MINUTES_HEADING = /^referat:?$/i;
const MINUTES_DECISION: DecisionHeading = { kind: 'decision' };

/** The whole item line said again under it (`1.     Godkendelse af dagsorden (B)`, a web page's heading over the printed item). */
function isEchoLine(text: string, number: number, title: string): boolean {
  if (text.length < title.length + 2 || !text.endsWith(title)) return false;
  const m = /^(\d{1,5})\.?\s+$/.exec(text.slice(0, text.length - title.length));
  return m !== null && Number(m[1]) === number;
}

/** An item on who is away: `Fraværende`, `Afbud`, `Fravær og stedfortrædere`. */
const ATTENDANCE_ITEM = /^(?:fravær|afbud)/i;

/** Parses the item that starts at `start`, up to (not including) line `end`. */
export function parseItem(ctx: ItemContext, start: ItemStart, end: number): Item {
  const { lines, vocabulary } = ctx;
  const headLine = start.line;
  // A titled item's number is its place: its range is empty, where the title starts.
  const digits = start.unnumbered ? undefined : /\d+/.exec(lines.text(headLine))!;
  const numberRange = digits ? lines.sub(headLine, digits.index, digits.index + digits[0].length) : lines.sub(headLine, 0, 0);

  // Title, with a wrapped continuation on the directly following line(s).
  const titleLines = [lines.at(start.titleLine)];
  let k = start.titleLine + 1;
  while (k < end && lines.text(k) !== '' && !isStructural(ctx, lines.text(k)) && titleLines.length < 3) {
    const prev = titleLines[titleLines.length - 1].text;
    if (prev.length < 60 && !/^\p{Ll}/u.test(lines.text(k)) && !/-$/.test(prev)) break;
    titleLines.push(lines.at(k));
    k++;
  }
  const joined = new JoinedText(titleLines, start.titleFrom);
  let titleFrom = 0;
  let titleTo = joined.text.length;
  let closed = false;
  let closedRange;
  const closedMatch = CLOSED_PREFIX.exec(joined.text);
  if (closedMatch) {
    closed = true;
    closedRange = joined.rangeOf(0, closedMatch[0].replace(/\s+$/, '').length);
    titleFrom = closedMatch[0].length;
  } else {
    titleFrom = OPEN_PREFIX.exec(joined.text)?.[0].length ?? 0;
    if (ctx.inClosedPart(start.line)) closed = true;
  }
  let caseNumber: Item['caseNumber'];
  const glued = TRAILING_CASE.exec(joined.text);
  if (glued && glued.index > titleFrom) {
    const from = glued.index + glued[0].length - glued[1].length;
    caseNumber = { value: glued[1], range: joined.rangeOf(from, joined.text.length) };
    titleTo = glued.index;
  }
  // `Godkendelse af dagsorden ( )`: a web page's empty brackets (an icon lost in the copy) are no part of the title.
  const empty = EMPTY_BRACKETS.exec(joined.text.slice(0, titleTo));
  if (empty && empty.index > titleFrom) titleTo = empty.index;
  // `Salg af grund (Lukket punkt)`: the mark after the title closes the item too.
  const suffix = closed ? -1 : closedSuffixAt(joined.text.slice(0, titleTo));
  if (suffix > titleFrom) {
    closed = true;
    const markFrom = suffix + (/^\s*/.exec(joined.text.slice(suffix))?.[0].length ?? 0);
    closedRange = joined.rangeOf(markFrom, titleTo);
    titleTo = suffix;
  }
  const title = joined.text.slice(titleFrom, titleTo).trim();
  const titleRange = joined.rangeOf(titleFrom, titleTo);
  const lastTitleLine = titleLines[titleLines.length - 1].index;
  const headingRange = lines.span(Math.min(headLine, start.titleLine), Math.max(headLine, lastTitleLine));
  // A case number above the heading (`Sagnr.: 1-30-11-06-V`): the item's, and the item starts there.
  const above = start.caseLine !== undefined ? matchCaseNumber(lines.text(start.caseLine)) : undefined;
  if (above && !caseNumber) caseNumber = { value: above.value, range: lines.sub(start.caseLine!, above.from, above.to) };
  // The body starts after the title and after the number line, whichever comes last (`Sag nr. 139` under its title).
  if (k <= headLine) k = headLine + 1;
  const bodyEnd = lastNonBlank(lines, start.line, end);

  const item: Item = {
    number: start.number,
    numberRange,
    ...(start.unnumbered ? { unnumbered: true as const } : {}),
    title,
    titleRange,
    closed,
    ...(closedRange ? { closedRange } : {}),
    headingRange,
    // The item starts where its heading does: one position for both.
    range: above ? lines.span(start.caseLine!, Math.max(bodyEnd, headingRange.end.line)) : lines.extend(headingRange, bodyEnd),
    page: lines.page(headingRange.start.line),
    ...(caseNumber ? { caseNumber } : {}),
    sections: [],
    decisions: [],
    quotedDecisions: [],
    attendance: [],
    preambleLines: [],
  };

  // OS2web pages repeat the item's number and title under its heading (`Pkt. 42` / title): heading, not content.
  const echo = (text: string) => text === title || (text.length <= 12 && ECHO_NUMBER.exec(text)?.[1] === String(item.number)) || isEchoLine(text, item.number, title);
  let echoes = 0;
  const caseLine = item.caseNumber ? -1 : findCaseNumber(ctx, item, k, end, echo);
  // `Lukket - 02.34.02-G01-2-16` under the title: the item is closed, as `Lukket:` before its title says.
  const closedMark = caseLine >= 0 && !item.closed ? CLOSED_CASE_LINE.exec(lines.text(caseLine)) : null;
  if (closedMark) {
    item.closed = true;
    item.closedRange = lines.sub(caseLine, 0, closedMark[1].length);
  }
  const aboutAttendance = ATTENDANCE_ITEM.test(title);

  let open: OpenSection | undefined;
  let quote: QuotedDecision | undefined;
  const laterDecision: LaterDecision = { at: -1, none: Infinity };
  const attendanceLines = new Set<number>();
  const closeSection = (before: number) => {
    if (!open) return;
    const s = open.section;
    const last = lastNonBlank(lines, s.headingRange.start.line, before);
    s.range = lines.extend(s.headingRange, last);
    if (open.decision) item.decisions.push(finishDecision(lines, open, attendanceLines, ctx.dialect.decisionEndsAtBlank, aboutAttendance));
    open = undefined;
  };
  const isHistory = () => open !== undefined && vocabulary.history.has(open.section.canonical);
  const startSection = (i: number, section: Section) => {
    closeSection(i);
    quote = undefined;
    item.sections.push(section);
    open = { section };
  };

  for (let i = k; i < end; i++) {
    const text = lines.text(i);
    if (text === '' || isPageFooter(text) || i === caseLine) continue;
    if (item.sections.length === 0 && echoes < 3 && echo(text)) {
      echoes++;
      continue;
    }

    // `Referat` alone over an item's decision (eDoc's pages of one item, Region Nordjylland); in a list of attachments it names one.
    const decision = matchDecision(text, vocabulary) ?? (text.length <= 8 && MINUTES_HEADING.test(text) && open?.section.canonical !== 'Bilag' ? MINUTES_DECISION : undefined);
    if (decision?.kind === 'quoted') {
      // One range for the heading line, shared where several parts start as it (ranges are never changed).
      const own = lines.range(i);
      quote = {
        ...(decision.committee ? { committee: decision.committee } : {}),
        headingRange: own,
        range: own,
      };
      item.quotedDecisions.push(quote);
      if (open) open.section.bodyLines.push(i);
      else item.preambleLines.push(i);
      continue;
    }
    if (open?.decision && isDecisionHeadingLine(open, decision, text, item.number, title)) {
      // Under a bare `Beslutning`: the item said again, then whose decision it is and when (a wrong date is this decision's, not an earlier one). Part of the heading, not the decision's text.
      if (decision?.kind === 'decision') {
        if (decision.committee) open.decision.committee = decision.committee;
        if (decision.date) {
          open.decision.date = decision.date;
          open.decision.dateRange = lines.sub(i, decision.dateFrom!, decision.dateTo!);
        }
      }
      (open.headingLines ??= []).push(i);
      open.section.bodyLines.push(i);
      continue;
    }
    if (decision && isEarlierDecision(ctx, decision, isHistory(), i, end, laterDecision)) {
      // An earlier meeting's decision kept in the item: its own history section.
      const own = lines.range(i);
      startSection(i, { name: text, canonical: 'Tidligere beslutning', kind: 'section', headingRange: own, range: own, bodyLines: [] });
      quote = {
        ...(decision.committee ? { committee: decision.committee } : {}),
        ...(decision.date ? { date: decision.date } : {}),
        history: true,
        headingRange: own,
        range: own,
      };
      item.quotedDecisions.push(quote);
      continue;
    }
    let heading = decision ? undefined : matchHeading(text, vocabulary, ctx.knownHeadings[i]);
    if (heading && isAttachmentName(ctx, open, i, end)) heading = undefined;
    if (decision || heading) {
      let name = heading ? text.slice(0, heading.length) : text.replace(/\s*:$/, '');
      if (decision?.inlineFrom !== undefined) name = text.slice(0, text.indexOf(':')).trim();
      const own = lines.range(i);
      const section: Section = {
        name,
        canonical: decision ? 'Beslutning' : heading!.canonical,
        kind: decision ? 'decision' : 'section',
        headingRange: own,
        range: own,
        bodyLines: [],
      };
      // Optional fields set one by one rather than spread from throwaway objects: this runs for every heading.
      if (heading?.typo) section.typo = heading.typo;
      startSection(i, section);
      const current = open!;
      if (decision) {
        const found: NonNullable<OpenSection['decision']> = {};
        if (decision.committee) found.committee = decision.committee;
        if (decision.date) {
          found.date = decision.date;
          found.dateRange = lines.sub(i, decision.dateFrom!, decision.dateTo!);
        }
        current.decision = found;
        if (decision.inlineFrom !== undefined) current.inlineFrom = decision.inlineFrom;
      }
      // A near miss of `Beslutning` is still this item's decision.
      if (heading?.typo && heading.canonical === 'Beslutning') {
        section.kind = 'decision';
        current.decision = {};
      }
      continue;
    }

    const attendance = matchAttendance(text);
    if (attendance) {
      const names: Line[] = [];
      let from = attendance.namesFrom;
      let to = attendance.namesTo;
      let last = i;
      if (from >= to) {
        // `Afbud:` alone: the names stand on the next line(s).
        let j = i + 1;
        for (;;) {
          while (j < end && lines.text(j) === '') j++;
          if (j >= end || !isAttendanceNamesLine(lines.text(j)) || names.length >= 5) break;
          names.push(lines.at(j));
          last = j;
          j++;
        }
      }
      // Names one line each under a bare label: each line its own list (`Maria Grell` / `Jens Askov` are two names, not one).
      const listed = names.length > 0 ? names.flatMap((line) => parseNameList(new JoinedText([line]))) : parseNameList(new JoinedText([lines.at(i)]), from, to);
      const record: AttendanceLine = {
        kind: attendance.kind,
        range: lines.span(i, last),
        names: listed,
        inQuote: quote !== undefined || isHistory(),
      };
      item.attendance.push(record);
      for (let j = i; j <= last; j++) {
        if (lines.text(j) === '') continue;
        attendanceLines.add(j);
        if (open) open.section.bodyLines.push(j);
        else item.preambleLines.push(j);
        if (quote) quote.range = lines.extend(quote.range, j);
      }
      i = last;
      continue;
    }

    if (isShapeHeading(ctx, open, i, end)) {
      const own = lines.range(i);
      startSection(i, { name: text, canonical: text, kind: 'section', unknown: true, headingRange: own, range: own, bodyLines: [] });
      continue;
    }

    if (open) open.section.bodyLines.push(i);
    else item.preambleLines.push(i);
    if (quote) quote.range = lines.extend(quote.range, i);
  }
  closeSection(end);
  if (item.closed) readBareDecision(ctx, item, attendanceLines);
  return item;
}

/**
 * In a `Bilag` list, a line that names a heading (`Indstilling`) is an
 * attachment when no prose follows it: the next line is another short name.
 */
function isAttachmentName(ctx: ItemContext, open: OpenSection | undefined, i: number, end: number): boolean {
  if (!open || open.section.canonical !== 'Bilag') return false;
  const next = nextNonBlank(ctx.lines, i + 1, end);
  if (next >= end) return true;
  const text = ctx.lines.text(next);
  if (/^(?:ingen|intet)\.?$/i.test(text) || isStructural(ctx, text)) return false;
  return text.length <= 80 && !/[.:]$/.test(text);
}

/** The case number: the first line after the title, or the value a lone `Sagsnr.:` label waits for. */
function findCaseNumber(ctx: ItemContext, item: Item, from: number, end: number, echo: (text: string) => boolean): number {
  const { lines } = ctx;
  let i = nextNonBlank(lines, from, end);
  let waiting = 0;
  let skipped = 0;
  while (i < end) {
    const text = lines.text(i);
    // Past the item's number and title said again, and one line before them (a list of attachments).
    if (skipped < 4 && (echo(text) || (skipped === 0 && i + 1 < end && echo(lines.text(nextNonBlank(lines, i + 1, end)))))) {
      skipped++;
      i = nextNonBlank(lines, i + 1, end);
      continue;
    }
    const found = matchCaseNumber(text);
    if (found) {
      item.caseNumber = { value: found.value, range: lines.sub(i, found.from, found.to) };
      return i;
    }
    // `Sagsnr.:` / `Sagen afgøres i:` / `12/27845`: the value comes a few lines on.
    if (isCaseLabelAlone(text)) waiting = 4;
    else if (waiting === 0) return -1;
    else waiting--;
    i = nextNonBlank(lines, i + 1, end);
  }
  return -1;
}

/**
 * An earlier meeting's decision: dated another day than this meeting, by the
 * same committee (or none named); or a decision heading inside a history
 * section that a later decision heading of the item follows.
 */
function isEarlierDecision(ctx: ItemContext, decision: DecisionHeading, inHistory: boolean, at: number, end: number, later: LaterDecision): boolean {
  const { date, committee } = ctx.meeting;
  // A decision dated after this meeting is no earlier meeting's (another committee's at its own item aside): it is this meeting's, and `date-mismatch` reports the slip.
  if (decision.date && date && !sameDate(decision.date, date) && (isBefore(decision.date, date) || decision.atItem)) {
    // With this meeting's committee unknown, another day's decision is an earlier one too; so is another committee's
    // at its own meeting's item (`Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:` over the council's decision),
    // unlike a shared item's other committees under `Beslutning <udvalg> den …`.
    if (!decision.committee || !committee || decision.atItem || sameCommittee(decision.committee, committee)) return true;
  }
  if (!inHistory) return false;
  // What an earlier look found still holds: each line of the item is read once, however many decisions its history quotes.
  if (later.at > at) return true;
  if (at >= later.none) return false;
  for (let j = at + 1; j < end; j++) {
    const text = ctx.lines.text(j);
    if (text === '') continue;
    const found = matchDecision(text, ctx.vocabulary);
    if (found?.kind === 'decision' && !(found.date && date && !sameDate(found.date, date))) {
      later.at = j;
      return true;
    }
  }
  later.none = at;
  return false;
}

/** Within one item: a line with this meeting's decision heading, and the line after which there is none. */
interface LaterDecision {
  at: number;
  none: number;
}

/**
 * A heading by shape: a short line that text follows, after a finished
 * sentence or another heading. In a dialect whose free headings are
 * sub-headings, it only ends a decision or a history section.
 */
function isShapeHeading(ctx: ItemContext, open: OpenSection | undefined, i: number, end: number): boolean {
  const { lines } = ctx;
  // What the open section allows first: these tests look at no text.
  // A decision's first line is its text (`Indstillingen godkendt`).
  if (open?.decision && open.section.bodyLines.length === 0 && open.inlineFrom === undefined) return false;
  if (ctx.dialect.freeHeadings === 'subheading' && open && !open.decision && !ctx.vocabulary.history.has(open.section.canonical)) return false;
  const text = lines.text(i);
  if (!looksLikeHeading(text) || /:\s/.test(text)) return false;
  const next = nextNonBlank(lines, i + 1, end);
  if (next >= end) return false;
  const nextText = lines.text(next);
  if (isStructural(ctx, nextText) || looksLikeHeading(nextText) && !/[.!?]$/.test(nextText)) return false;
  let prev = i - 1;
  while (prev >= 0 && lines.text(prev) === '' && !lines.isFurniture(prev)) prev--;
  if (prev < 0 || prev < i - 1) return true; // a blank line before it
  const prevText = lines.text(prev);
  return prevText === '' || /[.:!?)»"”]$/.test(prevText);
}

/**
 * A line right under a decision heading that names no committee or date (or
 * under such lines only): the item said again (`Dagsordenspunkt 1: …`), or a
 * decision form that says whose decision it is (`Økonomiudvalgets beslutning
 * i mødet den 31. marts 2020`).
 */
function isDecisionHeadingLine(
  open: OpenSection,
  decision: DecisionHeading | QuotedHeading | undefined,
  text: string,
  number: number,
  title: string,
): boolean {
  if (open.inlineFrom !== undefined) return false;
  const before = open.headingLines?.length ?? 0;
  if (open.section.bodyLines.length !== before) return false;
  if (decision) {
    return decision.kind === 'decision' && decision.inlineFrom === undefined && (decision.committee !== undefined || decision.date !== undefined) &&
      open.decision!.committee === undefined && open.decision!.date === undefined;
  }
  if (before > 0 || text.length > 300) return false;
  const m = AGENDA_POINT_ECHO.exec(text);
  return m ? Number(m[1]) === number : isEchoLine(text, number, title);
}

/** A closed item that publishes its decision as one bare line (`Godkendt.`): that line is its decision. */
function readBareDecision(ctx: ItemContext, item: Item, attendanceLines: Set<number>): void {
  if (item.sections.length > 0) return;
  const content = item.preambleLines.filter((l) => !attendanceLines.has(l) && !isNothingToReport(ctx.lines.text(l)));
  if (content.length !== 1) return;
  const at = content[0];
  const text = ctx.lines.text(at);
  if (text.length > 300) return;
  const own = ctx.lines.range(at);
  const section: Section = {
    name: 'Beslutning', canonical: 'Beslutning', kind: 'decision', implicit: true,
    headingRange: own, range: own, bodyLines: [at],
  };
  item.preambleLines = item.preambleLines.filter((l) => l !== at);
  item.sections.push(section);
  item.decisions.push({ section, text, textRange: ctx.lines.range(at), empty: false });
}

function finishDecision(lines: Lines, open: OpenSection, attendanceLines: Set<number>, endsAtBlank: boolean, aboutAttendance: boolean): Decision {
  const section = open.section;
  const parts: Array<{ line: number; from: number }> = [];
  if (open.inlineFrom !== undefined) parts.push({ line: section.headingRange.start.line, from: open.inlineFrom });
  // An item on who is away (`1. Fraværende`) decides that (`Afbud fra Anna Hansen.`); else attendance lines are not a decision's text.
  const onlyAttendance = aboutAttendance && open.inlineFrom === undefined && section.bodyLines.every((i) => attendanceLines.has(i));
  const headingLines = open.headingLines;
  for (const i of section.bodyLines) {
    if (attendanceLines.has(i) && !onlyAttendance) continue;
    if (headingLines !== undefined && headingLines.includes(i)) continue;
    // On a web page the decision is one block; what follows a blank line is an untitled block.
    if (endsAtBlank && parts.length > 0 && i > parts[parts.length - 1].line + 1) break;
    parts.push({ line: i, from: 0 });
  }
  const text = parts.map((p) => lines.text(p.line).slice(p.from)).join('\n');
  const decision = { section } as Decision;
  const found = open.decision;
  if (found?.committee !== undefined) decision.committee = found.committee;
  if (found?.date !== undefined) decision.date = found.date;
  if (found?.dateRange !== undefined) decision.dateRange = found.dateRange;
  decision.text = text;
  decision.empty = parts.length === 0;
  if (parts.length > 0) {
    const first = parts[0];
    const last = parts[parts.length - 1];
    decision.textRange = range(first.line, lines.start(first.line) + first.from, last.line, lines.end(last.line));
  }
  return decision;
}
