import type { SelectionRange } from 'vscode-languageserver-types';
import type { Position, Range, ReferatDocument } from '../model/types';
import { containsPosition } from '../text/lines';
import type { Cancellation } from './cancellation';

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function contains(outer: Range, inner: Range): boolean {
  return containsPosition(outer, inner.start) && containsPosition(outer, inner.end);
}

/** Expand selection: line → section → item → document (header and TOC likewise). */
function selectionAt(doc: ReferatDocument, p: Position): SelectionRange {
  const chain: Range[] = [];
  if (doc.lines.has(p.line) && doc.lines.text(p.line) !== '') chain.push(doc.lines.range(p.line));
  const item = doc.items.find((i) => containsPosition(i.range, p));
  if (item) {
    const section = item.sections.find((s) => containsPosition(s.range, p));
    if (section) chain.push(section.range);
    chain.push(item.range);
  } else if (doc.toc && containsPosition(doc.toc.range, p)) {
    const entry = doc.toc.entries.find((e) => containsPosition(e.range, p));
    if (entry) chain.push(entry.range);
    chain.push(doc.toc.range);
  } else if (doc.header.range && containsPosition(doc.header.range, p)) {
    chain.push(doc.header.range);
  }
  chain.push(doc.range);
  // Innermost first; each parent must contain its child.
  let result: SelectionRange | undefined;
  for (let i = chain.length - 1; i >= 0; i--) {
    const r = chain[i];
    if (result && (sameRange(result.range, r) || !contains(result.range, r))) continue;
    result = result ? { range: r, parent: result } : { range: r };
  }
  if (!result || !containsPosition(result.range, p)) return { range: { start: p, end: p }, ...(result ? { parent: result } : {}) };
  return result;
}

export function selectionRanges(doc: ReferatDocument, positions: Position[], token: Cancellation): SelectionRange[] {
  const out: SelectionRange[] = [];
  for (const p of positions) {
    if (token.isCancellationRequested) break;
    out.push(selectionAt(doc, p));
  }
  return out;
}
