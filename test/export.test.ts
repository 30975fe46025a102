// The structured export: every fixture's export is valid against the
// versioned schema, and the texts are the documents' own, exactly.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { exportDocument, exportLines, type ExportDocument } from '../server/src/export/record';
import { toHtml, toMarkdown } from '../server/src/export/render';
import { parseReferat } from '../server/src/parse/parser';
import { runRules } from '../server/src/rules/index';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import { ROOT, seedPath, seedText } from './helpers';
import { overview as meetingOverview } from '../server/src/features/overview';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'referat-export.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

function fixtures(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.txt')).map((e) => path.join(e.parentPath, e.name));
}

function exported(file: string): ExportDocument {
  const doc = parseReferat(readFileSync(file, 'utf8'));
  return exportDocument(path.relative(ROOT, file), doc, runRules(doc, DEFAULT_CONFIG), 'da');
}

const corpus = (name: string) => path.join(ROOT, 'fixtures', 'corpus', name);

describe('referat export', () => {
  const all = ['seeds', 'corpus', 'rules'].flatMap((d) => fixtures(path.join(ROOT, 'fixtures', d)));
  it.each(all.map((f) => [path.relative(ROOT, f), f]))('%s validates against the schema', (_name, file) => {
    const record = exported(file);
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    // JSONL: each line is the meeting with one item, and valid as well.
    const lines = exportLines(record).map((l) => JSON.parse(l));
    expect(lines).toHaveLength(Math.max(1, record.items.length));
    for (const [k, line] of lines.entries()) {
      expect(line.meeting).toEqual(record.meeting);
      expect(line.item).toEqual(record.items[k] ?? null);
    }
  });
  it('marks an agenda as such in its source, and minutes not at all', () => {
    const agenda = exported(path.join(ROOT, 'fixtures', 'rules', 'missing-beslutning', 'clean-agenda.txt'));
    expect(agenda.source.agenda).toBe(true);
    expect(validate(agenda), JSON.stringify(validate.errors)).toBe(true);
    expect('agenda' in exported(path.join(ROOT, 'fixtures', 'rules', 'missing-beslutning', 'triggers-referat-without-decisions.txt')).source).toBe(false);
  });
  it('takes the committee and date the header lacks from what most decisions name, and says so', () => {
    const text = [
      'Trafikudvalg - mødesager', '', '1. Godkendelse af dagsorden', '', 'Trafikudvalgets beslutning den 8. november 2022:', '', 'Godkendt.', '',
      '2. Nye busruter', '', 'Trafikudvalgets beslutning den 8. november 2022:', '', 'Anbefalet.', '', 'Miljøudvalgets beslutning den 2. november 2022:', '', 'Anbefalet.',
    ].join('\n');
    const exportOf = (t: string) => {
      const doc = parseReferat(t);
      return exportDocument('x.txt', doc, runRules(doc, DEFAULT_CONFIG), 'da');
    };
    const r = exportOf(text);
    expect(r.meeting).toMatchObject({ committee: 'Trafikudvalg', date: '2022-11-08', inferred: ['date'] });
    expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    const bare = exportOf(text.replace('Trafikudvalg - mødesager', 'Referat'));
    expect(bare.meeting).toMatchObject({ committee: 'Trafikudvalget', date: '2022-11-08', inferred: ['committee', 'date'] });
    // With the header's own date, nothing is inferred, and the model keeps no inferred field its fixes could edit.
    const dated = exportOf(text.replace('Trafikudvalg - mødesager', 'Trafikudvalg - mødesager\n\nMødedato: 9. november 2022'));
    expect(dated.meeting.date).toBe('2022-11-09');
    expect(dated.meeting.inferred).toBeUndefined();
    expect(parseReferat(text).header.meetingDate).toBeUndefined();
  });
  it('holds a section, a decision and the header exactly, with ISO dates and time', () => {
    const r = exported(seedPath('000'));
    expect(r.meeting).toMatchObject({ committee: 'Arbejdsmarkeds- og Integrationsudvalget', date: '2024-06-25', time: '15:00', place: 'Udvalgsværelse 2, Lemvig Rådhus' });
    expect(r.items[0].sections[1]).toEqual({
      heading: 'Sagsfremstilling', canonical: 'Sagsfremstilling', startLine: 34, endLine: 40,
      text: 'Dialogmødet med MED-udvalget, Niveau II - Arbejdsmarked- og Integration afholdes i Byrådssalen.\n\nMED-udvalget vil gerne drøfte:\n\n- Ekspertgruppens anbefalinger.',
    });
    expect(r.items[0].tocPage).toBe(3);
  });
  it('keeps an earlier meeting’s decisions as history, apart from this meeting’s (Acadre)', () => {
    const r = exported(corpus('syddjurs_puk_2013-06-20_acadre.pdftotext-layout.txt'));
    expect(r.items[0]).toMatchObject({ number: 715, caseNumber: '12/27845', startPage: 2, tocPage: 2 });
    expect(r.items[0].decisions.map((d) => [d.date, d.thisMeeting])).toEqual([['2013-04-10', false], ['2013-04-24', false], ['2013-06-20', true]]);
    expect(r.items[0].decisions[1].text).toBe('Punktet genoptages.\n\nTidspunkt herfor fastlægges på det ordinære PUK-møde den 8. maj 2013');
    expect(r.items[0].attachments).toHaveLength(3);
  });
  it('leaves the running page headers out of the texts and gives pages (eDoc)', () => {
    const r = exported(corpus('ballerup_sfu_2012-12-04_edoc.pdftotext-layout.txt'));
    expect(r.source).toMatchObject({ dialect: 'edoc', pages: 15 });
    expect(r.items).toHaveLength(8);
    const texts = r.items.flatMap((i) => i.sections.map((s) => s.text)).join('\n');
    expect(texts).not.toMatch(/Åbent referat|Side \d+$|Dato: 04\.12\.2012/m);
    expect(r.items[1]).toMatchObject({ startPage: 3, endPage: 5, tocPage: 3 });
    expect(r.items[1].decisions).toEqual([{ committee: 'Sundheds- og Forebyggelsesudvalget', date: '2012-12-04', text: 'Indstillingen godkendt', empty: false, thisMeeting: true, line: 219 }]);
  });
  it('runs from the CLI as JSON and JSONL', () => {
    const run = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'export', ...args], { encoding: 'utf8' });
    const json = run([seedPath('002')]);
    expect(json.status).toBe(0);
    const [record] = JSON.parse(json.stdout) as ExportDocument[];
    expect(validate(record)).toBe(true);
    expect(record.diagnostics.map((d) => [d.code, d.line])).toEqual([['empty-beslutning', 319]]);
    const jsonl = run(['--format', 'jsonl', seedPath('002'), seedPath('004')]);
    const lines = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBe(parseReferat(readFileSync(seedPath('002'), 'utf8')).items.length + parseReferat(readFileSync(seedPath('004'), 'utf8')).items.length);
    expect(run(['--format', 'xml', seedPath('002')]).status).toBe(2);
  });
});

describe('the export as a readable document', () => {
  const acadre = exported(corpus('syddjurs_puk_2013-06-20_acadre.pdftotext-layout.txt'));
  const seed = exported(seedPath('002'));
  it('Markdown: a heading per item, this meeting’s decision set apart from the history’s', () => {
    const md = toMarkdown([acadre, seed], 'da');
    expect(md).toContain('# Udvalget for plan, udvikling og kultur (PUK) – 2013-06-20');
    expect(md).toContain('## 715. Kulturkommune 2017. Politiske fokusområder');
    expect(md).toContain('*Sag 12/27845 · Side 2–3*');
    expect(md.match(/^> \*\*Tidligere behandling/gm)).toHaveLength(2);
    expect(md).toMatch(/^> \*\*Beslutning \(Udvalget for plan, udvikling og kultur \(PUK\), 2013-06-20\):\*\*.*\n> Punktet blev drøftet\.$/m);
    expect(md.match(/^## \d+\. /gm)).toHaveLength(acadre.items.length + seed.items.length);
    expect(md).toContain('## Fund');
    expect(md).toContain('`empty-beslutning`');
    expect(toMarkdown([seed], 'en')).toContain('**Participants:**');
  });
  it('HTML: a page of its own, a section per item, decisions marked, the text escaped', () => {
    const evil = { ...seed, items: [{ ...seed.items[0], title: '<script>alert(1)</script> & co' }] };
    const html = toHtml([evil], 'da');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|src=|href=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    const page = toHtml([acadre], 'da');
    expect(page.match(/<section id="punkt-715">/g)).toHaveLength(1);
    expect(page.match(/class="history"/g)).toHaveLength(2);
    expect(page.match(/class="decision"/g)).toHaveLength(1);
    expect(page).toContain('<time datetime="2013-06-20T10:30">');
  });
  it('runs from the CLI', () => {
    const run = (format: string) => spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'export', '--format', format, seedPath('000')], { encoding: 'utf8' });
    expect(run('markdown').stdout).toMatch(/^# Arbejdsmarkeds- og Integrationsudvalget – 2024-06-25/);
    expect(run('html').stdout).toContain('<section id="punkt-1">');
  });
});

describe('an absence written twice', () => {
  it('is listed once in the export and the overview, while the model keeps both lines', () => {
    const text = seedText('000').replace('Fraværende Tina Boel van Ingen\n\nPunkt 2', 'Afbud:\nTina Boel van Ingen\n\nAfbud: Tina Boel van Ingen\n\nAfbud: Tina Mortensen\n\nPunkt 2');
    const model = parseReferat(text);
    const item = model.items[0];
    expect(item.attendance.filter((a) => a.kind === 'apology').map((a) => [a.kind, a.names.map((n) => n.name)])).toEqual([
      ['apology', ['Tina Boel van Ingen']], ['apology', ['Tina Boel van Ingen']], ['apology', ['Tina Mortensen']],
    ]);
    const record = exportDocument('a.txt', model, runRules(model, DEFAULT_CONFIG), 'da');
    expect(record.items[0].attendance.map((a) => [a.kind, a.names])).toEqual([['notParticipating', ['Tina Mortensen']], ['apology', ['Tina Boel van Ingen']], ['apology', ['Tina Mortensen']]]);
    const overview = meetingOverview(model, [], 'da');
    expect(overview.items[0].attendance.map((a) => [a.kind, a.names])).toEqual([['notParticipating', ['Tina Mortensen']], ['apology', ['Tina Boel van Ingen']], ['apology', ['Tina Mortensen']]]);
  });
});
