import { titleKey } from '../text/normalize';
import type { Rule } from './types';
import { rebuildTocFix } from './tocText';
import { punktLine, quote, text, wholeLine } from './util';

export const tocOrphan: Rule = {
  code: 'toc-orphan',
  defaultSeverity: 'warning',
  description: text('En linje i indholdsfortegnelsen uden punkt', 'A table of contents entry without an item'),
  check({ doc }) {
    const toc = doc.toc;
    if (!toc) return [];
    // Items without an entry, by the start of their title: one pass, not one per orphan.
    let unlisted: Map<string, (typeof doc.items)[number]> | undefined;
    return toc.entries.flatMap((entry, e) => {
      if (entry.items.length > 0) return [];
      if (!unlisted) {
        unlisted = new Map();
        for (const i of doc.items) {
          const start = titleKey(i.title).slice(0, 8);
          if (i.tocEntry === undefined && !unlisted.has(start)) unlisted.set(start, i);
        }
      }
      // The closest item: an unlisted one whose title starts alike, else the one at the same position, else the last one.
      const near = unlisted.get(titleKey(entry.title).slice(0, 8)) ?? doc.items[Math.min(e, doc.items.length - 1)];
      const rebuild = rebuildTocFix(doc, { dropOrphans: true });
      const remove = {
        title: text('Fjern linjen fra indholdsfortegnelsen', 'Remove the entry from the table of contents'),
        edits: [{ range: wholeLine(doc, entry.range.start.line), newText: '' }],
        safe: false,
      };
      return [{
        range: entry.range,
        message: text(
          `${quote(entry.title)} i indholdsfortegnelsen svarer ikke til noget punkt.`,
          `${quote(entry.title)} in the table of contents matches no item.`,
        ),
        ...(near ? { related: [{ range: punktLine(doc, near), message: text(`Nærmeste punkt: ${near.number}`, `Closest item: ${near.number}`) }] } : {}),
        fixes: rebuild ? [remove, { ...rebuild, safe: false }] : [remove],
      }];
    });
  },
};
