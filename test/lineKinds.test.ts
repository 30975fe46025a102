// The line classifiers' character tests, held to the patterns they stand in for.
import { describe, expect, it } from 'vitest';
import { looksLikeHeading } from '../server/src/parse/lineKinds';

describe('looksLikeHeading', () => {
  it('counts letters and blanks as the Unicode patterns do, for every character up to U+024F', () => {
    // `Ab··cd`: four letters and two of the character; only a visible non-letter brings the share under 70%.
    const wrong: string[] = [];
    for (let c = 0x20; c <= 0x24f; c++) {
      const ch = String.fromCharCode(c);
      const expected = /\p{L}/u.test(ch) || /\s/.test(ch);
      if (looksLikeHeading(`Ab${ch}${ch}cd`) !== expected) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('takes a short capitalised line for a heading, and not a sentence or an amount', () => {
    expect(looksLikeHeading('Økonomiske forhold')).toBe(true);
    expect(looksLikeHeading('Udvalget godkendte indstillingen.')).toBe(false);
    expect(looksLikeHeading('Kr. 1.250.000')).toBe(false);
  });
});
