// The line classifiers' character tests, held to the patterns they stand in for.
import { describe, expect, it } from 'vitest';
import { looksLikeHeading, matchDecision, matchHeading } from '../server/src/parse/lineKinds';
import { headingVocabulary } from '../server/src/parse/vocabulary';

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

  it('takes no row of a table: a tab, or three blanks of any kind in a row', () => {
    expect(looksLikeHeading('Navn\tParti')).toBe(false);
    expect(looksLikeHeading('Navn   Parti')).toBe(false);
    expect(looksLikeHeading('Navn \u00a0 Parti')).toBe(false);
    expect(looksLikeHeading('Navn\u2003\u2003\u2003Parti')).toBe(false);
    expect(looksLikeHeading('Navn  Parti')).toBe(true);
  });

  it('takes no line that ends on a little word after a blank, in any case', () => {
    expect(looksLikeHeading('Det indstilles at')).toBe(false);
    expect(looksLikeHeading('PLAN FOR OMRÅDET PÅ')).toBe(false);
    expect(looksLikeHeading('Bevilling og')).toBe(false);
    expect(looksLikeHeading('Anlæg\u00a0i')).toBe(false);
    // The word alone, or a longer word that ends on one, is no little word.
    expect(looksLikeHeading('Forslag')).toBe(true);
    expect(looksLikeHeading('Plan for Vestegnen')).toBe(true);
  });
});

describe('the decision forms’ last-character test', () => {
  it('rules out no line any dialect’s decision form matches: each ends on `beslutning`, a number or a colon', async () => {
    const { DIALECTS } = await import('../server/src/dialects/index');
    const { headingVocabulary } = await import('../server/src/parse/vocabulary');
    const { matchDecision } = await import('../server/src/parse/lineKinds');
    const forms = [...new Set(DIALECTS.flatMap((d) => d.decisionForms))];
    const vocabulary = headingVocabulary([], [], { decisionForms: forms });
    const samples = [
      'Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 1', 'Økonomiudvalgets beslutning', 'Trafikudvalgets beslutning den 8. november 2022:',
      'Trafikudvalgets beslutning den 8. november 2022', 'Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42', 'Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:',
      'Økonomiudvalgets beslutning:', 'Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42 ',
    ];
    for (const s of samples) expect(forms.some((f) => f.test(s)), s).toBe(true);
    // Every line a form matches is a decision heading still, whatever its case or trailing blanks.
    const variants = samples.flatMap((s) => [s, s.toUpperCase(), `${s} `, `${s}\t`]);
    for (const line of variants.filter((v) => forms.some((f) => f.test(v)))) expect(matchDecision(line, vocabulary)?.kind, line).toBe('decision');
    // Prose that names a decision is still no heading.
    expect(matchDecision('Udvalgets beslutning blev sendt videre.', vocabulary)).toBeUndefined();
  });
});

describe('a decision heading and its text on one line', () => {
  const vocabulary = headingVocabulary();
  it('reads a sentence after the word as the decision’s text, from where it starts', () => {
    expect(matchDecision('Beslutning Tilbagesendes afdelingen med bemærkning.', vocabulary)).toEqual({ kind: 'decision', inlineFrom: 11 });
    const long = 'Beslutning Fremsendes til udvalget til behandling i henhold til beslutning i byrådets møde den 11. september 2019 og med en lang bemærkning';
    expect(matchDecision(long, vocabulary)).toEqual({ kind: 'decision', inlineFrom: 11 });
  });
  it('keeps a committee and a date after the word a heading’s, and a lower-case continuation no heading', () => {
    expect(matchDecision('Beslutning Økonomiudvalget', vocabulary)).toEqual({ kind: 'decision', committee: 'Økonomiudvalget' });
    expect(matchDecision('Beslutning Økonomiudvalget den 03-04-2019', vocabulary)).toMatchObject({ kind: 'decision', committee: 'Økonomiudvalget' });
    expect(matchDecision('Beslutning om sagen træffes af byrådet.', vocabulary)).toBeUndefined();
    expect(matchDecision('Beslutning fra Økonomiudvalget', vocabulary)).toEqual({ kind: 'quoted', committee: 'Økonomiudvalget' });
  });
});

describe('a history heading joined to its first entry', () => {
  const vocabulary = headingVocabulary();
  it('reads `Sagens forløb 25-03-2019 Magistraten` as the heading, and no other heading before a date', () => {
    expect(matchHeading('Sagens forløb 25-03-2019 Magistraten', vocabulary)).toEqual({ canonical: 'Sagens forløb', length: 13 });
    expect(matchHeading('Tidligere behandling 01.02.2020', vocabulary)).toEqual({ canonical: 'Tidligere behandling', length: 20 });
    expect(matchHeading('Indstilling 25-03-2019 Magistraten', vocabulary)).toBeUndefined();
    expect(matchHeading('Sagens forløb er beskrevet 25-03-2019', vocabulary)).toBeUndefined();
  });
});
