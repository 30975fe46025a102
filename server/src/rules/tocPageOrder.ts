import type { Finding, Rule } from './types';
import { text } from './util';

export const tocPageOrder: Rule = {
  code: 'toc-page-order',
  defaultSeverity: 'warning',
  description: text('Et sidetal er lavere end linjen før', 'A page number is lower than the entry before it'),
  check({ doc }) {
    const out: Finding[] = [];
    let previous = 0;
    for (const entry of doc.toc?.entries ?? []) {
      entry.pages.forEach((page, k) => {
        if (page < previous) {
          out.push({
            range: entry.pageRanges[k],
            message: text(`Side ${page} kommer efter side ${previous}: sidetallene skal stige.`, `Page ${page} comes after page ${previous}: page numbers must not decrease.`),
          });
        }
        previous = Math.max(previous, page);
      });
    }
    return out;
  },
};
