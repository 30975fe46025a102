// Each input that once hung or killed the server or the CLI, reproduced.
// Bounds here are vitest's timeout: a regression is minutes, not milliseconds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReferatService } from '../server/src/service';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import { notCancelled } from '../server/src/features/cancellation';
import { parseReferat } from '../server/src/parse/parser';
import { runRules } from '../server/src/rules/index';
import { fixAll } from '../server/src/rules/apply';
import { doc, ROOT, seedText } from './helpers';

const HEADER = ['REFERAT Økonomiudvalget d. 25-06-2024', 'Mødedato Tirsdag d. 25. juni 2024 kl. 15:00', 'Mødested Byrådssalen', 'Mødedeltagere Anna Hansen, Bo Jensen'];

/** `n` items whose TOC titles all differ from the items': once a rebuilt TOC per finding, then a search of every item per orphan. */
function mismatchedAgenda(n: number): string {
  const toc = Array.from({ length: n }, (_, i) => `Et helt andet emne nummer ${i + 1} om noget.....\t${i + 2}`);
  const items = Array.from({ length: n }, (_, i) => `Punkt ${i + 1}: Godkendelse af sag ${i + 1} om budget og anlæg\n\nSagsfremstilling\n\nTekst.\n\nBeslutning\n\nGodkendt.`);
  return doc(...HEADER, 'Indholdsfortegnelse', toc.join('\n'), ...items);
}

describe('inputs that once hung or killed', () => {
  it('2,000 items whose TOC titles do not match: checked (each orphan’s closest item found in one pass) and offered fix all', () => {
    const text = mismatchedAgenda(2000);
    expect(text.length).toBeGreaterThan(300_000);
    const found = runRules(parseReferat(text), DEFAULT_CONFIG);
    expect(found.filter((d) => d.code === 'toc-orphan')).toHaveLength(2000);
    expect(found.filter((d) => d.code === 'toc-missing')).toHaveLength(2000);
    const service = new ReferatService('da');
    const source = { uri: 'file:///mismatch.referat', version: 1, getText: () => text };
    // A code action request without `only`, as a cursor move sends: no fix all computed.
    const actions = service.codeActions(source, DEFAULT_CONFIG, { start: { line: 12, character: 0 }, end: { line: 12, character: 0 } }, undefined, notCancelled);
    expect(actions.some((a) => a.kind === 'quickfix')).toBe(true);
    expect(actions.filter((a) => a.kind?.startsWith('source.fixAll')).every((a) => a.edit === undefined)).toBe(true);
  }, 60_000);
  it('the first item after the TOC is an item even when its title ends in a number (once taken for a TOC entry)', () => {
    const text = doc(...HEADER, 'Indholdsfortegnelse', 'Lokalplan 12.....\t3\nTillæg nr. 3 til kommuneplanen.....\t4', 'Punkt 1: Lokalplan 12', 'Beslutning', 'Godkendt.', 'Punkt 2: Tillæg nr. 3 til kommuneplanen', 'Beslutning', 'Godkendt.');
    const parsed = parseReferat(text);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([[1, 'Lokalplan 12'], [2, 'Tillæg nr. 3 til kommuneplanen']]);
    expect(parsed.toc!.entries).toHaveLength(2);
    expect(runRules(parsed, DEFAULT_CONFIG)).toEqual([]);
  });
  it('Punkt 10000: is an item', () => {
    const parsed = parseReferat(doc(...HEADER, 'Punkt 10000: Godkendelse', 'Beslutning', 'Godkendt.'));
    expect(parsed.items.map((i) => i.number)).toEqual([10000]);
  });
  it('completion after Mødedato and 4,000 spaces answers at once', () => {
    const text = doc(HEADER[0], 'Mødedato' + ' '.repeat(4000), 'Punkt 1: A', 'Beslutning', 'Godkendt.');
    const service = new ReferatService('da');
    const source = { uri: 'file:///spaces.referat', version: 1, getText: () => text };
    for (const character of [8, 2000, 4008]) service.completions(source, { line: 2, character }, true, notCancelled);
    expect(service.completions(source, { line: 2, character: 4008 }, true, notCancelled).length).toBeGreaterThanOrEqual(0);
  });
  it('TOC lines of 100,000 spaces, dots or tab-space pairs are read and checked', () => {
    for (const filler of [' '.repeat(100_000), '.'.repeat(100_000), '\t '.repeat(50_000)]) {
      const text = doc(...HEADER, 'Indholdsfortegnelse', `Godkendelse${filler}`, `Budget${filler}3`, 'Punkt 1: Godkendelse', 'Beslutning', 'Godkendt.');
      const parsed = parseReferat(text);
      expect(parsed.items).toHaveLength(1);
      runRules(parsed, DEFAULT_CONFIG);
      fixAll(text, DEFAULT_CONFIG);
    }
  });
});

describe('a large archive through the CLI', () => {
  it('checks a 45 MB file (once a crash with exit 134) and reports its findings', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-archive-'));
    const file = path.join(dir, 'arkiv.referat');
    const seed = seedText('002');
    writeFileSync(file, seed.repeat(Math.ceil(45_000_000 / seed.length)));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 180_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThan(1000);
  }, 200_000);
});
