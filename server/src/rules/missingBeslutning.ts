import type { Item, ReferatDocument, Section } from '../model/types';
import { decisionAnchor, decisionHeading } from '../model/style';
import type { Fix, Rule } from './types';
import { NONE, endOfLine, isExempt, itemName, itemRule, punktLine, text } from './util';

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

/** An unknown system's minutes of two or more items where no item has a heading of any kind, nor a quoted decision. */
function isProseMinutes(doc: ReferatDocument): boolean {
  return doc.dialect.id === 'generic' && doc.items.length >= 2 && doc.items.every((i) => i.sections.length === 0 && i.quotedDecisions.length === 0);
}

export const missingBeslutning: Rule = itemRule({
  code: 'missing-beslutning',
  defaultSeverity: 'warning',
  description: text('Et åbent punkt uden Beslutning', 'An open item without a Beslutning'),
  items({ doc, config }) {
    // An agenda has no decisions yet. Minutes written as prose under each item (`Ad 1. …` and a paragraph, no headings in any item): no decision can be told from the rest.
    const prose = doc.agenda || isProseMinutes(doc);
    return {
      // Where the fix inserts, and what: the document's decision style and line ends.
      context: JSON.stringify([prose, decisionAnchor(doc), decisionHeading(doc), doc.eol, config.exemptTitles]),
      check(item) {
        if (prose || item.closed || item.decisions.length > 0 || isExempt(item, config)) return NONE;
        const name = itemName(item);
        return [{
          range: punktLine(doc, item),
          message: text(
            `${name.da} har ingen Beslutning. Et åbent punkt skal have en beslutning i referatet.`,
            `${name.en} has no Beslutning (decision). An open item must record its decision.`,
          ),
          fixes: [insertFix(doc, item)],
        }];
      },
    };
  },
});
