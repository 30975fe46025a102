// Text decoded in the wrong encoding: found, repaired exactly where it can
// be, guessed only where the document's own words tell, and fixed by the CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLostLetters, findMojibake, lostLetterIndex } from '../server/src/text/mojibake';
import { parseReferat } from '../server/src/parse/parser';
import { runRules } from '../server/src/rules/index';
import { fixAll } from '../server/src/rules/apply';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import { ROOT, seedText } from './helpers';

/** What a UTF-8 text looks like when its bytes are read as Windows-1252. */
function asWindows1252(s: string): string {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
  return Array.from(new TextEncoder().encode(s), (b) => (b >= 0x80 && b <= 0x9f ? high[b - 0x80] : String.fromCharCode(b))).join('');
}

describe('UTF-8 read as Windows-1252', () => {
  it('finds each damaged run on a line and repairs it exactly, dashes and quotes too', () => {
    const good = 'Økonomiudvalget – “Budgetopfølgning” på Rådhuset';
    const bad = asWindows1252(good);
    expect(bad).toBe('Ã˜konomiudvalget â€“ â€œBudgetopfÃ¸lgningâ€\u009d pÃ¥ RÃ¥dhuset');
    const runs = findMojibake(bad);
    let repaired = bad;
    for (const r of [...runs].reverse()) repaired = repaired.slice(0, r.start) + r.repaired + repaired.slice(r.end);
    expect(repaired).toBe(good);
  });
  it('leaves real words alone', () => {
    for (const s of ['Ærø, Åbenrå, Øster Ålbæk', 'crème brûlée', 'Âge »Â-listen«', 'â€ alone is not a character', '']) expect(findMojibake(s)).toEqual([]);
  });
  it('is linear on a long line of lead characters', () => {
    expect(findMojibake('Ã'.repeat(200_000))).toEqual([]);
    expect(findMojibake('Ã¸'.repeat(100_000))).toHaveLength(1);
  });
});

describe('letters lost as U+FFFD', () => {
  it('guesses a word from the document’s own words, in its case, and not when two words fit', () => {
    const index = lostLetterIndex(['Mødet i Byrådssalen', 'før og får']);
    const found = findLostLetters('M\uFFFDDET i Byr\uFFFDdssalen, f\uFFFDr sk\uFFFDrtorsdag', index);
    expect(found.map((f) => f.guess)).toEqual(['MØDET', 'Byrådssalen', undefined, undefined]);
  });
});

describe('the encoding rule on a real document', () => {
  const seed = seedText('000');
  it('reports a seed read in the wrong encoding, still reads its labels, and fix all restores it byte for byte', () => {
    const damaged = asWindows1252(seed);
    const found = runRules(parseReferat(damaged), DEFAULT_CONFIG);
    expect(new Set(found.map((d) => d.code))).toEqual(new Set(['encoding']));
    const lines = new Set(seed.split('\n').flatMap((l, i) => (/[^\x00-\x7f]/.test(l) ? [i] : [])));
    expect(new Set(found.map((d) => d.range.start.line))).toEqual(lines);
    const { text, applied } = fixAll(damaged, DEFAULT_CONFIG);
    expect(text).toBe(seed);
    // One step for the whole document, not one re-check per line.
    expect(applied).toHaveLength(1);
  });
  it('says nothing on the seeds as they are', () => {
    for (const s of ['000', '001', '002', '003', '004']) expect(runRules(parseReferat(seedText(s)), DEFAULT_CONFIG).filter((d) => d.code === 'encoding')).toEqual([]);
  });
  it('is repaired by referat check --fix', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-encoding-'));
    const file = path.join(dir, 'referat.txt');
    writeFileSync(file, asWindows1252(seed));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--fix', file], { encoding: 'utf8', env: { ...process.env, LANG: 'da_DK.UTF-8', LC_ALL: '' } });
    expect(r.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(seed);
  });
});
