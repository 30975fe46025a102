// Every feature on random text and random positions: nothing throws.
import { describe, expect, it } from 'vitest';
import { ReferatService } from '../server/src/service';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import { notCancelled } from '../server/src/features/cancellation';
import { fixAll } from '../server/src/rules/apply';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, seedText } from './helpers';

const FRAGMENTS = [
  'Punkt 1: ', 'Punkt 2: Lukket: ', 'Beslutning', 'Beslutning fra X, den 1. maj 2024, punkt 3:', 'Indholdsfortegnelse', 'REFERAT Byrådet d. 01-02-2024',
  'Mødedato Mandag d. 3. juni 2024', 'Mødedeltagere Anna Hansen, Bo', 'Afbud:', 'Fraværende ', ' deltog ikke i sagens behandling.', '.....\t', '\t5 8', 'punkt 1', 'sag nr. 2',
  '24/6823', '\f', '\r\n', '\n', '\n\n', ' ', ',', 'Anna Hansen', 'æøå', 'Ã¸', '\uFEFF', '😀', 'Sagsfremstilling', 'Beslutnig', 'Intet', 'x'.repeat(200),
  // The other systems' forms.
  '1.   ', '715. ', '1.', '1 (BUTTON)', '(BUTTON)', 'EMN-2025-010561', 'Sagsnr.:', 'Sagsnr.:      12/27845', 'Åbent referat', 'Lukket referat', 'Tilstede', 'Medlemmer',
  'Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 1', 'Beslutning i Udvalget den 10-04-2013', 'Sagens forløb', 'Sagsforløb', '1 of 5', 'Side 2',
  'Følgende deltog ikke i behandlingen af punktet:', 'Underskriftsside', 'Punkt nr.', 'Referat', 'Udvalg:', 'tirsdag den 4. december 2012, kl. 13:00', 'Beslutning ikke frigivet',
  '    ', 'Pkt. 3 - ', 'Afgørelse', '3', '12', 'INDHOLDSFORTEGNELSE',
];

let seed = 4242;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

function exercise(service: ReferatService, text: string, uri: string): void {
  const doc = { uri, version: 1, getText: () => text };
  const lines = text.split(/\r\n|\r|\n/);
  service.documentSymbols(doc, notCancelled);
  service.foldingRanges(doc, notCancelled);
  service.diagnostics(doc, DEFAULT_CONFIG, notCancelled);
  service.codeLenses(doc, notCancelled);
  service.overview(doc, DEFAULT_CONFIG, notCancelled);
  service.updateTocEdits(doc);
  service.renumberEdits(doc);
  for (let k = 0; k < 12; k++) {
    const line = Math.floor(random() * (lines.length + 1));
    const character = Math.floor(random() * ((lines[line]?.length ?? 0) + 2));
    const p = { line, character };
    service.completions(doc, p, random() < 0.5, notCancelled);
    service.definition(doc, p);
    service.findReferences(doc, p, true);
    service.highlights(doc, p);
    service.hover(doc, p);
    service.prepareRename(doc, p);
    service.rename(doc, p, 'Ny Navn');
    service.selectionRanges(doc, [p], notCancelled);
    service.codeActions(doc, DEFAULT_CONFIG, { start: p, end: p }, undefined, notCancelled);
  }
}

describe('robustness of every feature', () => {
  it('throws on no random document, at no position', () => {
    const service = new ReferatService('da');
    for (let n = 0; n < 150; n++) {
      let text = '';
      const length = Math.floor(random() * 50);
      for (let i = 0; i < length; i++) text += FRAGMENTS[Math.floor(random() * FRAGMENTS.length)];
      expect(() => exercise(service, text, `file:///fuzz/${n}.referat`)).not.toThrow();
    }
  });
  it('throws on no seed, at no position, and fix-all terminates on each', () => {
    const service = new ReferatService('en');
    for (const s of ['000', '001', '002', '003', '004']) {
      expect(() => exercise(service, seedText(s), `file:///seed/${s}.referat`)).not.toThrow();
      expect(fixAll(seedText(s), DEFAULT_CONFIG).applied.length).toBeLessThan(5);
    }
  });
  it('throws on no real document of the other systems, nor on them cut up, and gives the same result twice', () => {
    const service = new ReferatService('da');
    const dir = path.join(ROOT, 'fixtures', 'corpus');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
    let cases = 0;
    for (const [t, text] of texts.entries()) {
      const lines = text.split('\n');
      const variants = [
        text,
        lines.filter(() => random() > 0.2).join('\n'), // lines deleted
        lines.flatMap((l) => (random() < 0.1 ? [l, l] : [l])).join('\n'), // lines doubled
        [...lines].sort(() => random() - 0.5).join('\n'), // lines shuffled
        lines.map((l) => (random() < 0.05 ? l.slice(0, Math.floor(l.length / 2)) : l)).join('\n'), // lines cut
        text.replace(/\f/g, ''), // page breaks lost
        text + '\n' + text, // two documents
      ];
      for (const [v, variant] of variants.entries()) {
        const uri = `file:///corpus/${t}-${v}.txt`;
        expect(() => exercise(service, variant, uri)).not.toThrow();
        const once = JSON.stringify(service.diagnostics({ uri, version: 2, getText: () => variant }, DEFAULT_CONFIG, notCancelled));
        const twice = JSON.stringify(new ReferatService('da').diagnostics({ uri, version: 2, getText: () => variant }, DEFAULT_CONFIG, notCancelled));
        expect(twice).toBe(once);
        const lineCount = variant.split(/\r\n|\r|\n/).length;
        for (const d of JSON.parse(once) as Array<{ range: { start: { line: number }; end: { line: number } } }>) {
          expect(d.range.start.line).toBeGreaterThanOrEqual(0);
          expect(d.range.end.line).toBeLessThan(lineCount);
        }
        cases++;
      }
    }
    expect(cases).toBe(texts.length * 7);
    console.log(`robustness: ${cases} corpus variants exercised`);
  });
});
