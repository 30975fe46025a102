import type { Line, Position, Range } from '../model/types';

const BOM = 0xfeff;
const FF = 0x0c;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0xa0 || code === FF || code === BOM;
}

/**
 * Splits text into lines (LF, CRLF or lone CR) in one pass. A BOM, form feeds
 * and indentation are skipped for `text` but kept in the columns, so every
 * range points into the text exactly as the editor shows it.
 */
export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  splitInto(lines, source, 0, -1, 1);
  return lines;
}

/**
 * Appends the lines of `source` from offset `from` (a line start) on, with
 * `page` the page there: up to offset `until`, the start of a line, or to the
 * end of the text when `until` is -1.
 */
function splitInto(lines: Line[], source: string, from: number, until: number, page: number): void {
  const n = source.length;
  const stop = until < 0 ? n : until;
  // Line ends found by the engine's own search, not a look at every character.
  const cr = source.indexOf('\r', from);
  const hasCR = cr >= 0 && cr < stop;
  const ff = source.indexOf('\f', from);
  const hasFF = ff >= 0 && ff < stop;
  let lineStart = from;
  while (until < 0 || lineStart < until) {
    let breakAt: number;
    let next: number;
    if (!hasCR) {
      breakAt = source.indexOf('\n', lineStart);
      if (breakAt < 0) breakAt = n;
      next = breakAt + 1;
    } else {
      breakAt = lineStart;
      while (breakAt < n) {
        const code = source.charCodeAt(breakAt);
        if (code === 0x0a || code === 0x0d) break;
        breakAt++;
      }
      next = breakAt + (source.charCodeAt(breakAt) === 0x0d && source.charCodeAt(breakAt + 1) === 0x0a ? 2 : 1);
    }
    const raw = source.slice(lineStart, breakAt);
    // The line belongs to the page its first content is on.
    let start = 0;
    while (start < raw.length && isSpace(raw.charCodeAt(start))) {
      if (raw.charCodeAt(start) === FF) page++;
      start++;
    }
    let end = raw.length;
    while (end > start && isSpace(raw.charCodeAt(end - 1))) end--;
    lines.push({ index: lines.length, raw, start, end, text: raw.slice(start, end), page });
    // Form feeds after the content start the next page for the next line.
    if (hasFF) for (let k = raw.indexOf('\f', start); k >= 0; k = raw.indexOf('\f', k + 1)) page++;
    if (breakAt >= n) break;
    lineStart = next;
  }
}

/** How many lines `resplitLines` took over at the start and at the end. */
export interface Taken {
  before: number;
  after: number;
}

/** How much of a text an edit left as it was: its first `prefix` and last `suffix` characters. */
export interface Unchanged {
  prefix: number;
  suffix: number;
}

/** A line as the split made it: the parse blanks running headers and markers in its own lines. */
function copyLine(l: Line, index: number, page: number): Line {
  return { index, raw: l.raw, start: l.start, end: l.end, text: l.furniture || l.directive ? l.raw.slice(l.start, l.end) : l.text, page };
}

function formFeeds(source: string, from: number, to: number): number {
  let count = 0;
  for (let k = source.indexOf('\f', from); k >= 0 && k < to; k = source.indexOf('\f', k + 1)) count++;
  return count;
}

/**
 * The lines of `source`, an edit of the text `before` was split into: the
 * lines that lie wholly in the part the edit left as it was (and the line
 * break around them) are taken over, renumbered and moved a page where the
 * edit added or removed form feeds; only the lines between are split again.
 * The result is what `splitLines(source)` gives.
 */
export function resplitLines(source: string, before: { source: string; lines: readonly Line[] }, unchanged: Unchanged, taken?: Taken): Line[] {
  const old = before.lines;
  const oldLength = before.source.length;
  const shortest = Math.min(oldLength, source.length);
  const prefix = Math.min(unchanged.prefix, shortest);
  const suffix = Math.min(unchanged.suffix, shortest - prefix);
  const lines: Line[] = [];
  // Lines before the edit: each with its line break and one character after it unchanged.
  let offset = 0;
  let a = 0;
  while (a < old.length - 1) {
    const end = offset + old[a].raw.length;
    const next = end + (before.source.charCodeAt(end) === 0x0d && before.source.charCodeAt(end + 1) === 0x0a ? 2 : 1);
    if (next >= prefix) break;
    lines.push(copyLine(old[a], a, old[a].page));
    offset = next;
    a++;
  }
  // Lines after the edit: each with the character before it unchanged, so a line still starts there.
  const suffixFrom = oldLength - suffix;
  let b = old.length;
  let oldStart = oldLength;
  for (let start = oldLength - old[old.length - 1].raw.length; b > a && start > suffixFrom && start >= offset;) {
    b--;
    oldStart = start;
    if (b === a) break;
    start -= (before.source.charCodeAt(start - 1) === 0x0a && before.source.charCodeAt(start - 2) === 0x0d ? 2 : 1) + old[b - 1].raw.length;
  }
  const shift = source.length - oldLength;
  // The page where the split starts: after the last line taken over, and its form feeds.
  let page = 1;
  if (a > 0) {
    const last = old[a - 1];
    page = last.page;
    for (let k = last.raw.indexOf('\f', last.start); k >= 0; k = last.raw.indexOf('\f', k + 1)) page++;
  }
  splitInto(lines, source, offset, b < old.length ? oldStart + shift : -1, page);
  if (b < old.length) {
    const pages = formFeeds(source, offset, oldStart + shift) - formFeeds(before.source, offset, oldStart);
    const lineShift = lines.length - b;
    for (let j = b; j < old.length; j++) lines.push(copyLine(old[j], j + lineShift, old[j].page + pages));
  }
  if (taken) {
    taken.before = a;
    taken.after = old.length - b;
  }
  return lines;
}

export function pos(line: number, character: number): Position {
  return { line, character };
}

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

/** Range of a line's content (without indentation and trailing blanks). */
export function lineRange(line: Line): Range {
  return range(line.index, line.start, line.index, line.end);
}

/** Range of a substring of a line's content, given offsets into `line.text`. */
export function subRange(line: Line, from: number, to: number): Range {
  return range(line.index, line.start + from, line.index, line.start + to);
}

export function spanRange(first: Range, last: Range): Range {
  return { start: first.start, end: last.end };
}

/** `spanRange(r, lineRange(line))` without the line's range made only to be dropped. */
export function extendTo(r: Range, line: Line): Range {
  return { start: r.start, end: pos(line.index, line.end) };
}

/** From the start of one line's content to the end of another's. */
export function linesRange(first: Line, last: Line): Range {
  return range(first.index, first.start, last.index, last.end);
}

export function containsPosition(r: Range, p: Position): boolean {
  if (p.line < r.start.line || p.line > r.end.line) return false;
  if (p.line === r.start.line && p.character < r.start.character) return false;
  if (p.line === r.end.line && p.character > r.end.character) return false;
  return true;
}
