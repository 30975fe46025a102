import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { STANDARD_HEADINGS } from '../server/src/parse/vocabulary';
import { parse as parseJsonc } from 'jsonc-parser';
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
    expect(scopesOf(text, '24/6823')[0]).toContain('constant.numeric.case-number.referat');
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

describe('TextMate grammar on the other systems', () => {
  const edoc = readFileSync(path.join(ROOT, 'fixtures', 'corpus', 'ballerup_sfu_2012-12-04_edoc.pdftotext-layout.txt'), 'utf8');
  const acadre = readFileSync(path.join(ROOT, 'fixtures', 'corpus', 'syddjurs_puk_2013-06-20_acadre.pdftotext-layout.txt'), 'utf8');
  const web = readFileSync(path.join(ROOT, 'fixtures', 'corpus', 'aarhus_tu_2025-10-01_firstagenda-web.lynx.txt'), 'utf8');
  it('scopes eDoc items, labels, case numbers and decision headings', () => {
    expect(scopesOf(edoc, 'Meddelelser', (l) => l.startsWith('1.   '))[0]).toContain('entity.name.section.item.referat');
    expect(scopesOf(edoc, 'Tilstede')[0]).toContain('keyword.other.label.referat');
    expect(scopesOf(edoc, 'Sagsnr.: 2011-29298')[0]).toContain('constant.numeric.case-number.referat');
    const decision = scopesOf(edoc, 'beslutning den 04.12.2012 Punkt 1')[0];
    expect(decision).toContain('keyword.control.decision.referat');
    expect(scopesOf(edoc, 'Sammendrag', (l) => l.trim() === 'Sammendrag')[0]).toContain('markup.heading.3.referat');
  });
  it('scopes Acadre running numbers and FirstAgenda case numbers', () => {
    expect(scopesOf(acadre, '715', (l) => l.startsWith('715. Kultur'))[0]).toContain('constant.numeric.item-number.referat');
    expect(scopesOf(acadre, 'Medlemmer')[0]).toContain('keyword.other.label.referat');
    expect(scopesOf(web, 'EMN-2025-009242')[0]).toContain('constant.numeric.case-number.referat');
  });
  it('scopes case-numbered items (`Sag nr. 74 Title`, `Sag nr. 139` under its title), not a case reference', () => {
    const page = ['Lokale: Mødelokale 2', 'Sager 139 - 140', 'Meddelelser', 'Sag nr. 139', 'Sagens kerne', 'Baggrund og vurdering', 'Sag nr. 74 Ny cykelsti', 'Sag nr. 12/3456'].join('\n');
    expect(scopesOf(page, 'Lokale')[0]).toContain('keyword.other.label.referat');
    expect(scopesOf('Tidspunkt: Kl. 19:00', 'Tidspunkt')[0]).toContain('keyword.other.label.referat');
    const status = '3 (Lukket) Salg af ejendom\n1 (Åben) Godkendelse af dagsorden';
    expect(scopesOf(status, 'Lukket')[0]).toContain('keyword.other.closed.referat');
    expect(scopesOf(status, '1', (l) => l.startsWith('1 '))[0]).toContain('constant.numeric.item-number.referat');
    expect(scopesOf(status, 'Godkendelse')[0]).toContain('entity.name.section.item.referat');
    const regionh = 'Trafikudvalgets beslutning den 8. november 2022:\nPOLITISK BEHANDLING\nFremmøde og inhabilitet:';
    expect(scopesOf(regionh, '8. november 2022')[0]).toContain('constant.numeric.date.referat');
    expect(scopesOf(regionh, 'beslutning')[0]).toContain('keyword.control.decision.referat');
    for (const heading of ['POLITISK BEHANDLING', 'Fremmøde og inhabilitet']) expect(scopesOf(regionh, heading)[0], heading).toContain('markup.heading.3.referat');
    for (const heading of ['Sagstema', 'Redegørelse', 'Retsgrundlag', 'Høring og sagsgang', 'Beslutningstema']) expect(scopesOf(heading, heading)[0], heading).toContain('markup.heading.3.referat');
    expect(scopesOf('Tidspunktet er ændret', 'Tidspunktet')[0] ?? []).not.toContain('keyword.other.label.referat');
    // Other systems' item lines and decision headings.
    const other = 'Ad 1. Godkendelse af dagsorden\nNr.60 - Budget\nBeslutning/referat\nReferat og beslutning:\nAfgørelse\nØkonomiudvalgets beslutning i mødet den 31. marts 2020';
    expect(scopesOf(other, '1', (l) => l.startsWith('Ad'))[0]).toContain('constant.numeric.item-number.referat');
    expect(scopesOf(other, 'Ad')[0]).toContain('keyword.control.item.referat');
    expect(scopesOf(other, '60')[0]).toContain('constant.numeric.item-number.referat');
    expect(scopesOf(other, 'Budget')[0]).toContain('entity.name.section.item.referat');
    for (const heading of ['Beslutning/referat', 'Referat og beslutning', 'Afgørelse']) expect(scopesOf(other, heading)[0], heading).toContain('keyword.control.decision.referat');
    expect(scopesOf(other, '31. marts 2020')[0]).toContain('constant.numeric.date.referat');
    // `Ad hoc-udvalget` in a sentence is no item line.
    expect(scopesOf('Ad hoc-udvalget mødes igen.', 'Ad')[0] ?? []).not.toContain('keyword.control.item.referat');
    expect(scopesOf(page, '139', (l) => l.startsWith('Sag nr.'))[0]).toContain('constant.numeric.item-number.referat');
    expect(scopesOf(page, 'Sag', (l) => l === 'Sag nr. 139')[0]).toContain('keyword.control.item.referat');
    expect(scopesOf(page, 'Ny cykelsti')[0]).toContain('entity.name.section.item.referat');
    expect(scopesOf(page, '12/3456')[0]).toContain('constant.numeric.case-number.referat');
    expect(scopesOf(page, '12/3456')[0]).not.toContain('meta.item.referat');
    for (const heading of ['Sagens kerne', 'Baggrund og vurdering']) expect(scopesOf(page, heading)[0], heading).toContain('markup.heading.3.referat');
  });
  it('leaves numbered lists in the seeds as lists', () => {
    for (const s of ['000', '001', '002', '003', '004']) {
      const text = seedText(s);
      let state = INITIAL;
      for (const line of text.split(/\r?\n/)) {
        const r = grammar.tokenizeLine(line, state);
        state = r.ruleStack;
        if (/^\d+\.\s/.test(line)) expect(r.tokens.flatMap((t) => t.scopes), line).not.toContain('meta.item.referat');
      }
    }
  });
});

describe('colours in the default themes', () => {
  // The themes VS Code ships, as code-server 1.139 (npm run setup:e2e) has them.
  const THEMES = path.join(ROOT, 'test', 'e2e', 'harness', 'node_modules', 'code-server', 'lib', 'vscode', 'extensions', 'theme-defaults', 'themes');
  type Rule = { scope?: string | string[]; settings?: { foreground?: string } };
  const rulesOf = (file: string): Rule[] => {
    const theme = parseJsonc(readFileSync(path.join(THEMES, file), 'utf8')) as { include?: string; tokenColors?: Rule[] };
    return [...(theme.include ? rulesOf(path.basename(theme.include)) : []), ...(theme.tokenColors ?? [])];
  };
  /** The foreground the most specific plain selector gives `scope`, as TextMate themes match (dot-separated prefixes). */
  const foreground = (rules: Rule[], scope: string) => {
    let best: string | undefined;
    let length = -1;
    for (const r of rules) {
      if (!r.settings?.foreground) continue;
      for (const selector of [r.scope ?? []].flat().flatMap((s) => s.split(',')).map((s) => s.trim())) {
        if (selector.includes(' ')) continue;
        if ((scope === selector || scope.startsWith(selector + '.')) && selector.length > length) [best, length] = [r.settings.foreground, selector.length];
      }
    }
    return best;
  };
  it('gives case numbers, item and decision keywords, numbers, dates and labels a colour in every default theme, light and dark', () => {
    const themes = ['dark_modern.json', 'light_modern.json', 'dark_plus.json', 'light_plus.json', 'hc_black.json', 'hc_light.json'];
    const scopes = ['constant.numeric.case-number.referat', 'keyword.control.item.referat', 'constant.numeric.item-number.referat', 'keyword.control.decision.referat', 'constant.numeric.page.referat', 'constant.numeric.date.referat', 'keyword.other.title.referat', 'keyword.other.label.referat'];
    const missing = themes.flatMap((theme) => {
      const rules = rulesOf(theme);
      return scopes.filter((s) => !foreground(rules, s)).map((s) => `${theme}: ${s}`);
    });
    expect(missing).toEqual([]);
    // And the grammar gives a case number that scope.
    expect(scopesOf(seedText('000'), '00.15.00G00-1-19')[0]).toContain('constant.numeric.case-number.referat');
  });
});
