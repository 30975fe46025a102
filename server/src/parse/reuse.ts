// Incremental parsing for the editor: after an edit, what the previous
// version's parse found where the text is as it was is taken over instead of
// being found again: the lines around the edit (where its place is known),
// the candidates for item starts before and after it, and every item whose
// lines, and its neighbours' lines, are as they were. Only what an item's
// parse reads is compared: its lines (after running headers and markers are
// blanked), where it starts and ends, which part it is in, and the facts of
// the whole document it depends on.
import type { Decision, Header, Item, Position, Range, ReferatDocument, Section, Toc } from '../model/types';
import { firstLineOf, type Candidate, type ItemStart, type LineSpan, type PriorScan } from './itemStarts';
import type { KnownFurniture } from './furniture';
import { resplitLines, splitLines, type Lines, type Taken, type Unchanged } from '../text/lines';
import { DIALECT_LINES } from '../dialects/index';

/** What an item's parse depends on besides its lines; equal strings mean the same. */
export interface ParseFacts {
  /** Dialect, options, this meeting's date and committee. */
  context: string;
  starts: ItemStart[];
  ends: number[];
  /** Per item, whether it stands in the closed part (after `Lukket referat`). */
  inClosedPart: boolean[];
  /** What the item starts' scan depends on besides the lines and where the items begin (dialect, options), and what it found. */
  scanKey: string;
  candidates: readonly Candidate[];
  /** The dialect the text's first lines chose, where none was set. */
  chosen?: string;
  /** The header and the line it was read up to (it reads no line from there on). */
  header?: { end: number; header: Header };
  /** The TOC as parsed before it was linked, where it was found: lines after `readTo` do not change it. */
  toc?: TocFacts;
  /** Where running headers were found line by line (no page breaks), the dialect and the lines found: each line's verdict holds for it alone. */
  furnitureByLine?: { dialect: string; lines: number[] };
}

export interface TocFacts {
  heading: number;
  readTo: number;
  end: number;
  unlinked: Toc;
}

const FACTS = new WeakMap<ReferatDocument, ParseFacts>();

/** An item taken over from the previous model: which item it was, and how many lines it moved. */
export interface Carried {
  from: Item;
  delta: number;
}

/**
 * New item → the previous model's item it was taken from, so what was worked
 * out for that item (its rules' findings) can be taken over too. An entry
 * never points at an item that has one itself: old models are not kept alive
 * in a chain.
 */
const CARRIED = new WeakMap<Item, Carried>();

/** The previous model's item that `item` was taken from, if it was. */
export function carriedFrom(item: Item): Carried | undefined {
  return CARRIED.get(item);
}

/** Lets go of the previous item once what it carried has been taken. */
export function dropCarried(item: Item): void {
  CARRIED.delete(item);
}

/** What a parse in the editor takes from the previous version's, and keeps for the next. */
export interface EditReuse {
  /** The lines of the text: the previous model's where the edit left the text as it was. */
  split(text: string): Lines;
  /** Where the lines differ from the previous model's, and its scan for item starts where it was made alike. */
  changes(lines: Lines, scanKey: string): PriorScan | undefined;
  /** The previous parse's TOC, where the edit came after every line it read (after `changes`), and the dialect and options are the same. */
  toc(scanKey: string): TocFacts | undefined;
  /** The previous parse's header, where it was read up to the same line and the edit came after it (after `changes`). */
  header(scanKey: string, end: number): Header | undefined;
  /** The dialect the previous parse chose, where the lines it chose from are as they were. */
  dialect(): string | undefined;
  /** The lines taken over, and which of them were running headers, where the previous parse found them line by line in this dialect. */
  furniture(dialect: string): KnownFurniture | undefined;
  /** The previous model's items that serve, by index in the new starts. */
  items(facts: ParseFacts): Map<number, Item>;
  /** Keeps what this parse found, for the next version's. */
  remember(doc: ReferatDocument, facts: ParseFacts): void;
}

/**
 * The reuse for a parse after an edit: `previous` is the model of the text
 * before it (none for the first version), `unchanged` how much of that text
 * the edit left at its start and end, where known.
 */
export function afterEdit(previous?: ReferatDocument, unchanged?: Unchanged): EditReuse {
  const old = previous && FACTS.get(previous);
  let span: LineSpan | undefined;
  // The lines taken over at either end (none without the edit's place).
  const taken: Taken = { before: 0, after: 0 };
  let count = 0;
  return {
    split(text) {
      const lines = previous && unchanged ? resplitLines(text, previous, unchanged, taken) : splitLines(text);
      count = lines.length;
      return lines;
    },
    dialect: () => (old?.chosen !== undefined && taken.before >= DIALECT_LINES ? old.chosen : undefined),
    furniture(dialect) {
      const before = old?.furnitureByLine;
      if (!previous || !before || before.dialect !== dialect || taken.before + taken.after === 0) return undefined;
      const to = count - taken.after;
      const moved = count - previous.lines.length;
      const found: number[] = [];
      for (const l of before.lines) {
        if (l < taken.before) found.push(l);
        else if (l >= previous.lines.length - taken.after) found.push(l + moved);
      }
      return { from: taken.before, to, found };
    },
    changes(lines, scanKey) {
      if (!previous || !old) return undefined;
      span = changedLines(previous, lines, taken);
      return old.scanKey === scanKey ? { candidates: old.candidates, span } : { candidates: [], span };
    },
    toc(scanKey) {
      const before = old?.toc;
      return before && span && old.scanKey === scanKey && span.prefix > before.readTo ? before : undefined;
    },
    header(scanKey, end) {
      const before = old?.header;
      return before && span && old.scanKey === scanKey && before.end === end && span.prefix >= end ? before.header : undefined;
    },
    items: (facts) => reusableItems(previous, span, facts),
    remember(doc, facts) {
      FACTS.set(doc, facts);
    },
  };
}

/**
 * The lines that differ from the previous model's, after running headers
 * and markers are blanked: compared from both ends. A line taken over from
 * the previous split (`taken`) has its text as it was; the others are
 * compared character by character.
 */
function changedLines(previous: ReferatDocument, lines: Lines, taken: Taken): LineSpan {
  const before = previous.lines;
  const shortest = Math.min(before.length, lines.length);
  let prefix = 0;
  while (prefix < shortest && sameLine(before, prefix, lines, prefix, prefix < taken.before)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && sameLine(before, before.length - 1 - suffix, lines, lines.length - 1 - suffix, suffix < taken.after)) suffix++;
  return { prefix, changedTo: lines.length - suffix, shift: lines.length - before.length };
}

function sameLine(a: Lines, i: number, b: Lines, j: number, takenOver: boolean): boolean {
  if (a.page(i) !== b.page(j) || a.blanking(i) !== b.blanking(j)) return false;
  // A line taken over is the same characters: blanked alike, its text is too.
  if (takenOver) return true;
  if (a.text(i) !== b.text(j) || a.start(i) !== b.start(j) || a.end(i) !== b.end(j) || a.rawLength(i) !== b.rawLength(j)) return false;
  return a.raw(i) === b.raw(j);
}

/** Fields of an item's parts that hold line numbers outside a position. */
const LINE_LISTS = new Set(['bodyLines', 'preambleLines']);

/**
 * A copy of an item's parse moved down by `delta` lines: every position and
 * line list shifted, shared parts kept shared (a decision's section is one of
 * the item's sections).
 */
export function shifted<T>(value: T, delta: number, memo: Map<object, unknown> = new Map()): T {
  if (typeof value !== 'object' || value === null) return value;
  const known = memo.get(value);
  if (known !== undefined) return known as T;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    memo.set(value, out);
    for (const v of value) out.push(shifted(v, delta, memo));
    return out as T;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.line === 'number' && typeof record.character === 'number' && Object.keys(record).length === 2) {
    return { line: (record.line as number) + delta, character: record.character } as T;
  }
  const out: Record<string, unknown> = {};
  memo.set(value, out);
  for (const key of Object.keys(record)) {
    const v = record[key];
    out[key] = LINE_LISTS.has(key) ? (v as number[]).map((l) => l + delta) : shifted(v, delta, memo);
  }
  return out as T;
}

/**
 * `shifted` for an item, written out for the model's shape (model/types.ts:
 * `Item` and its parts): the ranges and line lists moved, shared ranges and
 * sections kept shared, the rest (titles, dates) shared with the original.
 * An edit that adds a line moves every item after it, so this runs for
 * half the items of a document on every such edit. A test holds it to
 * `shifted` on every fixture.
 */
export function shiftedItem(item: Item, delta: number): Item {
  const ranges = new Map<Range, Range>();
  const at = (p: Position): Position => ({ line: p.line + delta, character: p.character });
  const r = (x: Range): Range => {
    let y = ranges.get(x);
    if (!y) ranges.set(x, (y = { start: at(x.start), end: at(x.end) }));
    return y;
  };
  const lines = (list: number[]): number[] => list.map((l) => l + delta);
  const sections = new Map<Section, Section>();
  const section = (s: Section): Section => {
    let t = sections.get(s);
    if (!t) sections.set(s, (t = { ...s, headingRange: r(s.headingRange), range: r(s.range), bodyLines: lines(s.bodyLines) }));
    return t;
  };
  const out: Item = { ...item, numberRange: r(item.numberRange), titleRange: r(item.titleRange), headingRange: r(item.headingRange), range: r(item.range) };
  if (item.closedRange) out.closedRange = r(item.closedRange);
  if (item.caseNumber) out.caseNumber = { ...item.caseNumber, range: r(item.caseNumber.range) };
  out.sections = item.sections.map(section);
  out.decisions = item.decisions.map((d) => {
    const e: Decision = { ...d, section: section(d.section) };
    if (d.dateRange) e.dateRange = r(d.dateRange);
    if (d.textRange) e.textRange = r(d.textRange);
    return e;
  });
  out.quotedDecisions = item.quotedDecisions.map((q) => ({ ...q, headingRange: r(q.headingRange), range: r(q.range) }));
  out.attendance = item.attendance.map((a) => ({
    ...a,
    range: r(a.range),
    names: a.names.map((n) => ({ ...n, range: r(n.range), segments: n.segments.map(r) })),
  }));
  out.preambleLines = lines(item.preambleLines);
  return out;
}

/**
 * The previous model's items that serve in the new one, by index in the new
 * starts. Lines are compared from both ends to find the changed span; items
 * before it serve as they are, items after it moved by the lines the edit
 * added or removed.
 */
function reusableItems(previous: ReferatDocument | undefined, span: LineSpan | undefined, facts: ParseFacts): Map<number, Item> {
  const reused = new Map<number, Item>();
  const old = previous && FACTS.get(previous);
  if (!previous || !old || !span || old.context !== facts.context) return reused;
  const { prefix, changedTo, shift } = span;
  const oldIndex = new Map<number, number>();
  old.starts.forEach((s, n) => oldIndex.set(s.line, n));
  const n = facts.starts.length;
  /** Whether item k's lines (start to end) lie wholly outside the change, on the side where lines did not move. */
  const untouched = (k: number): boolean => {
    if (k < 0 || k >= n) return true;
    return facts.ends[k] <= prefix || firstLineOf(facts.starts[k]) >= changedTo;
  };
  for (let k = 0; k < n; k++) {
    // An item's parse may read the last line of the item before it, and find where the next begins.
    if (!untouched(k - 1) || !untouched(k) || !untouched(k + 1)) continue;
    // After the change, the item was `shift` lines higher up in the previous text.
    const delta = firstLineOf(facts.starts[k]) >= changedTo ? shift : 0;
    const j = oldIndex.get(facts.starts[k].line - delta);
    if (j === undefined || old.ends[j] + delta !== facts.ends[k]) continue;
    const start = old.starts[j];
    const now = facts.starts[k];
    if (start.number !== now.number || start.titleLine + delta !== now.titleLine || start.titleFrom !== now.titleFrom || start.unnumbered !== now.unnumbered) continue;
    if ((start.caseLine === undefined ? undefined : start.caseLine + delta) !== now.caseLine) continue;
    if (old.inClosedPart[j] !== facts.inClosedPart[k]) continue;
    // A copy: linking the TOC sets tocEntry, and the previous model stays as it was.
    const from = previous.items[j];
    const { tocEntry: _linked, ...item } = from;
    const taken = delta === 0 ? item : shiftedItem(item, delta);
    CARRIED.delete(from);
    CARRIED.set(taken, { from, delta });
    reused.set(k, taken);
  }
  return reused;
}
