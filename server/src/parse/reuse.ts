// Incremental parsing for the editor: after an edit, an item whose lines, and
// its neighbours' lines, are as they were is taken from the previous model
// instead of being parsed again. Only what an item's parse reads is compared:
// its lines (after running headers and markers are blanked), where it starts
// and ends, and the facts of the whole document it depends on.
import type { Item, Line, ReferatDocument } from '../model/types';
import type { ItemStart } from './itemStarts';

/** What an item's parse depends on besides its lines; equal strings mean the same. */
export interface ParseFacts {
  /** Dialect, options, this meeting's date and committee, the open and closed parts. */
  context: string;
  starts: ItemStart[];
  ends: number[];
}

const FACTS = new WeakMap<ReferatDocument, ParseFacts>();

export function rememberFacts(doc: ReferatDocument, facts: ParseFacts): void {
  FACTS.set(doc, facts);
}

function sameLine(a: Line, b: Line): boolean {
  return a.raw === b.raw && a.text === b.text && a.page === b.page && !a.furniture === !b.furniture && !a.directive === !b.directive;
}

function sameStart(a: ItemStart, b: ItemStart): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The previous model's items that serve unchanged in the new one, by index in
 * the new starts. Lines are compared from both ends to find the changed span;
 * when the edit added or removed lines, only items before it can serve (those
 * after it would need every range moved).
 */
export function reusableItems(previous: ReferatDocument | undefined, lines: Line[], facts: ParseFacts): Map<number, Item> {
  const reused = new Map<number, Item>();
  const old = previous && FACTS.get(previous);
  if (!previous || !old || old.context !== facts.context) return reused;
  const before = previous.lines;
  const shortest = Math.min(before.length, lines.length);
  let prefix = 0;
  while (prefix < shortest && sameLine(before[prefix], lines[prefix])) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && sameLine(before[before.length - 1 - suffix], lines[lines.length - 1 - suffix])) suffix++;
  const shift = lines.length - before.length;
  // The changed span in the new lines: [prefix, lines.length - suffix).
  const changedTo = lines.length - suffix;
  const oldIndex = new Map<number, number>();
  old.starts.forEach((s, n) => oldIndex.set(s.line, n));
  const n = facts.starts.length;
  /** Whether item k's lines (start to end) lie wholly outside the change, on the side where lines did not move. */
  const untouched = (k: number): boolean => {
    if (k < 0 || k >= n) return true;
    const from = facts.starts[k].line;
    const to = facts.ends[k];
    if (to <= prefix) return true;
    return shift === 0 && from >= changedTo;
  };
  for (let k = 0; k < n; k++) {
    // An item's parse may read the last line of the item before it, and find where the next begins.
    if (!untouched(k - 1) || !untouched(k) || !untouched(k + 1)) continue;
    const j = oldIndex.get(facts.starts[k].line);
    if (j === undefined || old.ends[j] !== facts.ends[k] || !sameStart(old.starts[j], facts.starts[k])) continue;
    // A copy: linking the TOC sets tocEntry, and the previous model stays as it was.
    const { tocEntry: _linked, ...item } = previous.items[j];
    reused.set(k, item);
  }
  return reused;
}
