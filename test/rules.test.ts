// Every rule against its fixtures (expectations beside them), the seeds'
// acceptance results, and every fix applied and re-checked.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReferat } from '../server/src/parse/parser';
import { RULES, RULE_CODES, runRules } from '../server/src/rules/index';
import { applyEdits, fixAll } from '../server/src/rules/apply';
import { DEFAULT_CONFIG, mergeConfig } from '../server/src/config/types';
import type { Diagnostic } from '../server/src/rules/types';
import type { Range } from '../server/src/model/types';
import { ROOT, seedText } from './helpers';

const RULES_DIR = path.join(ROOT, 'fixtures', 'rules');
const fixtures = readdirSync(RULES_DIR).flatMap((code) =>
  readdirSync(path.join(RULES_DIR, code)).filter((f) => f.endsWith('.txt')).map((f) => ({ code, name: f.replace(/\.txt$/, ''), file: path.join(RULES_DIR, code, f) })),
);

function check(text: string): Diagnostic[] {
  return runRules(parseReferat(text), DEFAULT_CONFIG);
}

describe('every rule has fixtures', () => {
  it('one that triggers it and one that must not, for each of the 20 codes', () => {
    expect(RULE_CODES).toHaveLength(20);
    for (const code of RULE_CODES) {
      const mine = fixtures.filter((f) => f.code === code);
      expect(mine.some((f) => f.name.startsWith('triggers')), `${code} triggers`).toBe(true);
      expect(mine.some((f) => f.name.startsWith('clean')), `${code} clean`).toBe(true);
    }
    expect(new Set(fixtures.map((f) => f.code))).toEqual(new Set(RULE_CODES));
  });
  it('each rule has a documentation page', () => {
    for (const code of RULE_CODES) expect(existsSync(path.join(ROOT, 'docs', 'rules', `${code}.md`)), code).toBe(true);
  });
});

describe.each(fixtures)('$code/$name', ({ code, name, file }) => {
  const text = readFileSync(file, 'utf8');
  const expected = JSON.parse(readFileSync(file.replace(/\.txt$/, '.expected.json'), 'utf8'));
  const diagnostics = check(text);
  it('gives exactly the expected diagnostics', () => {
    expect(diagnostics.map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, code: d.code }))).toEqual(expected);
    const mine = diagnostics.filter((d) => d.code === code);
    if (name.startsWith('triggers')) expect(mine.length).toBeGreaterThan(0);
    else expect(diagnostics).toEqual([]);
  });
  it('has messages in Danish and English', () => {
    for (const d of diagnostics) {
      expect(d.message.da.length).toBeGreaterThan(10);
      expect(d.message.en.length).toBeGreaterThan(10);
      expect(d.message.da).not.toBe(d.message.en);
    }
  });
});

function offsetOf(text: string, line: number, character: number): number {
  let offset = 0;
  for (let l = 0; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + character;
}

function spanOfEdits(text: string, ranges: Range[]): { from: number; to: number } {
  const offsets = ranges.flatMap((r) => [offsetOf(text, r.start.line, r.start.character), offsetOf(text, r.end.line, r.end.character)]);
  return { from: Math.min(...offsets), to: Math.max(...offsets) };
}

const key = (d: Diagnostic) => `${d.code}|${d.message.en}`;

/** Applies every fix of every diagnostic in `text` and re-checks. */
function testFixes(label: string, text: string, allowNew: Record<string, string[]> = {}) {
  const before = check(text);
  for (const d of before) {
    for (const fix of d.fixes ?? []) {
      it(`${label}: ${d.code} line ${d.range.start.line + 1}: ${fix.title.en}`, () => {
        const after = applyEdits(text, fix.edits);
        expect(after).not.toBe(text);
        // Only the text inside the fix's own edits changed.
        const edits = spanOfEdits(text, fix.edits.map((e) => e.range));
        expect(after.startsWith(text.slice(0, edits.from))).toBe(true);
        expect(after.endsWith(text.slice(edits.to))).toBe(true);
        const result = check(after);
        // Its diagnostic is gone…
        expect(result.filter((x) => x.code === d.code).length).toBeLessThan(before.filter((x) => x.code === d.code).length);
        expect(result.some((x) => key(x) === key(d) && x.range.start.line === d.range.start.line)).toBe(false);
        // …and no new one appears (but those a fix is documented to leave, like an empty Beslutning to fill in).
        const old = before.map(key);
        const fresh = result.filter((x) => {
          const i = old.indexOf(key(x));
          if (i >= 0) {
            old.splice(i, 1);
            return false;
          }
          return true;
        });
        expect(fresh.map((x) => x.code).filter((c) => !(allowNew[d.code] ?? []).includes(c))).toEqual([]);
      });
    }
  }
}

describe('fixes re-checked on the rule fixtures', () => {
  for (const { code, name, file } of fixtures) {
    const fixFile = file.replace(/\.txt$/, '.fix.json');
    const allow = existsSync(fixFile) ? JSON.parse(readFileSync(fixFile, 'utf8')).allowNewAfterFix : {};
    testFixes(`${code}/${name}`, readFileSync(file, 'utf8'), allow);
  }
});

describe('fixes re-checked on the seeds', () => {
  testFixes('001', seedText('001'));
});

describe('fix all', () => {
  it.each(fixtures.filter((f) => f.name.startsWith('triggers')))('$code/$name: leaves no safe fix and is idempotent', ({ file }) => {
    const text = readFileSync(file, 'utf8');
    const once = fixAll(text, DEFAULT_CONFIG);
    const remaining = check(once.text).filter((d) => d.fixes?.some((f) => f.safe));
    expect(remaining).toEqual([]);
    expect(fixAll(once.text, DEFAULT_CONFIG).text).toBe(once.text);
    const safeBefore = check(text).filter((d) => d.fixes?.some((f) => f.safe));
    expect(once.applied.length).toBeGreaterThanOrEqual(safeBefore.length > 0 ? 1 : 0);
  });
  it('splits the fused line of 001 and keeps every other line', () => {
    const text = seedText('001');
    const { text: fixed, applied } = fixAll(text, DEFAULT_CONFIG);
    expect(applied.map((a) => a.code)).toEqual(['toc-merged-line']);
    const lines = fixed.split('\n');
    expect(lines.slice(13, 16)).toEqual([
      'Budgetopfølgning pr. 31.03.2024 for drift, anlæg, finansiering og finansforskydninger - Udvalget for arbejdsmarked og integration (C).....\t5',
      'Budget 2025-2028 (B).....\t8',
      'Ledelsesinformation - 1. kvartal 2024 (B).....\t9',
    ]);
    expect(fixed.split('\n').length).toBe(text.split('\n').length + 1);
    expect(check(fixed).map((d) => d.code)).toEqual([]);
  });
});

describe('the seeds (acceptance)', () => {
  const codes = (s: string) => check(seedText(s)).map((d) => `${d.range.start.line + 1} ${d.code}`);
  it('000, 003 and 004: no warning or error at all', () => {
    expect(check(seedText('000'))).toEqual([]);
    expect(check(seedText('003'))).toEqual([]);
    expect(check(seedText('004'))).toEqual([]);
  });
  it('001: the fused TOC line and item 2’s title, nothing for the signature item', () => {
    expect(codes('001')).toEqual(['14 toc-merged-line', '14 toc-title-mismatch']);
    const mismatch = check(seedText('001')).find((d) => d.code === 'toc-title-mismatch')!;
    expect(mismatch.message.da).toContain('Budget 2025-2028 (B)');
    expect(mismatch.message.da).toContain('arbejdsmarked og integration (C)');
    expect(mismatch.related![0].range.start.line).toBe(99);
  });
  it('002: the empty Beslutning of Punkt 6, on the last line', () => {
    expect(codes('002')).toEqual(['319 empty-beslutning']);
  });
});

describe('configuration', () => {
  const text = readFileSync(path.join(RULES_DIR, 'missing-beslutning', 'triggers.txt'), 'utf8');
  it('turns rules off and changes severities', () => {
    expect(runRules(parseReferat(text), mergeConfig(DEFAULT_CONFIG, { rules: { 'missing-beslutning': 'off' } }))).toEqual([]);
    expect(runRules(parseReferat(text), mergeConfig(DEFAULT_CONFIG, { rules: { 'missing-beslutning': 'error' } }))[0].severity).toBe('error');
  });
  it('exempts configured titles', () => {
    const config = mergeConfig(DEFAULT_CONFIG, { exemptTitles: ['Budgetopfølgning', 'Underskriftsside'] });
    expect(runRules(parseReferat(text), config)).toEqual([]);
    // A configured list replaces the default one.
    const replaced = runRules(parseReferat(text), mergeConfig(DEFAULT_CONFIG, { exemptTitles: ['Budgetopfølgning'] }));
    expect(replaced.map((d) => d.message.en)).toEqual([expect.stringContaining('Item 4 has no Beslutning')]);
    expect(check(readFileSync(path.join(RULES_DIR, 'missing-beslutning', 'clean.txt'), 'utf8').replace('Punkt 4: Underskriftsside', 'Punkt 4: Afslutning')).filter((d) => d.code === 'missing-beslutning')).toHaveLength(1);
  });
  it('reads extra decision and section headings', () => {
    const doc = 'Punkt 1: A\n\nSagsresume\n\nTekst.\n\nAfgørelse\n\nGodkendt.\n\nRisici\n\nIngen.\n';
    const config = mergeConfig(DEFAULT_CONFIG, { headings: { decisions: ['Afgørelse'], sections: ['Risici'] } });
    const parsed = parseReferat(doc, { extraDecisionHeadings: config.headings.decisions, extraHeadings: config.headings.sections });
    expect(parsed.items[0].decisions.map((d) => d.text)).toEqual(['Godkendt.']);
    expect(parsed.items[0].sections.map((s) => s.canonical)).toEqual(['Sagsresumé', 'Beslutning', 'Risici']);
    expect(runRules(parsed, config).filter((d) => d.code === 'missing-beslutning')).toEqual([]);
  });
  it('accepts members’ nicknames in attendance lines', () => {
    const trig = readFileSync(path.join(RULES_DIR, 'unknown-attendee', 'triggers.txt'), 'utf8');
    const config = mergeConfig(DEFAULT_CONFIG, { nicknames: { 'Dorte Berg': ['Dorthe Berg'] } });
    expect(runRules(parseReferat(trig), config).map((d) => d.message.en)).toEqual(['»Erik Madsen« is not in Mødedeltagere.']);
  });
  it('every rule has a stable code, a default severity and descriptions', () => {
    for (const rule of RULES) {
      expect(rule.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['warning', 'information']).toContain(rule.defaultSeverity);
      expect(rule.description.da).not.toBe(rule.description.en);
    }
  });
});
