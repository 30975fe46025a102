import type { Field, Header, Line, MeetingDate, Participants, Title } from '../model/types';
import { JoinedText } from '../text/joined';
import { lineRange, range, spanRange, subRange } from '../text/lines';
import { keywordSource } from '../text/normalize';
import { findDate, findLeadingWeekday } from './dates';
import { parseNameList } from './names';
import { LABELS } from './vocabulary';

function labelPattern(label: string): RegExp {
  return new RegExp(`^(${keywordSource(label)})(?=$|[\\s:])`, 'i');
}

const LABEL_PATTERNS = {
  meetingDate: labelPattern(LABELS.meetingDate),
  place: labelPattern(LABELS.place),
  participants: labelPattern(LABELS.participants),
};

type LabelKey = keyof typeof LABEL_PATTERNS;

export function matchLabel(text: string): { key: LabelKey; length: number } | undefined {
  for (const key of Object.keys(LABEL_PATTERNS) as LabelKey[]) {
    const m = LABEL_PATTERNS[key].exec(text);
    if (m) return { key, length: m[1].length };
  }
  return undefined;
}

const TITLE = /^REFERAT(?=$|[\s:])/i;

export function isTitleLine(text: string): boolean {
  return TITLE.test(text);
}

function parseTitle(line: Line): Title {
  const text = line.text;
  let from = 7;
  while (from < text.length && /[\s:]/.test(text[from])) from++;
  const rest = text.slice(from);
  const found = findDate(rest);
  let committeeEnd = rest.length;
  let dateRange;
  let date;
  if (found) {
    date = found.date;
    dateRange = subRange(line, from + found.from, from + found.to);
    committeeEnd = found.from;
    // Drop the ` d.` / ` den` that joins committee and date.
    const before = rest.slice(0, committeeEnd);
    const joiner = /\s+(?:d\.|den|d)\s*$/i.exec(before);
    committeeEnd = joiner ? joiner.index : before.trimEnd().length;
  }
  const committee = rest.slice(0, committeeEnd).trim();
  return {
    text,
    range: lineRange(line),
    committee,
    committeeRange: subRange(line, from, from + committee.length),
    ...(date ? { date, dateRange } : {}),
  };
}

/** The value lines of a label: the rest of its line, or the next line when the label stands alone. */
interface ValueLines {
  lines: Line[];
  /** Offset of the value in the first line's text. */
  from: number;
}

function isBoundary(text: string): boolean {
  return matchLabel(text) !== undefined || /^indholdsfortegnelse\b/i.test(text) || /^punkt\s+\d/i.test(text) || isTitleLine(text);
}

function valueLines(lines: Line[], at: number, labelLength: number, end: number, wraps: boolean): { value?: ValueLines; last: number } {
  const line = lines[at];
  let from = labelLength;
  while (from < line.text.length && /[\s:]/.test(line.text[from])) from++;
  let first = at;
  if (from >= line.text.length) {
    // Label alone on its line (pdftotext without -layout): the value follows.
    let k = at + 1;
    while (k < end && lines[k].text === '') k++;
    if (k >= end || isBoundary(lines[k].text)) return { last: at };
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
      if (next >= end || lines[next].text === '' || isBoundary(lines[next].text)) break;
      picked.push(lines[next]);
      k = next + 1;
    }
  }
  return { value: { lines: picked, from }, last: picked[picked.length - 1].index };
}

function makeField(line: Line, labelLength: number, value?: ValueLines): Field & { joined?: JoinedText } {
  const labelRange = subRange(line, 0, labelLength);
  if (!value) return { label: line.text.slice(0, labelLength), labelRange, value: '', range: labelRange };
  const joined = new JoinedText(value.lines, value.from);
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

function parseMeetingDate(field: Field & { joined?: JoinedText }): MeetingDate {
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
    const time = /\bkl(?:\.|okken)?\s*(\d{1,2}[.:]\d{2})/i.exec(joined.text.slice(found.to));
    if (time) result.time = time[1].replace('.', ':');
  }
  return result;
}

/** Reads title and labels from lines [0, end). */
export function parseHeader(lines: Line[], end: number): Header {
  const header: Header = {};
  for (let i = 0; i < end; i++) {
    const line = lines[i];
    if (line.text === '') continue;
    if (!header.title && isTitleLine(line.text)) {
      header.title = parseTitle(line);
      continue;
    }
    const label = matchLabel(line.text);
    if (!label || header[label.key]) continue;
    const { value, last } = valueLines(lines, i, label.length, end, label.key === 'participants');
    const field = makeField(line, label.length, value);
    if (label.key === 'meetingDate') header.meetingDate = parseMeetingDate(field);
    else if (label.key === 'place') {
      delete field.joined;
      header.place = field;
    } else {
      const { joined, ...base } = field;
      const participants: Participants = { ...base, members: joined ? parseNameList(joined) : [] };
      header.participants = participants;
    }
    i = last;
  }
  const parts = [header.title?.range, header.meetingDate?.range, header.place?.range, header.participants?.range]
    .filter((r): r is NonNullable<typeof r> => r !== undefined)
    .sort((a, b) => a.start.line - b.start.line);
  if (parts.length > 0) {
    const endRange = parts.reduce((acc, r) => (r.end.line > acc.end.line ? r : acc));
    header.range = range(parts[0].start.line, parts[0].start.character, endRange.end.line, endRange.end.character);
  }
  return header;
}
