import { titleKey } from '../text/normalize';
import type { Rule } from './types';
import { differingTails, punktLine, quote, text } from './util';

export const tocTitleMismatch: Rule = {
  code: 'toc-title-mismatch',
  defaultSeverity: 'warning',
  description: text('En titel i indholdsfortegnelsen afviger fra punktets', 'A table of contents title differs from its item'),
  check({ doc }) {
    const toc = doc.toc;
    if (!toc) return [];
    return toc.entries.flatMap((entry) => {
      if (entry.items.length === 0) return [];
      const item = doc.items[entry.items[0]];
      const different = entry.match === 'different' || (entry.fused && !fusedStartMatches(entry.title, item.title));
      if (!different) return [];
      const fixes = entry.fused
        ? [] // The split of the fused line writes both titles (toc-merged-line).
        : [{
            title: text(`Ret titlen til ${quote(item.title, 50)}`, `Change the title to ${quote(item.title, 50)}`),
            edits: [{ range: entry.titleRange, newText: item.title }],
            safe: true,
            preferred: true,
          }];
      const [toc, own] = differingTails(entry.title, item.title);
      return [{
        range: entry.titleRange,
        message: text(
          `Titlen i indholdsfortegnelsen ${toc} afviger fra punkt ${item.number}: ${own}.`,
          `The table of contents title ${toc} differs from item ${item.number}: ${own}.`,
        ),
        related: [{ range: punktLine(doc, item), message: text(`Punkt ${item.number}`, `Item ${item.number}`) }],
        fixes,
      }];
    });
  },
};


/** A fused line is fine for its first item when the whole line starts with that title. */
function fusedStartMatches(entryTitle: string, itemTitle: string): boolean {
  return titleKey(entryTitle).startsWith(titleKey(itemTitle));
}
