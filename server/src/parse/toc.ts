import type { Line, Range, Toc, TocEntry } from '../model/types';
import { JoinedText } from '../text/joined';
import { lineRange, spanRange, subRange } from '../text/lines';

export const TOC_HEADING = /^indholdsfortegnelse\s*:?$/i;
const CLOSED_PREFIX = /^lukket\s*:\s*/i;
const PAGE_FOOTER = /^side\s+\d+(\s+(af|\/)\s+\d+)?$/i;

export function isPageFooter(text: string): boolean {
  return text.length < 20 && PAGE_FOOTER.test(text);
}

interface PageGroup {
  /** Where the title part ends (before leader and separator). */
  titleEnd: number;
  leaderFrom?: number;
  leaderTo?: number;
  pages: Array<{ value: number; from: number; to: number }>;
}

const isDigit = (c: string) => c >= '0' && c <= '9';
/** More numbers than this at the end of a line are a table row, not fused entries. */
const MAX_PAGES = 6;
const isLeader = (c: string) => c === '.' || c === '…' || c === '·' || c === '_';

/**
 * Reads the page numbers at the end of a TOC line by scanning from the right,
 * so no regular expression backtracks over a long title. Pages after a tab, a
 * run of spaces or a dot leader count; several pages separated by single
 * spaces mean fused entries (`.....\t5 8`).
 */
export function readPageGroup(text: string): PageGroup {
  const pages: PageGroup['pages'] = [];
  let i = text.length;
  let boundary = text.length;
  let strong = false;
  for (;;) {
    let j = i;
    while (j > 0 && isDigit(text[j - 1])) j--;
    if (j === i || i - j > 3) break; // pages run to 999; longer numbers are years
    let k = j;
    while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
    const sep = text.slice(k, j);
    const afterLeader = k > 0 && isLeader(text[k - 1]);
    if (sep === '' && !afterLeader) break; // digits glued to the title
    if (pages.length === MAX_PAGES) return { titleEnd: text.length, pages: [] };
    pages.push({ value: Number(text.slice(j, i)), from: j, to: i });
    boundary = k;
    strong = sep.includes('\t') || sep.length >= 2 || afterLeader;
    if (strong || k === 0) break;
    // A single space: another page may stand before it, else the title does.
    if (!isDigit(text[k - 1])) break;
    i = k;
  }
  pages.reverse();
  // `Title 3`: a lone short number after a plain space is a page, a run of them is not.
  if (!strong && pages.length === 1 && boundary > 0) strong = true;
  if (!strong || pages.length === 0) return { titleEnd: text.length, pages: [] };
  let leaderTo = boundary;
  let leaderFrom = boundary;
  while (leaderFrom > 0 && (isLeader(text[leaderFrom - 1]) || (text[leaderFrom - 1] === ' ' && leaderFrom - 2 >= 0 && isLeader(text[leaderFrom - 2])))) leaderFrom--;
  // One dot is the title's own full stop; two or more are a leader.
  const hasLeader = leaderTo - leaderFrom >= 2;
  let titleEnd = hasLeader ? leaderFrom : boundary;
  while (titleEnd > 0 && /\s/.test(text[titleEnd - 1])) titleEnd--;
  if (!hasLeader) leaderTo = leaderFrom;
  return { titleEnd, pages, ...(hasLeader ? { leaderFrom, leaderTo } : {}) };
}

function entryFrom(lines: Line[], group: PageGroup): TocEntry {
  const last = lines[lines.length - 1];
  const joinedLines = lines.map((l, i) => (i === lines.length - 1 ? { ...l, text: l.text.slice(0, group.titleEnd) } : l));
  const joined = new JoinedText(joinedLines);
  let from = 0;
  let closed = false;
  const closedMatch = CLOSED_PREFIX.exec(joined.text);
  if (closedMatch) {
    closed = true;
    from = closedMatch[0].length;
  }
  const title = joined.text.slice(from).replace(/\s+/g, ' ').trim();
  const titleRange = joined.rangeOf(from, joined.text.length);
  const pageRanges: Range[] = group.pages.map((p) => subRange(last, p.from, p.to));
  return {
    title,
    titleRange,
    closed,
    ...(group.leaderFrom !== undefined ? { leaderRange: subRange(last, group.leaderFrom, group.leaderTo ?? group.leaderFrom) } : {}),
    pages: group.pages.map((p) => p.value),
    pageRanges,
    fused: group.pages.length > 1,
    range: spanRange(lineRange(lines[0]), lineRange(last)),
    items: [],
    match: 'none',
  };
}

/** Reads the TOC from its heading line through the line before `end`. */
export function parseToc(lines: Line[], headingIndex: number, end: number): Toc {
  const entries: TocEntry[] = [];
  let pending: Line[] = [];
  let lastLine = headingIndex;
  for (let i = headingIndex + 1; i < end; i++) {
    const line = lines[i];
    if (line.text === '' || isPageFooter(line.text)) continue;
    lastLine = i;
    const group = readPageGroup(line.text);
    const leaderOnly = /[.…]{2,}$/.exec(line.text);
    if (group.pages.length === 0 && leaderOnly) {
      // `Title.....` with the page left out: a whole entry, not a wrapped title.
      entries.push(entryFrom([...pending, line], { titleEnd: leaderOnly.index, pages: [], leaderFrom: leaderOnly.index, leaderTo: line.text.length }));
      pending = [];
      continue;
    }
    if (group.pages.length === 0) {
      // A title wrapped onto the next line (pdftotext), or a line without a page.
      pending.push(line);
      if (pending.length >= 3) {
        entries.push(entryFrom(pending.slice(0, 1), { titleEnd: pending[0].text.length, pages: [] }));
        pending = pending.slice(1);
      }
      continue;
    }
    entries.push(entryFrom([...pending, line], group));
    pending = [];
  }
  for (const line of pending) entries.push(entryFrom([line], { titleEnd: line.text.length, pages: [] }));
  const headingRange = lineRange(lines[headingIndex]);
  return { headingRange, range: spanRange(headingRange, lineRange(lines[lastLine])), entries };
}
