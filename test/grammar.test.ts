import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { STANDARD_HEADINGS } from '../server/src/parse/vocabulary';
import { ROOT, seedText } from './helpers';

let grammar: IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => {
      if (scope !== 'text.referat') return null;
      const file = path.join(ROOT, 'syntaxes', 'referat.tmLanguage.json');
      return parseRawGrammar(readFileSync(file, 'utf8'), file);
    },
  });
  grammar = (await registry.loadGrammar('text.referat'))!;
});

/** Scopes of the token covering `needle` on each line that contains it. */
function scopesOf(text: string, needle: string, lineFilter?: (line: string) => boolean): string[][] {
  let state = INITIAL;
  const found: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    const at = line.indexOf(needle);
    if (at >= 0 && (!lineFilter || lineFilter(line))) {
      const token = r.tokens.find((t) => t.startIndex <= at && at < t.endIndex)!;
      found.push(token.scopes);
    }
  }
  return found;
}

describe('TextMate grammar on 001', () => {
  const text = seedText('001');
  it('scopes the title line, labels and the TOC', () => {
    expect(scopesOf(text, 'REFERAT')[0]).toContain('keyword.other.title.referat');
    expect(scopesOf(text, '21-05-2024', (l) => l.startsWith('REFERAT'))[0]).toContain('constant.numeric.date.referat');
    expect(scopesOf(text, 'Mødedato')[0]).toContain('keyword.other.label.referat');
    const page = scopesOf(text, '\t5 8')[0];
    expect(page).toContain('meta.toc.referat');
    const tocTitle = scopesOf(text, 'Ledelsesinformation - 1. kvartal', (l) => l.includes('.....'))[0];
    expect(tocTitle).toContain('entity.name.section.toc-entry.referat');
    expect(scopesOf(text, '.....\t16')[0]).toContain('punctuation.separator.leader.referat');
    expect(scopesOf(text, 'Lukket', (l) => l.includes('.....'))[0]).toContain('keyword.other.closed.referat');
  });
  it('scopes Punkt lines, case numbers, headings, decisions and attendance', () => {
    expect(scopesOf(text, 'Punkt')[0]).toContain('keyword.control.item.referat');
    expect(scopesOf(text, 'Lukket', (l) => l.startsWith('Punkt'))[0]).toContain('keyword.other.closed.referat');
    expect(scopesOf(text, '24/6823')[0]).toContain('constant.other.case-number.referat');
    expect(scopesOf(text, 'Sagsfremstilling', (l) => l === 'Sagsfremstilling')[0]).toContain('markup.heading.3.referat');
    const decision = scopesOf(text, 'Beslutning', (l) => l.startsWith('Beslutning'))[0];
    expect(decision).toContain('keyword.control.decision.referat');
    expect(scopesOf(text, 'Godkendt.', (l) => l === 'Godkendt.')[0]).toContain('constant.language.decision.referat');
    const att = seedText('002');
    expect(scopesOf(att, 'Afbud', (l) => l.startsWith('Afbud'))[0]).toContain('keyword.other.attendance.referat');
    expect(scopesOf(seedText('000'), 'deltog ikke')[0]).toContain('keyword.other.attendance.referat');
    expect(scopesOf(seedText('000'), 'Tina Mortensen', (l) => l.includes('deltog'))[0]).toContain('variable.other.member.referat');
    expect(scopesOf(seedText('004'), 'Beslutning fra')[0]).toContain('markup.quote.referat');
  });
  it('knows every standard heading of the parser', () => {
    for (const heading of STANDARD_HEADINGS.filter((h) => h !== 'Beslutning')) {
      expect(scopesOf(heading, heading)[0], heading).toContain('markup.heading.3.referat');
      expect(scopesOf(heading.toUpperCase(), heading.toUpperCase())[0], heading).toContain('markup.heading.3.referat');
    }
  });
});
