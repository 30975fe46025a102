// Applies the document's inline markers (`<!-- referat-disable-next-item toc-order -->`)
// to the diagnostics: what a marker names in its scope is not reported.
import type { ReferatDocument, Suppression } from '../model/types';
import type { Diagnostic } from './types';

interface Span {
  from: number;
  to: number;
  codes: Set<string> | undefined;
}

/** The lines a marker covers: the whole text, the next item up to the one after it, or the next non-blank line. */
function spanOf(doc: ReferatDocument, s: Suppression): Span | undefined {
  const codes = s.codes.length > 0 ? new Set(s.codes) : undefined;
  if (s.scope === 'file') return { from: 0, to: doc.lines.length - 1, codes };
  if (s.scope === 'next-line') {
    for (let l = s.line + 1; l < doc.lines.length; l++) if (doc.lines.text(l) !== '') return { from: l, to: l, codes };
    return undefined;
  }
  const n = doc.items.findIndex((item) => item.headingRange.start.line > s.line);
  if (n < 0) return undefined;
  const to = n + 1 < doc.items.length ? doc.items[n + 1].headingRange.start.line - 1 : doc.lines.length - 1;
  return { from: doc.items[n].headingRange.start.line, to, codes };
}

/** Drops the diagnostics the markers turn off; markers' own warnings are kept. */
export function applySuppressions(doc: ReferatDocument, diagnostics: Diagnostic[]): Diagnostic[] {
  if (doc.suppressions.length === 0) return diagnostics;
  const spans = doc.suppressions.map((s) => spanOf(doc, s)).filter((s): s is Span => s !== undefined);
  return diagnostics.filter((d) => {
    if (d.code === 'unknown-suppression') return true;
    const line = d.range.start.line;
    return !spans.some((s) => line >= s.from && line <= s.to && (!s.codes || s.codes.has(d.code)));
  });
}
