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
  let page = 1;
  const n = source.length;
  // Line ends found by the engine's own search, not a look at every character.
  const hasCR = source.indexOf('\r') >= 0;
  const hasFF = source.indexOf('\f') >= 0;
  let lineStart = 0;
  for (;;) {
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
