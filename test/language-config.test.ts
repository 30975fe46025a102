import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeReferat } from '../server/src/parse/detect';
import { ROOT, seedText } from './helpers';

const config = JSON.parse(readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('language configuration', () => {
  const words = (s: string) => s.match(new RegExp(config.wordPattern, 'g'));
  it('keeps Danish letters and hyphenated names together', () => {
    expect(words('Søren Videbæk Jensen, Hans-Peter Ærø og Åse')).toEqual(['Søren', 'Videbæk', 'Jensen', 'Hans-Peter', 'Ærø', 'og', 'Åse']);
    expect(words('Social- og Arbejdsmarkedsudvalget')).toEqual(['Social', 'og', 'Arbejdsmarkedsudvalget']);
  });
  it('pairs Danish quotes and guillemets', () => {
    const pairs = config.autoClosingPairs.map((p: { open: string; close: string }) => p.open + p.close);
    expect(pairs).toEqual(expect.arrayContaining(['„“', '»«', '()', '""']));
  });
});

describe('extension manifest', () => {
  it('declares the language, the grammar, untrusted-workspace support and no broad activation', () => {
    expect(pkg.contributes.languages[0]).toMatchObject({ id: 'referat', extensions: ['.referat'] });
    expect(pkg.contributes.grammars[0]).toMatchObject({ language: 'referat', scopeName: 'text.referat' });
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBe(true);
    expect(pkg.activationEvents).toEqual(['onLanguage:referat', 'onLanguage:plaintext']);
    expect(pkg.contributes.configuration.properties['referat.detectTxtFiles'].default).toBe(true);
  });
});

describe('referat detection for .txt files', () => {
  it('accepts the seeds and text whose first non-blank line starts with REFERAT', () => {
    for (const s of ['000', '001', '002', '003', '004']) expect(looksLikeReferat(seedText(s))).toBe(true);
    expect(looksLikeReferat('\uFEFF\r\n\f  REFERAT Byrådet d. 01-01-2024')).toBe(true);
  });
  it('rejects other text', () => {
    expect(looksLikeReferat('Referatet fra sidste møde\nREFERAT')).toBe(false);
    expect(looksLikeReferat('Indkøbsliste\n')).toBe(false);
    expect(looksLikeReferat('')).toBe(false);
  });
});
