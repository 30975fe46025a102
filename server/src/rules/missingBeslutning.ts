import type { Item, ReferatDocument, Section } from '../model/types';
import { formatNumericDate } from '../parse/dates';
import type { Fix, Rule } from './types';
import { endOfLine, isExempt, punktLine, text } from './util';

/** The section after which this document's items keep their Beslutning; null for "first". */
function decisionAnchor(doc: ReferatDocument): string | null | undefined {
  const counts = new Map<string | null, number>();
  for (const item of doc.items) {
    const i = item.sections.findIndex((s) => s.kind === 'decision');
    if (i < 0) continue;
    const key = i === 0 ? null : item.sections[i - 1].canonical;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null | undefined;
  let bestCount = 0;
  for (const [key, n] of counts) if (n > bestCount) [best, bestCount] = [key, n];
  return best;
}

/** `Beslutning`, or `Beslutning <committee> den <date>` when this document writes it so. */
function decisionHeading(doc: ReferatDocument): string {
  const decisions = doc.items.flatMap((i) => i.decisions);
  const dated = decisions.filter((d) => d.committee && d.date);
  if (dated.length * 2 <= decisions.length || !doc.header.title) return 'Beslutning';
  const meeting = doc.header.title.date;
  const own = dated.filter((d) => !meeting || formatNumericDate(d.date!) === formatNumericDate(meeting));
  const committee = (own[0] ?? dated[0]).committee!;
  const date = meeting ? formatNumericDate(meeting) : formatNumericDate((own[0] ?? dated[0]).date!);
  return `Beslutning ${committee} den ${date}`;
}

function insertionLine(doc: ReferatDocument, item: Item): number {
  const anchor = decisionAnchor(doc);
  const after = (s: Section | undefined) => s?.range.end.line;
  const find = (name: string) => item.sections.find((s) => s.canonical === name);
  if (anchor === null) {
    // Beslutning first: after the case number, or the title.
    return item.caseNumber ? item.caseNumber.range.end.line : item.headingRange.end.line;
  }
  return after(anchor ? find(anchor) : undefined) ?? after(find('Indstilling')) ?? after(find('Administrativ indstilling')) ?? item.range.end.line;
}

function insertFix(doc: ReferatDocument, item: Item): Fix {
  const line = insertionLine(doc, item);
  const heading = decisionHeading(doc);
  return {
    title: text(`Indsæt »${heading}«`, `Insert »${heading}«`),
    edits: [{ range: endOfLine(doc, line), newText: doc.eol + doc.eol + heading + doc.eol }],
    // The decision itself must be written by a person, so "fix all" leaves it.
    safe: false,
    preferred: true,
  };
}

export const missingBeslutning: Rule = {
  code: 'missing-beslutning',
  defaultSeverity: 'warning',
  description: text('Et åbent punkt uden Beslutning', 'An open item without a Beslutning'),
  check({ doc, config }) {
    return doc.items
      .filter((item) => !item.closed && item.decisions.length === 0 && !isExempt(item, config))
      .map((item) => ({
        range: punktLine(doc, item),
        message: text(
          `Punkt ${item.number} har ingen Beslutning. Et åbent punkt skal have en beslutning i referatet.`,
          `Item ${item.number} has no Beslutning (decision). An open item must record its decision.`,
        ),
        fixes: [insertFix(doc, item)],
      }));
  },
};
