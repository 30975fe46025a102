// The first-character filter must never rule out a line its pattern matches:
// every dialect pattern is tried with every UTF-16 unit as the first
// character, and on random lines.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anyLineTest, firstCharFilter, lineTest, requiredLiteral } from '../server/src/text/firstChars';
import { DIALECTS } from '../server/src/dialects/index';

const patterns: RegExp[] = [...new Set(DIALECTS.flatMap((d) => [
  ...d.signals, ...d.furniture, ...d.itemForms.map((f) => f.pattern), ...d.tocFurniture, ...d.trailers, ...d.decisionForms,
]))];

// What would let each pattern match once its first character fits.
const TAILS = ['', 'a', ' 3', 'unkt 3: Titel', 'kt. 3 - Titel', '. Titel', 'ide 3 af 4', 'EFERAT Udvalg', 'eferat for Udvalg', 'BUTTON)', '1', '3 of 5', 'nderskriftsside', 'ent som PDF', 'MN-2025-008579'];

describe('first-character filters', () => {
  it('read the start of most dialect patterns', () => {
    const read = patterns.filter((p) => firstCharFilter(p) !== undefined).length;
    expect(read).toBeGreaterThan(patterns.length / 2);
  });

  it('agree with the pattern for every first character', () => {
    const mismatches: string[] = [];
    for (const p of patterns) {
      const test = lineTest(p);
      for (let u = 0; u < 0x10000; u++) {
        for (const tail of TAILS) {
          const s = String.fromCharCode(u) + tail;
          if (test(s) !== p.test(s)) mismatches.push(`${p} ${JSON.stringify(s)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('agree with the pattern on random lines', () => {
    const any = anyLineTest(patterns);
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
      expect(any(s)).toBe(patterns.some((p) => p.test(s)));
      for (const p of patterns) expect(lineTest(p)(s)).toBe(p.test(s));
    }), { numRuns: 300 });
  });

  it('give no filter where the start cannot be read', () => {
    for (const p of [/^a|b/, /^(?:a|)x/, /^(?:\*\s*)?Hent/, /^\d{0,3}x/, /^(?=a)/, /^[ab]/, /a/, /^kat/gm, /^Ωmega/i]) {
      expect(firstCharFilter(p), String(p)).toBeUndefined();
    }
  });

  it('fold case as the pattern does', () => {
    const f = firstCharFilter(/^side\s+\d/iu)!;
    for (const c of ['s', 'S', '\u017f']) expect(f(c.charCodeAt(0)), c).toBe(true);
    expect(f('t'.charCodeAt(0))).toBe(false);
    expect(/^side/iu.test('\u017fide')).toBe(true);
    const plain = firstCharFilter(/^Åbent/i)!;
    expect(plain('å'.charCodeAt(0)) && plain('Å'.charCodeAt(0))).toBe(true);
  });

  it('read a run of text the pattern needs, and never rule out a line it matches', () => {
    const genitive = patterns.find((p) => p.source.includes('beslutning') && p.source.includes('committee'))!;
    const needs = requiredLiteral(genitive)!;
    expect(needs('Økonomiudvalgets BESLUTNING den 04.12.2012')).toBe(true);
    expect(needs('Sagsfremstilling')).toBe(false);
    for (const p of [/^a|bcdef/, /x(?:abcd)?/, /ab?c?d?e?/]) expect(requiredLiteral(p), String(p)).toBeUndefined();
    expect(requiredLiteral(/abcde?/)!('abcd')).toBe(true);
    const lines = ['Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 1', 'Udvalgets Beslutning:', '(BUTTON) Luk', 'Referat For Byrådet', 'Hent som PDF'];
    fc.assert(fc.property(fc.oneof(fc.constantFrom(...lines), fc.string({ unit: 'grapheme', maxLength: 40 })), (s) => {
      for (const p of patterns) {
        const literal = requiredLiteral(p);
        if (literal && p.test(s)) expect(literal(s), `${p} ${s}`).toBe(true);
      }
    }), { numRuns: 500 });
  });
});
