// The hand-counted truth of the three real documents in fixtures/corpus
// (see its README), as test cases that any conversion of them must pass: the
// text conversions given with them, and the originals imported (PDF, HTML).
import { expect, it } from 'vitest';
import { runRules } from '../server/src/rules/index';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import { detectReferat } from '../server/src/parse/detect';
import { printedPage } from '../server/src/model/pages';
import type { ReferatDocument } from '../server/src/model/types';

const iso = (d?: { year: number; month: number; day: number }) => (d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : undefined);

function noWarnings(doc: ReferatDocument) {
  const found = runRules(doc, DEFAULT_CONFIG).filter((d) => d.severity === 'warning' || d.severity === 'error');
  expect(found.map((d) => `${d.range.start.line + 1}: ${d.code}: ${d.message.en}`)).toEqual([]);
}

export interface Source {
  text(): string;
  doc(): ReferatDocument;
}

export const EDOC_TITLES = [
  'Meddelelser',
  'Bygningsvedligeholdelse 2013 - anlægsbevilling',
  'Kvalitetsstandarder for stof- og alkoholbehandling 2012-2013',
  'Takstreduktion på aflastningstilbuddet Torvevej i Skovlunde i 2013',
  "KL's opfølgningsproces vedrørende det nære sundhedsvæsen",
  'Prioritering af midler til kronisk syge borgere og hverdagsrehabilitering for ældre',
  'Etablering af aktivitetscenter på Solvej 6 i Ballerup',
  'Evaluering af rygestopkurser',
];

/** eDoc, Ballerup, 04-12-2012: 8 open items, each with this meeting's decision. */
export function edocTruth(source: Source): void {
  it('is read as eDoc, with its header in prose', () => {
    expect(source.doc().dialect.id).toBe('edoc');
    expect(source.doc().header.committee?.value).toBe('Sundheds- og Forebyggelsesudvalget');
    expect(iso(source.doc().header.meetingDate?.date)).toBe('2012-12-04');
    expect(source.doc().header.meetingDate?.time).toBe('13:00');
    expect(source.doc().header.place?.value).toBe('Mødecenter C, Lokale 32 på Ballerup Rådhus');
    expect(source.doc().header.participants?.members.map((m) => m.name)).toEqual([
      'Lolan Ottesen', 'Grethe Larsen', 'Birte Kramhøft', 'Doris Børger', 'Karl Vilhelm Nielsen', 'Maria Lundahl Assov', 'Per Mortensen',
    ]);
    expect(source.doc().header.participants?.members[0].note).toBe('A, formand');
  });
  it('reads 8 open items, item 6 with its wrapped title joined, and their case numbers', () => {
    expect(source.doc().items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(source.doc().items.map((i) => i.title)).toEqual(EDOC_TITLES);
    expect(source.doc().items.every((i) => !i.closed)).toBe(true);
    expect(source.doc().items.map((i) => i.caseNumber?.value)).toEqual([
      '2011-29298', '2012-28504', '2012-31114', '2012-31673', '2011-29939', '2012-21786', '2012-28505', '2010-3082',
    ]);
  });
  it("gives every item this meeting's decision and only that", () => {
    expect(source.doc().items.map((i) => i.decisions.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(source.doc().items.map((i) => i.decisions[0].text.split('\n')[0])).toEqual([
      'Taget til efterretning', 'Indstillingen godkendt', 'Indstilles til godkendelse', 'Indstillingen godkendt',
      'Indstillingen godkendt', 'Indstillingen godkendt', 'Indstillingen godkendt', 'Taget til efterretning',
    ]);
    expect(source.doc().items.every((i) => iso(i.decisions[0].date) === '2012-12-04' && i.decisions[0].committee === 'Sundheds- og Forebyggelsesudvalget')).toBe(true);
    expect(source.doc().items[6].decisions[0].text).toBe('Indstillingen godkendt\nmed denne bemærkning:\nGruppen af unge i Ballerup Kommune også får adgang til at bruge lokalerne på\nSolvej 6.');
  });
  it('skips the running header on every page and links the TOC with its pages', () => {
    expect(source.doc().pageCount).toBe(15);
    expect([...source.doc().lines].filter((l) => l.furniture).length).toBeGreaterThanOrEqual(5 * 14);
    expect(source.doc().items.map((i) => i.page)).toEqual([3, 3, 6, 7, 9, 10, 12, 14]);
    const entries = source.doc().toc!.entries;
    expect(entries.map((e) => e.pages[0])).toEqual([3, 3, 6, 7, 9, 10, 12, 14]);
    expect(entries.map((e) => e.match)).toEqual(new Array(8).fill('exact'));
    expect(entries[5].title).toBe(EDOC_TITLES[5]);
  });
  it('is recognised and checked without a warning', () => {
    expect(detectReferat(source.text())).toMatchObject({ isReferat: true, dialect: 'edoc' });
    noWarnings(source.doc());
  });
}

/** Acadre, Syddjurs, 20-06-2013: one item with a running number and two earlier decisions. */
export function acadreTruth(source: Source): void {
  it('is read as Acadre, with its header in prose', () => {
    expect(source.doc().dialect.id).toBe('acadre');
    expect(source.doc().header.committee?.value).toBe('Udvalget for plan, udvikling og kultur (PUK)');
    expect(iso(source.doc().header.meetingDate?.date)).toBe('2013-06-20');
    expect(source.doc().header.meetingDate?.time).toBe('10:30');
    expect(source.doc().header.place?.value).toBe('Kaløvig Kursuscenter, Præstekravevej 46, Følle Strand, 8410 Rønde');
  });
  it('reads the one item with its running number, title and case number', () => {
    expect(source.doc().items).toHaveLength(1);
    const item = source.doc().items[0];
    expect(item.number).toBe(715);
    expect(item.title).toBe('Kulturkommune 2017. Politiske fokusområder');
    expect(item.closed).toBe(false);
    expect(item.caseNumber?.value).toBe('12/27845');
  });
  it("keeps the earlier meetings' decisions as history and the decision of 20-06-2013 as this meeting's", () => {
    const item = source.doc().items[0];
    expect(item.decisions).toHaveLength(1);
    expect(iso(item.decisions[0].date)).toBe('2013-06-20');
    expect(item.decisions[0].text.split('\n')[0]).toBe('Punktet blev drøftet.');
    expect(item.decisions[0].text).toContain('strategi med udgangspunkt i udvalgets hidtidige drøftelser.');
    expect(item.quotedDecisions.filter((q) => q.history).map((q) => iso(q.date))).toEqual(['2013-04-10', '2013-04-24']);
  });
  it('reads the printed page numbers of the running header, and ends the item at the signature page', () => {
    expect(source.doc().pageCount).toBe(5);
    expect(source.doc().items[0].page).toBe(3);
    expect(printedPage(source.doc(), source.doc().items[0].page)).toBe(2);
    expect(source.doc().toc!.entries).toMatchObject([{ number: 715, pages: [2], match: 'exact' }]);
    const last = source.doc().lines.at(source.doc().items[0].range.end.line).text;
    expect(last).not.toMatch(/Niels Viderø|Underskriftsside/);
  });
  it('is recognised and checked without a warning', () => {
    expect(detectReferat(source.text())).toMatchObject({ isReferat: true, dialect: 'acadre' });
    noWarnings(source.doc());
  });
}

/** FirstAgenda web page, Aarhus, 01-10-2025: 6 items with decisions. */
export function webTruth(source: Source): void {
  it('is read as a FirstAgenda web page, with its labelled header', () => {
    expect(source.doc().dialect.id).toBe('firstagenda-web');
    expect(source.doc().header.committee?.value).toBe('Teknisk Udvalg');
    expect(iso(source.doc().header.meetingDate?.date)).toBe('2025-10-01');
    expect(source.doc().header.meetingDate?.time).toBe('15:45');
    expect(source.doc().header.place?.value).toBe('Udvalgsværelse 398');
  });
  it('reads 6 items, not the attachment counts, with titles and case numbers', () => {
    expect(source.doc().items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(source.doc().items.map((i) => i.title)).toEqual([
      'Referat fra sidste udvalgsmøde',
      'Udviklingsplan Aarhus Ø - endelig vedtagelse',
      'Lokalplan 1221 (tillæg 2 til lokalplan 411) – Erhvervsområde ved Kattrup, Hasselager-Kolt, med tillæg 1 - Endelig',
      'Forvaltningen orienterer',
      'Eventuelt',
      'Måltal for busfremkommelighed, jf. budgetforlig 2023',
    ]);
    expect(source.doc().items.map((i) => i.caseNumber?.value ?? null)).toEqual([
      'EMN-2025-010561', 'EMN-2025-009242', 'EMN-2025-008468', 'EMN-2025-010561', null, 'EMN-2024-035156',
    ]);
    expect(source.doc().items.every((i) => !i.closed)).toBe(true);
  });
  it('gives each item its decision block, and nothing of the history in Sagsforløb', () => {
    expect(source.doc().items.map((i) => i.decisions.length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(source.doc().items[0].decisions[0].text).toBe('Ingen bemærkninger.');
    expect(source.doc().items[5].decisions[0].text).toBe('Sagen blev udsat uden behandling.');
    // The decision is the first block; the untitled block after it is not part of it.
    expect(source.doc().items[1].decisions[0].text).toMatch(/forhindret i at deltage i udvalgets behandling af\s+sagen\.$/);
    const history = source.doc().items[1].attendance.find((a) => a.names.some((n) => n.name === 'Thure Hastrup'));
    expect(history?.inQuote).toBe(true);
    // The page's dialogs after the last item are not part of it.
    expect(source.doc().items[5].sections.map((s) => s.name)).toEqual(['Beslutninger', 'Resume', 'Beslutningspunkter', 'Borgmesterens Afdelings påtegning', 'Sagsforløb', 'Bilag']);
  });
  it('is recognised and checked without a warning', () => {
    expect(detectReferat(source.text())).toMatchObject({ isReferat: true, dialect: 'firstagenda-web' });
    noWarnings(source.doc());
  });
}
