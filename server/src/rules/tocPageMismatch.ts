import type { Finding, Rule } from './types';
import { text } from './util';
import { lastPrintedPage, printedPage } from '../model/pages';

export const tocPageMismatch: Rule = {
  code: 'toc-page-mismatch',
  defaultSeverity: 'warning',
  description: text('Et sidetal passer ikke med punktets side', 'A page number disagrees with the page the item starts on'),
  check({ doc }) {
    const out: Finding[] = [];
    const pages = lastPrintedPage(doc);
    for (const entry of doc.toc?.entries ?? []) {
      entry.pages.forEach((page, k) => {
        const range = entry.pageRanges[k];
        if (page < 1 || (doc.hasFormFeeds && page > pages)) {
          out.push({
            range,
            message: doc.hasFormFeeds
              ? text(`Side ${page} findes ikke: dokumentet har ${pages} sider.`, `Page ${page} does not exist: the document has ${pages} pages.`)
              : text(`Side ${page} findes ikke.`, `Page ${page} does not exist.`),
            ...fixTo(entry.items[k] !== undefined && doc.hasFormFeeds ? printedPage(doc, doc.items[entry.items[k]].page) : undefined, range),
          });
          return;
        }
        const itemIndex = entry.items[k];
        if (!doc.hasFormFeeds || itemIndex === undefined) return;
        const item = doc.items[itemIndex];
        const itemPage = printedPage(doc, item.page);
        if (itemPage === page) return;
        out.push({
          range,
          message: text(
            `Punkt ${item.number} begynder på side ${itemPage}, ikke side ${page}.`,
            `Item ${item.number} starts on page ${itemPage}, not page ${page}.`,
          ),
          ...fixTo(itemPage, range),
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
