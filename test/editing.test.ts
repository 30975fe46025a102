// Completion, navigation, hover, rename, code lens and commands, through the
// language service on the seeds and inline documents.
import { describe, expect, it } from 'vitest';
import { ReferatService } from '../server/src/service';
import { notCancelled } from '../server/src/features/cancellation';
import { applyEdits } from '../server/src/rules/apply';
import { parseReferat } from '../server/src/parse/parser';
import { runRules } from '../server/src/rules/index';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import { seedText } from './helpers';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './helpers';

const service = new ReferatService('da');
let version = 0;
const source = (text: string) => ({ uri: `file:///test/${++version}.referat`, version: 1, getText: () => text });
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l === needle || l.startsWith(needle));
const labels = (text: string, line: number, character: number, snippets = false) => service.completions(source(text), { line, character }, snippets, notCancelled).map((c) => c.label);

describe('completion', () => {
  const s000 = seedText('000');
  it('offers the headings an item lacks, in the document’s order, at the start of a line', () => {
    // Punkt 5 (000) has Resume, Sagsfremstilling, Indstilling, Beslutning: missing ones come in Lemvig's order.
    const at = lineOf(s000, 'Samarbejdet skal tage udgangspunkt') + 1;
    const got = labels(s000, at, 0);
    expect(got.slice(0, 5)).toEqual(['Sagen afgøres endelig af', 'Lovgrundlag', 'Vision, politikker og strategier', 'Økonomi', 'Andre konsekvenser']);
    expect(got).not.toContain('Sagsfremstilling');
    expect(got).not.toContain('Beslutning');
  });
  it('offers Beslutning in the form this document uses', () => {
    const s001 = seedText('001') + '\n\n';
    const at = lineOf(s001, 'Udvalget godkender beslutningsprotokollen');
    expect(labels(s001, at + 2, 0)).toContain('Beslutning Udvalget for arbejdsmarked og integration den 21-05-2024');
    const doc = 'Punkt 1: A\n\nIndstilling\n\nTekst.\n\n';
    expect(labels(doc, 6, 0)).toContain('Beslutning');
  });
  it('offers the next Punkt after the last item', () => {
    const lines = s000.split('\n');
    const got = service.completions(source(s000), { line: lines.length - 1, character: 0 }, true, notCancelled);
    expect(got[0].label).toBe('Punkt 12: ');
    expect(got[0].textEdit).toMatchObject({ newText: 'Punkt 12: ${1}' });
    expect(labels(s000, lineOf(s000, 'Dialogmødet tog udgangspunkt'), 0)).not.toContain('Punkt 12: ');
  });
  it('offers this document’s decision phrases first inside a Beslutning', () => {
    const at = lineOf(s000, 'Drøftet.');
    const got = labels(s000, at, 0);
    expect(got.slice(0, 5)).toEqual(['Drøftet.', 'Godkendes.', 'Taget til efterretning.', 'Til efterretning.', 'Godkendt.']);
    expect(got).toContain('Indstillingen tiltrådt.');
  });
  it('offers members after Fraværende and Afbud:, those not yet named in the item first', () => {
    const doc = seedText('000').replace('Fraværende Tina Boel van Ingen\n\nPunkt 2', 'Fraværende \n\nPunkt 2');
    const at = lineOf(doc, 'Fraværende ');
    const got = labels(doc, at, 'Fraværende '.length);
    // Tina Mortensen is named in Punkt 1 (deltog ikke), so she comes last.
    expect(got).toEqual(['Jens Lønberg Pedersen', 'Søren Videbæk Jensen', 'Tina Boel van Ingen', 'Albert Vinther Krogh', 'Tina Mortensen']);
    const s002 = seedText('002');
    const afbud = lineOf(s002, 'Afbud: Claus');
    const items = service.completions(source(s002), { line: afbud, character: 'Afbud: Cl'.length }, false, notCancelled);
    expect(items.find((c) => c.label === 'Claus Jørgensen')!.textEdit).toMatchObject({ range: { start: { character: 7 }, end: { character: 9 } } });
  });
  it('offers `… deltog ikke i sagens behandling.` lines at the start of a line', () => {
    expect(labels(s000, lineOf(s000, 'Drøftet.'), 0)).toContain('Jens Lønberg Pedersen deltog ikke i sagens behandling.');
  });
  it('offers a TOC entry for every item that has none', () => {
    const doc = seedText('000').replace('Meddelelser.....\t16\n', '');
    expect(labels(doc, lineOf(doc, 'Underskriftsside.....'), 0)).toEqual(['Meddelelser.....']);
  });
  it('offers the missing header labels, and Mødedato with the date from the title', () => {
    const doc = seedText('000').replace('Mødedato Tirsdag d. 25. juni 2024 kl. 15:00\n', '').replace('Mødested Udvalgsværelse 2, Lemvig Rådhus\n', '\n');
    const got = service.completions(source(doc), { line: 4, character: 0 }, true, notCancelled);
    expect(got.map((c) => c.label)).toEqual(['Mødedato Tirsdag d. 25. juni 2024 kl.', 'Mødested']);
    expect(got[0].textEdit).toMatchObject({ newText: 'Mødedato Tirsdag d. 25. juni 2024 kl. ${1:15:00}' });
    const empty = seedText('002').replace('Mødedato Onsdag d. 08. maj 2024 kl. 16:30', 'Mødedato ');
    expect(labels(empty, 4, 'Mødedato '.length)).toEqual(['Onsdag d. 8. maj 2024 kl.']);
  });
});

describe('navigation', () => {
  it('goes from a TOC entry to its item, and from the fused line to either item by its page', () => {
    const s001 = seedText('001');
    const d = service.definition(source(s001), { line: 12, character: 3 });
    expect(d.map((l) => l.range.start.line)).toEqual([21]);
    const fused = s001.split('\n')[13];
    expect(service.definition(source(s001), { line: 13, character: fused.indexOf('\t5') + 1 })[0].range.start.line).toBe(99);
    expect(service.definition(source(s001), { line: 13, character: fused.length - 1 })[0].range.start.line).toBe(206);
  });
  it('goes from `punkt 4` in the text to item 4, but not from a quoted decision or another meeting', () => {
    const doc = seedText('004') + '\nSe også punkt 4 og sag nr. 2.\n';
    const last = doc.split('\n').length - 2;
    expect(service.definition(source(doc), { line: last, character: 9 })[0].range.start.line).toBe(168);
    expect(service.definition(source(doc), { line: last, character: 24 })[0].range.start.line).toBe(41);
    // `… den 13. januar 2025, punkt 11:` names another committee's item 11.
    const quoted = doc.split('\n').findIndex((l) => l.startsWith('Beslutning fra'));
    expect(service.definition(source(doc), { line: quoted, character: doc.split('\n')[quoted].indexOf('punkt 11') + 2 })).toEqual([]);
    const s000 = seedText('000');
    const other = s000.split('\n').findIndex((l) => l.includes('den 6. marts 2024 punkt 4'));
    expect(service.definition(source(s000), { line: other, character: s000.split('\n')[other].indexOf('punkt 4') + 1 })).toEqual([]);
  });
  it('finds an item’s references: heading, TOC entry and mentions', () => {
    const doc = seedText('004') + '\nSe også punkt 4.\n';
    const refs = service.findReferences(source(doc), { line: 168, character: 12 }, true);
    expect(refs.map((r) => r.range.start.line)).toEqual([168, 16, doc.split('\n').length - 2]);
    expect(service.findReferences(source(doc), { line: 168, character: 12 }, false)).toHaveLength(2);
    const hl = service.highlights(source(doc), { line: 16, character: 2 });
    expect(hl.map((h) => [h.range.start.line, h.kind])).toEqual([[168, 3], [16, 2], [doc.split('\n').length - 2, 2]]);
  });
  it('finds every occurrence of a member’s name', () => {
    const s000 = seedText('000');
    const refs = service.findReferences(source(s000), { line: 59, character: 3 }, true);
    // Mødedeltagere, the ten `… deltog ikke` lines (closed Punkt 3 has none) and one mention in free text.
    expect(refs.map((r) => r.range.start.line)[0]).toBe(9);
    expect(refs.length).toBe(1 + 10 + 1);
    const tina = service.findReferences(source(s000), { line: 9, character: 1 }, true);
    // The name split over lines 9–10 counts as two ranges.
    expect(tina.slice(0, 2).map((r) => r.range.start.line)).toEqual([8, 9]);
  });
});

describe('hover', () => {
  it('shows an item’s case number, sections and decision on its TOC entry', () => {
    const h = service.hover(source(seedText('001')), { line: 12, character: 2 })!;
    const value = (h.contents as { value: string }).value;
    expect(value).toContain('**Punkt 1: Temadrøftelse');
    expect(value).toContain('Sag: `24/6823`');
    expect(value).toContain('Administrativ indstilling · Beslutning · Sagsfremstilling');
    expect(value).toContain('Temadrøftelsen gennemførtes');
  });
  it('shows where a member was absent', () => {
    const h = service.hover(source(seedText('000')), { line: 9, character: 1 })!;
    expect((h.contents as { value: string }).value).toMatch(/\*\*Tina Boel van Ingen\*\*[\s\S]*Fraværende: punkt 1 \(fraværende\), punkt 2 \(fraværende\), punkt 3/);
    const nobody = service.hover(source(seedText('000')), { line: 8, character: 16 })!;
    expect((nobody.contents as { value: string }).value).toContain('Ikke meldt fraværende');
  });
});

describe('rename a member', () => {
  it('renames every occurrence, joining a name split across the wrapped Mødedeltagere line', () => {
    const s000 = seedText('000');
    const prepared = service.prepareRename(source(s000), { line: 61, character: 14 })!;
    expect(prepared.placeholder).toBe('Tina Boel van Ingen');
    const edits = service.rename(source(s000), { line: 61, character: 14 }, 'Tina Boel Hansen')!;
    const after = applyEdits(s000, edits);
    expect(after).not.toContain('van Ingen');
    expect(after.split('\n')[8]).toBe('Mødedeltagere Jens Lønberg Pedersen, Søren Videbæk Jensen, Tina Boel Hansen, Albert Vinther Krogh, Tina Mortensen');
    expect(after.match(/Fraværende Tina Boel Hansen/g)).toHaveLength(11);
    // The document still parses to the same members and checks clean.
    const doc = parseReferat(after);
    expect(doc.header.participants!.members.map((m) => m.name)).toContain('Tina Boel Hansen');
    expect(runRules(doc, DEFAULT_CONFIG)).toEqual([]);
  });
  it('renames nothing but members', () => {
    expect(service.prepareRename(source(seedText('000')), { line: 25, character: 12 })).toBeNull();
  });
});

describe('code lens', () => {
  it('shows the decision in short or that it is missing on each Punkt line', () => {
    const lenses = service.codeLenses(source(seedText('001')), notCancelled).map((l) => [l.range.start.line, l.command!.title]);
    expect(lenses[0]).toEqual([21, 'Beslutning: Temadrøftelsen gennemførtes.']);
    expect(lenses[7]).toEqual([446, 'lukket punkt']);
    expect(lenses[8]).toEqual([450, 'ingen beslutning (undtaget)']);
    const doc = readFileSync(path.join(ROOT, 'fixtures', 'rules', 'missing-beslutning', 'triggers.txt'), 'utf8');
    expect(service.codeLenses(source(doc), notCancelled)[1].command!.title).toBe('mangler beslutning');
  });
});

describe('commands', () => {
  it('Opdater indholdsfortegnelse rebuilds the TOC from the items', () => {
    const doc = seedText('001');
    const after = applyEdits(doc, service.updateTocEdits(source(doc)));
    expect(runRules(parseReferat(after), DEFAULT_CONFIG)).toEqual([]);
    expect(after.split('\n').slice(12, 21)).toHaveLength(9);
    const noToc = readFileSync(path.join(ROOT, 'fixtures', 'rules', 'missing-toc', 'triggers.txt'), 'utf8');
    expect(parseReferat(applyEdits(noToc, service.updateTocEdits(source(noToc)))).toc!.entries).toHaveLength(4);
  });
  it('Nummerér punkter renumbers the items', () => {
    const doc = readFileSync(path.join(ROOT, 'fixtures', 'rules', 'punkt-numbering', 'triggers.txt'), 'utf8');
    const after = parseReferat(applyEdits(doc, service.renumberEdits(source(doc))));
    expect(after.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
  });
  it('the overview lists items, decisions, attendance and problems', () => {
    const o = service.overview(source(seedText('002')), DEFAULT_CONFIG, notCancelled);
    expect(o.items).toHaveLength(6);
    expect(o.items[0].attendance[0]).toEqual({ kind: 'apology', names: ['Claus Jørgensen'], quoted: false });
    expect(o.problems).toEqual([{ line: 318, severity: 'warning', code: 'empty-beslutning', message: 'Beslutningen i punkt 6 er tom: skriv, hvad der blev besluttet.' }]);
    expect(o.items[5].problems).toBe(1);
  });
});
