import type { Line, Range, Toc, TocEntry } from '../model/types';
import { JoinedText } from '../text/joined';
import { lineRange, lineViews, linesRange, spanRange, subRange, type Lines } from '../text/lines';
import { titleKey } from '../text/normalize';
import { CLOSED_PART, CLOSED_PREFIX, OPEN_PREFIX, closedSuffixAt } from './lineKinds';

export const TOC_HEADING = /^(?:indholdsfortegnelse|indhold)\s*:?$/i;
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
    if (j === i || i - j > 4) break;
    let k = j;
    while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
    const sep = text.slice(k, j);
    const afterLeader = k > 0 && isLeader(text[k - 1]);
    // Four digits are a page only after a leader or a tab (a yearbook's page 1024); else a year (`Budget 2025`).
    if (i - j === 4 && !afterLeader && !sep.includes('\t')) break;
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

interface EntryDraft {
  lines: Line[];
  group: PageGroup;
  number?: number;
  /** Offset of the title after the number in the first line. */
  titleFrom: number;
  closed: boolean;
  /** The entry's page, written apart in a block of page numbers. */
  pageLine?: Line;
}

/**
 * `Godkendelse af dagsorden1. Godkendelse af dagsorden`: a web page's list of
 * items whose links print the number and title twice, glued. The length of
 * the title once, or the whole text.
 */
function echoedTitleEnd(text: string, number: number): number {
  // Titles are short: a long line is not compared with itself at every number in it.
  if (text.length > 600) return text.length;
  const mark = `${number}.`;
  let at = text.indexOf(mark, 1);
  while (at > 0) {
    const title = text.slice(0, at).trimEnd();
    let rest = at + mark.length;
    while (rest < text.length && (text[rest] === ' ' || text[rest] === '\t')) rest++;
    if (title.length >= 3 && rest > at + mark.length && text.slice(rest).trimEnd() === title) return title.length;
    at = text.indexOf(mark, at + 1);
  }
  return text.length;
}

function entryFrom(draft: EntryDraft): TocEntry {
  const { lines, group } = draft;
  const last = lines[lines.length - 1];
  const joinedLines = lines.map((l, i) => (i === lines.length - 1 ? { ...l, text: l.text.slice(0, group.titleEnd) } : l));
  const joined = new JoinedText(joinedLines, draft.titleFrom);
  let from = 0;
  let closed = draft.closed;
  const closedMatch = CLOSED_PREFIX.exec(joined.text);
  if (closedMatch) {
    closed = true;
    from = closedMatch[0].length;
  } else {
    from = OPEN_PREFIX.exec(joined.text)?.[0].length ?? 0;
  }
  let to = draft.number === undefined ? joined.text.length : from + echoedTitleEnd(joined.text.slice(from), draft.number);
  // `Salg af grund (Lukket punkt)`: closed, as the item is, and the mark no part of the title.
  const suffix = closed ? -1 : closedSuffixAt(joined.text.slice(0, to));
  if (suffix > from) {
    closed = true;
    to = suffix;
  }
  const title = joined.text.slice(from, to).replace(/\s+/g, ' ').trim();
  const titleRange = joined.rangeOf(from, to);
  const pageRanges: Range[] = draft.pageLine ? [lineRange(draft.pageLine)] : group.pages.map((p) => subRange(last, p.from, p.to));
  const pages = draft.pageLine ? [Number(draft.pageLine.text)] : group.pages.map((p) => p.value);
  // Fields in this order, the optional ones set where they apply rather than spread from throwaway objects.
  const entry = {} as TocEntry;
  if (draft.number !== undefined) entry.number = draft.number;
  entry.title = title;
  entry.titleRange = titleRange;
  entry.closed = closed;
  if (group.leaderFrom !== undefined) entry.leaderRange = subRange(last, group.leaderFrom, group.leaderTo ?? group.leaderFrom);
  entry.pages = pages;
  entry.pageRanges = pageRanges;
  entry.fused = pages.length > 1;
  entry.range = linesRange(lines[0], last);
  entry.items = [];
  entry.match = 'none';
  return entry;
}

/** `1. Meddelelser`, `715.`, `Punkt 3: Title`: an entry that gives its item's number. */
const NUMBERED_ENTRY = /^(?:[-•·*▪◦]\s+)?(?:(?:punkt\s{1,5})?(\d{1,5})(?:\.|\s*:|(?=\s+\((?:åben|åbent|lukket)\)\s))|sag\s+nr\.?\s{0,3}(\d{1,4})(?:\s*[:.])?)(?:\s+|$)/i;
const PAGE_ONLY = /^\d{1,3}$/;
/** `Lukkede punkter`, `Åbne punkter`: a part's label among the entries. */
const TOC_PART = /^(lukkede?|åbne?|åbent)\s+(?:punkter|sager)\s*:?$/i;
/** After this many lines without a page or a number in a row, the TOC was over. */
const MAX_LOOSE_LINES = 3;

export interface TocContext {
  /** Whether a line is an item line of the document's dialect, with its number. */
  itemNumber(text: string): number | undefined;
  isTocFurniture(text: string): boolean;
  /** A line that can only be case text: a section heading. */
  isHeading(text: string): boolean;
  /** Whether a line is an item line whose title stands on the line above it (`Sag nr. 139`): that line is the item's. */
  itemTitleAbove?(text: string): boolean;
  /** A header field's label standing alone or before its value (`Deltagere:`): the header goes on after the TOC. */
  isHeaderField?(text: string): boolean;
}

/** Where the TOC ends: the parsed TOC and the first line after it. */
export interface ParsedToc {
  toc: Toc;
  end: number;
  /** The last line the TOC's parse read: lines after it do not change the TOC. */
  readTo: number;
}

const titleKeyOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Reads the TOC from its heading through its last entry, at most to `limit`.
 * It ends where the entries end: at an item line that starts the numbering
 * again or repeats an entry's title, at a section heading, or after lines
 * that have neither a page nor a number.
 */
/** A page after a tab or a run of spaces: a TOC entry's, not a title's own number. Tried on a line's end only, so it stays linear. */
const WIDE_PAGE = /(?:\t| {2,})[\d\s,–-]*\d$/;

export function parseToc(all: Lines, headingIndex: number, limit: number, ctx: TocContext): ParsedToc {
  // The TOC's lines are read as objects, each made once: an entry holds on to its lines until it is read.
  const lineAt = lineViews(all);
  const drafts: EntryDraft[] = [];
  const pageBlock: Line[] = [];
  let pending: EntryDraft | undefined;
  let loose: Line[] = [];
  let lastLine = headingIndex;
  let end = limit;
  // A TOC that runs to the end of the text depends on every line after it.
  let readTo = Infinity;
  let closedPart = false;
  let maxNumber = -1;
  const titles = new Set<string>();
  const flush = () => {
    if (pending) drafts.push(pending);
    pending = undefined;
  };
  const addTitle = (d: EntryDraft) => titles.add(titleKeyOf(d.lines.map((l) => l.text).join(' ').slice(d.titleFrom)));
  for (let i = headingIndex + 1; i < limit; i++) {
    const line = lineAt(i);
    const text = line.text;
    if (text === '' || isPageFooter(text)) continue;
    if (ctx.itemTitleAbove && i + 1 < limit && ctx.itemTitleAbove(all.text(i + 1))) {
      end = i;
      readTo = i + 1;
      break;
    }
    if (ctx.isTocFurniture(text)) {
      if (CLOSED_PART.test(text)) closedPart = true;
      continue;
    }
    // `Lukkede punkter` over the closed items' entries (web pages).
    const part = TOC_PART.exec(text);
    if (part) {
      closedPart = part[1].toLowerCase().startsWith('l');
      continue;
    }
    const group = readPageGroup(text);
    const numbered = NUMBERED_ENTRY.exec(text);
    // A number after one space, with no leader or tab, may be the end of an item's title (`Punkt 1: Lokalplan 12`).
    const weakPage = group.pages.length > 0 && group.leaderFrom === undefined && !WIDE_PAGE.test(text.slice(-60));
    if (group.pages.length === 0 || weakPage) {
      // An item line: the first item, once the TOC has entries and this line starts over.
      const itemNumber = ctx.itemNumber(text);
      if (itemNumber !== undefined) {
        const started = drafts.length > 0 || pending !== undefined;
        const restart = itemNumber <= maxNumber || maxNumber < 0;
        if (!started || restart || titles.has(titleKeyOf(text.replace(NUMBERED_ENTRY, '')))) {
          end = i;
          readTo = i;
          break;
        }
      }
      if (ctx.isHeading(text) || text.length > 250 || (numbered === null && ctx.isHeaderField?.(text))) {
        end = i;
        readTo = i;
        break;
      }
    }
    // Page numbers written apart from their titles.
    if (PAGE_ONLY.test(text) && group.pages.length === 0 && (pageBlock.length > 0 || pending || loose.length > 0 || drafts.some((d) => d.group.pages.length === 0))) {
      flush();
      for (const l of loose) drafts.push({ lines: [l], group: { titleEnd: l.text.length, pages: [] }, titleFrom: 0, closed: closedPart });
      loose = [];
      pageBlock.push(line);
      lastLine = i;
      continue;
    }
    if (numbered) {
      flush();
      loose = [];
      const number = Number(numbered[1] ?? numbered[2]);
      maxNumber = Math.max(maxNumber, number);
      pending = { lines: [line], group: group.pages.length > 0 ? group : { titleEnd: text.length, pages: [] }, number, titleFrom: numbered[0].length, closed: closedPart };
      lastLine = i;
      if (group.pages.length > 0 || (pending.lines[0].text.length > numbered[0].length && LEADER_END.test(text))) {
        addTitle(pending);
        flush();
      }
      continue;
    }
    const leaderOnly = group.pages.length === 0 ? LEADER_END.exec(text) : null;
    if (pending && pending.group.pages.length === 0 && (group.pages.length > 0 || leaderOnly || continues(pending.lines[pending.lines.length - 1].text, text))) {
      // The rest of a numbered entry: its wrapped title, or its title and page (`715.` / `Title .....2`).
      pending.lines.push(line);
      pending.group = group.pages.length > 0 ? group : leaderOnly ? { titleEnd: leaderOnly.index, pages: [], leaderFrom: leaderOnly.index, leaderTo: text.length } : { titleEnd: text.length, pages: [] };
      if (pending.lines.length === 2 && pending.titleFrom >= pending.lines[0].text.length) pending.titleFrom = pending.lines[0].text.length;
      lastLine = i;
      if (group.pages.length > 0 || leaderOnly) {
        addTitle(pending);
        flush();
      }
      continue;
    }
    flush();
    if (group.pages.length > 0 || leaderOnly) {
      const draft: EntryDraft = {
        lines: [...loose, line],
        group: group.pages.length > 0 ? group : { titleEnd: leaderOnly!.index, pages: [], leaderFrom: leaderOnly!.index, leaderTo: text.length },
        titleFrom: 0,
        closed: closedPart,
      };
      addTitle(draft);
      drafts.push(draft);
      loose = [];
      lastLine = i;
      continue;
    }
    // A title wrapped onto the next line (pdftotext), or a title whose page comes later in a block.
    loose.push(line);
    lastLine = i;
  }
  flush();
  for (const line of loose) drafts.push({ lines: [line], group: { titleEnd: line.text.length, pages: [] }, titleFrom: 0, closed: closedPart });
  // Lines with neither page nor number after the last entry that has one, and no
  // block of pages to pair them with: the TOC was over before them.
  const pageless = drafts.filter((d) => d.group.pages.length === 0 && d.number === undefined && !d.group.leaderFrom).length;
  if (pageBlock.length === 0 && pageless >= MAX_LOOSE_LINES) {
    let keep = drafts.length;
    while (keep > 0 && drafts[keep - 1].group.pages.length === 0 && drafts[keep - 1].number === undefined && drafts[keep - 1].group.leaderFrom === undefined) keep--;
    if (keep > 0 && drafts.length - keep >= MAX_LOOSE_LINES) {
      end = drafts[keep].lines[0].index;
      drafts.length = keep;
      const lastDraft = drafts[keep - 1];
      lastLine = lastDraft.lines[lastDraft.lines.length - 1].index;
    }
  }
  attachPageBlock(drafts, pageBlock);
  const entries = drafts.map((d) => {
    const entry = entryFrom(d);
    draftOf.set(entry, d);
    return entry;
  });
  const headingRange = lineRange(lineAt(headingIndex));
  const toc: Toc = {
    headingRange,
    range: spanRange(headingRange, lineRange(lineAt(lastLine))),
    entries,
    ...(pageBlock.length > 0 ? { pageBlock: spanRange(lineRange(pageBlock[0]), lineRange(pageBlock[pageBlock.length - 1])) } : {}),
  };
  return { toc, end: Math.min(end, lastLine + 1), readTo };
}

const LEADER_END = /[.…]{2,}$/;

/** `… for` + `ældre`: a wrapped title continues in lower case or after a hyphen. */
function continues(prev: string, next: string): boolean {
  return /^\p{Ll}/u.test(next) || /[-,]$/.test(prev) || /\s(?:og|for|til|i|af|med|på)$/i.test(prev);
}

/** Pairs a block of bare page numbers with the entries that lack one, in order, when the counts agree. */
function attachPageBlock(drafts: EntryDraft[], block: Line[]): void {
  const open = drafts.filter((d) => d.group.pages.length === 0);
  if (block.length === 0 || open.length !== block.length) return;
  open.forEach((d, k) => {
    d.pageLine = block[k];
  });
}

const draftOf = new WeakMap<TocEntry, EntryDraft>();

/**
 * The TOC as its parse made it, before it is linked to the items (which sets
 * each entry's items and match, and may split cut entries): a copy that
 * shares the entries' ranges and drafts, which are never changed.
 */
export function unlinkedCopy(toc: Toc): Toc {
  const entries = toc.entries.map((e) => {
    const copy: TocEntry = { ...e, items: [], match: 'none' };
    const draft = draftOf.get(e);
    if (draft) draftOf.set(copy, draft);
    return copy;
  });
  return { ...toc, entries };
}

/**
 * An entry cut off at the end of its line (no leader, no page) is read as the
 * start of the next entry's title. Where the joined title names no item but
 * its parts each begin an item's title, the entry is split in two.
 */
export function splitCutEntries(toc: Toc, itemKeys: readonly string[]): void {
  // Whether some item's key starts with `key`: a binary search in the sorted keys, not a scan per entry.
  const sorted = [...itemKeys].sort();
  const known = (key: string) => {
    if (key.length < 4) return false;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo].startsWith(key);
  };
  const out: TocEntry[] = [];
  for (const entry of toc.entries) {
    const draft = draftOf.get(entry);
    if (!draft || draft.lines.length < 2 || draft.number !== undefined || known(titleKey(entry.title))) {
      out.push(entry);
      continue;
    }
    let split = false;
    for (let k = 1; k < draft.lines.length && !split; k++) {
      const head: EntryDraft = { lines: draft.lines.slice(0, k), group: { titleEnd: draft.lines[k - 1].text.length, pages: [] }, titleFrom: 0, closed: draft.closed };
      const tail: EntryDraft = { ...draft, lines: draft.lines.slice(k) };
      const a = entryFrom(head);
      const b = entryFrom(tail);
      if (known(titleKey(a.title)) && known(titleKey(b.title))) {
        draftOf.set(a, head);
        draftOf.set(b, tail);
        out.push(a, b);
        split = true;
      }
    }
    if (!split) out.push(entry);
  }
  toc.entries = out;
}
