// Every feature on random text and random positions: nothing throws.
import { describe, expect, it } from 'vitest';
import { ReferatService } from '../server/src/service';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import { notCancelled } from '../server/src/features/cancellation';
import { fixAll } from '../server/src/rules/apply';
import { seedText } from './helpers';

const FRAGMENTS = [
  'Punkt 1: ', 'Punkt 2: Lukket: ', 'Beslutning', 'Beslutning fra X, den 1. maj 2024, punkt 3:', 'Indholdsfortegnelse', 'REFERAT Byrådet d. 01-02-2024',
  'Mødedato Mandag d. 3. juni 2024', 'Mødedeltagere Anna Hansen, Bo', 'Afbud:', 'Fraværende ', ' deltog ikke i sagens behandling.', '.....\t', '\t5 8', 'punkt 1', 'sag nr. 2',
  '24/6823', '\f', '\r\n', '\n', '\n\n', ' ', ',', 'Anna Hansen', 'æøå', 'Ã¸', '\uFEFF', '😀', 'Sagsfremstilling', 'Beslutnig', 'Intet', 'x'.repeat(200),
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
});
