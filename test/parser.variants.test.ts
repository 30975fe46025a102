import { describe, expect, it } from 'vitest';
import { parseReferat } from '../server/src/parse/parser';
import type { Range, ReferatDocument } from '../server/src/model/types';
import { doc, seedText, textAt } from './helpers';

describe('pdftotext -layout output', () => {
  const text = [
    '   REFERAT Byrådet d. 02-03-2024',
    '   Mødedato       Lørdag d. 2. marts 2024 kl. 09.00',
    '   Mødested       Rådhuset, mødesal 1',
    '   Mødedeltagere  Anna Hansen, Bo Jensen',
    '',
    '   Indholdsfortegnelse',
    '   Godkendelse af dagsorden                         2',
    '   Budget 2025 ...................................... 3',
    '                                                                Side 1 af 3',
    '\f   Punkt 1: Godkendelse af dagsorden',
    '   BESLUTNING',
    '   Godkendt.',
    '\f   Punkt 2: Budget 2025',
    '   Beslutninger',
    '   Drøftet.',
    '\f',
  ].join('\n');
  const d = parseReferat(text);
  it('reads labels separated from their values by runs of spaces', () => {
    expect(d.header.title?.committee).toBe('Byrådet');
    expect(d.header.meetingDate?.value).toBe('Lørdag d. 2. marts 2024 kl. 09.00');
    expect(d.header.meetingDate?.time).toBe('09:00');
    expect(d.header.place?.value).toBe('Rådhuset, mødesal 1');
    expect(d.header.participants?.members.map((m) => m.name)).toEqual(['Anna Hansen', 'Bo Jensen']);
  });
  it('reads TOC pages after a run of spaces, with or without a leader, and skips page footers', () => {
    expect(d.toc!.entries.map((e) => [e.title, e.pages])).toEqual([
      ['Godkendelse af dagsorden', [2]],
      ['Budget 2025', [3]],
    ]);
    expect(d.toc!.entries.map((e) => e.match)).toEqual(['exact', 'exact']);
  });
  it('counts pages from form feeds', () => {
    expect(d.hasFormFeeds).toBe(true);
    expect(d.pageCount).toBe(3);
    expect(d.items.map((i) => i.page)).toEqual([2, 3]);
    expect(d.lines.at(0).page).toBe(1);
    expect(textAt(d, d.items[0].numberRange)).toBe('1');
  });
  it('reads upper-case and plural decision headings', () => {
    expect(d.items[0].decisions.map((x) => x.text)).toEqual(['Godkendt.']);
    expect(d.items[1].decisions.map((x) => x.text)).toEqual(['Drøftet.']);
  });
});

describe('pdftotext without -layout', () => {
  const d = parseReferat(doc(
    'REFERAT Økonomiudvalget d. 23-03-2015',
    'Mødedato', 'Mandag d. 23. marts 2015 kl. 16:00',
    'Mødested', 'Rådhuset',
    'Mødedeltagere', 'Anna Hansen, Bo Jensen,\nCarl Nielsen',
    'Indholdsfortegnelse',
    'Orientering om en meget lang titel der fortsætter ud over den første linje i den\nudtrukne tekst fra PDF.....\t3',
    'Punkt 1: Orientering om en meget lang titel der fortsætter ud over den første linje i den\nudtrukne tekst fra PDF',
    '15.00.00-G01-1-24',
    'Sagsfremstilling',
    'Dette er et afsnit, der er brudt hårdt ved omkring hundrede tegn, som pdftotext gør det med lange\nafsnit i dokumenter fra dagsordenssystemet.',
    'Beslutning i Økonomiudvalget den 23-03-2015',
    'Godkendt.',
  ));
  it('reads a label whose value stands on the next line', () => {
    expect(d.header.meetingDate?.date).toEqual({ year: 2015, month: 3, day: 23 });
    expect(d.header.meetingDate?.weekday).toBe(0);
    expect(d.header.place?.value).toBe('Rådhuset');
    expect(d.header.participants?.members.map((m) => m.name)).toEqual(['Anna Hansen', 'Bo Jensen', 'Carl Nielsen']);
  });
  it('joins a wrapped item title and a wrapped TOC title', () => {
    const title = 'Orientering om en meget lang titel der fortsætter ud over den første linje i den udtrukne tekst fra PDF';
    expect(d.items[0].title).toBe(title);
    expect(d.items[0].titleRange.start.line).not.toBe(d.items[0].titleRange.end.line);
    expect(d.items[0].caseNumber?.value).toBe('15.00.00-G01-1-24');
    expect(d.toc!.entries).toHaveLength(1);
    expect(d.toc!.entries[0].title).toBe(title);
    expect(d.toc!.entries[0].match).toBe('exact');
  });
  it('keeps a hard-wrapped paragraph inside its section', () => {
    const s = d.items[0].sections[0];
    expect(s.canonical).toBe('Sagsfremstilling');
    expect(s.bodyLines).toHaveLength(2);
  });
  it('reads `Beslutning i <committee> den <date>`', () => {
    const dec = d.items[0].decisions[0];
    expect(dec.committee).toBe('Økonomiudvalget');
    expect(dec.date).toEqual({ year: 2015, month: 3, day: 23 });
    expect(dec.text).toBe('Godkendt.');
  });
});

describe('TOC page numbers', () => {
  it('reads at most a few fused pages; a row of numbers is not a page group', async () => {
    const { readPageGroup } = await import('../server/src/parse/toc');
    expect(readPageGroup('Budget.....\t5 8 9').pages.map((p) => p.value)).toEqual([5, 8, 9]);
    expect(readPageGroup('2015\t2016 70 34 11 4 0 3 3').pages).toEqual([]);
    expect(readPageGroup('Budget 2025 2028').pages).toEqual([]);
    expect(readPageGroup('Eventuelt 3').pages.map((p) => p.value)).toEqual([3]);
    expect(readPageGroup('Meddelelser.\t16')).toMatchObject({ titleEnd: 12 });
  });
});

describe('line ends, BOM and encodings', () => {
  const lf = seedText('000');
  const base = parseReferat(lf);
  const summary = (d: ReferatDocument) => ({
    header: [d.header.title?.committee, d.header.meetingDate?.value, d.header.participants?.members.map((m) => m.name)],
    toc: d.toc?.entries.map((e) => [e.title, e.pages, e.items]),
    items: d.items.map((i) => [i.number, i.title, i.caseNumber?.value, i.sections.map((s) => s.canonical), i.decisions.map((x) => x.text), i.range.start.line, i.range.end.line]),
  });
  it('CRLF changes nothing', () => {
    const crlf = parseReferat(lf.replace(/\n/g, '\r\n'));
    expect(summary(crlf)).toEqual(summary(base));
    expect(crlf.lines.length).toBe(base.lines.length);
  });
  it('a BOM changes nothing', () => {
    const bom = parseReferat('\uFEFF' + lf);
    expect(summary(bom)).toEqual(summary(base));
  });
  it('a BOM on the title line keeps its ranges exact', () => {
    const d = parseReferat('\uFEFFREFERAT Byrådet d. 01-02-2024\n');
    expect(textAt(d, d.header.title!.committeeRange)).toBe('Byrådet');
  });
  it('reads labels written in mojibake', () => {
    const d = parseReferat(doc('REFERAT Byrådet d. 25-06-2024', 'MÃ¸dedato Tirsdag d. 25. juni 2024 kl. 15:00', 'MÃ¸dedeltagere Anna Hansen'));
    expect(d.header.meetingDate?.date).toEqual({ year: 2024, month: 6, day: 25 });
    expect(d.header.participants?.members.map((m) => m.name)).toEqual(['Anna Hansen']);
  });
});

describe('decisions and attendance forms', () => {
  it('reads an inline decision, a heading typo and an empty decision before the next heading', () => {
    const d = parseReferat(doc(
      'Punkt 1: A', 'Beslutning: Godkendt.',
      'Punkt 2: B', 'Beslutnig', 'Drøftet.',
      'Punkt 3: C', 'Beslutning', 'Bilag', 'Noget.',
    ));
    expect(d.items[0].decisions[0].text).toBe('Godkendt.');
    expect(d.items[0].sections[0].name).toBe('Beslutning');
    expect(d.items[1].sections[0].typo).toEqual({ expected: 'Beslutning' });
    expect(d.items[1].decisions[0].text).toBe('Drøftet.');
    expect(d.items[2].decisions[0].empty).toBe(true);
  });
  it('reads Fraværende with a colon and several names, and deltog ikke with two names', () => {
    const d = parseReferat(doc('Punkt 1: A', 'Beslutning', 'Godkendt.', 'Fraværende: Anna Hansen, Bo Jensen', 'Carl Nielsen og Dorte Berg deltog ikke i sagens behandling.'));
    const [absent, notPart] = d.items[0].attendance;
    expect(absent.names.map((n) => n.name)).toEqual(['Anna Hansen', 'Bo Jensen']);
    expect(notPart.kind).toBe('notParticipating');
    expect(notPart.names.map((n) => n.name)).toEqual(['Carl Nielsen', 'Dorte Berg']);
    expect(d.items[0].decisions[0].text).toBe('Godkendt.');
  });
  it('treats attendance under Sagens forløb as quoted', () => {
    const d = parseReferat(doc('Punkt 1: A', 'Sagens forløb', 'Fraværende: Eva Holm', 'Beslutning', 'Godkendt.', 'Fraværende: Anna Hansen'));
    expect(d.items[0].attendance.map((a) => a.inQuote)).toEqual([true, false]);
  });
});

/** Every range the model holds lies inside the text. */
function assertRangesInside(d: ReferatDocument): void {
  const check = (r: Range | undefined) => {
    if (!r) return;
    for (const p of [r.start, r.end]) {
      expect(p.line).toBeGreaterThanOrEqual(0);
      expect(p.line).toBeLessThan(d.lines.length);
      expect(p.character).toBeGreaterThanOrEqual(0);
      expect(p.character).toBeLessThanOrEqual(d.lines.at(p.line).raw.length);
    }
    expect(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character)).toBe(true);
  };
  const h = d.header;
  [h.range, h.title?.range, h.meetingDate?.range, h.place?.range, h.participants?.range].forEach(check);
  h.participants?.members.forEach((m) => [m.range, ...m.segments].forEach(check));
  d.toc?.entries.forEach((e) => [e.range, e.titleRange, e.leaderRange, ...e.pageRanges].forEach(check));
  for (const item of d.items) {
    [item.range, item.titleRange, item.numberRange, item.headingRange, item.caseNumber?.range].forEach(check);
    item.sections.forEach((s) => [s.range, s.headingRange].forEach(check));
    item.decisions.forEach((x) => [x.textRange, x.dateRange].forEach(check));
    item.attendance.forEach((a) => [a.range, ...a.names.map((n) => n.range)].forEach(check));
  }
}

describe('robustness', () => {
  const FRAGMENTS = [
    'Punkt 1:', 'Punkt 99: Lukket: ', 'Beslutning', 'Beslutning fra X, den 1. maj 2024, punkt 3:', 'Indholdsfortegnelse',
    'REFERAT ', 'Mødedato', 'Mødedeltagere ', 'Afbud:', 'Fraværende', ' deltog ikke i sagens behandling.', '.....\t', '\t5 8',
    '24/6823', '\f', '\r\n', '\n', '\r', '\n\n', ' ', '  ', ',', '(', ')', 'æøå', 'Ã¸', '\uFEFF', '😀', 'Sagsfremstilling', 'x'.repeat(300),
  ];
  let seedValue = 12345;
  const random = () => {
    seedValue = (seedValue * 1103515245 + 12345) % 2147483648;
    return seedValue / 2147483648;
  };
  it('never throws and keeps every range inside the text, on 400 random documents', () => {
    for (let n = 0; n < 400; n++) {
      let text = '';
      const length = Math.floor(random() * 60);
      for (let i = 0; i < length; i++) text += FRAGMENTS[Math.floor(random() * FRAGMENTS.length)];
      const d = parseReferat(text);
      assertRangesInside(d);
    }
  });
  it('reads empty and whitespace-only text', () => {
    for (const text of ['', '\n', '\r\n\r\n', '\f\f', '\uFEFF', '   \t ']) {
      const d = parseReferat(text);
      expect(d.items).toEqual([]);
      assertRangesInside(d);
    }
  });
  it('keeps every range inside the text for the seeds', () => {
    for (const s of ['000', '001', '002', '003', '004']) assertRangesInside(parseReferat(seedText(s)));
  });
  it('reads a 1 MB document and 1 MB lines of leader dots, spaces and digits', () => {
    const big = seedText('003').repeat(21);
    expect(big.length).toBeGreaterThan(1_000_000);
    expect(parseReferat(big).items.length).toBe(9 * 21);
    for (const line of ['.'.repeat(1_000_000), ' '.repeat(1_000_000) + '1', '1 '.repeat(500_000), 'Punkt 1: ' + 'a '.repeat(500_000)]) {
      const d = parseReferat('Indholdsfortegnelse\n' + line + '\nPunkt 1: x\n' + line);
      assertRangesInside(d);
    }
  });
});
