import type { ReferatDocument } from './types';

/** The page number a reader sees: the running header's `Side N` where it differs from the physical page. */
export function printedPage(doc: ReferatDocument, physical: number): number {
  return doc.pageLabels?.[physical] ?? physical;
}

/** The highest page number a reader sees. */
export function lastPrintedPage(doc: ReferatDocument): number {
  let last = 0;
  for (let p = 1; p <= doc.pageCount; p++) last = Math.max(last, printedPage(doc, p));
  return last;
}
