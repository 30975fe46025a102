import type { Finding, Rule } from './types';
import { text } from './util';

export const tocPageMismatch: Rule = {
  code: 'toc-page-mismatch',
  defaultSeverity: 'warning',
  description: text('Et sidetal passer ikke med punktets side', 'A page number disagrees with the page the item starts on'),
  check({ doc }) {
    const out: Finding[] = [];
    for (const entry of doc.toc?.entries ?? []) {
      entry.pages.forEach((page, k) => {
        const range = entry.pageRanges[k];
        if (page < 1 || (doc.hasFormFeeds && page > doc.pageCount)) {
          out.push({
            range,
            message: doc.hasFormFeeds
              ? text(`Side ${page} findes ikke: dokumentet har ${doc.pageCount} sider.`, `Page ${page} does not exist: the document has ${doc.pageCount} pages.`)
              : text(`Side ${page} findes ikke.`, `Page ${page} does not exist.`),
            ...fixTo(entry.items[k] !== undefined && doc.hasFormFeeds ? doc.items[entry.items[k]].page : undefined, range),
          });
          return;
        }
        const itemIndex = entry.items[k];
        if (!doc.hasFormFeeds || itemIndex === undefined) return;
        const item = doc.items[itemIndex];
        if (item.page === page) return;
        out.push({
          range,
          message: text(
            `Punkt ${item.number} begynder på side ${item.page}, ikke side ${page}.`,
            `Item ${item.number} starts on page ${item.page}, not page ${page}.`,
          ),
          ...fixTo(item.page, range),
        });
      });
    }
    return out;
  },
};

function fixTo(page: number | undefined, range: Finding['range']): Pick<Finding, 'fixes'> {
  if (page === undefined) return {};
  return { fixes: [{ title: text(`Ret sidetallet til ${page}`, `Change the page to ${page}`), edits: [{ range, newText: String(page) }], safe: true, preferred: true }] };
}
