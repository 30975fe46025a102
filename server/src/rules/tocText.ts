// Writing TOC entries the way this document writes them, for fixes.
import type { Item, ReferatDocument, TocEntry } from '../model/types';
import { range } from '../text/lines';
import type { Edit, Fix } from './types';
import { text } from './util';
import { printedPage } from '../model/pages';

export interface TocStyle {
  leader: string;
  separator: string;
  /** What stands before the title, with `#` for the item's number (`#. `, `Punkt #: `), where most entries are numbered. */
  number?: string;
  /** Whether entries have pages (or there are none to go by): a list of the items without pages gets none, nor a leader. */
  pages: boolean;
}

/** The leader and separator most entries use (`.....` + tab in the seeds). */
export function tocStyle(doc: ReferatDocument): TocStyle {
  const entries = doc.toc?.entries ?? [];
  const withLeader = entries.filter((e) => e.leaderRange);
  let leader = '.....';
  if (entries.length > 0 && withLeader.length * 2 < entries.length) leader = '';
  else if (withLeader.length > 0) {
    const r = withLeader[0].leaderRange!;
    leader = doc.lines.raw(r.start.line).slice(r.start.character, r.end.character);
  }
  let separator = '\t';
  const sample = entries.find((e) => e.pageRanges.length > 0);
  if (sample) {
    const line = doc.lines.raw(sample.pageRanges[0].start.line);
    // The blanks before the page, scanned from the right (a pattern would go quadratic on a long run).
    const end = sample.pageRanges[0].start.character;
    let from = end;
    while (from > 0 && (line[from - 1] === ' ' || line[from - 1] === '\t')) from--;
    separator = line.slice(from, end);
  }
  const style: TocStyle = { leader, separator, pages: entries.length === 0 || entries.some((e) => e.pages.length > 0) };
  const numbered = entries.filter((e) => e.number !== undefined && e.titleRange.start.line === e.range.start.line);
  if (numbered.length * 2 > entries.length) {
    const e = numbered[0];
    const before = doc.lines.raw(e.range.start.line).slice(e.range.start.character, e.titleRange.start.character);
    if (/^\D*\d+\D*$/.test(before)) style.number = before.replace(/\d+/, '#');
  }
  return style;
}

/** The page an item starts on: exact with form feeds, else what its TOC entry says. */
export function knownPage(doc: ReferatDocument, itemIndex: number): number | undefined {
  if (doc.hasFormFeeds) return printedPage(doc, doc.items[itemIndex].page);
  const item = doc.items[itemIndex];
  if (item.tocEntry === undefined || !doc.toc) return undefined;
  const entry = doc.toc.entries[item.tocEntry];
  const k = entry.items.indexOf(itemIndex);
  return k >= 0 && k < entry.pages.length ? entry.pages[k] : undefined;
}

export function entryText(item: Item, page: number | undefined, style: TocStyle): string {
  const title = `${style.number ? style.number.replace('#', String(item.number)) : ''}${item.closed ? 'Lukket: ' : ''}${item.title}`;
  if (page === undefined) return style.pages ? title + (style.leader || '.....') : title;
  return `${title}${style.leader}${style.separator || '\t'}${page}`;
}

/**
 * Pages for a rebuilt TOC. Pages follow their items; but when that would make
 * them decrease (titles swapped, pages in order), the page column is kept in
 * its order, as page numbers describe positions, not titles.
 */
function rebuiltPages(doc: ReferatDocument): Array<number | undefined> {
  const pages = doc.items.map((_, i) => knownPage(doc, i));
  if (doc.hasFormFeeds) return pages;
  const known = pages.filter((p): p is number => p !== undefined);
  if (known.every((p, i) => i === 0 || p >= known[i - 1])) return pages;
  const column = (doc.toc?.entries ?? []).flatMap((e) => e.pages);
  return column.length === doc.items.length && column.every((p, i) => i === 0 || p >= column[i - 1]) ? column : pages.map(() => undefined);
}

/** The lines of a TOC built from the items. */
export function tocLines(doc: ReferatDocument): string[] {
  const style = tocStyle(doc);
  const pages = rebuiltPages(doc);
  return doc.items.map((item, i) => entryText(item, pages[i], style));
}

export interface RebuildOptions {
  /** Also delete the entry lines that name no item (the explicit "rebuild" asks for it; reordering does not). */
  dropOrphans?: boolean;
}

const rebuilt = new WeakMap<ReferatDocument, Map<string, Fix | undefined>>();

/**
 * The TOC rebuilt from the items, as edits of entry lines only: the lines of
 * the linked entries are rewritten with the items in agenda order (a fused
 * line keeps its two items), items without an entry are added after the last
 * one, and every other line between them (page footers, form feeds, headings,
 * entries that name no item) stays as it is. Computed once per document.
 */
export function rebuildTocFix(doc: ReferatDocument, options: RebuildOptions = {}): Fix | undefined {
  const key = options.dropOrphans ? 'drop' : 'keep';
  let cache = rebuilt.get(doc);
  if (!cache) rebuilt.set(doc, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, computeRebuild(doc, options));
  return cache.get(key);
}

function computeRebuild(doc: ReferatDocument, options: RebuildOptions): Fix | undefined {
  const toc = doc.toc;
  if (!toc || doc.items.length === 0) return undefined;
  const lines = tocLines(doc);
  const eol = doc.eol;
  const edits: Edit[] = [];
  const slots = toc.entries.filter((e) => e.items.length > 0);
  // Every item in agenda order, poured into the linked entries' lines in line
  // order (a fused line takes two); the last one takes what is left over.
  const spaced = toc.entries.length > 1 && toc.entries[1].range.start.line - toc.entries[0].range.end.line > 1;
  const sep = spaced ? eol + eol : eol;
  const entryRange = (e: TocEntry) => range(e.range.start.line, 0, e.range.end.line, doc.lines.rawLength(e.range.end.line));
  let next = 0;
  slots.forEach((entry, k) => {
    const take = k === slots.length - 1 ? lines.length - next : Math.min(entry.items.length, lines.length - next);
    edits.push({ range: entryRange(entry), newText: lines.slice(next, next + take).join(sep) });
    next += take;
  });
  if (slots.length === 0) {
    const h = toc.headingRange.end.line;
    edits.push({ range: range(h, doc.lines.rawLength(h), h, doc.lines.rawLength(h)), newText: eol + eol + lines.join(sep) });
  }
  if (options.dropOrphans) {
    for (const entry of toc.entries) {
      if (entry.items.length > 0) continue;
      const last = entry.range.end.line;
      edits.push({ range: last + 1 < doc.lines.length ? range(entry.range.start.line, 0, last + 1, 0) : entryRange(entry), newText: '' });
    }
  }
  // Nothing to change: the TOC is already the items'.
  const changed = edits.some((e) => {
    const l = e.range.start.line;
    const old = e.range.start.line === e.range.end.line ? doc.lines.raw(l) : null;
    return old === null || e.newText !== old;
  });
  if (!changed) return undefined;
  return { title: text('Opdater indholdsfortegnelsen ud fra punkterne', 'Rebuild the table of contents from the items'), edits, safe: true };
}
