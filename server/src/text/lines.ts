import type { Line, Position, Range } from '../model/types';

const BOM = 0xfeff;
const FF = 0x0c;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0xa0 || code === FF || code === BOM;
}

const FURNITURE = 1;
const DIRECTIVE = 2;

/**
 * The lines of a text, as offsets into it: typed arrays of where each line
 * starts, how long it is, where its content lies and on which page, and the
 * content itself (a slice of the text; a copy in the lines `resplitLines`
 * splits again). There is no object per line; `at(i)` makes one for code
 * that wants a `Line`.
 */
export class Lines implements Iterable<Line> {
  length = 0;
  /** Offset in the text of each line's first character. */
  private offsets: Int32Array;
  private rawLengths: Int32Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private pages: Int32Array;
  private flags: Uint8Array;
  private texts: string[] = [];

  constructor(readonly source: string, capacity = 16) {
    const n = Math.max(16, capacity);
    this.offsets = new Int32Array(n);
    this.rawLengths = new Int32Array(n);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.pages = new Int32Array(n);
    this.flags = new Uint8Array(n);
  }

  /** The content (without indentation and trailing blanks); empty for a blank line, a running header or a marker. */
  text(i: number): string {
    return this.flags[i] === 0 ? this.texts[i] : '';
  }

  /** The line without its line break. */
  raw(i: number): string {
    const from = this.offsets[i];
    return this.source.slice(from, from + this.rawLengths[i]);
  }

  rawLength(i: number): number {
    return this.rawLengths[i];
  }

  /** Column where the content starts (after BOM, form feeds, indentation). */
  start(i: number): number {
    return this.starts[i];
  }

  /** Column after the last non-blank character. */
  end(i: number): number {
    return this.ends[i];
  }

  /** 1-based page, counted from form feeds; 1 when the text has none. */
  page(i: number): number {
    return this.pages[i];
  }

  /** A running header or footer, blanked so nothing reads it as content. */
  isFurniture(i: number): boolean {
    return (this.flags[i] & FURNITURE) !== 0;
  }

  /** An inline suppression marker, blanked likewise. */
  isDirective(i: number): boolean {
    return (this.flags[i] & DIRECTIVE) !== 0;
  }

  /** What blanked line i (running header, marker), as bits: 0 for neither. */
  blanking(i: number): number {
    return this.flags[i];
  }

  /** Blanks a line the parse found to be a running header (`furniture`) or a marker (`directive`). */
  blank(i: number, kind: 'furniture' | 'directive'): void {
    // The content stays: a later version takes the line over as it was split, not as a new slice of this text.
    this.flags[i] |= kind === 'furniture' ? FURNITURE : DIRECTIVE;
  }

  /** The first line with content, or -1. */
  firstNonBlank(): number {
    for (let i = 0; i < this.length; i++) if (this.text(i) !== '') return i;
    return -1;
  }

  /** Whether the text has a line i. */
  has(i: number): boolean {
    return i >= 0 && i < this.length;
  }

  /** A `Line` for line i, made on each call: for code that reads few lines. */
  at(i: number): Line {
    const line: Line = { index: i, raw: this.raw(i), start: this.starts[i], end: this.ends[i], text: this.text(i), page: this.pages[i] };
    if (this.isFurniture(i)) line.furniture = true;
    if (this.isDirective(i)) line.directive = true;
    return line;
  }

  /** Range of line i's content. */
  range(i: number): Range {
    return range(i, this.starts[i], i, this.ends[i]);
  }

  /** Range of a substring of line i's content, given offsets into `text(i)`. */
  sub(i: number, from: number, to: number): Range {
    const start = this.starts[i];
    return range(i, start + from, i, start + to);
  }

  /** From the start of line `first`'s content to the end of line `last`'s. */
  span(first: number, last: number): Range {
    return range(first, this.starts[first], last, this.ends[last]);
  }

  /** `r` with its end moved to the end of line i's content. */
  extend(r: Range, i: number): Range {
    return { start: r.start, end: pos(i, this.ends[i]) };
  }

  *[Symbol.iterator](): Iterator<Line> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  /** Appends a line: where it starts in the text, its length, its content's columns, its page. */
  push(offset: number, rawLength: number, start: number, end: number, page: number, text: string): void {
    const n = this.length;
    if (n === this.offsets.length) this.grow(n * 2);
    this.offsets[n] = offset;
    this.rawLengths[n] = rawLength;
    this.starts[n] = start;
    this.ends[n] = end;
    this.pages[n] = page;
    this.texts.push(text);
    this.length = n + 1;
  }

  /** Appends lines [from, to) of `other`, `shift` characters later in the text and `pageShift` pages on, unblanked. */
  copyFrom(other: Lines, from: number, to: number, shift: number, pageShift: number): void {
    const count = to - from;
    if (count <= 0) return;
    const n = this.length;
    if (n + count > this.offsets.length) this.grow(Math.max(n + count, n * 2));
    this.rawLengths.set(other.rawLengths.subarray(from, to), n);
    this.starts.set(other.starts.subarray(from, to), n);
    this.ends.set(other.ends.subarray(from, to), n);
    this.offsets.set(other.offsets.subarray(from, to), n);
    this.pages.set(other.pages.subarray(from, to), n);
    if (shift !== 0) for (let k = n; k < n + count; k++) this.offsets[k] += shift;
    if (pageShift !== 0) for (let k = n; k < n + count; k++) this.pages[k] += pageShift;
    // The texts in one copy (blanking is a flag: the copies start unblanked).
    const texts = other.texts.slice(from, to);
    if (n === 0) this.texts = texts;
    else for (let k = 0; k < count; k++) this.texts.push(texts[k]);
    this.length = n + count;
  }

  /** Lets go of the room reserved for lines that did not come. */
  trim(): this {
    if (this.offsets.length > this.length) this.grow(this.length);
    return this;
  }

  private grow(capacity: number): void {
    const widen = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(capacity);
      b.set(a.subarray(0, this.length));
      return b;
    };
    this.offsets = widen(this.offsets, (n) => new Int32Array(n));
    this.rawLengths = widen(this.rawLengths, (n) => new Int32Array(n));
    this.starts = widen(this.starts, (n) => new Int32Array(n));
    this.ends = widen(this.ends, (n) => new Int32Array(n));
    this.pages = widen(this.pages, (n) => new Int32Array(n));
    this.flags = widen(this.flags, (n) => new Uint8Array(n));
  }
}

/**
 * Line i as a `Line`, each made once: for code that reads a small region's
 * lines as objects (the TOC) and may hold on to them while it works, or
 * after (the editor keeps the TOC as parsed for the next version).
 */
export function lineViews(lines: Lines): (i: number) => Line {
  const made = new Map<number, Line>();
  return (i) => {
    let line = made.get(i);
    if (!line) {
      line = lines.at(i);
      // The editor keeps the TOC's lines across versions: a slice would keep this version's whole text alive with them.
      line.raw = detached(line.raw);
      made.set(i, line);
    }
    return line;
  };
}

/**
 * Splits text into lines (LF, CRLF or lone CR) in one pass. A BOM, form feeds
 * and indentation are skipped for `text` but kept in the columns, so every
 * range points into the text exactly as the editor shows it.
 */
export function splitLines(source: string): Lines {
  // Room for lines of 32 characters on average, trimmed to what came: a count of the line breaks first costs more.
  const lines = new Lines(source, (source.length >> 5) + 16);
  splitInto(lines, source, 0, -1, 1);
  return lines.trim();
}

/**
 * Appends the lines of `source` from offset `from` (a line start) on, with
 * `page` the page there: up to offset `until`, the start of a line, or to the
 * end of the text when `until` is -1.
 */
function splitInto(lines: Lines, source: string, from: number, until: number, page: number, detach = false): void {
  const n = source.length;
  const stop = until < 0 ? n : until;
  // Line ends found by the engine's own search, not a look at every character.
  const cr = source.indexOf('\r', from);
  const hasCR = cr >= 0 && cr < stop;
  const ff = source.indexOf('\f', from);
  const hasFF = ff >= 0 && ff < stop;
  // The next form feed at or after the line being split: a cursor, so no line's search runs on to the next page.
  let nextFF = ff;
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
    // The line belongs to the page its first content is on.
    let start = lineStart;
    while (start < breakAt && isSpace(source.charCodeAt(start))) {
      if (source.charCodeAt(start) === FF) page++;
      start++;
    }
    let end = breakAt;
    while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
    const text = start === end ? '' : source.slice(start, end);
    lines.push(lineStart, breakAt - lineStart, start - lineStart, end - lineStart, page, detach ? detached(text) : text);
    // Form feeds after the content start the next page for the next line (those before it were counted above).
    if (hasFF) {
      while (nextFF >= 0 && nextFF < start) nextFF = source.indexOf('\f', nextFF + 1);
      while (nextFF >= 0 && nextFF < breakAt) {
        page++;
        nextFF = source.indexOf('\f', nextFF + 1);
      }
    }
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

/**
 * A copy of `s` that does not keep the text it was sliced from alive. V8
 * slices strings of 13 characters and more as a view into their parent; a
 * slice of a joined string is one of a new string of its own length.
 */
function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

function formFeeds(source: string, from: number, to: number): number {
  let count = 0;
  for (let k = source.indexOf('\f', from); k >= 0 && k < to; k = source.indexOf('\f', k + 1)) count++;
  return count;
}

/**
 * The lines of `source`, an edit of the text `before` was split into: the
 * lines that lie wholly in the part the edit left as it was (and the line
 * break around them) are taken over, moved a page where the edit added or
 * removed form feeds; only the lines between are split again. The result is
 * what `splitLines(source)` gives.
 */
export function resplitLines(source: string, before: { source: string; lines: Lines }, unchanged: Unchanged, taken?: Taken): Lines {
  const old = before.lines;
  const oldLength = before.source.length;
  const shortest = Math.min(oldLength, source.length);
  const prefix = Math.min(unchanged.prefix, shortest);
  const suffix = Math.min(unchanged.suffix, shortest - prefix);
  // Lines before the edit: each with its line break and one character after it unchanged.
  let offset = 0;
  let a = 0;
  while (a < old.length - 1) {
    const end = offset + old.rawLength(a);
    const next = end + (before.source.charCodeAt(end) === 0x0d && before.source.charCodeAt(end + 1) === 0x0a ? 2 : 1);
    if (next >= prefix) break;
    offset = next;
    a++;
  }
  // Lines after the edit: each with the character before it unchanged, so a line still starts there.
  const suffixFrom = oldLength - suffix;
  let b = old.length;
  let oldStart = oldLength;
  for (let start = oldLength - old.rawLength(old.length - 1); b > a && start > suffixFrom && start >= offset;) {
    b--;
    oldStart = start;
    if (b === a) break;
    start -= (before.source.charCodeAt(start - 1) === 0x0a && before.source.charCodeAt(start - 2) === 0x0d ? 2 : 1) + old.rawLength(b - 1);
  }
  const shift = source.length - oldLength;
  const lines = new Lines(source, old.length + 16);
  lines.copyFrom(old, 0, a, 0, 0);
  // The page where the split starts: after the last line taken over, and its form feeds.
  let page = 1;
  if (a > 0) {
    page = old.page(a - 1);
    const last = old.raw(a - 1);
    for (let k = last.indexOf('\f', old.start(a - 1)); k >= 0; k = last.indexOf('\f', k + 1)) page++;
  }
  // The lines split again hold copies: a slice would keep this version's whole text alive for as long as the line is
  // taken over by later versions, and the items parsed from it; after many edits, many versions of the text.
  splitInto(lines, source, offset, b < old.length ? oldStart + shift : -1, page, true);
  if (b < old.length) {
    const pages = formFeeds(source, offset, oldStart + shift) - formFeeds(before.source, offset, oldStart);
    lines.copyFrom(old, b, old.length, shift, pages);
  }
  if (taken) {
    taken.before = a;
    taken.after = old.length - b;
  }
  return lines.trim();
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
