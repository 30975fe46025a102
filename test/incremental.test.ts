// The editor re-parses only what an edit touched: items whose lines (and
// their neighbours') are unchanged are taken from the previous model. The
// result must be the model a full parse gives, for any edit.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseReferat } from '../server/src/parse/parser';
import { afterEdit, carriedFrom, shifted, shiftedItem } from '../server/src/parse/reuse';
import { ReferatService } from '../server/src/service';
import { RULES, runRules } from '../server/src/rules/index';
import { mergeConfig } from '../server/src/config/types';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import { notCancelled } from '../server/src/features/cancellation';
import { ROOT, commonEnds, seedText } from './helpers';

const FIXTURES = readdirSync(path.join(ROOT, 'fixtures'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.txt'))
  .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'));

/** Edits as typing makes them: characters in or out of a line, a line broken, joined, added or removed. */
type Edit = { line: number; column: number; kind: 'type' | 'erase' | 'enter' | 'join' | 'addLine' | 'dropLine'; text: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  line: fc.nat(),
  column: fc.nat(),
  kind: fc.constantFrom('type', 'erase', 'enter', 'join', 'addLine', 'dropLine'),
  text: fc.constantFrom('x', ' ', 'Beslutning', 'Punkt 3: Ny sag', 'Lukket referat', 'Afbud: Anna Hansen', '\f', 'Godkendt.', 'Indholdsfortegnelse', 'REFERAT Byrådet d. 01-02-2024'),
});

function apply(text: string, e: Edit): string {
  const lines = text.split('\n');
  const l = e.line % lines.length;
  const line = lines[l];
  const c = e.column % (line.length + 1);
  switch (e.kind) {
    case 'type': lines[l] = line.slice(0, c) + e.text + line.slice(c); break;
    case 'erase': lines[l] = line.slice(0, c) + line.slice(c + 1 + (e.text.length % 4)); break;
    case 'enter': lines.splice(l, 1, line.slice(0, c), line.slice(c)); break;
    case 'join': if (l + 1 < lines.length) lines.splice(l, 2, line + lines[l + 1]); break;
    case 'addLine': lines.splice(l, 0, e.text); break;
    case 'dropLine': if (lines.length > 1) lines.splice(l, 1); break;
  }
  return lines.join('\n');
}

describe('incremental parsing', () => {
  it('gives the model a full parse gives, after any sequence of edits to any fixture', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.nat({ max: FIXTURES.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 5 }), (i, edits) => {
        runs++;
        let text = FIXTURES[i];
        let model = parseReferat(text, {}, afterEdit());
        let hinted = parseReferat(text, {}, afterEdit());
        for (const e of edits) {
          const before = text;
          text = apply(text, e);
          model = parseReferat(text, {}, afterEdit(model));
          const full = parseReferat(text);
          expect(model).toEqual(full);
          // With the edit's place known (as the server knows it), the lines around it are taken over too.
          hinted = parseReferat(text, {}, afterEdit(hinted, commonEnds(before, text)));
          expect(hinted).toEqual(full);
        }
      }),
      { numRuns: Number(process.env.INCREMENTAL_RUNS) || 300, seed: Number(process.env.INCREMENTAL_SEED) || 20261202 },
    );
    expect(runs).toBe(Number(process.env.INCREMENTAL_RUNS) || 300);
  });

  it('moves an item taken over below an edit as the generic copy does, every range and line list, on every fixture', () => {
    let items = 0;
    for (const text of FIXTURES) {
      for (const { tocEntry: _linked, ...item } of parseReferat(text).items) {
        const moved = shiftedItem(item, 7);
        expect(moved).toEqual(shifted(item, 7));
        // What was one range or one section is still one.
        moved.sections.forEach((s, k) => expect(s.headingRange === s.range).toBe(item.sections[k].headingRange === item.sections[k].range));
        moved.decisions.forEach((d) => expect(moved.sections).toContain(d.section));
        items++;
      }
    }
    expect(items).toBeGreaterThan(100);
  });

  it('keeps no earlier version of the text alive, however many edits the lines and items are taken over through', () => {
    const seeds = ['000', '001', '002', '003', '004'].map(seedText).join('\n');
    const text = seeds.repeat(Math.ceil(1e6 / seeds.length));
    const lineCount = parseReferat(text).lines.length;
    // A character typed at the start of a line, each time another line: every version is split and parsed a little.
    const { doc, growth } = heapAfterEdits(text, 60, (current, n) => ({ at: lineStart(current, (n * 7919) % lineCount), insert: 'x' }));
    expect(doc.items.length).toBeGreaterThan(300);
    // A version of the text is 2 MB in memory (two-byte): one kept by each edit's lines would be 120 MB.
    expect(growth).toBeLessThan(30e6);
  });

  it('keeps no earlier version of the text alive when edits turn running headers into text (PDF text with page breaks)', () => {
    const corpus = path.join(ROOT, 'fixtures', 'corpus');
    const pdf = readdirSync(corpus).filter((f) => f.endsWith('.pdftotext.txt')).sort().map((f) => readFileSync(path.join(corpus, f), 'utf8')).join('\f');
    const text = pdf.repeat(Math.ceil(1e6 / pdf.length));
    const first = parseReferat(text);
    let headers = 0;
    for (let i = 0; i < first.lines.length; i++) if (first.lines.isFurniture(i)) headers++;
    expect(headers).toBeGreaterThan(500);
    // A line typed at the top of a page, each time another page: the running header under it is text now,
    // and the lines after the new one are taken over from the version before.
    const { doc, growth } = heapAfterEdits(text, 30, (current, n) => {
      let at = 0;
      for (let page = 0; page <= 20 * n + 3; page++) at = current.indexOf('\f', at) + 1;
      return { at, insert: 'Tekst\n' };
    });
    expect(doc.lines.length).toBeGreaterThan(20_000);
    // One version kept per edit would be 30 of 2 MB.
    expect(growth).toBeLessThan(20e6);
  });

  it('takes the untouched items over and parses the one edited', () => {
    const before = seedText('000');
    const old = parseReferat(before, {}, afterEdit());
    const line = before.split('\n').indexOf('Drøftet.');
    const lines = before.split('\n');
    lines[line] = 'Drøftet og godkendt.';
    const after = lines.join('\n');
    const next = parseReferat(after, {}, afterEdit(old));
    expect(next).toEqual(parseReferat(after));
    const edited = next.items.findIndex((it) => it.range.start.line <= line && line <= it.range.end.line);
    // Shared parts mean taken over; the edited item and its neighbours are parsed again.
    const taken = next.items.map((it, k) => it.sections === old.items[k].sections);
    expect(taken[edited]).toBe(false);
    expect(taken.filter(Boolean).length).toBe(next.items.length - 2);
    // A line added moves every item after it: those before it are taken over as they are, those after as moved copies.
    const added = parseReferat(after.replace('Punkt 4:', 'Ny linje\n\nPunkt 4:'), {}, afterEdit(next));
    expect(added).toEqual(parseReferat(after.replace('Punkt 4:', 'Ny linje\n\nPunkt 4:')));
    expect(added.items.some((it, k) => it.sections === next.items[k].sections)).toBe(true);
    expect(added.items.slice(4).some((it, k) => it.sections === next.items[k + 4].sections)).toBe(false);
  });

  it('is what the service does between versions of an open document', () => {
    const service = new ReferatService('da');
    const first = seedText('002');
    const uri = 'file:///002.txt';
    const a = service.model({ uri, version: 1, getText: () => first }, DEFAULT_CONFIG);
    const second = first.replace('Beslutning\n\nGodkendt.', 'Beslutning\n\nGodkendt med ændringer.');
    const b = service.model({ uri, version: 2, getText: () => second }, DEFAULT_CONFIG);
    expect(b).toEqual(parseReferat(second));
    expect(b.items.filter((it, k) => it.sections === a.items[k].sections).length).toBeGreaterThan(0);
    expect(service.diagnostics({ uri, version: 2, getText: () => second }, DEFAULT_CONFIG, notCancelled)).toEqual(new ReferatService('da').diagnostics({ uri, version: 1, getText: () => second }, DEFAULT_CONFIG, notCancelled));
  });

  it('keeps the findings of items an edit did not touch, and gives the findings a full check gives', () => {
    fc.assert(
      fc.property(fc.nat({ max: FIXTURES.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (i, edits) => {
        let text = FIXTURES[i];
        let model = parseReferat(text, {}, afterEdit());
        runRules(model, DEFAULT_CONFIG, { incremental: true });
        for (const e of edits) {
          text = apply(text, e);
          model = parseReferat(text, {}, afterEdit(model));
          expect(runRules(model, DEFAULT_CONFIG, { incremental: true })).toEqual(runRules(parseReferat(text), DEFAULT_CONFIG));
        }
      }),
      { numRuns: Number(process.env.INCREMENTAL_RUNS) || 200, seed: Number(process.env.INCREMENTAL_SEED) || 20261202 },
    );
  });

  it('checks again only the items the edit touched, for the rules that judge items one at a time', () => {
    const itemRules = RULES.filter((r) => r.items);
    expect(itemRules.map((r) => r.code)).toEqual(expect.arrayContaining(['missing-beslutning', 'duplicate-section', 'unknown-attendee']));
    const checked = new Map<string, number>();
    const spies = itemRules.map((rule) => {
      const items = rule.items!.bind(rule);
      return vi.spyOn(rule, 'items').mockImplementation((ctx) => {
        const checker = items(ctx);
        return { context: checker.context, check: (item) => (checked.set(rule.code, (checked.get(rule.code) ?? 0) + 1), checker.check(item)) };
      });
    });
    try {
      const before = seedText('000');
      const old = parseReferat(before, {}, afterEdit());
      const first = runRules(old, DEFAULT_CONFIG, { incremental: true });
      expect(checked.get('missing-beslutning')).toBe(old.items.length);
      // A line added near the top moves every item below it: their findings move with them.
      const after = before.replace('Drøftet.', 'Drøftet.\n\nEn ny linje.');
      const next = parseReferat(after, {}, afterEdit(old));
      checked.clear();
      const second = runRules(next, DEFAULT_CONFIG, { incremental: true });
      expect(second).toEqual(runRules(parseReferat(after), DEFAULT_CONFIG));
      // The edited item and its two neighbours are parsed again, and checked again.
      for (const rule of itemRules) expect(checked.get(rule.code) ?? 0, rule.code).toBeLessThanOrEqual(3);
      expect(second.length).toBe(first.length);
      // Another configuration: every item is checked again.
      checked.clear();
      runRules(next, mergeConfig(DEFAULT_CONFIG, { exemptTitles: ['Budget'] }), { incremental: true });
      expect(checked.get('missing-beslutning')).toBe(next.items.length);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('finds the item starts again where an edit changes what a line after it means', () => {
    const editLine = (text: string, line: number, to: string) => {
      const lines = text.split('\n');
      lines[line] = to;
      return lines.join('\n');
    };
    const check = (before: string, after: string, options = {}) => {
      const old = parseReferat(before, options, afterEdit());
      const full = parseReferat(after, options);
      expect(parseReferat(after, options, afterEdit(old))).toEqual(full);
      expect(parseReferat(after, options, afterEdit(old, commonEnds(before, after)))).toEqual(full);
      return { old, full };
    };
    // A history heading made into a sentence: the item line quoted under it is an item after all.
    const history = [
      'REFERAT Udvalget d. 01-02-2024', '', 'Punkt 1: Budget for skoler', '', 'Sagsfremstilling', 'Sagen handler om skoler.', '',
      'Sagens forløb', '', 'Punkt 2: Budget for skoler', '', 'Behandlet i udvalget.', '', 'Beslutning', 'Godkendt.', '',
      'Punkt 2: Veje', '', 'Sagsfremstilling', 'Om veje.', '', 'Beslutning', 'Godkendt.', '',
    ].join('\n');
    const { old, full } = check(history, editLine(history, 7, 'Sagens forløb blev langt.'));
    expect(old.items.map((i) => i.title)).toEqual(['Budget for skoler', 'Veje']);
    expect(full.items.map((i) => i.title)).toEqual(['Budget for skoler', 'Budget for skoler', 'Veje']);
    // A number alone takes its title from a line after it: a heading there means no item.
    const edoc = readFileSync(path.join(ROOT, 'fixtures', 'corpus', 'ballerup_sfu_2012-12-04_edoc.pdftotext.txt'), 'utf8');
    const edocLines = edoc.split('\n');
    const title = edocLines.findIndex((l, i) => l === 'Meddelelser' && edocLines[i - 2] === '1.');
    const meddelelser = check(edoc, editLine(edoc, title, 'Beslutning'));
    expect(meddelelser.full.items.length).toBe(meddelelser.old.items.length - 1);
    // `Sag nr. 13` takes its title from the line above: a heading or a blank there means no item, a new title a new one.
    const above = readFileSync(path.join(ROOT, 'fixtures', 'rules', 'punkt-numbering', 'triggers-title-above.txt'), 'utf8');
    const aboveLines = above.split('\n');
    const at = aboveLines.indexOf('Sag nr. 13') - 1;
    expect(check(above, editLine(above, at, 'Beslutning')).full.items.map((i) => i.number)).toEqual([12, 15]);
    expect(check(above, editLine(above, at, '')).full.items.map((i) => i.number)).toEqual([12, 15]);
    expect(check(above, editLine(above, at, 'Et andet bibliotek')).full.items[1].title).toBe('Et andet bibliotek');
    // A case number above an item is its own: made prose, it is the item before's again; typed, the item's.
    const caseAbove = readFileSync(path.join(ROOT, 'fixtures', 'rules', 'empty-beslutning', 'triggers-case-above.txt'), 'utf8');
    const caseLine = caseAbove.split('\n').indexOf('Sagnr.: 1-30-72-9-24');
    const prose = check(caseAbove, editLine(caseAbove, caseLine, 'Sagnr.: 1-30-72-9-24 blev nævnt.'));
    expect([prose.old.items[1].caseNumber?.value, prose.full.items[1].caseNumber]).toEqual(['1-30-72-9-24', undefined]);
    const typed = check(editLine(caseAbove, caseLine, ''), caseAbove);
    expect([typed.old.items[1].caseNumber, typed.full.items[1].caseNumber?.value]).toEqual([undefined, '1-30-72-9-24']);
    // A page of titled items: a title made a sentence loses its item, the next ones take its place; numbered, the page is read by its item lines.
    const titled = readFileSync(path.join(ROOT, 'fixtures', 'rules', 'missing-beslutning', 'clean-titled-items.txt'), 'utf8');
    const titleAt = titled.split('\n').findIndex((l) => l.trim() === 'Mødeplan for byrådet 2020');
    const sentence = check(titled, editLine(titled, titleAt, 'Mødeplanen blev drøftet.'));
    expect(sentence.full.items.map((i) => [i.number, i.title])).toEqual([[1, 'Dialogmøde med forsyningsselskabet'], [2, 'Eventuelt']]);
    const numbered = check(titled, editLine(titled, titleAt, '2. Mødeplan for byrådet 2020'));
    expect(numbered.full.items.map((i) => [i.number, i.unnumbered])).toEqual([[2, undefined]]);
  });

  it('takes items over after a line added above them in a document with part lines (Åbent referat)', () => {
    const before = readFileSync(path.join(ROOT, 'fixtures', 'corpus', 'ballerup_sfu_2012-12-04_edoc.pdftotext.txt'), 'utf8');
    expect(before).toMatch(/^Åbent referat$/m);
    const old = parseReferat(before, {}, afterEdit());
    // A new line in the first item: every part line below it moves down.
    const lines = before.split('\n');
    lines.splice(old.items[0].range.end.line, 0, 'En ny linje.');
    const after = lines.join('\n');
    const next = parseReferat(after, {}, afterEdit(old));
    expect(next).toEqual(parseReferat(after));
    const moved = next.items.filter((it) => carriedFrom(it)?.delta === 1);
    expect(moved.length).toBe(next.items.length - 2);
  });

  it('takes the items over after an entry added to the table of contents', () => {
    const before = seedText('001');
    const old = parseReferat(before, {}, afterEdit());
    expect(old.toc).toBeDefined();
    const lines = before.split('\n');
    lines.splice(old.toc!.entries[0].range.start.line + 1, 0, 'Ny sag.....\t7');
    const after = lines.join('\n');
    const next = parseReferat(after, {}, afterEdit(old));
    expect(next).toEqual(parseReferat(after));
    expect(next.items.filter((it) => carriedFrom(it)?.delta === 1).length).toBe(next.items.length);
  });

  it('scans again from where the items begin when an edit moves it (a TOC heading typed above them)', () => {
    const before = readFileSync(path.join(ROOT, 'fixtures', 'corpus', 'aarhus_tu_2025-10-01_firstagenda-web.lynx.txt'), 'utf8');
    const lines = before.split('\n');
    expect(lines[17]).toBe('');
    lines[17] = 'Indholdsfortegnelse';
    const after = lines.join('\n');
    const old = parseReferat(before, {}, afterEdit());
    const full = parseReferat(after);
    expect(full.toc).toBeDefined();
    expect(parseReferat(after, {}, afterEdit(old))).toEqual(full);
    expect(parseReferat(after, {}, afterEdit(old, commonEnds(before, after)))).toEqual(full);
  });
});

function lineStart(text: string, line: number): number {
  let at = 0;
  for (let l = 0; l < line; l++) at = text.indexOf('\n', at) + 1;
  return at;
}

/**
 * Parses `text` as the editor does, makes `count` edits (`edit` says where
 * to insert what, in the text as it is then), and measures how much more
 * heap the last model holds, after collections, than the first.
 */
function heapAfterEdits(text: string, count: number, edit: (text: string, n: number) => { at: number; insert: string }) {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  let doc = parseReferat(text, {}, afterEdit());
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let n = 0; n < count; n++) {
    const { at, insert } = edit(text, n);
    const next = text.slice(0, at) + insert + text.slice(at);
    doc = parseReferat(next, {}, afterEdit(doc, { prefix: at, suffix: text.length - at }));
    text = next;
  }
  gc();
  return { doc, growth: process.memoryUsage().heapUsed - before };
}
