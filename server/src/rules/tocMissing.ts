import type { Rule } from './types';
import { entryText, knownPage, rebuildTocFix, tocStyle } from './tocText';
import { endOfLine, punktLine, quote, text } from './util';

export const tocMissing: Rule = {
  code: 'toc-missing',
  defaultSeverity: 'warning',
  description: text('Et punkt uden linje i indholdsfortegnelsen', 'An item without a table of contents entry'),
  check({ doc }) {
    const toc = doc.toc;
    // An empty TOC is missing-toc's single finding.
    if (!toc || toc.entries.length === 0) return [];
    const style = tocStyle(doc);
    // Insert after the entry of the nearest earlier item that has one: carried along in one pass, not looked for per item.
    let after = toc.headingRange.end.line;
    return doc.items.flatMap((item, index) => {
      if (item.tocEntry !== undefined) {
        after = toc.entries[item.tocEntry].range.end.line;
        return [];
      }
      const line = entryText(item, knownPage(doc, index), style);
      const insert = {
        title: text(`Tilføj »${line}« til indholdsfortegnelsen`, `Add »${line}« to the table of contents`),
        edits: [{ range: endOfLine(doc, after), newText: (after === toc.headingRange.end.line ? doc.eol : '') + doc.eol + line }],
        safe: true,
        preferred: true,
      };
      const rebuild = rebuildTocFix(doc);
      return [{
        range: punktLine(doc, item),
        message: text(
          `Punkt ${item.number} ${quote(item.title)} står ikke i indholdsfortegnelsen.`,
          `Item ${item.number} ${quote(item.title)} is not in the table of contents.`,
        ),
        fixes: rebuild ? [insert, { ...rebuild, safe: false }] : [insert],
      }];
    });
  },
};
