// The heading lookup rules lines out by a pattern of every heading's folded
// shapes before folding them: it must find every text that folds to a
// heading, in any case, spacing, dash, mojibake or decomposed form.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { headingVocabulary, knownHeading } from '../server/src/parse/vocabulary';
import { foldText } from '../server/src/text/normalize';
import { ALL_HEADINGS, DIALECTS } from '../server/src/dialects/index';

const vocabularies = DIALECTS.map((d) => headingVocabulary(['Særlige forhold', 'MED-udvalgets "høring"'], [], {
  dialectHeadings: d.headings, historyHeadings: d.historyHeadings, allHeadings: ALL_HEADINGS,
}));

/** Each way folding undoes: case, blanks, dashes, quotes, mojibake, combining marks. */
const disguise = (heading: string) => fc.tuple(
  fc.array(fc.constantFrom(' ', '\t', '\u00a0', '\u2003', '\ufeff'), { maxLength: 2 }),
  fc.array(fc.integer({ min: 0, max: 7 }), { minLength: heading.length, maxLength: heading.length }),
  fc.array(fc.constantFrom(' ', '\t', '\u00a0'), { maxLength: 2 }),
).map(([lead, choices, trail]) => lead.join('') + [...heading].map((c, i) => {
  switch (choices[i]) {
    case 1: return c.toUpperCase();
    case 2: return c === ' ' ? ' \t ' : c.normalize('NFD');
    case 3: return c === '-' ? '–' : c === '"' ? '”' : c;
    case 4: return ({ 'æ': 'Ã¦', 'ø': 'Ã¸', 'å': 'Ã¥', 'é': 'Ã©', 'Æ': 'Ã†', 'Ø': 'Ã˜' } as Record<string, string>)[c] ?? c;
    case 5: return c === 'k' ? '\u212a' : c === 'å' ? '\u212b' : c;
    default: return c;
  }
}).join('') + trail.join(''));

describe('heading lookup', () => {
  it('finds every disguised form of every heading, as folding does', () => {
    for (const v of vocabularies) {
      for (const canonical of new Set(v.lookup.values())) {
        fc.assert(fc.property(disguise(canonical), (text) => {
          const folded = v.lookup.get(foldText(text));
          expect(knownHeading(v, text)).toBe(text.length > 2 * v.longestKey ? undefined : folded);
        }), { numRuns: 40 });
      }
    }
  });

  it('agrees with folding on other lines', () => {
    const v = vocabularies[0];
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
      expect(knownHeading(v, text)).toBe(v.lookup.get(foldText(text)));
    }), { numRuns: 2000 });
  });

  it('takes no line of prose or a long line for a heading', () => {
    const v = vocabularies[0];
    expect(knownHeading(v, 'Sagsfremstilling')).toBe('Sagsfremstilling');
    expect(knownHeading(v, 'SAGSFREMSTILLING')).toBe('Sagsfremstilling');
    expect(knownHeading(v, 'Sagsfremstillingen er vedlagt')).toBeUndefined();
    expect(knownHeading(v, 'Beslutning' + ' '.repeat(200))).toBeUndefined();
  });
});

describe('configured headings', () => {
  it('with any characters, build a lookup that finds them', () => {
    const odd = ['a\\', '(x', '[y]', '\\p{Lu}', '{1}', 'z{', 'Emoji 😀', 'Halv \ud800', 'Pris $5', 'A|B', 'Min-max', '"Citat"'];
    const v = headingVocabulary(odd, ['Besl.*']);
    for (const h of odd) expect(knownHeading(v, h), h).toBe(v.lookup.get(foldText(h)));
    expect(knownHeading(v, 'MIN–MAX')).toBe('Min-max');
    expect(knownHeading(v, '”citat”')).toBe('"Citat"');
    expect(v.decision.test('Besl.* i dag')).toBe(true);
  });
});
