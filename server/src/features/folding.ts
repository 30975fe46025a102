import type { FoldingRange } from 'vscode-languageserver-types';
import type { ReferatDocument, Range } from '../model/types';
import type { Cancellation } from './cancellation';

function fold(r: Range, out: FoldingRange[]): void {
  if (r.end.line > r.start.line) out.push({ startLine: r.start.line, endLine: r.end.line });
}

/** Folds the TOC, every item and every section. */
export function foldingRanges(doc: ReferatDocument, token: Cancellation): FoldingRange[] {
  const out: FoldingRange[] = [];
  if (doc.header.participants) fold(doc.header.participants.range, out);
  if (doc.toc) fold(doc.toc.range, out);
  for (const item of doc.items) {
    if (token.isCancellationRequested) break;
    fold(item.range, out);
    for (const s of item.sections) fold(s.range, out);
  }
  return out;
}
