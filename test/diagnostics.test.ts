// An unchanged report is sent only when the diagnostics are the same in every
// field the client shows: a change to any of them is a new report.
import { describe, expect, it } from 'vitest';
import { sameDiagnostics, toLspDiagnostic } from '../server/src/features/diagnostics';
import type { Diagnostic } from '../server/src/rules/types';

const finding: Diagnostic = {
  code: 'toc-title-mismatch',
  severity: 'warning',
  range: { start: { line: 3, character: 0 }, end: { line: 3, character: 9 } },
  message: { da: 'Titlen er en anden.', en: 'The title differs.' },
  related: [{ range: { start: { line: 40, character: 0 }, end: { line: 40, character: 5 } }, message: { da: 'Punktet', en: 'The item' } }],
};

describe('comparing reports', () => {
  const one = toLspDiagnostic(finding, 'file:///a.txt', 'da', 'file:///docs');

  it('finds two reports built alike the same', () => {
    expect(sameDiagnostics([one], [toLspDiagnostic(structuredClone(finding), 'file:///a.txt', 'da', 'file:///docs')])).toBe(true);
    expect(sameDiagnostics([], [])).toBe(true);
  });

  it('tells every field the client shows apart', () => {
    const variants: Array<[string, Diagnostic, string?, string?]> = [
      ['range', { ...finding, range: { ...finding.range, end: { line: 3, character: 8 } } }],
      ['severity', { ...finding, severity: 'error' }],
      ['code', { ...finding, code: 'toc-order' }],
      ['message', { ...finding, message: { da: 'Noget andet.', en: 'Else.' } }],
      ['related message', { ...finding, related: [{ ...finding.related![0], message: { da: 'Et andet', en: 'Another' } }] }],
      ['related range', { ...finding, related: [{ ...finding.related![0], range: { start: { line: 41, character: 0 }, end: { line: 41, character: 5 } } }] }],
      ['no related', { ...finding, related: [] }],
      ['page', finding, 'file:///docs', 'page'],
      ['docs link', finding, 'file:///other'],
    ];
    for (const [what, d, docs = 'file:///docs', page] of variants) {
      const other = toLspDiagnostic(d, 'file:///a.txt', 'da', docs, page ? 2 : undefined);
      expect(sameDiagnostics([one], [other]), what).toBe(false);
    }
    // Every field toLspDiagnostic sets is one of those.
    expect(Object.keys(one).sort()).toEqual(['code', 'codeDescription', 'message', 'range', 'relatedInformation', 'severity', 'source']);
    expect(sameDiagnostics([one], [one, one])).toBe(false);
  });
});
