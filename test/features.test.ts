import { describe, expect, it } from 'vitest';
import { SymbolKind } from 'vscode-languageserver-types';
import { documentSymbols } from '../server/src/features/symbols';
import { foldingRanges } from '../server/src/features/folding';
import { selectionRanges } from '../server/src/features/selection';
import { notCancelled } from '../server/src/features/cancellation';
import { ReferatService } from '../server/src/service';
import { codeLenses } from '../server/src/features/codeLens';
import { DEFAULT_CONFIG, mergeConfig } from '../server/src/config/types';
import { seed, seedText } from './helpers';

describe('document symbols', () => {
  it('gives header, TOC and items with sections for 000', () => {
    const symbols = documentSymbols(seed('000'), 'da', notCancelled);
    expect(symbols.map((s) => s.name).slice(0, 3)).toEqual([
      'REFERAT Arbejdsmarkeds- og Integrationsudvalget d. 25-06-2024',
      'Indholdsfortegnelse',
      '1. Dialogmøde med MED-udvalget, Niveau II, Arbejdsmarked og Integration',
    ]);
    expect(symbols).toHaveLength(2 + 11);
    const header = symbols[0];
    expect(header.children!.map((c) => c.name)).toEqual(['Mødedato', 'Mødested', 'Mødedeltagere']);
    expect(header.children![2].children!.map((c) => c.name)).toContain('Tina Boel van Ingen');
    expect(symbols[1].children).toHaveLength(11);
    expect(symbols[1].children![0].detail).toBe('side 3');
    const item3 = symbols[4];
    expect(item3.name).toBe('3. Lukket: Direktionens forslag til et flerårigt budget i balance 2025-2028');
    expect(item3.detail).toBe('sag 00.30.10P19-3-23 · lukket');
    const item1 = symbols[2];
    expect(item1.kind).toBe(SymbolKind.Module);
    expect(item1.detail).toBe('sag 00.15.00G00-1-19 · Drøftet.');
    expect(item1.children!.map((c) => c.name)).toEqual(['Resume', 'Sagsfremstilling', 'Sagen afgøres endelig af', 'Lovgrundlag', 'Indstilling', 'Beslutning']);
    expect(item1.children![5].kind).toBe(SymbolKind.Event);
  });
  it('every symbol range holds its selection range and its children', () => {
    const within = (outer: { start: { line: number; character: number }; end: { line: number; character: number } }, inner: typeof outer) =>
      (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
      (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));
    for (const s of ['000', '001', '002', '003', '004']) {
      const walk = (list: ReturnType<typeof documentSymbols>) => {
        for (const sym of list) {
          expect(within(sym.range, sym.selectionRange), `${s} ${sym.name}`).toBe(true);
          for (const child of sym.children ?? []) expect(within(sym.range, child.range), `${s} ${child.name}`).toBe(true);
          walk(sym.children ?? []);
        }
      };
      walk(documentSymbols(seed(s), 'da', notCancelled));
    }
  });
  it('says when an open item has no decision, or needs none, in Danish and English', () => {
    const d = seed('001');
    // Underskriftsark is exempt by default: the outline says so, as the lens and the overview do.
    expect(documentSymbols(d, 'da', notCancelled).at(-1)!.detail).toBe('ingen beslutning (undtaget)');
    expect(documentSymbols(d, 'en', notCancelled).at(-1)!.detail).toBe('no decision (exempt)');
    const none = mergeConfig(DEFAULT_CONFIG, { exemptTitles: [] });
    expect(documentSymbols(d, 'da', notCancelled, none).at(-1)!.detail).toBe('mangler beslutning');
    const lens = codeLenses(d, none, 'da', notCancelled).at(-1)!;
    expect(lens.command!.title).toBe('mangler beslutning');
    expect(documentSymbols(d, 'en', notCancelled)[1].name).toBe('Table of contents');
    expect(documentSymbols(d, 'da', notCancelled)[1].children![1].detail).toBe('sider 5, 8');
  });
  it('stops when cancelled', () => {
    expect(documentSymbols(seed('000'), 'da', { isCancellationRequested: true }).length).toBe(2);
  });
});

describe('folding ranges', () => {
  it('folds the TOC, every item and every multi-line section', () => {
    const d = seed('002');
    const ranges = foldingRanges(d, notCancelled);
    expect(ranges).toContainEqual({ startLine: 10, endLine: 17 }); // Indholdsfortegnelse .. last entry
    for (const item of d.items.filter((i) => i.range.end.line > i.range.start.line)) {
      expect(ranges).toContainEqual({ startLine: item.range.start.line, endLine: item.range.end.line });
    }
    const sections = d.items.flatMap((i) => i.sections).filter((s) => s.range.end.line > s.range.start.line);
    expect(sections.length).toBeGreaterThan(10);
    for (const s of sections) expect(ranges).toContainEqual({ startLine: s.range.start.line, endLine: s.range.end.line });
    // The empty last Beslutning is one line: nothing to fold.
    expect(ranges.some((r) => r.startLine === d.lines.length - 1)).toBe(false);
  });
});

describe('selection ranges', () => {
  it('grows line → section → item → document', () => {
    const d = seed('000');
    // Line 58 (1-based) is `Drøftet.` in Punkt 1's Beslutning.
    const [sel] = selectionRanges(d, [{ line: 57, character: 2 }], notCancelled);
    const chain = [];
    for (let r: typeof sel | undefined = sel; r; r = r.parent) chain.push([r.range.start.line, r.range.end.line]);
    expect(chain).toEqual([[57, 57], [55, 61], [25, 61], [0, d.lines.length - 1]]);
  });
  it('works in the TOC and on blank lines', () => {
    const d = seed('000');
    const [toc, blank] = selectionRanges(d, [{ line: 13, character: 0 }, { line: 24, character: 0 }], notCancelled);
    expect([toc.range.start.line, toc.parent!.range.start.line, toc.parent!.range.end.line]).toEqual([13, 11, 23]);
    expect(blank.range).toEqual(d.range);
  });
});

describe('service', () => {
  it('parses once per version', () => {
    const service = new ReferatService();
    let reads = 0;
    const source = { uri: 'file:///a.referat', version: 1, getText: () => (reads++, seedText('004')) };
    service.documentSymbols(source, notCancelled);
    service.foldingRanges(source, notCancelled);
    expect(reads).toBe(1);
    source.version = 2;
    service.foldingRanges(source, notCancelled);
    expect(reads).toBe(2);
  });
});
