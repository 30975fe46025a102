// Items without numbers: web pages that print each item as its title over its
// sections (a city council's whole meeting, or one item on a page of its own). Read only
// where no line has an item form; each item is numbered by its place.
import type { Lines } from '../text/lines';
import type { ItemStart } from './itemStarts';
import { startsUpper } from './vocabulary';

export interface TitledContext {
  /** The section a line heads, as one key per kind (`decision` for this meeting's decision, else the canonical heading); undefined for other lines. */
  sectionKey(text: string, line: number): string | undefined;
  /** A line with a role of its own (heading, case number, a header's label, attendance). */
  isStructural(text: string): boolean;
  /** A title's form (`Referat Byrådet 03-04-2019`): the first such line is the page's, and a later one may be an item's (`Referat fra Magistratens møde den 29. juni 2020`). */
  isTitleLine(text: string): boolean;
}

/** Lines of text between a title and its item's first heading (`Se alle bilag` is navigation, blanked before). */
const MAX_LINES_BEFORE_HEADING = 4;
const MAX_TITLE = 200;

/**
 * Where the titled items start: the page's first section heading names the
 * section every item opens with (`Beslutning` on one system's pages,
 * `Indstilling` on another's), and each line that heads that section belongs to the title
 * nearest above it, a line of words alone between blank lines.
 */
export function titledStarts(lines: Lines, from: number, ctx: TitledContext): ItemStart[] {
  let first: string | undefined;
  let opened = 0;
  const starts: ItemStart[] = [];
  let floor = from - 1;
  let pageTitle = -1;
  for (let i = from; i < lines.length; i++) {
    const text = lines.text(i);
    if (text === '') continue;
    const key = ctx.sectionKey(text, i);
    if (key === undefined) {
      if (first === undefined && pageTitle < 0 && ctx.isTitleLine(text)) pageTitle = i;
      continue;
    }
    first ??= key;
    if (key !== first) continue;
    opened++;
    // The first item's title lies after the page's.
    const title = titleAbove(lines, i, Math.max(floor, pageTitle), ctx);
    // Every later heading of the opening kind is looked for above from here: an item's title lies after the one before it.
    floor = i;
    if (title < 0) continue;
    starts.push({ line: title, number: starts.length + 1, titleLine: title, titleFrom: 0, unnumbered: true });
  }
  // Such a page gives every item its title. Where most of the opening sections have none, the items' lines are missing (a system's
  // numbered items with their number lines lost), and the line over an odd section is an attachment's name, not a title.
  return starts.length * 3 >= opened * 2 ? starts : [];
}

/** The title over the heading at line `at`: the nearest title-shaped line above it, past at most a few lines of text, and after line `floor`. */
function titleAbove(lines: Lines, at: number, floor: number, ctx: TitledContext): number {
  let passed = 0;
  for (let k = at - 1; k > floor; k--) {
    const text = lines.text(k);
    if (text === '') continue;
    if (ctx.isStructural(text)) return -1;
    if (isTitleShaped(lines, k, text)) return k;
    if (++passed > MAX_LINES_BEFORE_HEADING) return -1;
  }
  return -1;
}

/** A line of words, not a sentence or a label, standing alone: a blank line (or none) on either side. */
function isTitleShaped(lines: Lines, k: number, text: string): boolean {
  if (text.length < 3 || text.length > MAX_TITLE || !startsUpper(text) || /[.:;,]$/.test(text) || !/\p{Ll}/u.test(text)) return false;
  const alone = (j: number) => j < 0 || j >= lines.length || lines.text(j) === '';
  return alone(k - 1) && alone(k + 1);
}
