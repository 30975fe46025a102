import type { DateValue } from '../model/types';
import { monthNumber, weekdayNumber } from './vocabulary';

export function isValidDate(d: DateValue): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.year < 1000 || d.year > 9999) return false;
  return d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(d: DateValue): number {
  return (new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7;
}

export function sameDate(a: DateValue, b: DateValue): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Whether `a` is a day before `b`. */
export function isBefore(a: DateValue, b: DateValue): boolean {
  return a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day < b.day;
}

export function formatNumericDate(d: DateValue): string {
  return `${String(d.day).padStart(2, '0')}-${String(d.month).padStart(2, '0')}-${d.year}`;
}

export interface DateMatch {
  date: DateValue;
  /** Offsets of the date text within the searched string. */
  from: number;
  to: number;
}

const NUMERIC_DATE = /(^|[^\d])(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?!\d)/;
// Danish month names are Latin-1 letters: no Unicode property classes, which cost
// a slow compile for every text with a character outside Latin-1.
const TEXT_DATE = /(^|[^A-Za-zÀ-ÖØ-öø-ÿ\d])(\d{1,2})\.?\s{0,3}([A-Za-zÆØÅæøå]{3,9}\.?)\s{1,3}(\d{4})(?!\d)/;

/** `2021-05-05`: ISO 8601, as web pages and exports write it. */
const ISO_DATE = /(^|[^\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/;
/** `5/5 2021`: day and month with a slash, the year after a space. */
const SLASH_SPACE_DATE = /(^|[^\d/])(\d{1,2})\/(\d{1,2}) (\d{4})(?!\d)/;

/** `April 3, 2019`: a web page whose system writes the month in English (Drupal's default). */
const ENGLISH_DATE = /(^|[^A-Za-z\d])(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2}),?\s+(\d{4})(?!\d)/i;
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Finds the first date in `s`: `25-06-2024`, `25.06.2024`, `25. juni 2024`, `2024-06-25`, `25/6 2024`, and (where there is none of those) `April 3, 2019`. */
export function findDate(s: string): DateMatch | undefined {
  const candidates: DateMatch[] = [];
  const n = NUMERIC_DATE.exec(s);
  if (n) {
    const date = { day: +n[2], month: +n[3], year: +n[4] };
    const from = n.index + n[1].length;
    if (isValidDate(date)) candidates.push({ date, from, to: n.index + n[0].length });
  }
  const t = TEXT_DATE.exec(s);
  if (t) {
    const month = monthNumber(t[3]);
    if (month) {
      const date = { day: +t[2], month, year: +t[4] };
      if (isValidDate(date)) candidates.push({ date, from: t.index + t[1].length, to: t.index + t[0].length });
    }
  }
  // The rarer numeric forms, each only where its separator is.
  const iso = s.indexOf('-') > 0 ? ISO_DATE.exec(s) : null;
  if (iso) {
    const date = { day: +iso[4], month: +iso[3], year: +iso[2] };
    if (isValidDate(date)) candidates.push({ date, from: iso.index + iso[1].length, to: iso.index + iso[0].length });
  }
  const slash = s.indexOf('/') > 0 ? SLASH_SPACE_DATE.exec(s) : null;
  if (slash) {
    const date = { day: +slash[2], month: +slash[3], year: +slash[4] };
    if (isValidDate(date)) candidates.push({ date, from: slash.index + slash[1].length, to: slash.index + slash[0].length });
  }
  if (candidates.length === 0) {
    const e = ENGLISH_DATE.exec(s);
    if (e) {
      const date = { day: +e[3], month: ENGLISH_MONTHS.indexOf(e[2].toLowerCase()) + 1, year: +e[4] };
      if (isValidDate(date)) candidates.push({ date, from: e.index + e[1].length, to: e.index + e[0].length });
    }
  }
  candidates.sort((a, b) => a.from - b.from);
  return candidates[0];
}

export interface WeekdayMatch {
  weekday: number;
  from: number;
  to: number;
}

/** A weekday name at the start of `s` (after optional blanks). */
export function findLeadingWeekday(s: string): WeekdayMatch | undefined {
  const m = /^\s*(\p{L}+)/u.exec(s);
  if (!m) return undefined;
  const weekday = weekdayNumber(m[1]);
  if (weekday === undefined) return undefined;
  const from = m[0].length - m[1].length;
  return { weekday, from, to: m[0].length };
}

/** `2013-06-20`: a date as ISO 8601, for data meant for other programs. */
export function isoDate(d: DateValue | undefined): string | null {
  if (!d) return null;
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
