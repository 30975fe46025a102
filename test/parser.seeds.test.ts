import { describe, expect, it } from 'vitest';
import { seed, textAt } from './helpers';

describe('000 Lemvig', () => {
  const d = seed('000');
  it('reads the header', () => {
    expect(d.header.title?.committee).toBe('Arbejdsmarkeds- og Integrationsudvalget');
    expect(d.header.title?.date).toEqual({ year: 2024, month: 6, day: 25 });
    expect(d.header.meetingDate?.date).toEqual({ year: 2024, month: 6, day: 25 });
    expect(d.header.meetingDate?.weekday).toBe(1); // tirsdag
    expect(d.header.meetingDate?.time).toBe('15:00');
    expect(d.header.place?.value).toBe('Udvalgsværelse 2, Lemvig Rådhus');
  });
  it('joins a member name split across the wrapped Mødedeltagere line', () => {
    const members = d.header.participants!.members;
    expect(members.map((m) => m.name)).toEqual([
      'Jens Lønberg Pedersen', 'Søren Videbæk Jensen', 'Tina Boel van Ingen', 'Albert Vinther Krogh', 'Tina Mortensen',
    ]);
    const tina = members[2];
    expect(tina.segments).toHaveLength(2);
    expect(tina.segments.map((s) => textAt(d, s))).toEqual(['Tina Boel van', 'Ingen']);
    expect(tina.segments[0].start.line).toBe(8);
    expect(tina.segments[1].start.line).toBe(9);
  });
  it('reads 11 TOC entries with pages and the closed flag', () => {
    const entries = d.toc!.entries;
    expect(entries).toHaveLength(11);
    expect(entries.map((e) => e.pages[0])).toEqual([3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 17]);
    expect(entries[2].closed).toBe(true);
    expect(entries[2].title).toBe('Direktionens forslag til et flerårigt budget i balance 2025-2028');
    expect(textAt(d, entries[0].pageRanges[0])).toBe('3');
    expect(textAt(d, entries[0].leaderRange!)).toBe('.....');
    expect(entries.every((e) => e.match === 'exact')).toBe(true);
  });
  it('reads 11 items with case numbers, closed item 3 and every decision', () => {
    expect(d.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(d.items[0].title).toBe('Dialogmøde med MED-udvalget, Niveau II, Arbejdsmarked og Integration');
    expect(d.items[0].caseNumber?.value).toBe('00.15.00G00-1-19');
    expect(d.items[2].closed).toBe(true);
    expect(d.items[2].decisions).toHaveLength(0);
    expect(d.items[2].sections).toHaveLength(0);
    const decisions = d.items.map((i) => i.decisions.map((x) => x.text.split('\n')[0]));
    expect(decisions).toEqual([
      ['Drøftet.'], ['Drøftet.'], [], ['Drøftet.'], ['Drøftet.'], ['Godkendes.'], ['Taget til efterretning.'],
      ['Drøftet.'], ['Drøftet.'], ['Til efterretning.'], ['Godkendt.'],
    ]);
    expect(d.items[8].sections.map((s) => s.canonical)).toContain('Supplerende sagsfremstilling');
  });
  it('reads the attendance lines with their names', () => {
    const first = d.items[0].attendance;
    expect(first.map((a) => a.kind)).toEqual(['notParticipating', 'absent']);
    expect(first[0].names.map((n) => n.name)).toEqual(['Tina Mortensen']);
    expect(first[1].names.map((n) => n.name)).toEqual(['Tina Boel van Ingen']);
    expect(d.items.every((i) => i.attendance.every((a) => !a.inQuote))).toBe(true);
    // The decision text does not include the attendance lines.
    expect(d.items[0].decisions[0].text).toBe('Drøftet.');
  });
  it('keeps free sub-headings inside their section', () => {
    const sags = d.items[5].sections.find((s) => s.canonical === 'Sagsfremstilling')!;
    const bodyTexts = sags.bodyLines.map((l) => d.lines.at(l).text);
    expect(bodyTexts).toContain('Baggrund');
    expect(bodyTexts).toContain('Effektmåling');
  });
});

describe('001 Vejen', () => {
  const d = seed('001');
  it('reads a committee name with digits and dashes', () => {
    expect(d.header.title?.committee).toBe('Udvalget for arbejdsmarked og integration 2022-2025');
    expect(d.header.participants?.members).toHaveLength(7);
  });
  it('recognises the fused TOC line and links it to items 2 and 3', () => {
    const entries = d.toc!.entries;
    expect(entries).toHaveLength(8);
    const fused = entries[1];
    expect(fused.fused).toBe(true);
    expect(fused.pages).toEqual([5, 8]);
    expect(fused.range.start.line).toBe(13); // line 14, 1-based
    expect(fused.match).toBe('fused');
    expect(fused.items).toEqual([1, 2]);
    expect(d.items[1].tocEntry).toBe(1);
    expect(d.items[2].tocEntry).toBe(1);
    expect(entries.filter((e) => !e.fused).every((e) => e.items.length === 1)).toBe(true);
    expect(entries[6].closed).toBe(true);
  });
  it('reads Beslutning headings with committee and date, placed before Sagsfremstilling', () => {
    expect(d.items).toHaveLength(9);
    const dec = d.items[0].decisions[0];
    expect(dec.committee).toBe('Udvalget for arbejdsmarked og integration');
    expect(dec.date).toEqual({ year: 2024, month: 5, day: 21 });
    expect(textAt(d, dec.dateRange!)).toBe('21-05-2024');
    expect(dec.text).toBe('Temadrøftelsen gennemførtes.');
    expect(d.items[0].sections.map((s) => s.canonical).slice(0, 3)).toEqual(['Administrativ indstilling', 'Beslutning', 'Sagsfremstilling']);
    expect(d.items[2].decisions[0].text).toBe('Drøftet.\nDer arbejdes videre med de beskrevne blokke.');
  });
  it('reads case numbers like 24/6823 and items without one', () => {
    expect(d.items.map((i) => i.caseNumber?.value ?? null)).toEqual([
      '24/6823', '24/7353', '24/5119', '24/249', '24/6822', '21/17146', '24/187', null, null,
    ]);
  });
  it('has the closed item 8 and the signature item 9 without decisions', () => {
    expect(d.items[7].closed).toBe(true);
    expect(d.items[7].preambleLines.map((l) => d.lines.at(l).text)).toEqual(['Intet til referat.']);
    expect(d.items[8].title).toBe('Underskriftsark (B)');
    expect(d.items[8].decisions).toHaveLength(0);
  });
});

describe('002 Lejre 2024', () => {
  const d = seed('002');
  it('reads a member note and Afbud lines with names on the next line', () => {
    const claus = d.header.participants!.members[5];
    expect(claus.name).toBe('Claus Jørgensen');
    expect(claus.note).toBe('Afbud');
    const att = d.items[0].attendance;
    expect(att.map((a) => a.kind)).toEqual(['apology', 'apology']);
    expect(att[0].names).toMatchObject([{ name: 'Claus Jørgensen', note: 'F' }]);
    expect(att[1].names.map((n) => n.name)).toEqual(['Claus Jørgensen']);
    expect(d.items[3].attendance[0].names.map((n) => n.name)).toEqual(['Claus Jørgensen']); // `(F).`
  });
  it('reads case numbers like 24-003043 and the empty last Beslutning', () => {
    expect(d.items.map((i) => i.caseNumber?.value ?? null)).toEqual([null, '23-008682', '24-003043', '24-002111', null, null]);
    const last = d.items[5].decisions;
    expect(last).toHaveLength(1);
    expect(last[0].empty).toBe(true);
    expect(last[0].section.headingRange.start.line).toBe(d.lines.length - 1);
  });
  it('puts Beslutning first and keeps decisions clean of Afbud lines', () => {
    expect(d.items[2].sections[0].canonical).toBe('Beslutning');
    expect(d.items[2].decisions[0].text).toBe('Indstillingen tiltrådt.');
    expect(d.items[4].decisions[0].text).toBe('Intet under dette punkt.');
  });
});

describe('003 Lejre 2018', () => {
  const d = seed('003');
  it('links the truncated TOC title with a stray space to its item', () => {
    const entry = d.toc!.entries[4];
    expect(entry.title).toBe('JA - Måltal for anvendelse af Regionale midler til uddannelse og erhvervs kurser for specifik målgr');
    expect(entry.leaderRange).toBeUndefined();
    expect(entry.pages).toEqual([14]);
    expect(entry.match).toBe('truncated');
    expect(entry.items).toEqual([4]);
    expect(d.items[4].title).toBe('JA - Måltal for anvendelse af Regionale midler til uddannelse og erhvervskurser for specifik målgruppe af jobparate dagpengemodtagere');
  });
  it('reads the four committees of Punkt 8', () => {
    const decisions = d.items[7].decisions;
    expect(decisions.map((x) => x.committee)).toEqual([
      'Udvalget for Job & Arbejdsmarked', 'Udvalget for Social, Sundhed & Ældre', 'Udvalget for Børn & Ungdom', 'Udvalget for Teknik & Miljø',
    ]);
    expect(decisions.map((x) => x.date?.day)).toEqual([7, 7, 6, 5]);
    expect(decisions[2].text).toBe('Ad 1) Drøftet\nAd 2) Tiltrådt');
    expect(decisions.every((x) => !x.empty)).toBe(true);
  });
  it('reads headings with a colon and every item', () => {
    expect(d.items).toHaveLength(9);
    expect(d.items[2].sections.map((s) => s.canonical).slice(0, 2)).toEqual(['Sagens forløb', 'Sagen afgøres i']);
    expect(d.items[0].decisions[0].text).toBe('Godkendt');
  });
});

describe('004 Lolland', () => {
  const d = seed('004');
  it('joins the wrapped member list', () => {
    expect(d.header.participants!.members.map((m) => m.name)).toEqual([
      'Vibeke Grave', 'Gry Hernø', 'Henning Rasmussen', 'Diana Leicht Christensen', 'Jesper Volmer', 'Birthe Lauridsen', 'Lars Christiansen',
    ]);
  });
  it('reads a TOC line with a tab and no leader', () => {
    const entry = d.toc!.entries[9];
    expect(entry.closed).toBe(true);
    expect(entry.title).toBe('Lukket orientering');
    expect(entry.pages).toEqual([16]);
    expect(entry.leaderRange).toBeUndefined();
    expect(entry.items).toEqual([9]);
  });
  it('tells the quoted decision of Børne- og Skoleudvalget from this meeting’s', () => {
    const item = d.items[3];
    expect(item.quotedDecisions).toHaveLength(1);
    expect(item.quotedDecisions[0].committee).toBe('Børne- og Skoleudvalget');
    expect(item.decisions).toHaveLength(1);
    expect(item.decisions[0].text).toBe('Taget til efterretning.');
    expect(item.attendance).toHaveLength(1);
    expect(item.attendance[0].names.map((n) => n.name)).toEqual(['Tine Vinther Clausen']);
    expect(item.attendance[0].inQuote).toBe(true);
  });
  it('reads the closed item with `Intet` and all case numbers', () => {
    expect(d.items[9].closed).toBe(true);
    expect(d.items[9].preambleLines.map((l) => d.lines.at(l).text)).toEqual(['Intet']);
    expect(d.items[1].caseNumber?.value).toBe('15.00.00-G01-1-24');
    expect(d.items.filter((i) => !i.closed).every((i) => i.decisions.length === 1)).toBe(true);
  });
});
