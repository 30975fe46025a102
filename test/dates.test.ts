// Dates as the systems write them, and what is no date.
import { describe, expect, it } from 'vitest';
import { findDate } from '../server/src/parse/dates';
import { parseReferat } from '../server/src/parse/parser';
import { runRules } from '../server/src/rules/index';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import { doc } from './helpers';

const found = (s: string) => {
  const m = findDate(s);
  return m ? [m.date.day, m.date.month, m.date.year, s.slice(m.from, m.to)] : undefined;
};

describe('findDate', () => {
  it('reads the numeric, textual, ISO and English forms, with where the date stands', () => {
    expect(found('tirsdag d. 4/12-2012 kl. 13')).toEqual([4, 12, 2012, '4/12-2012']);
    expect(found('Mødedato: 2021-05-05 kl. 16.00')).toEqual([5, 5, 2021, '2021-05-05']);
    expect(found('d. 5/5 2021')).toEqual([5, 5, 2021, '5/5 2021']);
    expect(found('onsdag den 5. maj 2021')).toEqual([5, 5, 2021, '5. maj 2021']);
    expect(found('4. sept. 2012')).toEqual([4, 9, 2012, '4. sept. 2012']);
    expect(found('Onsdag, April 3, 2019 - 18:00')).toEqual([3, 4, 2019, 'April 3, 2019']);
    // The first date in the text, whatever its form.
    expect(found('2021-05-05, udsat fra 3. maj 2021')).toEqual([5, 5, 2021, '2021-05-05']);
  });
  it('takes no case number, file code or impossible day for a date', () => {
    for (const s of ['Sagsnr. 2012-202935', 'EMN-2025-008579', '2019-04-12345', '2012-10-15-G01', '85.02.02-G01-5-17', '2021-13-05', '31/2 2021', 'Sag 12/27845']) {
      expect(found(s), s).toBeUndefined();
    }
  });
});

describe('an ISO date in the header', () => {
  const items = ['Punkt 1: Budget', 'Beslutning', 'Godkendt.'];
  it('is the meeting’s date, and a fix of a wrong one keeps the form', () => {
    const text = doc('REFERAT Økonomiudvalget d. 2021-05-05', 'Mødedato 2021-05-06 kl. 16:00', 'Mødested Rådhuset', 'Mødedeltagere Anna Holm, Bo Berg', ...items);
    const d = parseReferat(text);
    expect([d.header.title?.date, d.header.meetingDate?.date]).toEqual([{ day: 5, month: 5, year: 2021 }, { day: 6, month: 5, year: 2021 }]);
    const mismatch = runRules(d, DEFAULT_CONFIG).filter((f) => f.code === 'date-mismatch');
    expect(mismatch.map((f) => f.fixes?.[0]?.edits.map((e) => e.newText))).toEqual([['2021-05-05']]);
  });
});
