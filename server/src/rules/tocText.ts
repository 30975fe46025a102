// Writing TOC entries the way this document writes them, for fixes.
import type { Item, ReferatDocument } from '../model/types';
import { range } from '../text/lines';
import type { Edit, Fix } from './types';
import { text } from './util';
import { printedPage } from '../model/pages';

export interface TocStyle {
  leader: string;
  separator: string;
}

/** The leader and separator most entries use (`.....` + tab in the seeds). */
export function tocStyle(doc: ReferatDocument): TocStyle {
  const entries = doc.toc?.entries ?? [];
  const withLeader = entries.filter((e) => e.leaderRange);
  let leader = '.....';
  if (entries.length > 0 && withLeader.length * 2 < entries.length) leader = '';
  else if (withLeader.length > 0) {
    const r = withLeader[0].leaderRange!;
    leader = doc.lines[r.start.line].raw.slice(r.start.character, r.end.character);
  }
  let separator = '\t';
  const sample = entries.find((e) => e.pageRanges.length > 0);
  if (sample) {
    const line = doc.lines[sample.pageRanges[0].start.line].raw;
    const before = line.slice(0, sample.pageRanges[0].start.character);
    const m = /[ \t]+$/.exec(before);
    separator = m ? m[0] : '';
  }
  return { leader, separator };
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
  const title = `${item.closed ? 'Lukket: ' : ''}${item.title}`;
  if (page === undefined) return title + (style.leader || '.....');
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

/** Replace every entry line with entries built from the items, keeping known pages. */
export function rebuildTocFix(doc: ReferatDocument): Fix | undefined {
  const toc = doc.toc;
  if (!toc || doc.items.length === 0) return undefined;
  // Entries separated by blank lines stay so.
  const spaced = toc.entries.length > 1 && toc.entries[1].range.start.line - toc.entries[0].range.end.line > 1;
  const lines = tocLines(doc).join(spaced ? doc.eol + doc.eol : doc.eol);
  let edit: Edit;
  if (toc.entries.length === 0) {
    const h = toc.headingRange.end;
    edit = { range: range(h.line, doc.lines[h.line].raw.length, h.line, doc.lines[h.line].raw.length), newText: doc.eol + doc.eol + lines };
  } else {
    const first = toc.entries[0].range.start;
    const last = toc.entries[toc.entries.length - 1].range.end;
    edit = { range: range(first.line, 0, last.line, doc.lines[last.line].raw.length), newText: lines };
  }
  return { title: text('Opdater indholdsfortegnelsen ud fra punkterne', 'Rebuild the table of contents from the items'), edits: [edit], safe: true };
}
