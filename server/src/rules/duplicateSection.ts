import { foldText } from '../text/normalize';
import { formatNumericDate } from '../parse/dates';
import type { Item, Section } from '../model/types';
import type { Finding, Rule } from './types';
import { NONE, itemName, itemRule, quote, text } from './util';

/** Lines that start a lettered sub-point of the item (`a.   Møder og konferencer`). */
function subItemStarts(doc: Parameters<Rule['check']>[0]['doc'], item: Item): number[] {
  const out: number[] = [];
  for (let l = item.headingRange.end.line + 1; l <= item.range.end.line; l++) {
    const t = doc.lines.text(l);
    // The dot second is rare: tested before the pattern, on every line of every item.
    if (t.charCodeAt(1) === 0x2e && /^[a-zæøå]\.(?:\s|$)/.test(t)) out.push(l);
  }
  return out;
}

/** What makes two sections the same, sub-points aside: each earlier meeting's decision is its own. */
function sectionKey(section: Section, decisionKeys: Map<Section, string>): string {
  const decision = decisionKeys.get(section);
  if (decision !== undefined) return decision;
  const canonical = folded(section.canonical);
  if (section.name === section.canonical || section.typo) return canonical;
  const name = folded(section.name);
  return name === canonical ? canonical : `${canonical}|${name}`;
}

/** Headings, the names they are written with and committees repeat from item to item: each is folded once. */
const FOLDED = new Map<string, string>();

function folded(text: string): string {
  let key = FOLDED.get(text);
  if (key === undefined) {
    if (FOLDED.size >= 1000) FOLDED.clear();
    FOLDED.set(text, (key = foldText(text)));
  }
  return key;
}

export const duplicateSection: Rule = itemRule({
  code: 'duplicate-section',
  defaultSeverity: 'information',
  description: text('Den samme sektion to gange i et punkt', 'The same section twice in one item'),
  items({ doc }) {
    return { context: '', check: (item) => duplicatesIn(doc, item) };
  },
});

function duplicatesIn(doc: Parameters<Rule['check']>[0]['doc'], item: Item): readonly Finding[] {
  // A key begins with the section's folded canonical heading (a decision's with `beslutning`):
  // where no two sections share that, none repeats, and no key is built.
  const headings = new Set<string>();
  let shared = false;
  for (const section of item.sections) {
    if (section.unknown) continue;
    const heading = folded(section.canonical);
    if (headings.has(heading)) {
      shared = true;
      break;
    }
    headings.add(heading);
  }
  if (!shared) return NONE;
  // Each committee's decision on a shared item is its own section.
  const keys = new Map<Section, string>();
  for (const d of item.decisions) keys.set(d.section, `beslutning|${folded(d.committee ?? '')}|${d.date ? formatNumericDate(d.date) : ''}`);
  // Sub-points only split sections that would repeat without them: most items have none, and their lines are not read.
  const coarse = new Set<string>();
  let repeats = false;
  for (const section of item.sections) {
    if (section.unknown) continue;
    const key = sectionKey(section, keys);
    if (coarse.has(key)) repeats = true;
    coarse.add(key);
  }
  if (!repeats) return NONE;
  const out: Finding[] = [];
  const seen = new Map<string, Section>();
  const parts = subItemStarts(doc, item);
  for (const section of item.sections) {
    // Headings known only by their shape may repeat as sub-headings.
    if (section.unknown) continue;
    const part = parts.filter((l) => l < section.headingRange.start.line).length;
    const key = `${part}|${sectionKey(section, keys)}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, section);
      continue;
    }
    const name = itemName(item);
    out.push({
      range: section.headingRange,
      message: text(
        `${name.da} har allerede en sektion ${quote(first.name)}.`,
        `${name.en} already has a section ${quote(first.name)}.`,
      ),
      related: [{ range: first.headingRange, message: text('Første forekomst', 'First occurrence') }],
    });
  }
  return out;
}
