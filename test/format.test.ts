// Format Document on every text fixture: whitespace changes only, the same
// model afterwards, nothing new to warn of, and a second run changes nothing.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReferat } from '../server/src/parse/parser';
import { runRules } from '../server/src/rules/index';
import { applyEdits } from '../server/src/rules/apply';
import { formatEdits } from '../server/src/features/format';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import { ReferatService } from '../server/src/service';
import { notCancelled } from '../server/src/features/cancellation';
import { doc, ROOT, seedText } from './helpers';

const format = (text: string) => applyEdits(text, formatEdits(parseReferat(text)));
const texts = (dir: string): Array<[string, string]> =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => [path.relative(ROOT, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), 'utf8')]);
const FIXTURES = [...texts(path.join(ROOT, 'fixtures'))];
/** What a reader sees, without the whitespace and the leaders. */
const words = (text: string) => text.replace(/[\s.…_·]+/g, '');
const shape = (text: string) => {
  const d = parseReferat(text);
  return { items: d.items.map((i) => [i.number, i.title, i.sections.map((s) => s.canonical), i.decisions.map((x) => x.text)]), toc: d.toc?.entries.map((e) => [e.title, e.pages]) };
};

describe('the formatter', () => {
  it(`changes only whitespace and leaders, keeps the model, adds no finding and is stable, on ${FIXTURES.length} fixtures`, () => {
    expect(FIXTURES.length).toBeGreaterThan(40);
    let changed = 0;
    for (const [name, text] of FIXTURES) {
      const once = format(text);
      if (once !== text) changed++;
      expect(words(once), name).toBe(words(text));
      expect(shape(once), name).toEqual(shape(text));
      const before = new Set(runRules(parseReferat(text), DEFAULT_CONFIG).map((d) => d.code));
      for (const d of runRules(parseReferat(once), DEFAULT_CONFIG)) expect(before.has(d.code), `${name}: ${d.code}`).toBe(true);
      expect(format(once), `${name} formatted twice`).toBe(once);
    }
    // It has work on real documents: pdftotext leaves headings against text and trailing spaces.
    expect(changed).toBeGreaterThan(5);
  });
  it('puts blank lines around headings, removes trailing spaces and writes the TOC leader most entries use', () => {
    const text = doc(
      'REFERAT Økonomiudvalget d. 25-06-2024',
      'Mødedato Tirsdag d. 25. juni 2024 kl. 15:00',
      'Indholdsfortegnelse',
      'Budget 2025.....\t2\nAnlæg........\t3\nDrift.....\t4',
    ) + '\nPunkt 1: Budget 2025   \nSagsfremstilling\nTekst om budgettet.\t\nBeslutning\nGodkendt.\n\nPunkt 2: Anlæg\n\nBeslutning\n\nGodkendt.\nPunkt 3: Drift\n\nBeslutning\n\nTaget til efterretning.\n';
    const out = format(text);
    expect(out).toContain('Budget 2025.....\t2\nAnlæg.....\t3\nDrift.....\t4');
    expect(out).toContain('Punkt 1: Budget 2025\n\nSagsfremstilling\n\nTekst om budgettet.\n\nBeslutning\n\nGodkendt.\n\nPunkt 2');
    expect(out).toContain('Godkendt.\n\nPunkt 3: Drift');
    expect(out).not.toMatch(/[ \t]\n/);
  });
  it('keeps CRLF line breaks and form feeds', () => {
    const text = 'REFERAT Økonomiudvalget d. 25-06-2024\r\n\r\nPunkt 1: Budget  \r\nBeslutning\r\nGodkendt.\r\n\fPunkt 2: Drift\r\nBeslutning\r\nGodkendt.\r\n';
    const out = format(text);
    expect(out).toBe('REFERAT Økonomiudvalget d. 25-06-2024\r\n\r\nPunkt 1: Budget\r\n\r\nBeslutning\r\n\r\nGodkendt.\r\n\r\n\fPunkt 2: Drift\r\n\r\nBeslutning\r\n\r\nGodkendt.\r\n');
  });
  it('is the service’s Format Document', () => {
    const service = new ReferatService('da');
    const source = { uri: 'file:///001.txt', version: 1, getText: () => seedText('001') };
    const edits = service.format(source, DEFAULT_CONFIG, notCancelled);
    expect(applyEdits(seedText('001'), edits)).toBe(format(seedText('001')));
  });
});
