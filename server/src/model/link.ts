import type { Item, TocEntry } from './types';
import { commonPrefixLength, titleKey } from '../text/normalize';

/** Dice coefficient over character bigrams: 1 for equal strings. */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const c = counts.get(g);
    if (c) {
      shared++;
      counts.set(g, c - 1);
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}

/** A cut title keeps at least this much of its item's. */
const MIN_CUT = 12;

/** A TOC title cut short of its item's (`... for specifik målgr`). */
function isTruncation(tocKey: string, itemKey: string): boolean {
  return tocKey.length >= Math.min(MIN_CUT, itemKey.length) && tocKey.length < itemKey.length && itemKey.startsWith(tocKey);
}

const MAX_FUZZY = 400;

/**
 * Links TOC entries to agenda items by title, independent of order (so a
 * wrong order can be reported): exact and truncated titles first, then fused
 * lines, then near titles, then an entry sandwiched between two linked ones.
 */
export function linkTocToItems(entries: TocEntry[], items: Item[], itemKeys: readonly string[] = items.map((i) => titleKey(i.title))): void {
  const entryKeys = entries.map((e) => titleKey(e.title));
  const used = new Array<boolean>(items.length).fill(false);
  const link = (e: number, itemIndexes: number[], match: TocEntry['match']) => {
    entries[e].items = itemIndexes;
    entries[e].match = match;
    for (const i of itemIndexes) {
      used[i] = true;
      items[i].tocEntry = e;
    }
  };
  const byKey = new Map<string, number[]>();
  // A cut title is at least MIN_CUT long (shorter ones would have to be longer than the item's): found by its first characters.
  const byPrefix = new Map<string, number[]>();
  itemKeys.forEach((k, i) => {
    const same = byKey.get(k);
    if (same) same.push(i);
    else byKey.set(k, [i]);
    if (k.length <= MIN_CUT) return;
    const prefix = k.slice(0, MIN_CUT);
    const list = byPrefix.get(prefix);
    if (list) list.push(i);
    else byPrefix.set(prefix, [i]);
  });

  // 0. Entries that give their item's number (`1. Meddelelser`, `715.`): the number decides.
  const byNumber = new Map<number, number>();
  items.forEach((item, i) => {
    if (!byNumber.has(item.number)) byNumber.set(item.number, i);
  });
  entries.forEach((entry, e) => {
    if (entry.number === undefined || entry.fused) return;
    const i = byNumber.get(entry.number);
    if (i === undefined || used[i]) return;
    const match = entryKeys[e] === itemKeys[i] ? 'exact' : isTruncation(entryKeys[e], itemKeys[i]) ? 'truncated' : 'different';
    link(e, [i], match);
  });

  // 1. Equal titles; among duplicates, the one nearest the same position.
  entries.forEach((entry, e) => {
    if (entry.fused || entry.items.length > 0) return;
    const candidates = (byKey.get(entryKeys[e]) ?? []).filter((i) => !used[i]);
    if (candidates.length === 0) return;
    candidates.sort((a, b) => Math.abs(a - e) - Math.abs(b - e));
    link(e, [candidates[0]], 'exact');
  });
  // 2. Truncated titles.
  entries.forEach((entry, e) => {
    if (entry.fused || entry.items.length > 0) return;
    const key = entryKeys[e];
    if (key.length < MIN_CUT) return;
    const i = (byPrefix.get(key.slice(0, MIN_CUT)) ?? []).find((i) => !used[i] && isTruncation(key, itemKeys[i]));
    if (i !== undefined) link(e, [i], 'truncated');
  });
  // 3. Fused lines: the first item shares the line's start; the next ones follow it.
  entries.forEach((entry, e) => {
    if (!entry.fused) return;
    let best = -1;
    let bestScore = 0;
    itemKeys.forEach((k, i) => {
      if (used[i] || i + entry.pages.length > items.length) return;
      const score = commonPrefixLength(entryKeys[e], k);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best < 0 || bestScore < Math.min(12, itemKeys[best].length)) {
      // Else find the last fused item by its title ending the line.
      const lastIndex = itemKeys.findIndex((k, i) => !used[i] && k.length > 0 && entryKeys[e].endsWith(k) && i - entry.pages.length + 1 >= 0);
      if (lastIndex < 0) return;
      best = lastIndex - entry.pages.length + 1;
    }
    const span: number[] = [];
    for (let i = best; i < best + entry.pages.length; i++) if (!used[i]) span.push(i);
    if (span.length > 0) link(e, span, 'fused');
  });
  // 4. Near titles (a changed word): best bigram similarity above one half.
  const openEntries = entries.map((_, e) => e).filter((e) => entries[e].items.length === 0);
  const openItems = items.map((_, i) => i).filter((i) => !used[i]);
  if (openEntries.length * openItems.length <= MAX_FUZZY * MAX_FUZZY) {
    for (const e of openEntries) {
      let best = -1;
      let bestScore = 0.5;
      for (const i of openItems) {
        if (used[i]) continue;
        const score = similarity(entryKeys[e], itemKeys[i]);
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
      if (best >= 0) link(e, [best], 'different');
    }
  }
  // 5. One entry left between two linked ones, with one item left between theirs.
  entries.forEach((entry, e) => {
    if (entry.items.length > 0) return;
    const prev = entries[e - 1];
    const next = entries[e + 1];
    const lo = e === 0 ? -1 : prev && prev.items.length > 0 ? prev.items[prev.items.length - 1] : undefined;
    const hi = e === entries.length - 1 ? items.length : next && next.items.length > 0 ? next.items[0] : undefined;
    if (lo === undefined || hi === undefined || hi - lo !== 2 || used[lo + 1]) return;
    link(e, [lo + 1], 'different');
  });
}
