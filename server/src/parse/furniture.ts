// Page furniture: running headers and footers that PDF conversion puts into
// the text on every page. Found by repetition at the page edges (with form
// feeds) and by the dialect's shapes (without), so the parser never reads
// them as headings, titles or case text.
import type { Lines } from '../text/lines';
import type { Dialect } from '../dialects/types';
import { anyLineTest } from '../text/firstChars';

const EDGE_TOP = 8;
const EDGE_BOTTOM = 4;
const MAX_LENGTH = 200;
const SIDE_LABEL = /(?:^|\s)side\s+(\d{1,4})(?:\s*(?:af|\/)\s*\d{1,4})?$/i;

export interface Furniture {
  lines: Set<number>;
  /** Printed page number (`Side 2`) per physical page, index 1-based; absent when pages carry none. */
  pageLabels?: Array<number | undefined>;
}

/**
 * A line's shape at the top (`t`) or the bottom (`b`) of a page: digits and
 * blank runs made alike. Furniture repeats on every page and from one
 * version of the text to the next, so each text is keyed once per side, and
 * the same key string comes back (its hash computed once for the maps).
 */
const EDGE_KEYS = { t: new Map<string, string>(), b: new Map<string, string>() };
const MAX_EDGE_KEYS = 20_000;

function edgeKey(side: 't' | 'b', text: string): string {
  const known = EDGE_KEYS[side];
  let key = known.get(text);
  if (key === undefined) {
    key = side + text.replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
    if (known.size >= MAX_EDGE_KEYS) known.clear();
    known.set(text, key);
  }
  return key;
}

/** Each pattern list's test, built once: dialects are few and fixed. */
const TESTS = new WeakMap<readonly RegExp[], (text: string) => boolean>();

function testFor(patterns: readonly RegExp[]): (text: string) => boolean {
  let test = TESTS.get(patterns);
  if (!test) TESTS.set(patterns, (test = anyLineTest(patterns)));
  return test;
}

/** Lines judged by an earlier parse (one page: each line is judged alone): only lines [from, to) are judged again. */
export interface KnownFurniture {
  from: number;
  to: number;
  /** The furniture lines outside [from, to). */
  found: readonly number[];
}

/**
 * Finds the furniture lines. `isContent` protects lines that must never be
 * furniture (item lines), whatever repeats.
 */
export function findFurniture(lines: Lines, dialect: Dialect, pageCount: number, isContent: (text: string) => boolean, known?: KnownFurniture): Furniture {
  const found = new Set<number>(known?.found);
  const isFurniture = testFor(dialect.furniture);
  const to = known ? known.to : lines.length;
  for (let l = known ? known.from : 0; l < to; l++) {
    const text = lines.text(l);
    if (text !== '' && text.length <= MAX_LENGTH && isFurniture(text) && !isContent(text)) found.add(l);
  }
  if (pageCount >= 2) markRepeatedEdges(lines, pageCount, found, isContent);
  return { lines: found, ...pageLabels(lines, found, pageCount) };
}

function markRepeatedEdges(lines: Lines, pageCount: number, found: Set<number>, isContent: (text: string) => boolean): void {
  const pages: number[][] = Array.from({ length: pageCount + 1 }, () => []);
  for (let l = 0; l < lines.length; l++) if (lines.text(l) !== '' && lines.page(l) <= pageCount) pages[lines.page(l)].push(l);
  const edges = (page: number[]) => ({ top: page.slice(0, EDGE_TOP), bottom: page.slice(Math.max(EDGE_TOP, page.length - EDGE_BOTTOM)).reverse() });
  // How many pages have a line of this shape at their top, or at their bottom.
  const counts = new Map<string, number>();
  for (const page of pages) {
    const { top, bottom } = edges(page);
    const keys = new Set<string>();
    for (const i of top) if (lines.text(i).length <= MAX_LENGTH) keys.add(edgeKey('t', lines.text(i)));
    for (const i of bottom) if (lines.text(i).length <= MAX_LENGTH) keys.add(edgeKey('b', lines.text(i)));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pageCount * 0.4));
  // A page's furniture is an unbroken run from its edge; a shape met twice in
  // one run ends it (the title block of page 1 repeats the running header's words).
  const walk = (run: number[], side: 't' | 'b') => {
    const seen = new Set<string>();
    for (const i of run) {
      const text = lines.text(i);
      const key = edgeKey(side, text);
      if (found.has(i)) {
        seen.add(key);
        continue;
      }
      if (seen.has(key) || text.length > MAX_LENGTH || (counts.get(key) ?? 0) < needed || isContent(text)) break;
      seen.add(key);
      found.add(i);
    }
  };
  for (const page of pages) {
    const { top, bottom } = edges(page);
    walk(top, 't');
    walk(bottom, 'b');
  }
}

function pageLabels(lines: Lines, found: Set<number>, pageCount: number): Pick<Furniture, 'pageLabels'> {
  const labels: Array<number | undefined> = new Array(pageCount + 1).fill(undefined);
  let labelled = 0;
  let offByPage = 0;
  for (const i of found) {
    const m = SIDE_LABEL.exec(lines.text(i));
    if (!m) continue;
    const page = lines.page(i);
    if (labels[page] === undefined) {
      labels[page] = Number(m[1]);
      labelled++;
      if (labels[page] !== page) offByPage++;
    }
  }
  // Labels matter only where they differ from the physical count (a cover page without one).
  return labelled >= 2 && offByPage > 0 ? { pageLabels: labels } : {};
}
