// Each pattern the real minutes showed, on a small inline document.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReferat } from '../server/src/parse/parser';
import { runRules } from '../server/src/rules/index';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import { detectReferat } from '../server/src/parse/detect';
import { chooseDialect, DIALECTS } from '../server/src/dialects/index';
import { splitLines } from '../server/src/text/lines';
import { ROOT, doc, textAt } from './helpers';
import { outlineText } from '../server/src/cli/outline';
import { exportDocument } from '../server/src/export/record';

const codes = (text: string) => runRules(parseReferat(text), DEFAULT_CONFIG).map((d) => d.code);

const HEADER = ['REFERAT Økonomiudvalget d. 04-03-2025', 'Mødedato Tirsdag d. 4. marts 2025 kl. 15:00', 'Mødested Byrådssalen', 'Mødedeltagere Anna Hansen, Bo Jensen'];

describe('dialects are data', () => {
  it('each dialect has an id, a name, item forms and examples, and the generic one comes last', () => {
    expect(DIALECTS.map((d) => d.id)).toEqual(['firstagenda-pdf', 'firstagenda-web', 'edoc', 'acadre', 'generic']);
    for (const d of DIALECTS) {
      expect(d.itemForms.length).toBeGreaterThan(0);
      expect(d.itemExamples.length).toBeGreaterThan(0);
    }
  });
  it('chooses the generic dialect when no system stands out, and the outline says which was chosen', () => {
    expect(chooseDialect(splitLines('Noget tekst\n1.   Et punkt\n')).dialect.id).toBe('generic');
    expect(parseReferat(doc(...HEADER, 'Punkt 1: A', 'Beslutning', 'Godkendt.')).dialect).toEqual({ id: 'firstagenda-pdf', name: 'FirstAgenda (PDF)' });
  });
  it('takes a dialect given in the options', () => {
    const text = doc('Referat', '1.   Godkendelse', 'Beslutning', 'Godkendt.');
    expect(parseReferat(text, { dialect: 'edoc' }).dialect.id).toBe('edoc');
  });
});

describe('recognition by structure', () => {
  it('recognises an eDoc referat without a REFERAT title line, with a confidence and the reason', () => {
    const text = doc('Referat', 'Teknisk Udvalg', 'mandag den 3. marts 2025, kl. 16:00', 'Åbent referat', '1.   Godkendelse af dagsorden', 'Sagsnr.: 2025-1234', 'Teknisk Udvalgs beslutning den 03.03.2025 Punkt 1', 'Godkendt', '2.   Eventuelt', 'Teknisk Udvalgs beslutning den 03.03.2025 Punkt 2', 'Intet');
    const found = detectReferat(text);
    expect(found.isReferat).toBe(true);
    expect(found.dialect).toBe('edoc');
    expect(found.confidence).toBeGreaterThanOrEqual(0.7);
    expect(found.reason.da).toContain('2 punkter');
    expect(found.reason.en).toContain('2 decisions');
  });
  it('does not take a shopping list or a letter for a referat, and says what it missed', () => {
    const found = detectReferat('Indkøbsliste\nmælk\nbrød\n');
    expect(found.isReferat).toBe(false);
    expect(found.reason.en).toMatch(/found no items/);
    expect(detectReferat('Kære Anna\n\nTak for sidst. Vi ses den 4. marts 2025.\n').isReferat).toBe(false);
  });
});

describe('a table of contents ends where its entries end', () => {
  it('does not swallow a document whose items it cannot read', () => {
    const body = Array.from({ length: 60 }, (_, k) => `Afsnit ${k}: en tekst, der står her og fylder en hel del mere end en titel, så den ikke ligner en linje i en indholdsfortegnelse.`);
    const text = doc('Referat', 'Indholdsfortegnelse', 'Godkendelse.....\t2', 'Eventuelt.....\t3', 'Sagsfremstilling', ...body);
    const parsed = parseReferat(text);
    expect(parsed.toc!.entries).toHaveLength(2);
    expect(parsed.toc!.range.end.line).toBe(6);
    // One diagnostic says the items could not be read; no flood of TOC findings.
    expect(codes(text)).toEqual(['unreadable-structure']);
  });
  it('pairs a separate block of page numbers (pdftotext without -layout) with its titles', () => {
    const text = doc(...HEADER, 'Indholdsfortegnelse', 'Godkendelse af dagsorden', 'Budget 2026', 'Eventuelt', '3', '4', '6',
      'Punkt 1: Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', 'Punkt 2: Budget 2026', 'Beslutning', 'Godkendt.', 'Punkt 3: Eventuelt', 'Beslutning', 'Intet.');
    const parsed = parseReferat(text);
    expect(parsed.toc!.entries.map((e) => [e.title, e.pages])).toEqual([['Godkendelse af dagsorden', [3]], ['Budget 2026', [4]], ['Eventuelt', [6]]]);
    expect(parsed.toc!.entries.every((e) => e.match === 'exact')).toBe(true);
    expect(codes(text).filter((c) => c.startsWith('toc-'))).toEqual([]);
  });
  it('splits an entry cut off at the end of its line from the next entry', () => {
    const text = doc(...HEADER, 'Indholdsfortegnelse', 'Orientering om den nye affaldsordning for sommerhuse og kolonihaver i den', 'Eventuelt.....\t5',
      'Punkt 1: Orientering om den nye affaldsordning for sommerhuse og kolonihaver i den vestlige del af kommunen', 'Beslutning', 'Taget til efterretning.',
      'Punkt 2: Eventuelt', 'Beslutning', 'Intet.');
    const parsed = parseReferat(text);
    expect(parsed.toc!.entries.map((e) => e.title)).toEqual(['Orientering om den nye affaldsordning for sommerhuse og kolonihaver i den', 'Eventuelt']);
    expect(parsed.toc!.entries.map((e) => e.match)).toEqual(['truncated', 'exact']);
    expect(codes(text).filter((c) => c.startsWith('toc-'))).toEqual([]);
  });
});

describe('sections by shape, decisions that end', () => {
  it("ends a decision at a heading the standard list does not know", () => {
    for (const heading of ['Fremstilling', 'Sagsprocedure', 'Sagsbeskrivelse', 'Beslutningspunkter', 'Sagsforløb', 'Særlige forhold']) {
      const text = doc(...HEADER, 'Punkt 1: Budget', 'Beslutning', 'Godkendt.', heading, 'Forvaltningen har udarbejdet et forslag til budget.');
      const item = parseReferat(text).items[0];
      expect(item.decisions.map((d) => d.text), heading).toEqual(['Godkendt.']);
      expect(item.sections.map((s) => s.name), heading).toEqual(['Beslutning', heading]);
    }
  });
  it('keeps a free sub-heading inside the case text of FirstAgenda PDF minutes', () => {
    const item = parseReferat(doc(...HEADER, 'Punkt 1: Budget', 'Sagsfremstilling', 'Indledning.', 'Baggrund', 'Forvaltningen har udarbejdet et forslag.', 'Beslutning', 'Godkendt.')).items[0];
    expect(item.sections.map((s) => s.name)).toEqual(['Sagsfremstilling', 'Beslutning']);
  });
  it('does not take `Beslutning ikke frigivet` in Sagens forløb for a decision heading', () => {
    const text = doc(...HEADER, 'Punkt 1: Budget', 'Sagens forløb', 'Økonomiudvalget 12-02-2025', 'Beslutning ikke frigivet', 'Indstilling', 'Direktionen indstiller, at budgettet godkendes.', 'Beslutning', 'Godkendt.');
    const item = parseReferat(text).items[0];
    expect(item.decisions.map((d) => d.text)).toEqual(['Godkendt.']);
    const found = codes(text);
    expect(found).not.toContain('empty-beslutning');
    expect(found).not.toContain('duplicate-section');
  });
  it('reads a decision quoted in a history section as history when a later decision follows', () => {
    const text = doc(...HEADER, 'Punkt 1: Budget', 'Sagens forløb', 'Beslutning', 'Sendt i høring.', 'Sagsfremstilling', 'Tekst.', 'Beslutning', 'Godkendt.');
    const item = parseReferat(text).items[0];
    expect(item.decisions.map((d) => d.text)).toEqual(['Godkendt.']);
    expect(item.quotedDecisions).toHaveLength(1);
  });
  it('does not report `Handlingsplan` as a misspelling of `Behandlingsplan`, but still a real typo', () => {
    expect(codes(doc(...HEADER, 'Punkt 1: Budget', 'Handlingsplan', 'Planen følger.', 'Beslutning', 'Godkendt.'))).not.toContain('heading-typo');
    expect(codes(doc(...HEADER, 'Punkt 1: Budget', 'Behandlingsplam', 'Planen følger.', 'Beslutning', 'Godkendt.'))).toContain('heading-typo');
  });
  it('does not make `Punkt 1:` lines quoted in Sagens forløb into items', () => {
    const text = doc(...HEADER, 'Punkt 1: Budget 2026', 'Sagens forløb', 'Økonomiudvalget 12-02-2025', 'Punkt 4: Budget 2026', 'Beslutning', 'Sendt i høring.',
      'Beslutning', 'Godkendt.', 'Punkt 2: Eventuelt', 'Beslutning', 'Intet.');
    const parsed = parseReferat(text);
    expect(parsed.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Budget 2026', '2 Eventuelt']);
    expect(parsed.items[0].decisions.map((d) => d.text)).toEqual(['Godkendt.']);
  });
  it("reads a closed item's one bare line as its decision", () => {
    const text = doc(...HEADER, 'Punkt 1: Lukket: Salg af grund', 'Salget blev godkendt.', 'Punkt 2: Lukket: Personalesag', 'Intet til referat.');
    const parsed = parseReferat(text);
    expect(parsed.items[0].decisions.map((d) => d.text)).toEqual(['Salget blev godkendt.']);
    expect(parsed.items[1].decisions).toEqual([]);
    expect(codes(text).filter((c) => c === 'closed-item-content' || c === 'missing-beslutning')).toEqual([]);
  });
  it('keeps a closed item that shows case text reported', () => {
    const text = doc(...HEADER, 'Punkt 1: Lukket: Personalesag', 'Sagsfremstilling', 'Sagen drejer sig om en medarbejders forhold.');
    expect(codes(text)).toContain('closed-item-content');
  });
  it('reads an attachment named `Indstilling` as an attachment, not a section', () => {
    const item = parseReferat(doc(...HEADER, 'Punkt 1: Budget', 'Beslutning', 'Godkendt.', 'Bilag', 'Indstilling', 'Notat om budget 2026')).items[0];
    expect(item.sections.map((s) => s.name)).toEqual(['Beslutning', 'Bilag']);
    expect(item.sections[1].bodyLines).toHaveLength(2);
  });
});

describe('titles and case numbers', () => {
  it('recognises `EMN-2025-008579` on the line after the title and glued to it', () => {
    const text = doc(...HEADER, 'Punkt 1: Udbud af vintertjeneste for de kommunale veje og stier i perioden 2026-2030',
      'EMN-2025-008579', 'Beslutning', 'Godkendt.', 'Punkt 2: Trafikplan EMN-2025-010561', 'Beslutning', 'Godkendt.');
    const parsed = parseReferat(text);
    expect(parsed.items.map((i) => [i.title, i.caseNumber?.value])).toEqual([
      ['Udbud af vintertjeneste for de kommunale veje og stier i perioden 2026-2030', 'EMN-2025-008579'],
      ['Trafikplan', 'EMN-2025-010561'],
    ]);
  });
  it('reads PolWeb’s `Sag 306-2009-600` under the title, but no date, count or bare number after `Sag`', () => {
    const item = (caseLine: string) => parseReferat(doc('Byrådet', 'Referat', '1.      Spørgetid', caseLine, 'Beslutning', 'Ingen spørgsmål.')).items[0];
    expect(item('Sag 306-2009-600').caseNumber?.value).toBe('306-2009-600');
    for (const line of ['Sag 12-05-2019', 'Sag 2019 blev udsat', 'Sag 12']) expect(item(line).caseNumber, line).toBeUndefined();
  });
  it('joins a title wrapped at a hyphen without a space, and keeps `Sundheds- og` apart', () => {
    const text = [...HEADER, '', 'Punkt 1: Klimaplan med 2030-', 'fremskrivning', '', 'Punkt 2: Aftale med Sundheds-', 'og Forebyggelsesudvalget', '', 'Beslutning', '', 'Godkendt.'].join('\n');
    expect(parseReferat(text).items.map((i) => i.title)).toEqual(['Klimaplan med 2030-fremskrivning', 'Aftale med Sundheds- og Forebyggelsesudvalget']);
  });
});

describe('saying when it cannot read', () => {
  it('reports a document whose six items are in no known form on line 1', () => {
    const text = doc('Referat af bestyrelsesmøde', ...Array.from({ length: 6 }, (_, k) => `Dagsordenspunkt ${'ABCDEF'[k]} – Sag ${k}`));
    const found = runRules(parseReferat(text), DEFAULT_CONFIG);
    expect(found.map((d) => [d.code, d.range.start.line, d.severity])).toEqual([['unreadable-structure', 0, 'warning']]);
    expect(found[0].message.da).toContain('Punkt 1: …');
  });
  it('says nothing about an empty new file', () => {
    expect(codes('')).toEqual([]);
    expect(codes('\n\n   \n')).toEqual([]);
  });
});

describe('eDoc and Acadre forms', () => {
  it('reads `Følgende deltog ikke i behandlingen af punktet:` as an attendance label, not a name', () => {
    const text = doc('Referat', 'Teknisk Udvalg', 'mandag den 3. marts 2025, kl. 16:00', 'Tilstede', 'Anna Hansen (A)',
      '1.   Godkendelse', 'Teknisk Udvalgs beslutning den 03.03.2025 Punkt 1', 'Godkendt', 'Følgende deltog ikke i behandlingen af punktet:', 'Anna Hansen (A)');
    const item = parseReferat(text).items[0];
    expect(item.decisions[0].text).toBe('Godkendt');
    expect(item.attendance.map((a) => [a.kind, a.names.map((n) => n.name)])).toEqual([['notParticipating', ['Anna Hansen']]]);
  });
  it("numbers Acadre's items from the municipality's running number", () => {
    const text = doc('Referat', 'Udvalget for Kultur', 'Torsdag den 20. juni 2013', 'Medlemmer', 'Anna Hansen (A)', 'Indholdsfortegnelse', '715. Kulturplan .....2', '716. Eventuelt .....3',
      '715. Kulturplan', 'Sagsnr.: 12/27845', 'Beslutning i Udvalget for Kultur den 20-06-2013', 'Godkendt.', '716. Eventuelt', 'Sagsnr.: 12/27846', 'Beslutning i Udvalget for Kultur den 20-06-2013', 'Intet.');
    const parsed = parseReferat(text);
    expect(parsed.dialect.id).toBe('acadre');
    expect(parsed.items.map((i) => i.number)).toEqual([715, 716]);
    expect(codes(text)).not.toContain('punkt-numbering');
  });
  it('closes the items after `Lukket referat`, in the text or in a running header', () => {
    const text = doc('Referat', 'Teknisk Udvalg', 'mandag den 3. marts 2025, kl. 16:00', 'Tilstede', 'Anna Hansen (A)',
      'Åbent referat', '1.   Godkendelse', 'Teknisk Udvalgs beslutning den 03.03.2025 Punkt 1', 'Godkendt',
      'Lukket referat', '2.   Køb af ejendom', '3.   Personalesag');
    const parsed = parseReferat(text);
    expect(parsed.items.map((i) => [i.number, i.closed])).toEqual([[1, false], [2, true], [3, true]]);
    expect(codes(text)).not.toContain('missing-beslutning');
  });
  it('does not take a numbered list in the case text for the next item when the TOC names it', () => {
    const text = doc('Referat', 'Teknisk Udvalg', 'mandag den 3. marts 2025, kl. 16:00', 'INDHOLDSFORTEGNELSE', '1. Trafikplan    2', '2. Eventuelt    3',
      '1.   Trafikplan', 'Sagsfremstilling', 'Planen har to dele:', '1.   Cykelstier langs skolevejene', '2.   Fartdæmpning i byerne',
      'Teknisk Udvalgs beslutning den 03.03.2025 Punkt 1', 'Godkendt', '2.   Eventuelt', 'Teknisk Udvalgs beslutning den 03.03.2025 Punkt 2', 'Intet');
    const parsed = parseReferat(text);
    expect(parsed.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Trafikplan', '2 Eventuelt']);
    expect(parsed.items.map((i) => i.decisions.length)).toEqual([1, 1]);
  });
  it('reads a decision heading in the genitive without a date', () => {
    const item = parseReferat(doc('Referat', 'Teknisk Udvalg', 'mandag den 3. marts 2025, kl. 16:00', '1.   Trafikplan', 'Teknisk Udvalgs beslutning', 'Godkendt')).items[0];
    expect(item.decisions.map((d) => [d.committee, d.text])).toEqual([['Teknisk Udvalg', 'Godkendt']]);
  });
});

describe('a fallback for forms the chosen system does not use', () => {
  it('reads items in another form with the generic forms when the chosen system finds none', () => {
    const text = doc(...HEADER, '1.   Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '2.   Eventuelt', 'Beslutning', 'Intet.');
    const parsed = parseReferat(text);
    expect(parsed.dialect.id).toBe('generic');
    expect(parsed.items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', 'Eventuelt']);
  });
  it('reads `Lukket punkt:` as a closed item', () => {
    const item = parseReferat(doc(...HEADER, 'Punkt 1: Lukket punkt: Salg af grund', 'Intet til referat.')).items[0];
    expect([item.closed, item.title]).toEqual([true, 'Salg af grund']);
  });
});

describe('no rule or parser part names a municipality or a file', () => {
  it('holds for every source file of the parser, the dialects and the rules', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const dirs = ['parse', 'dialects', 'rules', 'model'].map((d) => path.join(__dirname, '..', 'server', 'src', d));
    const names = /ballerup|aarhus|syddjurs|lemvig|vejen|lejre|lolland|\.pdftotext|\.lynx|fixtures\//i;
    for (const dir of dirs) {
      for (const f of readdirSync(dir)) {
        expect(names.test(readFileSync(path.join(dir, f), 'utf8')), `${dir}/${f}`).toBe(false);
      }
    }
  });
});

describe('a FirstAgenda web page copied from a browser', () => {
  const page = [
    'Referat 1. oktober 2025 kl. 15.45', 'Teknisk Udvalg - Udvalgsværelse 398', 'Udvalg:\tTeknisk Udvalg', 'Mødedato:\tonsdag den 1. oktober 2025 kl. 15.45',
    'Mødested:\tUdvalgsværelse 398', 'Mødedeltagere:', 'Punkt\tTitel',
    '1\t', 'Referat fra sidste udvalgsmøde', 'EMN-2025-010561', 'Beslutninger', 'Ingen bemærkninger.', 'Bilag', 'PDFReferat fra møde den 22. september 2025', 'PDFNotat', '2', 'Hent som PDF', 'Kopier link',
    '2\t', 'Trafikplan', 'EMN-2025-009242', 'Beslutninger', 'Godkendt.', '', 'Planen har været i høring.', 'Resume', 'Der er indkommet 40 høringssvar.', '3', 'Hent som PDF', 'Kopier link',
    '3\t', 'Eventuelt', 'Beslutninger', 'Intet.', 'Hent som PDF', 'Kopier link',
    'Kopier link', 'Kopier linket i nedenstående tekstboks med ctrl+c', 'Tip en ven', 'Modtager e-mail',
  ].join('\n');
  it('reads its items without the buttons, not the attachment counts', () => {
    const parsed = parseReferat(page);
    expect(parsed.dialect.id).toBe('firstagenda-web');
    expect(parsed.items.map((i) => `${i.number} ${i.title} ${i.caseNumber?.value ?? '-'}`)).toEqual(['1 Referat fra sidste udvalgsmøde EMN-2025-010561', '2 Trafikplan EMN-2025-009242', '3 Eventuelt -']);
    expect(parsed.items.map((i) => i.decisions.map((d) => d.text))).toEqual([['Ingen bemærkninger.'], ['Godkendt.'], ['Intet.']]);
    expect(runRules(parsed, DEFAULT_CONFIG).filter((d) => d.severity === 'warning')).toEqual([]);
  });
});

describe('choosing the system in the settings', () => {
  it('offers every dialect in the VS Code setting and the config schema, and the config forces it', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const root = path.join(__dirname, '..');
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas', 'referatrc.schema.json'), 'utf8'));
    const ids = DIALECTS.map((d) => d.id);
    expect(pkg.contributes.configuration.properties['referat.dialect'].enum).toEqual(['auto', ...ids]);
    expect(schema.properties.dialect.enum).toEqual(['auto', ...ids]);
    const { mergeConfig } = await import('../server/src/config/types');
    const { parseOptionsOf } = await import('../server/src/config/resolve');
    const text = doc(...HEADER, 'Punkt 1: Budget', 'Beslutning', 'Godkendt.');
    expect(parseReferat(text, parseOptionsOf(mergeConfig(DEFAULT_CONFIG, { dialect: 'generic' }))).dialect.id).toBe('generic');
    expect(parseReferat(text, parseOptionsOf(DEFAULT_CONFIG)).dialect.id).toBe('firstagenda-pdf');
  });
});

describe('more item and decision forms', () => {
  it('reads `Punkt 1 - Title`, `Pkt. 2: Title` and `Punkt 3 Title`, and `Afgørelse` as a decision', () => {
    const parsed = parseReferat(doc(...HEADER, 'Punkt 1 - Budget', 'Afgørelse', 'Godkendt.', 'Pkt. 2: Anlæg', 'Beslutning', 'Godkendt.', 'Punkt 3 Eventuelt', 'Beslutning', 'Intet.'));
    expect(parsed.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Budget', '2 Anlæg', '3 Eventuelt']);
    expect(parsed.items[0].decisions.map((d) => d.text)).toEqual(['Godkendt.']);
  });
  it('falls back to `1. Title` items, and does not take a numbered list in the case text for items', () => {
    const parsed = parseReferat(doc(...HEADER, '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '2. Trafikplan', 'Sagsfremstilling', 'Planen har to dele:', '1. Cykelstier', '2. Fartdæmpning', 'Beslutning', 'Godkendt.', '3. Eventuelt', 'Beslutning', 'Intet.'));
    expect(parsed.dialect.id).toBe('generic');
    expect(parsed.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Godkendelse af dagsorden', '2 Trafikplan', '3 Eventuelt']);
  });
});

describe('title lines of systems that put the committee first or the date in the title', () => {
  const header = (title: string) => parseReferat(doc(title, '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '2. Eventuelt', 'Beslutning', 'Intet.'));
  it.each([
    ['Teknisk Udvalg - Referat', 'Teknisk Udvalg', undefined],
    ['Kulturudvalget – Referat – 3. februar 2021', 'Kulturudvalget', { day: 3, month: 2, year: 2021 }],
    ['Kulturudvalget. Referat fra møde Onsdag den 3. februar 2021 kl. 16 i mødelokale 2.', 'Kulturudvalget', { day: 3, month: 2, year: 2021 }],
    ['Referat fra møde i Kulturudvalget onsdag den 3. februar 2021 kl. 16', 'Kulturudvalget', { day: 3, month: 2, year: 2021 }],
    ['Referat af mødet i Regionsrådet 3. februar 2021 kl. 14:00 i salen', 'Regionsrådet', { day: 3, month: 2, year: 2021 }],
    ['REFERAT Kulturudvalget d. 03-02-2021', 'Kulturudvalget', { day: 3, month: 2, year: 2021 }],
    ['Kulturudvalget - referat 03-02-2021', 'Kulturudvalget', { day: 3, month: 2, year: 2021 }],
    ['Kulturudvalg - mødesager', 'Kulturudvalg', undefined],
  ])('reads %j', (title, committee, date) => {
    const d = header(title);
    expect(d.header.title?.committee).toBe(committee);
    expect(d.header.committee?.value).toBe(committee);
    expect(textAt(d, d.header.title!.committeeRange)).toBe(committee);
    expect(d.header.title?.date).toEqual(date);
  });
  it('reads the committee on the line above a bare `Referat`, not a date or a label there', () => {
    expect(header('Byrådet\n\nReferat').header.committee?.value).toBe('Byrådet');
    expect(header('Mødedato: 3. februar 2021\nReferat').header.committee).toBeUndefined();
    expect(header('Åbent møde\nReferat\nKulturudvalget').header.committee?.value).toBe('Kulturudvalget');
    expect(header('Referat\ntil\nmødet i Kulturudvalget\nden 3. februar 2021 kl. 16:00').header.committee?.value).toBe('Kulturudvalget');
  });
  it('takes a sentence that names the minutes for no title', () => {
    expect(header('Godkendelse af Referat').header.title).toBeUndefined();
    expect(header('Der blev taget referat af mødet').header.title).toBeUndefined();
    expect(header('Der blev taget referat af mødet - referat følger').header.title).toBeUndefined();
  });
  it("asks for no `Mødedato` where the title carries the date, and for one where it does not", () => {
    expect(codes(doc('Kulturudvalget – Referat – 3. februar 2021', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'))).not.toContain('missing-header-field');
    const messages = runRules(parseReferat(doc('Kulturudvalget - Referat', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.')), DEFAULT_CONFIG)
      .filter((f) => f.code === 'missing-header-field').map((f) => f.message.da);
    expect(messages).toEqual(['Referatet mangler »Mødedato«.']);
  });
  it('says that the numbering starts too late where the first item is not 1', () => {
    const found = runRules(parseReferat(doc('REFERAT Kulturudvalget d. 03-02-2021', 'Mødedato 3. februar 2021', 'Punkt 2: Budget', 'Beslutning', 'Godkendt.', 'Punkt 3: Eventuelt', 'Beslutning', 'Intet.')), DEFAULT_CONFIG)
      .filter((f) => f.code === 'punkt-numbering');
    expect(found.map((f) => f.message.da)).toEqual(['Nummereringen begynder ved 2; her forventes punkt 1.']);
  });
});

describe('a wrapped sentence that starts with an item word and a number', () => {
  it('is text, not an item: `punkt 2 i bestemmelserne …`, `sag nr. 3 om …`; `Punkt 2 Budget` and `punkt 2: budget` still are items', () => {
    const text = doc('REFERAT Byrådet d. 01-02-2024', 'Mødedato: 1. februar 2024', 'Punkt 1: Budget',
      'Sagsfremstilling', 'Forvaltningen har ændret lokalplanens\npunkt 2 i bestemmelserne om byggehøjde, jf.\nsag nr. 3 om samme område.', 'Beslutning', 'Godkendt.');
    const d = parseReferat(text);
    expect(d.items.map((i) => i.number)).toEqual([1]);
    expect(d.items[0].sections.map((s) => s.canonical)).toEqual(['Sagsfremstilling', 'Beslutning']);
    expect(codes(text)).not.toContain('punkt-numbering');
    // Nor is a decision heading: `beslutning i Økonomiudvalget` or `økonomiudvalgets beslutning den …:` wrapped from a sentence.
    for (const wrapped of ['Udvalget afventer en endelig\nbeslutning i Økonomiudvalget\nom rammerne.', 'Sagen behandles igen efter\nøkonomiudvalgets beslutning den 3. januar 2024:']) {
      const w = parseReferat(doc('REFERAT Byrådet d. 01-02-2024', 'Punkt 1: Budget', 'Sagsfremstilling', wrapped, 'Budgettet er ændret.', 'Beslutning', 'Godkendt.'));
      expect(w.items[0].decisions.map((x) => x.text)).toEqual(['Godkendt.']);
    }
    expect(parseReferat(doc(...HEADER, 'Punkt 1: Budget', 'Økonomiudvalgets beslutning den 4. marts 2025:', 'Godkendt.')).items[0].decisions.map((x) => x.text)).toEqual(['Godkendt.']);
    const items = parseReferat(doc('REFERAT Byrådet d. 01-02-2024', 'Punkt 1 Budget', 'Beslutning', 'Godkendt.', 'punkt 2: regnskab', 'Beslutning', 'Godkendt.'));
    expect(items.items.map((i) => [i.number, i.title])).toEqual([[1, 'Budget'], [2, 'regnskab']]);
  });
});

describe('an agenda (`Dagsorden`) in the minutes’ own form, before the meeting', () => {
  const items = ['Punkt 1: Godkendelse af dagsorden', 'Indstilling', 'Dagsordenen godkendes.', 'Punkt 2: Budget', 'Sagsfremstilling', 'Budgettet forelægges.'];
  it('is an agenda by its title when no item has a decision: no item is asked for one, and no REFERAT title', () => {
    for (const title of ['DAGSORDEN Økonomiudvalget d. 25-06-2024', 'Økonomiudvalget - Dagsorden', 'Dagsorden']) {
      const text = doc(title, 'Mødedato: 25. juni 2024', 'Mødested: Rådhuset', 'Mødedeltagere: Anna Hansen', ...items);
      expect([title, parseReferat(text).agenda]).toEqual([title, true]);
      expect(codes(text).filter((c) => c !== 'missing-toc')).toEqual([]);
      expect(outlineText('a.txt', parseReferat(text), 'da')).toContain('Dagsorden: punkterne har endnu ingen beslutninger');
    }
  });
  it('is no agenda where the title says Referat, where an item has a decision, or where `dagsorden` is an item’s word', () => {
    expect(parseReferat(doc('REFERAT Økonomiudvalget d. 25-06-2024', ...items)).agenda).toBe(false);
    const decided = doc('DAGSORDEN Økonomiudvalget d. 25-06-2024', 'Mødedato: 25. juni 2024', ...items, 'Beslutning', 'Godkendt.');
    expect(parseReferat(decided).agenda).toBe(false);
    expect(codes(decided)).toContain('missing-beslutning');
    expect(parseReferat(doc('Økonomiudvalget', 'Godkendelse af dagsorden', ...items)).agenda).toBe(false);
  });
});

describe('minutes written in a word processor (`Ad 1. …` under the agenda’s list)', () => {
  const head = ['Referat af møde i Ældrerådet', 'Dato: 14. februar 2023 kl. 10:00', 'Til stede: Inge Holm, Poul Berg'];
  it('reads `Ad 1.`, `Ad pkt. 2:` and `Ad punkt 3` as the items, and the agenda above them as the TOC', () => {
    const d = parseReferat(doc(...head, 'Dagsorden:\n1. Godkendelse af dagsorden\n2. Budget 2024\n3. Eventuelt',
      'Ad 1. Godkendelse af dagsorden\nGodkendt.', 'Ad pkt. 2: Budget 2024\nTaget til efterretning.', 'Ad punkt 3 Eventuelt\nIntet.'));
    expect(d.items.map((i) => [i.number, i.title, textAt(d, i.numberRange)])).toEqual([[1, 'Godkendelse af dagsorden', '1'], [2, 'Budget 2024', '2'], [3, 'Eventuelt', '3']]);
    expect(d.toc?.entries.map((e) => [e.number, e.items])).toEqual([[1, [0]], [2, [1]], [3, [2]]]);
  });
  it('asks prose minutes for no Beslutning, but an item among headed ones for its own', () => {
    expect(codes(doc(...head, 'Ad 1. Godkendelse af dagsorden\nGodkendt.', 'Ad 2. Budget 2024\nTaget til efterretning.'))).toEqual([]);
    expect(codes(doc(...head, 'Ad 1. Godkendelse af dagsorden', 'Beslutning\nGodkendt.', 'Ad 2. Budget 2024\nTaget til efterretning.'))).toEqual(['missing-beslutning']);
    // One item is no pattern; the seeds' own dialect always asks.
    expect(codes(doc(...head, 'Ad 1. Budget 2024\nTaget til efterretning.'))).toEqual(['missing-beslutning']);
    // `Ad hoc-udvalget` and `Ad 2 omgange` in a sentence are no items.
    expect(parseReferat(doc(...head, 'Ad 1. Budget', 'Ad hoc-udvalget mødes igen.', 'Ad 2 omgange blev sagen drøftet.')).items.map((i) => i.number)).toEqual([1]);
  });
});

describe('decision headings of minutes typed in a word processor (`Beslutning/referat`, `Referat og beslutning`)', () => {
  const head = ['Referat', 'Økonomiudvalget', 'Mødedato: 5. maj 2021', 'Mødested: Rådhuset', 'Deltagere: Anna Holm, Bo Berg'];
  const item = (heading: string) => doc(...head, '1. Budget', 'Sagsfremstilling', 'Tekst om sagen.', heading, 'Godkendt.', '2. Eventuelt', heading, 'Intet.');
  it('reads each as the decision’s heading, alone or with the text after a colon', () => {
    for (const heading of ['Beslutning/referat', 'Referat/beslutning', 'Referat og beslutning', 'BESLUTNING OG REFERAT:']) {
      expect(parseReferat(item(heading)).items.map((i) => i.decisions.map((x) => x.text)), heading).toEqual([['Godkendt.'], ['Intet.']]);
      expect(codes(item(heading)), heading).toEqual([]);
    }
    expect(parseReferat(doc(...head, '1. Budget', 'Referat/beslutning: Godkendt.')).items[0].decisions.map((x) => x.text)).toEqual(['Godkendt.']);
  });
  it('keeps a sentence that starts with the words text', () => {
    const d = parseReferat(doc(...head, '1. Budget', 'Beslutning', 'Godkendt.', 'Referat og beslutning fra mødet sendes til byrådet.'));
    expect(d.items[0].decisions.map((x) => x.text)).toEqual(['Godkendt.\nReferat og beslutning fra mødet sendes til byrådet.']);
    expect(d.items[0].quotedDecisions).toEqual([]);
  });
});

describe('`Punkt 1.` alone, the title on the next line', () => {
  const head = ['Referat', 'Økonomiudvalget', 'Mødedato: 5. maj 2021', 'Mødested: Rådhuset', 'Deltagere: Anna Holm, Bo Berg'];
  it('takes the next line (or the one after a blank) as the title, not a heading under it', () => {
    const d = parseReferat(doc(...head, 'Punkt 1.\nGodkendelse af dagsorden\nBeslutning\nGodkendt.', 'Punkt 2:', 'Budget 2022\nBeslutning\nGodkendt.', 'Punkt 3:\nBeslutning\nIntet.'));
    expect(d.items.map((i) => [i.number, i.title, i.decisions.map((x) => x.text)])).toEqual([
      [1, 'Godkendelse af dagsorden', ['Godkendt.']], [2, 'Budget 2022', ['Godkendt.']], [3, '', ['Intet.']],
    ]);
    expect(codes(doc(...head, 'Punkt 1.\nGodkendelse af dagsorden\nBeslutning\nGodkendt.', 'Punkt 2.\nBudget 2022\nBeslutning\nGodkendt.'))).toEqual([]);
  });
});

describe('a list of the items without a TOC heading', () => {
  const items = ['7. Godkendelse af dagsorden', '', 'Beslutning i Kulturudvalget den 03-02-2021', '', 'Godkendt.', '',
    '8. Nyt bibliotek i Nordby', '', 'Indstilling', '', 'Forvaltningen indstiller, at projektet godkendes.', '', 'Beslutning i Kulturudvalget den 03-02-2021', '', 'Godkendt.'];
  const head = ['UDVALG', '', 'Kulturudvalget', '', 'STARTTIDSPUNKT', '', '03-02-2021 16:00:00', ''];
  it('reads the list under its label as the TOC and the items after it as the items', () => {
    const d = parseReferat([...head, 'PUNKTER', '', '7. Godkendelse af dagsorden', '8. Nyt bibliotek i Nordby', '', ...items].join('\n'));
    expect(textAt(d, d.toc!.headingRange)).toBe('PUNKTER');
    expect(d.toc!.entries.map((e) => [e.number, e.title, e.items])).toEqual([[7, 'Godkendelse af dagsorden', [0]], [8, 'Nyt bibliotek i Nordby', [1]]]);
    expect(d.items.map((i) => [i.number, i.range.start.line, i.decisions.map((x) => x.text)])).toEqual([[7, 13, ['Godkendt.']], [8, 19, ['Godkendt.']]]);
    const found = codes([...head, 'PUNKTER', '', '7. Godkendelse af dagsorden', '8. Nyt bibliotek i Nordby', '', ...items].join('\n'));
    expect(found).not.toContain('missing-beslutning');
    expect(found).not.toContain('missing-toc');
  });
  it('reads `STARTTIDSPUNKT` as the meeting’s date and time (seconds and all), and a list whose links print each title twice, glued', () => {
    const glued = ['PUNKTER', '', '7. Godkendelse af dagsorden7. Godkendelse af dagsorden', '8. Nyt bibliotek i Nordby8. Nyt bibliotek i Nordby', ''];
    const d = parseReferat([...head, ...glued, ...items].join('\n'));
    expect([d.header.meetingDate?.date, d.header.meetingDate?.time]).toEqual([{ year: 2021, month: 2, day: 3 }, '16:00']);
    expect(d.toc!.entries.map((e) => [e.number, e.title, textAt(d, e.titleRange), e.items])).toEqual([
      [7, 'Godkendelse af dagsorden', 'Godkendelse af dagsorden', [0]], [8, 'Nyt bibliotek i Nordby', 'Nyt bibliotek i Nordby', [1]],
    ]);
    expect(codes([...head, ...glued, ...items].join('\n'))).not.toContain('toc-title-mismatch');
    // A title that only repeats its own number is kept whole: `Budget 2. behandling` is no echo.
    const budget = items.map((l) => (l === '7. Godkendelse af dagsorden' ? '7. Budget 7. Budget 2025' : l));
    const other = parseReferat([...head, 'PUNKTER', '', '7. Budget 7. Budget 2025', '8. Nyt bibliotek i Nordby', '', ...budget].join('\n'));
    expect(other.toc!.entries[0].title).toBe('Budget 7. Budget 2025');
  });
  it('knows the headings `KONSEKVENSER` and `RISIKOVURDERING` of these pages', () => {
    const d = parseReferat([...head, '7. Budget', '', 'KONSEKVENSER', '', 'Ingen.', '', 'RISIKOVURDERING', '', 'Lav.', '', 'BESLUTNING', '', 'Godkendt.'].join('\n'));
    expect(d.items[0].sections.map((s) => [s.canonical, s.unknown ?? false])).toEqual([['Konsekvenser', false], ['Risikovurdering', false], ['Beslutning', false]]);
  });
  it('reads it without a label too, and reports an item the list lacks', () => {
    const d = parseReferat([...head, '7. Godkendelse af dagsorden', '', ...items].join('\n'));
    // One line is no list.
    expect(d.toc).toBeUndefined();
    const listed = [...head, '7. Godkendelse af dagsorden', '8. Nyt bibliotek i Nordby', '', ...items, '', '9. Eventuelt', '', 'Beslutning i Kulturudvalget den 03-02-2021', '', 'Intet.'].join('\n');
    const e = parseReferat(listed);
    expect(e.toc!.entries.map((x) => x.number)).toEqual([7, 8]);
    expect(e.items.map((i) => i.number)).toEqual([7, 8, 9]);
    expect(codes(listed)).toContain('toc-missing');
  });
  it('keeps items one after another as items where nothing repeats them', () => {
    const d = parseReferat([...head, '1. Godkendelse af dagsorden', '2. Meddelelser', '3. Eventuelt', '', 'Beslutning', '', 'Intet.'].join('\n'));
    expect(d.toc).toBeUndefined();
    expect(d.items.map((i) => i.number)).toEqual([1, 2, 3]);
  });
});

describe('items numbered by their case (`Sag nr. 74`)', () => {
  const text = (second: number) => doc('Referat fra møde i Økonomiudvalget', 'Tirsdag den 18. maj 2010 kl. 16.00 i Borgmesterens kontor', 'Mødedeltagere: Anna Hansen (A), Bo Jensen (V)',
    'Indhold', 'Åben dagsorden', 'Sag nr. 74   Likviditet ..... 3', 'Sag nr. 75   Årsregnskab 2009 ..... 4', 'Sag nr. 76   Budgetopfølgning ..... 5',
    'Sag nr. 74 Likviditet', 'Beslutning', 'Taget til efterretning.',
    `Sag nr. ${second} Årsregnskab 2009`, 'Sagsfremstilling', 'Se Sag nr. 12/3456 fra sidste år.', 'Beslutning', 'Godkendt.',
    'Sag nr. 76 Budgetopfølgning', 'Beslutning', 'Godkendt.');
  it('reads them with the TOC under `Indhold`, and their numbers run on from the first', () => {
    const d = parseReferat(text(75));
    expect(d.header.committee?.value).toBe('Økonomiudvalget');
    expect(d.toc!.entries.map((e) => [e.number, e.title, e.pages])).toEqual([[74, 'Likviditet', [3]], [75, 'Årsregnskab 2009', [4]], [76, 'Budgetopfølgning', [5]]]);
    expect(d.items.map((i) => [i.number, i.title, i.decisions.map((x) => x.text)])).toEqual([
      [74, 'Likviditet', ['Taget til efterretning.']], [75, 'Årsregnskab 2009', ['Godkendt.']], [76, 'Budgetopfølgning', ['Godkendt.']],
    ]);
    expect(codes(text(75))).toEqual([]);
  });
  it('keeps an item numbered otherwise than its entry, by its title, and reports the number', () => {
    const d = parseReferat(text(77));
    expect(d.items.map((i) => i.number)).toEqual([74, 77, 76]);
    expect(d.items[1].decisions.map((x) => x.text)).toEqual(['Godkendt.']);
    expect(codes(text(77))).toContain('punkt-numbering');
  });
});

describe('items in a web page list', () => {
  const text = doc('Referat', '- 301. Godkendelse af dagsorden', 'Beslutning', 'Ikke til stede: Anna Hansen (C)', 'Godkendt.', '• 302. Planstrategi', 'Beslutning', 'Godkendt.');
  it('reads items after a list marker, `Ikke til stede` as an absence, and a first number of 10 or more as a running count', () => {
    const d = parseReferat(text);
    expect(d.items.map((i) => [i.number, i.title, i.decisions.map((x) => x.text)])).toEqual([[301, 'Godkendelse af dagsorden', ['Godkendt.']], [302, 'Planstrategi', ['Godkendt.']]]);
    expect(d.items[0].attendance.map((a) => [a.kind, a.names.map((n) => n.name)])).toEqual([['absent', ['Anna Hansen']]]);
    expect(codes(text)).not.toContain('punkt-numbering');
    expect(codes(text.replace('- 301.', '- 2.').replace('• 302.', '• 3.'))).toContain('punkt-numbering');
  });
});

describe('a web page whose TOC heading lost its links (the fields after it)', () => {
  const text = doc(
    'Referat af møde i Kulturudvalget', 'Den 03.02.2021 kl. 16:00 i Rådhuset', 'Indholdsfortegnelse', 'Lukkede punkter',
    'Deltagere:', 'Anna Hansen, (A)\nBo Jensen, (V)', 'Afbud:', 'Dorte Holm, (C)',
    '1.   Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', 'Fraværende\nDorte Holm (C)', 'Til toppen',
    '2.   Eventuelt', 'Beslutning', 'Intet.', 'Til toppen',
  );
  it('ends the TOC at a header field, and reads the fields after it into the header', () => {
    const d = parseReferat(text);
    expect(d.toc?.entries).toEqual([]);
    expect(d.header.participants?.members.map((m) => [m.name, m.note])).toEqual([['Anna Hansen', 'A'], ['Bo Jensen', 'V']]);
    expect(d.header.absent?.members.map((m) => m.name)).toEqual(['Dorte Holm']);
    expect(d.items.map((i) => i.decisions.map((x) => x.text))).toEqual([['Godkendt.'], ['Intet.']]);
  });
  it('asks a web page for no TOC; elsewhere reports the empty TOC once, not every item; and knows the absent member', () => {
    expect(parseReferat(text).webPage).toBe(true);
    expect(codes(text)).toEqual([]);
    const printed = text.replaceAll('Til toppen', '');
    expect(parseReferat(printed).webPage).toBe(false);
    expect(codes(printed)).toEqual(['missing-toc']);
    // A TOC with entries still ends where its entries do, at a field or not.
    const listed = text.replace('Lukkede punkter', 'Godkendelse af dagsorden\nEventuelt');
    expect(parseReferat(listed).toc?.entries.map((e) => e.title)).toEqual(['Godkendelse af dagsorden', 'Eventuelt']);
    expect(codes(listed)).toEqual([]);
  });
  it('reads the first item where the TOC heading is glued to its line (`Indholdsfortegnelse1. Fraværende`)', () => {
    const glued = doc('Byrådet - Referat', 'Dato: 29. januar 2020', 'Indholdsfortegnelse1. Fraværende', 'Beslutning', 'Ingen.', 'Til toppen', '2. Eventuelt', 'Beslutning', 'Intet.', 'Til toppen');
    const d = parseReferat(glued);
    expect(d.items.map((i) => [i.number, i.title, textAt(d, i.numberRange), textAt(d, i.titleRange)])).toEqual([[1, 'Fraværende', '1', 'Fraværende'], [2, 'Eventuelt', '2', 'Eventuelt']]);
    expect(d.toc).toBeUndefined();
    expect(codes(glued)).not.toContain('punkt-numbering');
    // The word in a title is no heading: `Indholdsfortegnelsen 2025` stays text.
    expect(parseReferat(doc('Byrådet - Referat', 'Indhold 2025', '1. Eventuelt', 'Beslutning', 'Intet.')).items.map((i) => i.number)).toEqual([1]);
  });
  it('still reads a TOC entry that begins with a label word', () => {
    const d = parseReferat(doc(...HEADER, 'Indholdsfortegnelse', 'Afbud og stedfortrædere.....\t2', 'Punkt 1: Afbud og stedfortrædere', 'Beslutning', 'Godkendt.'));
    expect(d.toc?.entries.map((e) => e.title)).toEqual(['Afbud og stedfortrædere']);
  });
});

describe('the title on the line above `Sag nr. 139` (a web page form)', () => {
  const lines = [
    'Teknisk Udvalg', '', '10-03-2025', '', 'Medlemmer', '', 'Formand Anna Hansen (A)', 'Bo Jensen (V)', '', 'Fraværende', '', 'Bo Jensen (V), sag 139-140', '',
    'Sager 139 - 141', '', 'Fold alle ud', '',
    'Meddelelser', 'Sag nr. 139', '', 'Sagens kerne', '', 'Ingen meddelelser.', '', 'Beslutning', '', 'Taget til efterretning.', '',
    'Ny cykelsti langs Åvej', 'Sag nr. 140 (ØU 12/25)', '', 'Sagens kerne', '', 'Forvaltningen foreslår en cykelsti, se sag nr. 139.', '', 'Beslutning', '', 'Godkendt.',
  ];
  const text = lines.join('\n') + '\n';
  it('reads the items with their titles, and each item ends above the next one’s title', () => {
    const d = parseReferat(text);
    expect(d.items.map((i) => [i.number, i.title, i.sections.map((s) => s.canonical), i.decisions.map((x) => x.text)])).toEqual([
      [139, 'Meddelelser', ['Sagens kerne', 'Beslutning'], ['Taget til efterretning.']],
      [140, 'Ny cykelsti langs Åvej', ['Sagens kerne', 'Beslutning'], ['Godkendt.']],
    ]);
    const second = d.items[1];
    expect(second.headingRange.start.line).toBe(lines.indexOf('Ny cykelsti langs Åvej'));
    expect(second.numberRange.start.line).toBe(lines.indexOf('Sag nr. 140 (ØU 12/25)'));
    expect(textAt(d, second.numberRange)).toBe('140');
    expect(d.items[0].range.end.line).toBe(lines.indexOf('Taget til efterretning.'));
    expect(d.items[0].preambleLines).toEqual([]);
  });
  it('reads the committee from the first line, the chair as a note, and the cases a member was away for', () => {
    const d = parseReferat(text);
    expect(d.header.committee?.value).toBe('Teknisk Udvalg');
    expect(d.header.meetingDate?.date).toMatchObject({ year: 2025, month: 3, day: 10 });
    expect(d.header.participants?.members.map((m) => [m.name, m.note])).toEqual([['Anna Hansen', 'A, formand'], ['Bo Jensen', 'V']]);
    expect(d.header.absent?.members.map((m) => [m.name, m.note])).toEqual([['Bo Jensen', 'V, sag 139-140']]);
    expect(codes(text).filter((c) => c !== 'missing-toc')).toEqual([]);
  });
  it('reads the same page without blank lines, and a line above the number that has a role of its own is no title', () => {
    const compact = lines.filter((l) => l !== '').join('\n') + '\n';
    const d = parseReferat(compact);
    expect(d.items.map((i) => [i.number, i.title, i.sections.map((s) => s.canonical)])).toEqual([
      [139, 'Meddelelser', ['Sagens kerne', 'Beslutning']],
      [140, 'Ny cykelsti langs Åvej', ['Sagens kerne', 'Beslutning']],
    ]);
    expect(d.header.absent?.members.map((m) => m.name)).toEqual(['Bo Jensen']);
    expect(parseReferat(text.replace('Meddelelser\nSag nr. 139', 'Beslutning\nSag nr. 139')).items.map((i) => i.number)).toEqual([140]);
  });
});

describe('a web page that opens with an item on who is away', () => {
  const text = doc(
    'Kulturudvalget - Referat', 'Dato: 3. februar 2021\nLokale: Mødelokale 2\nTidspunkt: Kl. 16:00', 'Indholdsfortegnelse',
    '1. Fraværende', 'Sagsfremstilling', 'Der er afbud fra Anna Hansen.', 'Beslutning', 'Afbud fra Anna Hansen og Bo Jensen.', 'Til toppen',
    '2. Nyt bibliotek', 'Sagsfremstilling', 'Forvaltningen har lavet et forslag.', 'Beslutning', 'Godkendt.', 'Anna Hansen og Bo Jensen var fraværende.', 'Ingen var fraværende.', 'Til toppen',
  );
  it('reads the absence as that item’s decision, and the names of `Afbud fra` and `… var fraværende`', () => {
    const d = parseReferat(text);
    expect(d.header.place?.value).toBe('Mødelokale 2');
    expect(d.items.map((i) => [i.title, i.decisions.map((x) => x.text)])).toEqual([['Fraværende', ['Afbud fra Anna Hansen og Bo Jensen.']], ['Nyt bibliotek', ['Godkendt.\nIngen var fraværende.']]]);
    expect(d.items.map((i) => i.attendance.map((a) => [a.kind, a.names.map((n) => n.name)]))).toEqual([[['apology', ['Anna Hansen', 'Bo Jensen']]], [['absent', ['Anna Hansen', 'Bo Jensen']]]]);
    expect(codes(text)).toEqual([]);
  });
  it('reads the item lines under `Indholdsfortegnelse` as its TOC, not as items, and the time from its own field', () => {
    const listed = text.replace('Indholdsfortegnelse', 'Indholdsfortegnelse\n1. Fraværende\n2. Nyt bibliotek');
    const d = parseReferat(listed);
    expect(textAt(d, d.toc!.headingRange)).toBe('Indholdsfortegnelse');
    expect(d.toc!.entries.map((e) => [e.number, e.title, e.items])).toEqual([[1, 'Fraværende', [0]], [2, 'Nyt bibliotek', [1]]]);
    expect(d.items.map((i) => [i.number, i.range.start.line, i.sections.map((x) => x.canonical)])).toEqual([[1, 10, ['Sagsfremstilling', 'Beslutning']], [2, 22, ['Sagsfremstilling', 'Beslutning']]]);
    expect(d.header.meetingDate?.time).toBe('16:00');
    expect(codes(listed)).toEqual([]);
    // An entry the items lack is still reported.
    expect(codes(listed.replace('2. Nyt bibliotek\n', '2. Nyt bibliotek\n3. Eventuelt\n'))).toContain('toc-orphan');
  });
  it('still finds the decision of another item that only names who was away empty', () => {
    expect(codes(text.replace('1. Fraværende', '1. Meddelelser'))).toContain('empty-beslutning');
  });
});

describe('an OS2web page (`Pkt. 42` items, the committee and date over the decision)', () => {
  const text = [
    'Referat', '', 'Dato: Onsdag, April 3, 2019 - 18:00', 'Sted: Mødelokale 2A',
    ' • Pkt. 42 Godkendelse af dagsorden', '', '  Pkt. 42', '', '  Godkendelse af dagsorden', '', '  Sagsnr. 299835 Kulturudvalget Åbent punkt', '',
    '  Kulturudvalget, 03-04-2019, pkt. 42', '', '  Godkendt.', '', '  Fraværende: Anna Hansen (V) - Bo Jensen (V) mødte som stedfortræder.', '',
    ' • Pkt. 43 Nyt bibliotek', '', '  Plan.pdf Tegning.pdf', '', '  Pkt. 43', '', '  Nyt bibliotek', '', '  Sagsnr. 315923 Kulturudvalget Åbent punkt', '',
    '  Sagsfremstilling', '', '  Forvaltningen har lavet et forslag.', '', '  Kulturudvalget, 20-03-2019, pkt. 30:', '', '  Udsat.', '',
    '  Kulturudvalget, 03-04-2019, pkt. 43', '', '  Drøftet.', '',
  ].join('\n');
  it('reads the date with an English month, the repeated number and title as heading, the case number and the decisions', () => {
    const d = parseReferat(text);
    expect(d.header.meetingDate?.date).toEqual({ year: 2019, month: 4, day: 3 });
    expect(d.items.map((i) => [i.number, i.title, i.caseNumber?.value, i.preambleLines.map((l) => d.lines.text(l))])).toEqual([
      [42, 'Godkendelse af dagsorden', '299835', []],
      [43, 'Nyt bibliotek', '315923', ['Plan.pdf Tegning.pdf']],
    ]);
    expect(d.items[0].decisions.map((x) => [x.committee, x.text])).toEqual([['Kulturudvalget', 'Godkendt.']]);
    // An earlier meeting's decision by the same committee is history; this meeting's is the decision.
    expect(d.items[1].decisions.map((x) => x.text)).toEqual(['Drøftet.']);
    expect(d.items[1].quotedDecisions.map((q) => q.history)).toEqual([true]);
    expect(d.items[0].attendance[0].names.map((n) => [n.name, n.note])).toEqual([['Anna Hansen', 'V, stedfortræder: Bo Jensen (V)']]);
  });
  it('finds nothing wrong but the missing committee (a web page is not asked for a TOC)', () => {
    expect(codes(text)).toEqual(['missing-header-field']);
  });
});

describe('attendance told in sentences (local council web pages)', () => {
  const text = doc(
    'Referat', 'Lokaludvalget', 'Dato: 5. marts 2021', '1. Godkendelse af dagsorden', 'Beslutning', 'Dagsordenen blev godkendt.',
    'Fremmøde og inhabilitet:', 'Karen Lund havde meldt afbud, og Ole Berg deltog i stedet.', 'Jens Bo Madsen har meldt afbud.',
    'Lise Dahl udeblev uden afbud.', 'Per Friis (F) deltog ikke under punkterne 4-6.', 'Eva Holt forlod mødet kl. 19.30 under behandlingen af punkt 3.',
    'Det blev oplyst, at formanden havde meldt afbud til næste møde.',
  );
  it('reads who sent apologies, stayed away or left items, and keeps them out of the decision', () => {
    const d = parseReferat(text);
    const item = d.items[0];
    expect(item.attendance.map((a) => [a.kind, a.names.map((n) => n.name)])).toEqual([
      ['apology', ['Karen Lund']], ['apology', ['Jens Bo Madsen']], ['absent', ['Lise Dahl']], ['notParticipating', ['Per Friis']], ['notParticipating', ['Eva Holt']],
    ]);
    expect(item.sections.map((s) => s.canonical)).toEqual(['Beslutning', 'Fremmøde og inhabilitet']);
    expect(item.decisions.map((x) => x.text)).toEqual(['Dagsordenen blev godkendt.']);
  });
  it('reads a title without the empty brackets a web page leaves after it (`Godkendelse af dagsorden ( )`), and keeps brackets with something in them', () => {
    const d = parseReferat(doc('Referat', 'Lokaludvalget', 'Dato: 5. marts 2021', '1. Valg af ordstyrer ( )', 'Beslutning', 'Lars Holm blev valgt.', '2. Budget (B)', 'Beslutning', 'Godkendt.'));
    expect(d.items.map((i) => [i.title, textAt(d, i.titleRange)])).toEqual([['Valg af ordstyrer', 'Valg af ordstyrer'], ['Budget (B)', 'Budget (B)']]);
  });
  it('reads who was conflicted (`var inhabil`, `erklærede sig inhabil`, `Inhabil:`), did not take part or was away for the item', () => {
    const lines = ['Anna Holm erklærede sig inhabil og forlod mødet under behandlingen af punktet.', 'Carl Dam var inhabil.', 'Inhabil: Bo Berg',
      'Dorte Lind deltog ikke.', 'Eva Holt (V) var fraværende ved behandlingen af dette punkt.', 'Det blev oplyst, at Finn Juhl var inhabil.', 'Udvalget var inhabilt i sagen.'];
    const item = parseReferat(doc('Referat', 'Lokaludvalget', 'Dato: 5. marts 2021', '1. Budget', 'Beslutning', 'Godkendt.', ...lines)).items[0];
    expect(item.attendance.map((a) => [a.kind, a.names.map((n) => n.name)])).toEqual([
      ['notParticipating', ['Anna Holm']], ['notParticipating', ['Carl Dam']], ['notParticipating', ['Bo Berg']], ['notParticipating', ['Dorte Lind']], ['absent', ['Eva Holt']],
    ]);
    expect(item.decisions[0].text).toBe('Godkendt.\nDet blev oplyst, at Finn Juhl var inhabil.\nUdvalget var inhabilt i sagen.');
  });
  it('reads absences under `Fraværende med afbud:`, `Fraværende i mødet:` and `Fraværende uden afbud:`, a name a line, with who came instead and when', () => {
    const text = doc('Referat', 'Amager Vest Lokaludvalg', 'Mødedato: 19. november 2020', 'Deltagere: Maria Grell, Jens Askov, Karoline Bendixen, Anne Rathleff, Jens Andersen',
      '1. Godkendelse af dagsordenen', 'Fraværende med afbud:\nMaria Grell, Merete Øst indkaldt\nJens Askov', 'Fraværende i mødet:\nKaroline Bendixen til kl. 18.40 i punkt 2\nAnne Rathleff fra kl. 21.33 i punkt 12',
      'Fraværende uden afbud:\nJens Andersen', 'Beslutning', 'Dagsorden blev godkendt som udsendt.');
    const d = parseReferat(text);
    expect(d.items[0].attendance.map((a) => [a.kind, a.names.map((n) => [n.name, n.note])])).toEqual([
      ['apology', [['Maria Grell', 'stedfortræder: Merete Øst'], ['Jens Askov', undefined]]],
      ['notParticipating', [['Karoline Bendixen', 'til kl. 18.40 i punkt 2'], ['Anne Rathleff', 'fra kl. 21.33 i punkt 12']]],
      ['absent', [['Jens Andersen', undefined]]],
    ]);
    expect(d.items[0].decisions.map((x) => x.text)).toEqual(['Dagsorden blev godkendt som udsendt.']);
    expect(codes(text)).toEqual([]);
    // Every note a line of names may carry is taken off the name: `efter kl. 21.33` as `til kl. …` is.
    const later = parseReferat(doc('Referat', 'Lokaludvalget', 'Dato: 5. marts 2021', '1. Budget', 'Fraværende i mødet:\nAnne Rathleff efter kl. 21.33', 'Beslutning', 'Godkendt.'));
    expect(later.items[0].attendance.map((a) => a.names.map((n) => [n.name, n.note]))).toEqual([[['Anne Rathleff', 'efter kl. 21.33']]]);
    // A line of prose after the label is no name.
    const prose = parseReferat(doc('Referat', 'Lokaludvalget', 'Dato: 5. marts 2021', '1. Budget', 'Fraværende med afbud:\nAnna Holm\nDet blev aftalt at mødes igen.', 'Beslutning', 'Godkendt.'));
    expect(prose.items[0].attendance.map((a) => a.names.map((n) => n.name))).toEqual([['Anna Holm']]);
  });
  it('reads `Ingen`, `Intet` and `-` after a label as no one, not a person so named', () => {
    const members = ['Deltagere: Anna Holm, Bo Berg', 'Fraværende: Ingen'];
    const text = doc('Referat', 'Lokaludvalget', 'Dato: 5. marts 2021', ...members, '1. Budget', 'Beslutning', 'Godkendt.', 'Afbud: Intet', 'Inhabilitet: Ingen.', 'Fraværende: -');
    const d = parseReferat(text);
    expect(d.header.absent?.members).toEqual([]);
    expect(d.items[0].attendance.map((a) => a.names)).toEqual([[], [], []]);
    expect(codes(text)).toEqual([]);
  });
  it('leaves a sentence whose subject is no name as text', () => {
    const d = parseReferat(text);
    expect(d.items[0].attendance.some((a) => a.names.some((n) => /formand/i.test(n.name)))).toBe(false);
    const prose = parseReferat(doc('Referat', '1. Meddelelser', 'Beslutning', 'Det blev oplyst, at to medlemmer havde meldt afbud.'));
    expect(prose.items[0].attendance).toEqual([]);
    const role = parseReferat(doc('Referat', '1. Meddelelser', 'Beslutning', 'Taget til efterretning.', 'Formanden deltog ikke i sagens behandling.', 'Følgende deltog ikke i behandlingen af punktet:', 'Bo Berg'));
    expect(role.items[0].attendance.map((a) => [a.kind, a.names.map((n) => n.name)])).toEqual([['notParticipating', ['Bo Berg']]]);
    const particle = parseReferat(doc('Referat', '1. Meddelelser', 'Beslutning', 'Taget til efterretning.', 'Lars van Dijk havde meldt afbud.'));
    expect(particle.items[0].attendance.map((a) => [a.kind, a.names.map((n) => n.name)])).toEqual([['apology', ['Lars van Dijk']]]);
  });
});

describe('a case number on the line above the item (Region Midtjylland)', () => {
  const text = readFileSync(path.join(ROOT, 'fixtures', 'rules', 'empty-beslutning', 'triggers-case-above.txt'), 'utf8');
  it('gives each item the case number above it, not the item before, and reads the committee after `til` / `mødet i`', () => {
    const d = parseReferat(text);
    expect(d.header.committee?.value).toBe('Regionsudvalget for Trafik');
    expect(d.items.map((i) => [i.number, i.caseNumber?.value, textAt(d, i.caseNumber!.range), i.range.start.line, i.headingRange.start.line])).toEqual([
      [12, '1-30-72-4-24', '1-30-72-4-24', 9, 11], [13, '1-30-72-9-24', '1-30-72-9-24', 28, 30], [14, '1-15-02-1-24', '1-15-02-1-24', 39, 41],
    ]);
    expect(d.items.map((i) => i.decisions.map((x) => x.text))).toEqual([['Udvalget godkendte planen.'], [''], ['Intet.']]);
    expect(d.items[0].attendance.map((a) => [a.kind, a.names.map((n) => n.name)])).toEqual([['notParticipating', ['Karin Vester', 'Poul A. Strand']]]);
  });
  it('leaves a case reference in the text of the item before to that item', () => {
    const d = parseReferat(text.replace('Tilbage til toppen\nSagnr.: 1-30-72-9-24', 'Se også sagen.\nSagnr.: 1-30-72-9-24 og 1-30-72-8-24'));
    expect(d.items[1].caseNumber).toBeUndefined();
    expect(d.items[0].decisions[0].text).toContain('Sagnr.: 1-30-72-9-24 og');
  });
});

describe('published cases with the committee’s dated decisions (Region Hovedstaden)', () => {
  const text = doc(
    'Trafikudvalg - mødesager', 'Punkter på dagsordenen', '  1. Godkendelse af dagsorden\n  2. Nye busruter', '1. Godkendelse af dagsorden',
    'Trafikudvalgets beslutning den 8. november 2022:', 'Dagsordenen blev godkendt.', 'Anna Holm (A) og Bo Berg (V) deltog ikke i sagens behandling.',
    '2. Nye busruter', 'INDSTILLING', 'Administrationen anbefaler, at ruterne godkendes.', 'POLITISK BEHANDLING',
    'Trafikudvalgets beslutning den 8. november 2022:', 'Anbefalet.', 'BAGGRUND', 'Ruterne er lagt om efter en høring.',
  );
  it('reads the title’s committee, each decision with its date, and the upper-case headings', () => {
    const d = parseReferat(text);
    expect(d.header.committee?.value).toBe('Trafikudvalg');
    expect(d.toc!.entries.map((e) => e.items)).toEqual([[0], [1]]);
    expect(d.items.map((i) => i.decisions.map((x) => [x.committee, x.date, x.text]))).toEqual([
      [['Trafikudvalget', { day: 8, month: 11, year: 2022 }, 'Dagsordenen blev godkendt.']], [['Trafikudvalget', { day: 8, month: 11, year: 2022 }, 'Anbefalet.']],
    ]);
    expect(d.items[1].sections.map((s) => s.canonical)).toEqual(['Indstilling', 'Politisk behandling', 'Beslutning', 'Baggrund']);
    expect(codes(text)).toEqual(['missing-header-field']);
  });
});

describe('a numbered list in an item’s text, numbered from 1 again', () => {
  const head = ['Referat', 'Økonomiudvalget', 'Mødedato: 5. maj 2021'];
  const list = (a: string, b: string) => doc(...head, '1. Budget', 'Indstilling', 'Forvaltningen indstiller,', a, b, 'Beslutning', 'Godkendt.', '2. Eventuelt', 'Beslutning', 'Intet.');
  it('keeps its entries in the text, though the second carries the next item’s number', () => {
    for (const [a, b] of [['1. Planen godkendes.', '2. Udvalget sender den i høring.'], ['1. Planen godkendes', '2. Udvalget sender den i høring'], ['1. Planen godkendes,', '2. Udvalget sender den i høring og']]) {
      const d = parseReferat(list(a, b));
      expect(d.items.map((i) => [i.number, i.title]), b).toEqual([[1, 'Budget'], [2, 'Eventuelt']]);
      expect(d.items[0].sections.find((x) => x.canonical === 'Indstilling')!.bodyLines.map((l) => d.lines.text(l))).toContain(b);
    }
    expect(codes(list('1. Planen godkendes.', '2. Udvalget sender den i høring.'))).toEqual([]);
  });
  it('still reads the next item where the list has one entry, or no item repeats the number', () => {
    const one = parseReferat(doc(...head, '1. Budget', 'Indstilling', '1. Planen godkendes.', 'Beslutning', 'Godkendt.', '2. Eventuelt', 'Beslutning', 'Intet.'));
    expect(one.items.map((i) => i.title)).toEqual(['Budget', 'Eventuelt']);
    const titled = parseReferat(doc(...head, '1. Budget', 'Indstilling', '1. Planen godkendes.', 'Beslutning', 'Godkendt.', '2. Byggeri ved havnen', 'Beslutning', 'Intet.'));
    expect(titled.items.map((i) => i.title)).toEqual(['Budget', 'Byggeri ved havnen']);
  });
});

describe('closed items marked before or after the title', () => {
  const head = ['Referat', 'Økonomiudvalget', 'Mødedato: 5. maj 2021', 'Mødested: Rådhuset', 'Deltagere: Anna Holm, Bo Berg', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'];
  it('reads `Lukket sag:`, `Lukket - `, `(Lukket punkt)`, `- lukket` and `2. (Lukket)` as closing the item, and the title without them', () => {
    for (const line of ['2. Lukket sag: Salg af grund', '2. Lukket - Salg af grund', '2. Salg af grund (Lukket punkt)', '2. Salg af grund - lukket', '2. (Lukket) Salg af grund', '2. Salg af grund (lukket)']) {
      const d = parseReferat(doc(...head, line, 'Sagen blev behandlet.'));
      expect([d.items[1]?.number, d.items[1]?.closed, d.items[1]?.title], line).toEqual([2, true, 'Salg af grund']);
    }
    const marked = parseReferat(doc(...head, '2. Salg af grund (Lukket punkt)', 'Sagen blev behandlet.'));
    expect(textAt(marked, marked.items[1].closedRange!)).toBe('(Lukket punkt)');
  });
  it('keeps a title that only speaks of something closed, and reads the TOC’s mark as the item’s', () => {
    for (const line of ['2. Lukket - åben skole', '2. Lukket vej ved skolen', '2. Skolen er lukket']) {
      expect(parseReferat(doc(...head, line, 'Beslutning', 'Godkendt.')).items[1].closed, line).toBe(false);
    }
    const text = doc('REFERAT Økonomiudvalget d. 05-05-2021', 'Mødedato Onsdag d. 5. maj 2021 kl. 15:00', 'Mødested Rådhuset', 'Mødedeltagere Anna Holm, Bo Berg',
      'Indholdsfortegnelse', 'Godkendelse af dagsorden.....\t2\nSalg af grund (Lukket punkt).....\t2', 'Punkt 1: Godkendelse af dagsorden', 'Beslutning', 'Godkendt.',
      'Punkt 2: Salg af grund (Lukket punkt)', 'Intet til referat.');
    const d = parseReferat(text);
    expect(d.toc!.entries.map((e) => [e.title, e.closed])).toEqual([['Godkendelse af dagsorden', false], ['Salg af grund', true]]);
    expect(codes(text)).toEqual([]);
  });
});

describe('items marked open or closed after their number (Region Sjælland)', () => {
  const text = doc(
    'Søg', 'Referat', 'Referat - Kulturudvalget 2022-2025', '03-02-2021 16:00', 'Medlemmer af udvalget:', 'Anna Holm', 'Formand', '(A)', 'Bo Berg', '(V)',
    'JensLund-Madsen', '(F)', 'Fraværende:', 'Bo Berg', '(V)', 'Indholdsfortegnelse',
    '1 (Åben) Godkendelse af dagsorden 4', '2 (Lukket) Salg af ejendom 6',
    '1 (Åben) Godkendelse af dagsorden', 'Sagsnr.: 21-000123', 'Beslutning', 'Godkendt.', '2 (Lukket) Salg af ejendom',
  );
  it('reads the items, their TOC entries and the closed one, and leaves the mark out of the titles', () => {
    const d = parseReferat(text);
    expect(d.items.map((i) => [i.number, i.title, i.closed, i.caseNumber?.value])).toEqual([[1, 'Godkendelse af dagsorden', false, '21-000123'], [2, 'Salg af ejendom', true, undefined]]);
    expect(d.toc!.entries.map((e) => [e.number, e.title, e.pages, e.closed, e.items])).toEqual([[1, 'Godkendelse af dagsorden', [4], false, [0]], [2, 'Salg af ejendom', [6], true, [1]]]);
    expect(codes(text)).toEqual([]);
  });
  it('takes the page’s own title line under a bare `Referat`, and the members each in paragraphs of name, role and party', () => {
    const d = parseReferat(text);
    expect(d.header.committee?.value).toBe('Kulturudvalget 2022-2025');
    expect(d.header.meetingDate?.time).toBe('16:00');
    expect(d.header.participants?.members.map((m) => [m.name, m.note])).toEqual([['Anna Holm', 'formand, A'], ['Bo Berg', 'V'], ['JensLund-Madsen', 'F']]);
    expect(d.header.absent?.members.map((m) => [m.name, m.note])).toEqual([['Bo Berg', 'V']]);
  });
  it('keeps a number before a bracket that is no such mark a line of text', () => {
    const d = parseReferat(doc('Referat', '1 (Åben) Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '2 (se bilag) blev nævnt', 'Tekst.'));
    expect(d.items.map((i) => i.number)).toEqual([1]);
  });
});

describe('web pages of titled items, without numbers (Aarhus, kk.dk)', () => {
  const fixture = (rule: string, name: string) => readFileSync(path.join(ROOT, 'fixtures', 'rules', rule, name), 'utf8');
  const magistraten = fixture('missing-beslutning', 'clean-titled-items.txt');

  it('names an item by its title in messages where the text gives it no number', () => {
    const found = runRules(parseReferat(fixture('missing-beslutning', 'triggers-titled-item.txt')), DEFAULT_CONFIG).filter((f) => f.code === 'missing-beslutning');
    expect(found.map((f) => [f.message.da, f.message.en])).toEqual([[
      'Punktet »Ny legeplads i Sydhavnen« har ingen Beslutning. Et åbent punkt skal have en beslutning i referatet.',
      'The item »Ny legeplads i Sydhavnen« has no Beslutning (decision). An open item must record its decision.',
    ]]);
  });

  it('reads each title over the page’s opening section as an item, numbered by its place, and says the text gives no number', () => {
    const d = parseReferat(magistraten);
    expect(d.items.map((i) => [i.number, i.unnumbered, i.title, i.sections.map((s) => s.canonical)])).toEqual([
      [1, true, 'Dialogmøde med forsyningsselskabet', ['Beslutning', 'Sagens forløb', 'Bilag']],
      [2, true, 'Mødeplan for byrådet 2020', ['Beslutning', 'Indstilling', 'Sagens forløb', 'Bilag']],
      [3, true, 'Eventuelt', ['Beslutning']],
    ]);
    // The number's range is empty, where the title starts: nothing is there to renumber.
    const first = d.items[0];
    expect(first.numberRange).toEqual({ start: first.titleRange.start, end: first.titleRange.start });
    expect(d.webPage).toBe(true);
    expect(d.header.title?.text).toBe('Referat Magistraten 25-03-2019');
    expect(codes(magistraten)).toEqual([]);
  });

  it('reads a decision written on its heading’s line, a history heading joined to its first entry, and `var forhindret i at deltage`', () => {
    const [first, second] = parseReferat(magistraten).items;
    expect(first.decisions.map((x) => x.text)).toEqual(['Drøftet, og afdelingen sender et notat til byrådet inden sommerferien, så sagen kan tages op igen i august.']);
    expect(first.sections[1].name).toBe('Sagens forløb');
    // The role before a name is its note.
    expect(first.attendance.map((a) => [a.kind, a.names.map((n) => [n.name, n.note])])).toEqual([['notParticipating', [['Karen Holm', 'rådmand'], ['Per Lund', undefined]]]]);
    const roles = parseReferat(doc(...HEADER, 'Punkt 1: Budget', 'Beslutning', 'Godkendt.', 'Borgmester Anna Hansen og Byrådsmedlem Bo Jensen deltog ikke i sagens behandling.'));
    expect(roles.items[0].attendance[0].names.map((n) => [n.name, n.note])).toEqual([['Anna Hansen', 'borgmester'], ['Bo Jensen', 'byrådsmedlem']]);
    // A role before a lower-case word names no one: the whole entry stays the name.
    const noName = parseReferat(doc('Referat', 'Afbud: Formand for udvalget, Bo Jensen', 'Punkt 1: Budget', 'Beslutning', 'Godkendt.'));
    expect(noName.header.absent?.members.map((n) => n.name)).toEqual(['Formand for udvalget', 'Bo Jensen']);
    // The list of dates in the Indstilling is text, not items; the attachment under Bilag is no title.
    expect(second.sections.find((x) => x.canonical === 'Bilag')!.bodyLines.map((l) => parseReferat(magistraten).lines.text(l))).toEqual(['Bilag 1: Mødeplan']);
  });

  it('takes a later line in the form of a page title for an item’s title, but not the page’s own', () => {
    const d = parseReferat(doc('Referat Magistraten 23-07-2020', 'Referat fra Magistratens møde den 29. juni 2020', 'Beslutning', 'Intet.', 'Eventuelt', 'Beslutning', 'Intet.'));
    expect(d.items.map((i) => i.title)).toEqual(['Referat fra Magistratens møde den 29. juni 2020', 'Eventuelt']);
    expect(d.header.title?.text).toBe('Referat Magistraten 23-07-2020');
  });

  it('reads one item’s own page (kk.dk), past its `Se alle bilag` link', () => {
    const text = fixture('unreadable-structure', 'clean-titled-page.txt');
    const d = parseReferat(text);
    expect(d.items.map((i) => [i.number, i.title, i.decisions.map((x) => x.text)])).toEqual([[1, 'Ny legeplads i Sydhavnen', ['Indstillingen blev godkendt.']]]);
    expect(d.headingsWithoutItems).toBeUndefined();
    expect(codes(text)).toEqual([]);
  });

  it('reports sections with no title over them, and reads them once a title stands above', () => {
    const text = fixture('unreadable-structure', 'triggers-sections-without-title.txt');
    const found = runRules(parseReferat(text), DEFAULT_CONFIG);
    expect(found.map((f) => f.code)).toEqual(['unreadable-structure']);
    expect(found[0].message.da).toContain('»Indstilling« (linje 4), »Beslutning« (linje 12)');
    expect(found[0].message.da).toContain('titel på en linje for sig');
    const titled = parseReferat(text.replace('Indstilling\n', 'Ny legeplads i Sydhavnen\n\nIndstilling\n'));
    expect(titled.items.map((i) => [i.number, i.title, i.decisions.length])).toEqual([[1, 'Ny legeplads i Sydhavnen', 1]]);
  });

  it('says the line breaks were lost where items run together on one long line, and reads them once the breaks are back', () => {
    const text = fixture('unreadable-structure', 'triggers-run-together.txt');
    const found = runRules(parseReferat(text), DEFAULT_CONFIG);
    expect(found.map((f) => [f.code, f.range.start.line])).toEqual([['unreadable-structure', 4]]);
    expect(found[0].message.da).toContain('linjeskiftene er gået tabt');
    const broken = text.replace(/ (?=4[123]\. )/g, '\n\n').replace(/ (?=J\.nr\.|Åben sag)/g, '\n');
    expect(parseReferat(broken).items.map((i) => i.number)).toEqual([41, 42, 43]);
    // A long line of prose whose numbers do not follow each other is no such line: the plain message.
    const prose = `Referat\n\n${'Mødet drøftede 3. Kvartal og planen fra 17. Maj om skolerne i kommunen. '.repeat(4)}\n`;
    expect(runRules(parseReferat(prose), DEFAULT_CONFIG)[0].message.da).toContain('Der blev ledt efter punktlinjer');
  });

  it('never reads titles where any line is an item line, nor a sentence or a line inside a paragraph as a title', () => {
    const numbered = parseReferat(doc('Referat Magistraten 25-03-2019', 'Dialogmøde', 'Beslutning', 'Drøftet.', '2. Eventuelt', 'Beslutning', 'Intet.'));
    expect(numbered.items.map((i) => [i.number, i.unnumbered])).toEqual([[2, undefined]]);
    const prose = parseReferat(doc('Referat Magistraten 25-03-2019', 'Det blev drøftet.', 'Beslutning', 'Drøftet.'));
    expect(prose.items).toEqual([]);
    const paragraph = parseReferat(['Referat Magistraten 25-03-2019', '', 'Dialogmøde med selskabet', 'og andre', '', 'Beslutning', '', 'Drøftet.', ''].join('\n'));
    expect(paragraph.items).toEqual([]);
  });

  it('reads none where the text has a TOC, or where most opening sections have no title over them (item lines lost)', () => {
    const seed = readFileSync(path.join(ROOT, 'fixtures', 'seeds', '000_b33ad51a8ddd8a95.txt'), 'utf8');
    const withoutItemLines = seed.split('\n').filter((l) => !/^\s*Punkt\b/.test(l)).join('\n');
    expect(parseReferat(withoutItemLines).items).toEqual([]);
    expect(parseReferat(withoutItemLines.replace('Indholdsfortegnelse', '')).items).toEqual([]);
    // One title over four decisions: an attachment's name, not a page of titled items.
    const lost = doc('Referat Magistraten 25-03-2019', 'Beslutning', 'Godkendt.', 'Bilag', 'Plan for området', 'Beslutning', 'Godkendt.', 'Beslutning', 'Intet.', 'Beslutning', 'Intet.');
    expect(parseReferat(lost).items).toEqual([]);
    expect(parseReferat(lost.replace(/Beslutning\n\nIntet\./g, 'Eventuelt\n\nBeslutning\n\nIntet.')).items.map((i) => i.title)).toEqual(['Plan for området', 'Eventuelt', 'Eventuelt']);
  });
});

describe('`Beslutningsprotokol`, some systems’ word for the minutes', () => {
  it('is the title word as `Referat` is, alone, before a committee and after one', () => {
    const items = ['Punkt 1: Budget', 'Beslutning', 'Godkendt.'];
    expect(parseReferat(doc('BESLUTNINGSPROTOKOL Økonomiudvalget d. 11-08-2021', ...items)).header.title).toMatchObject({ committee: 'Økonomiudvalget', date: { year: 2021, month: 8, day: 11 } });
    expect(parseReferat(doc('Økonomiudvalget - Beslutningsprotokol', ...items)).header.title?.committee).toBe('Økonomiudvalget');
    expect(parseReferat(doc('Beslutningsprotokol', 'Udvalg: Økonomiudvalget', ...items)).header.title?.text).toBe('Beslutningsprotokol');
    // An item's words are no title.
    expect(parseReferat(doc('Godkendelse af Beslutningsprotokol', ...items)).header.title).toBeUndefined();
  });
  it('is `Beslutningsreferat`, `Mødereferat` and `Protokol` too, with the committee on the line below and labels written `Sted :` and `Start kl. :`', () => {
    const items = ['1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '2. Orientering', 'Beslutning', 'Taget til efterretning.'];
    const d = parseReferat(['BESLUTNINGSREFERAT', 'Hovedudvalget', 'Sted : Rådsalen', 'Dato : 12. januar 2016', 'Start kl. : 13:00', 'Slut kl. : 16:00',
      'Til stede : Anna Holm, Bent Krog', 'Afbud : Dorte Lind', '', ...items].join('\n'));
    expect([d.header.title?.text, d.header.committee?.value, d.header.place?.value, d.header.meetingDate?.time]).toEqual(['BESLUTNINGSREFERAT', 'Hovedudvalget', 'Rådsalen', '13:00']);
    expect(runRules(d, DEFAULT_CONFIG)).toEqual([]);
    expect(parseReferat(doc('Hovedudvalget - Beslutningsreferat', ...items)).header.title?.committee).toBe('Hovedudvalget');
    // `Mødereferat` and `Protokol` are the same document's word in other systems; `Protokollat` (a member's note) is not.
    expect(parseReferat(['Mødereferat', 'Økonomiudvalget', 'Mødedato: 5. maj 2021', '', ...items].join('\n')).header.committee?.value).toBe('Økonomiudvalget');
    expect(parseReferat(doc('Økonomiudvalget - Protokol', ...items)).header.title?.committee).toBe('Økonomiudvalget');
    expect(parseReferat(doc('Protokollat fra Anna Holm', ...items)).header.title).toBeUndefined();
    // `Slut kl.` is when the meeting ended, not when it began.
    expect(parseReferat(['Referat', 'Hovedudvalget', 'Dato: 12. januar 2016', 'Slut kl.: 16:00', '', ...items].join('\n')).header.meetingDate?.time).toBeUndefined();
  });
});

describe('SBSYS pages with the file code over the item line, and numbers glued to titles', () => {
  it('reads the code over `131. …` as that item’s case (not the item before’s text), and the committee after `Referat til mødet i`', () => {
    const d = parseReferat(doc('Referat til mødet i Udvalget for Teknik og Miljø den 22. juni 2020 kl. 17:30', 'Åbne dagsordenspunkter',
      '85.02.02-G01-5-17', '131. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '02.34.02-P19-12-20', '132. Byggesag', 'Beslutning', 'Udsat.'));
    expect(d.header.title?.committee).toBe('Udvalget for Teknik og Miljø');
    expect([d.header.title?.time, d.header.title?.place]).toEqual(['17:30', undefined]);
    const placed = parseReferat(doc('Referat til mødet i Byrådet den 22. juni 2020 kl. 17.30 i Rådhuset, Mødelokale 2', '131. Budget', 'Beslutning', 'Godkendt.'));
    expect([placed.header.title?.time, placed.header.title?.place]).toEqual(['17:30', 'Rådhuset, Mødelokale 2']);
    expect(exportDocument('x.txt', placed, [], 'da').meeting).toMatchObject({ time: '17:30', place: 'Rådhuset, Mødelokale 2' });
    expect(d.items.map((i) => [i.number, i.caseNumber?.value, textAt(d, i.caseNumber!.range), i.range.start.line, i.decisions.map((x) => x.text)])).toEqual([
      [131, '85.02.02-G01-5-17', '85.02.02-G01-5-17', 4, ['Godkendt.']],
      [132, '02.34.02-P19-12-20', '02.34.02-P19-12-20', 12, ['Udsat.']],
    ]);
    // A date alone over an item line is no file code.
    expect(parseReferat(doc(...HEADER, '22.06.20', 'Punkt 1: Budget', 'Beslutning', 'Godkendt.')).items[0].caseNumber).toBeUndefined();
  });
  it('reads `1.Temamøde - Diger (B)` as item 1, its title without the number', () => {
    const d = parseReferat(doc('Udvalg: Teknik', 'Mødedato: 18-02-2019', '1.Temamøde - Diger (B)', 'Beslutning', 'Drøftet.', '2.Madaffald (B)', 'Beslutning', 'Godkendt.'));
    expect(d.items.map((i) => [i.number, i.title, i.unnumbered ?? false])).toEqual([[1, 'Temamøde - Diger (B)', false], [2, 'Madaffald (B)', false]]);
    // A lower-case word after the number is a date or a sentence: `22.januar`.
    expect(parseReferat(doc('Udvalg: Teknik', '1.Temamøde', 'Beslutning', 'Drøftet.', '2.behandling af sagen', 'Beslutning', 'Godkendt.')).items.map((i) => i.number)).toEqual([1]);
  });
});

describe('SBSYS web pages: status and file codes under the title, items in lettered groups', () => {
  const text = [
    'Referat', 'til', 'mødet i Byrådet', 'den 6. april 2016 kl. 17:00', 'i Byrådssalen', '', '',
    'A. Sager til afgørelse i byrådet', '',
    '1. Orientering om en ændring i udvalgenes sammensætning efter aftale i valggruppen',
    'A. Sager til afgørelse i byrådet', 'Åbent - 00.22.00-G01-1-16', 'RESUMÉ', '', 'To medlemmer bytter plads.', '', 'BESLUTNING', '', 'Orientering givet.', '', '',
    '2. Salg af en grund', 'B. Sager til afgørelse i byrådet - lukkede', 'Lukket - 00.01.00A04 - 2016/34364', '', 'BESLUTNING', '', 'Godkendt.', '',
  ].join('\n');
  it('reads the last file code as the case number, `Lukket - …` as a closed item, and the group lines as no part of a title', () => {
    const d = parseReferat(text);
    expect(d.items.map((i) => [i.number, i.title, i.caseNumber?.value, i.closed])).toEqual([
      [1, 'Orientering om en ændring i udvalgenes sammensætning efter aftale i valggruppen', '00.22.00-G01-1-16', false],
      [2, 'Salg af en grund', '2016/34364', true],
    ]);
    expect(textAt(d, d.items[1].closedRange!)).toBe('Lukket');
    expect(d.header.committee?.value).toBe('Byrådet');
  });
  it('takes the committee above a part mark over `Referat`, and `Afbud fra:` as the absent’s label', () => {
    const d = parseReferat(doc('Byrådet', 'Åben', 'Referat', 'Onsdag den 26-03-2008 kl. 17:00', 'Rådhuset', 'Afbud fra:\nVivi Kier', '1. Budget', 'BESLUTNING', 'Godkendt.'));
    expect(d.header.committee?.value).toBe('Byrådet');
    expect(d.header.absent?.members.map((m) => m.name)).toEqual(['Vivi Kier']);
  });
  it('reads `… forlod mødet …` and `… ankom …` among the members as when a member left or came, not as names', () => {
    const text = doc('REFERAT Byrådet d. 01-02-2024', 'Mødedato: 1. februar 2024', 'Mødested: Rådhuset',
      'Mødedeltagere:\nAnna Hansen (A)\nBo Jensen (V)\nBo Jensen forlod mødet kl. 18.00 efter punkt 2.\nCarl Holm ankom kl. 17.15 under punkt 1.',
      'Punkt 1: Budget', 'Beslutning', 'Godkendt.', 'Carl Holm deltog ikke i sagens behandling.');
    const d = parseReferat(text);
    expect(d.header.participants?.members.map((m) => [m.name, m.note, textAt(d, m.range)])).toEqual([
      ['Anna Hansen', 'A', 'Anna Hansen'], ['Bo Jensen', 'V, forlod mødet kl. 18.00 efter punkt 2', 'Bo Jensen'], ['Carl Holm', 'ankom kl. 17.15 under punkt 1', 'Carl Holm'],
    ]);
    expect(codes(text)).not.toContain('unknown-attendee');
    // In a list with commas too; a name is never cut at a lower-case word that is no movement.
    const commas = parseReferat(doc('Referat', 'Udvalg: Byrådet', 'Mødedeltagere: Anna Hansen, Bo Jensen forlod mødet kl. 18, Eva ankomst Berg', 'Punkt 1: Budget', 'Beslutning', 'Godkendt.'));
    // Another system's label under a bare title is no committee.
    expect(parseReferat(doc('Referat', 'Deltagere: Anna Hansen', 'Punkt 1: Budget', 'Beslutning', 'Godkendt.')).header.committee).toBeUndefined();
    expect(commas.header.participants?.members.map((m) => [m.name, m.note])).toEqual([['Anna Hansen', undefined], ['Bo Jensen', 'forlod mødet kl. 18'], ['Eva ankomst Berg', undefined]]);
  });
  it('reads absences under two labels as one list, each later name noted with its own label', () => {
    const d = parseReferat(doc('Referat', 'Fraværende med afbud:\nLise Dahl, Ole Berg', 'Fraværende uden afbud:\nPer Lund', 'Afbud:\nEva Holm (V)', '1. Budget', 'Beslutning', 'Godkendt.'));
    expect(d.header.absent?.label).toBe('Fraværende med afbud');
    expect(d.header.absent?.members.map((m) => [m.name, m.note])).toEqual([
      ['Lise Dahl', undefined], ['Ole Berg', undefined], ['Per Lund', 'Fraværende uden afbud'], ['Eva Holm', 'V'],
    ]);
    expect(textAt(d, d.header.absent!.range)).toMatch(/^Fraværende med afbud:[\s\S]*Eva Holm \(V\)$/);
    // A label met again after other text is not the same list.
    expect(parseReferat(doc('Referat', 'Afbud: Lise Dahl', 'Udvalg: Byrådet', 'Afbud: Per Lund')).header.absent?.members.map((m) => m.name)).toEqual(['Lise Dahl']);
    expect(codes(doc('Referat', 'Mødedato: 3. maj 2024', 'Udvalg: Byrådet', 'Fraværende med afbud: Lise Dahl', 'Fraværende uden afbud: Per Lund', '1. Budget', 'Beslutning', 'Godkendt.', 'Afbud: Per Lund'))).not.toContain('unknown-attendee');
  });
  it('reads the lines under a bare label each as its own list where each holds whole names, else as one list wrapped', () => {
    const d = parseReferat(doc('Referat', 'Fraværende med afbud:\nMaria Grell, Merete Øst indkaldt\nJens Askov', '1. Budget', 'Beslutning', 'Godkendt.'));
    expect(d.header.absent?.members.map((m) => [m.name, m.note])).toEqual([['Maria Grell', 'stedfortræder: Merete Øst'], ['Jens Askov', undefined]]);
    // `Anna Hansen, Bo` / `Jensen`: a list wrapped inside a name.
    const wrapped = parseReferat(doc('Referat', 'Mødedeltagere:\nAnna Hansen, Bo\nJensen, Carl Dam', '1. Budget', 'Beslutning', 'Godkendt.'));
    expect(wrapped.header.participants?.members.map((m) => m.name)).toEqual(['Anna Hansen', 'Bo Jensen', 'Carl Dam']);
  });
  it('keeps `Åbent - …` without a file code, and prose after `Lukket`, no case number', () => {
    const d = parseReferat(doc(...HEADER, 'Punkt 1: Budget', 'Åbent - se bilag', 'Beslutning', 'Godkendt.', 'Punkt 2: Plan', 'Lukket - sagen er udsat', 'Beslutning', 'Udsat.'));
    expect(d.items.map((i) => [i.caseNumber, i.closed])).toEqual([[undefined, false], [undefined, false]]);
  });
});

describe('an eDoc page of one numbered item (Region Nordjylland)', () => {
  const text = doc(
    'Tilbage til oversigt', 'Regionsrådet\n23-08-2021 13:00', 'Udskriv', '1. Meddelelse fra formanden', 'Referat',
    'Følgende blev nævnt på mødet:', '1. Afbud. Der var afbud fra Lise Dahl og Ole Berg.', '2. Formandsbeslutning. Formanden orienterede om en beslutning, hun havde truffet.',
  );
  it('reads `Referat` over the text as the decision, the page’s links as furniture, and the numbered sentences as text', () => {
    const d = parseReferat(text);
    expect(d.header.committee?.value).toBe('Regionsrådet');
    expect(d.header.place).toBeUndefined();
    expect(d.webPage).toBe(true);
    expect(d.items.map((i) => [i.number, i.title, i.decisions.length])).toEqual([[1, 'Meddelelse fra formanden', 1]]);
    expect(d.items[0].decisions[0].text).toContain('2. Formandsbeslutning.');
    expect(codes(text)).toEqual([]);
  });
  it('keeps `Referat` in a list of attachments an attachment, and a short numbered title an item', () => {
    const attachments = parseReferat(doc('Referat', '1. Meddelelser', 'Bilag', 'Referat', 'Beslutning', 'Taget til efterretning.'));
    expect(attachments.items[0].decisions.map((x) => x.text)).toEqual(['Taget til efterretning.']);
    const short = parseReferat(doc('Referat', '1. Meddelelser', 'Beslutning', 'Godkendt.', '2. Status. Budget.', 'Beslutning', 'Godkendt.'));
    expect(short.items.map((i) => i.number)).toEqual([1, 2]);
  });
});

describe('a municipal web page with bulleted participants and its own headings (Thisted)', () => {
  const text = doc(
    'Kommunalbestyrelsen', '30. aug 2022', 'Deltagere:', ' • Anna Holm (D)\n • Bo Berg (A)', '136. Godkendelse af dagsorden', 'Udskriv', 'Sagstema', 'Godkendelse af dagsorden.',
    'Retsgrundlag', 'Forretningsordenen § 5', 'Høring og sagsgang', 'Kommunalbestyrelsen den 30. august 2022', 'Indstilling', 'Til godkendelse.', 'Beslutning', 'Godkendt.', 'Til toppen',
  );
  it('reads the names without their bullets, and each heading as a section', () => {
    const d = parseReferat(text);
    expect(d.header.participants?.members.map((m) => [m.name, m.note])).toEqual([['Anna Holm', 'D'], ['Bo Berg', 'A']]);
    expect(d.items[0].sections.map((s) => s.canonical)).toEqual(['Sagstema', 'Retsgrundlag', 'Høring og sagsgang', 'Indstilling', 'Beslutning']);
    expect(codes(text)).toEqual([]);
  });
});

describe('a web page that prints each item line twice (the heading, then the printed item)', () => {
  const text = [
    'Kulturudvalget – Referat – 3. februar 2021', '', '1. Godkendelse af dagsorden (B)', '', '1.     Godkendelse af dagsorden (B)', '',
    'Sagsnr.: 330-2021-1234                 Dok.nr.: 330-2021-500301                                          Åbent',
    'Kompetence: Kulturudvalget', 'Beslutningstema', 'Godkendelse af dagsorden.', 'Beslutning i Kulturudvalget den 3. februar 2021:', 'Godkendt.',
  ].join('\n');
  it('reads the repeated line as the heading, the case number from a long line of fields, and `Beslutningstema`', () => {
    const d = parseReferat(text);
    expect(d.items.map((i) => [i.number, i.title, i.caseNumber?.value, i.preambleLines.length])).toEqual([[1, 'Godkendelse af dagsorden (B)', '330-2021-1234', 1]]);
    expect(d.items[0].sections.map((s) => s.canonical)).toEqual(['Beslutningstema', 'Beslutning']);
  });
});

describe('web pages that number items `Nr.60 - …`', () => {
  const head = ['Økonomiudvalget - Referat', 'Mødedato: 23. marts 2015', 'Mødested: Byrådssalen'];
  it('reads each `Nr.N - Title` as an item, with its running number', () => {
    const d = parseReferat(doc(...head, 'Nr.60 - Godkendelse af dagsordenen', 'Beslutning i Økonomiudvalget den 23-03-2015', 'Godkendt.',
      'Nr. 61 - Budgetopfølgning', 'Indstilling', 'Direktionen indstiller, at opfølgningen tages til efterretning.', 'Beslutning i Økonomiudvalget den 23-03-2015', 'Taget til efterretning.',
      'NR. 62: Salg af grund', 'Beslutning i Økonomiudvalget den 23-03-2015', 'Godkendt.'));
    expect(d.items.map((i) => [i.number, i.title, textAt(d, i.numberRange), i.decisions.map((x) => x.text)])).toEqual([
      [60, 'Godkendelse af dagsordenen', '60', ['Godkendt.']], [61, 'Budgetopfølgning', '61', ['Taget til efterretning.']], [62, 'Salg af grund', '62', ['Godkendt.']],
    ]);
    expect(codes(doc(...head, 'Nr.60 - Godkendelse af dagsordenen', 'Beslutning i Økonomiudvalget den 23-03-2015', 'Godkendt.', 'Nr.61 - Budget', 'Beslutning i Økonomiudvalget den 23-03-2015', 'Godkendt.'))).toEqual([]);
  });
  it('takes no `Nr. 5` in a sentence or a list for an item', () => {
    const d = parseReferat(doc(...head, 'Nr.60 - Lokalplaner', 'Sagsfremstilling', 'Nr. 5 af de vedtagne planer er ændret.\nNr. 12 Kommuneplantillæg er i høring.', 'Beslutning i Økonomiudvalget den 23-03-2015', 'Godkendt.'));
    expect(d.items.map((i) => i.number)).toEqual([60]);
  });
});

describe('a decision heading that says again the item, and whose decision it is (`Dagsordenspunkt 1: …`)', () => {
  const head = ['Økonomiudvalget', 'Referat', 'Mødedato: 31. marts 2020', 'Mødested: Rådhuset'];
  const item = (n: number, title: string, date: string, text: string) =>
    [`${n}. ${title}`, 'Sagsfremstilling', 'Sagen er beskrevet.', 'Beslutning', `Dagsordenspunkt ${n}: ${title}`, `Økonomiudvalgets beslutning i mødet den ${date}`, text].join('\n\n');
  it('reads the two lines under `Beslutning` as its heading: committee and date, not the decision’s text', () => {
    const d = parseReferat(doc(...head, item(1, 'Godkendelse af dagsorden', '31. marts 2020', 'Dagsordenen blev godkendt.'), item(2, 'Budget', '31. marts 2020', 'Anbefalet.')));
    expect(d.items.map((i) => i.decisions.map((x) => [x.committee, x.date, x.text]))).toEqual([
      [['Økonomiudvalget', { year: 2020, month: 3, day: 31 }, 'Dagsordenen blev godkendt.']], [['Økonomiudvalget', { year: 2020, month: 3, day: 31 }, 'Anbefalet.']],
    ]);
    expect(textAt(d, d.items[0].decisions[0].dateRange!)).toBe('31. marts 2020');
    expect(codes(doc(...head, item(1, 'Godkendelse af dagsorden', '31. marts 2020', 'Dagsordenen blev godkendt.')))).toEqual([]);
  });
  it('still finds a decision with nothing after its heading lines, and keeps another day in them this decision’s', () => {
    expect(codes(doc(...head, item(1, 'Budget', '31. marts 2020', '')))).toEqual(['empty-beslutning']);
    // Right under the bare heading, a date of another day is a slip in this decision's heading, not an earlier meeting's decision.
    const d = parseReferat(doc(...head, item(1, 'Budget', '30. marts 2020', 'Anbefalet.')));
    expect(d.items[0].decisions.map((x) => [x.date, x.text])).toEqual([[{ year: 2020, month: 3, day: 30 }, 'Anbefalet.']]);
    expect(d.items[0].quotedDecisions).toEqual([]);
    // … and the day is reported, with the meeting's day as the fix.
    expect(codes(doc(...head, item(1, 'Budget', '30. marts 2020', 'Anbefalet.')))).toEqual(['date-mismatch']);
  });
  it('keeps a decision whose text only resembles such lines', () => {
    // Another item's number, or the title alone, is the decision's text.
    const d = parseReferat(doc(...head, '1. Budget', 'Beslutning', 'Dagsordenspunkt 2: Anlæg blev behandlet først.', '2. Eventuelt', 'Beslutning', 'Eventuelt'));
    expect(d.items.map((i) => i.decisions[0].text)).toEqual(['Dagsordenspunkt 2: Anlæg blev behandlet først.', 'Eventuelt']);
  });
});

describe('a header without the committee that every decision names', () => {
  const items = (a: string, b: string) => ['Pkt. 42 Budget', `${a}, 03-04-2019, pkt. 42`, 'Godkendt.', 'Pkt. 43 Klubhus', `${b}, 03-04-2019, pkt. 43`, 'Godkendt.'];
  it('names it in the message and offers to write it in, at the top where there is no title line', () => {
    const text = doc('Dato: 3. april 2019', 'Sted: Mødelokale 2A', ...items('Kultur- og Idrætsudvalget', 'Kultur- og Idrætsudvalget'));
    const found = runRules(parseReferat(text), DEFAULT_CONFIG).filter((f) => f.code === 'missing-header-field');
    expect(found.map((f) => f.message.da)).toEqual(['Referatet mangler »Udvalg«; beslutningerne nævner Kultur- og Idrætsudvalget.']);
    const edit = found[0].fixes![0].edits[0];
    expect([edit.range.start, edit.newText, found[0].fixes![0].safe]).toEqual([{ line: 0, character: 0 }, 'Udvalg: Kultur- og Idrætsudvalget\n', false]);
    expect(parseReferat(edit.newText + text).header.committee?.value).toBe('Kultur- og Idrætsudvalget');
  });
  it('says only that it is missing where the decisions name different committees', () => {
    const found = runRules(parseReferat(doc('Dato: 3. april 2019', 'Sted: Mødelokale 2A', ...items('Kulturudvalget', 'Teknisk Udvalg'))), DEFAULT_CONFIG).filter((f) => f.code === 'missing-header-field');
    expect(found.map((f) => [f.message.da, f.fixes])).toEqual([['Referatet mangler »Udvalg«.', undefined]]);
  });
});

describe('a case’s path through other committees (`Udvalg, 10. september 2019, pkt. 65:` over the council’s decision)', () => {
  const head = ['Referat', 'Kommunalbestyrelsen', 'Mødedato: 24. september 2019', 'Mødested: Rådhuset'];
  const path = ['Indstilling', 'Forvaltningen indstiller, at planen vedtages.', 'Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:', 'Anbefales.',
    'Økonomiudvalget, 18. september 2019, pkt. 153:', 'Indstilles godkendt.'];
  it('reads the earlier meetings’ decisions as history, and the council’s own as the decision', () => {
    const d = parseReferat(doc(...head, '130. Lokalplan 145', ...path, 'Beslutning', 'Godkendt.', '131. Eventuelt', 'Beslutning', 'Intet.'));
    expect(d.items[0].decisions.map((x) => x.text)).toEqual(['Godkendt.']);
    expect(d.items[0].quotedDecisions.map((q) => [q.committee, q.date?.day, q.history])).toEqual([['Teknik- og Miljøudvalget', 10, true], ['Økonomiudvalget', 18, true]]);
    expect(codes(doc(...head, '130. Lokalplan 145', ...path, 'Beslutning', 'Godkendt.', '131. Eventuelt', 'Beslutning', 'Intet.'))).toEqual([]);
  });
  it('misses the council’s decision where only the path is there, and keeps the meeting’s own day’s form its decision', () => {
    expect(codes(doc(...head, '130. Lokalplan 145', ...path, '131. Eventuelt', 'Beslutning', 'Intet.'))).toEqual(['missing-beslutning']);
    const own = parseReferat(doc(...head, '130. Lokalplan 145', 'Kommunalbestyrelsen, 24. september 2019, pkt. 130:', 'Godkendt.'));
    expect(own.items[0].decisions.map((x) => [x.committee, x.text])).toEqual([['Kommunalbestyrelsen', 'Godkendt.']]);
  });
  it('shows a decision given point by point (`Ad 1` over its answer) with its first answer', () => {
    const text = doc(...head, '130. Lokalplan 145', 'Beslutning', 'Ad 1\nGodkendt.\nAd 2\nUdsat.');
    expect(outlineText('x', parseReferat(text), 'da')).toContain('Beslutning: Ad 1 Godkendt.');
  });
});
