import type { Rule } from './types';
import { entryText, tocStyle } from './tocText';
import { text } from './util';

export const tocMergedLine: Rule = {
  code: 'toc-merged-line',
  defaultSeverity: 'warning',
  description: text('To linjer i indholdsfortegnelsen er smeltet sammen', 'Two table of contents entries fused into one line'),
  check({ doc }) {
    const toc = doc.toc;
    if (!toc) return [];
    const style = tocStyle(doc);
    return toc.entries
      .filter((e) => e.fused)
      .map((e) => {
        const numbers = e.items.map((i) => doc.items[i].number);
        const fixes = e.items.length === e.pages.length
          ? [{
              title: text(`Del linjen i ${e.items.length} linjer (punkt ${numbers.join(' og ')})`, `Split the line into ${e.items.length} lines (items ${numbers.join(' and ')})`),
              edits: [{
                range: { start: { line: e.range.start.line, character: doc.lines.start(e.range.start.line) }, end: e.range.end },
                newText: e.items.map((item, k) => entryText(doc.items[item], e.pages[k], style)).join(doc.eol),
              }],
              safe: true,
              preferred: true,
            }]
          : [];
        return {
          range: e.range,
          message: text(
            `Linjen rummer ${e.pages.length} sidetal (${e.pages.join(', ')}): ${e.pages.length} punkter${numbers.length ? ` (${numbers.join(', ')})` : ''} er smeltet sammen i én linje.`,
            `The line holds ${e.pages.length} page numbers (${e.pages.join(', ')}): ${e.pages.length} entries${numbers.length ? ` (items ${numbers.join(', ')})` : ''} are fused into one line.`,
          ),
          fixes,
        };
      });
  },
};
