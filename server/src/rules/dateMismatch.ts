import type { DateValue, ReferatDocument } from '../model/types';
import { formatNumericDate, sameDate, weekdayOf } from '../parse/dates';
import { MONTHS, WEEKDAYS } from '../parse/vocabulary';
import type { Edit, Finding, Rule } from './types';
import { text } from './util';

function written(doc: ReferatDocument, r: { start: { line: number; character: number }; end: { character: number } }): string {
  return doc.lines.raw(r.start.line).slice(r.start.character, r.end.character);
}

const pad2 = (n: number, like: string) => (like.length === 2 ? String(n).padStart(2, '0') : String(n));

/** The date in the same style as `original`: `08. maj 2024`, `8. maj 2024` or `08-05-2024`. */
function formatLike(original: string, date: DateValue): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(original)) return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  const slash = /^(\d{1,2})\/(\d{1,2}) \d{4}$/.exec(original);
  if (slash) return `${pad2(date.day, slash[1])}/${pad2(date.month, slash[2])} ${date.year}`;
  const numeric = /^(\d{1,2})([-./])(\d{1,2})\2\d{4}$/.exec(original);
  const pad = (n: number, like: string) => (like.length === 2 ? String(n).padStart(2, '0') : String(n));
  if (numeric) return `${pad(date.day, numeric[1])}${numeric[2]}${pad(date.month, numeric[3])}${numeric[2]}${date.year}`;
  const textual = /^(\d{1,2})(\.?)(\s*)(\p{L}+)/u.exec(original);
  if (!textual) return formatNumericDate(date);
  let month = MONTHS[date.month - 1];
  if (/^\p{Lu}/u.test(textual[4])) month = month[0].toUpperCase() + month.slice(1);
  return `${pad(date.day, textual[1])}${textual[2]}${textual[3] || ' '}${month} ${date.year}`;
}

function weekdayLike(original: string, weekday: number): string {
  const name = WEEKDAYS[weekday];
  if (original === original.toUpperCase()) return name.toUpperCase();
  return /^\p{Lu}/u.test(original) ? name[0].toUpperCase() + name.slice(1) : name;
}

const DANISH_DATE = (d: DateValue) => `${d.day}. ${MONTHS[d.month - 1]} ${d.year}`;

export const dateMismatch: Rule = {
  code: 'date-mismatch',
  defaultSeverity: 'warning',
  description: text('Mødedato passer ikke med titlen, eller ugedagen er forkert', 'Mødedato differs from the title, or its weekday is wrong'),
  check({ doc }) {
    const out: Finding[] = [];
    const md = doc.header.meetingDate;
    const titleDate = doc.header.title?.date;
    if (!md?.date || !md.dateRange) return out;
    const weekdayEdit = (date: DateValue): Edit[] =>
      md.weekday !== undefined && md.weekdayRange && md.weekday !== weekdayOf(date)
        ? [{ range: md.weekdayRange, newText: weekdayLike(written(doc, md.weekdayRange), weekdayOf(date)) }]
        : [];
    if (titleDate && !sameDate(titleDate, md.date)) {
      const newDate = formatLike(written(doc, md.dateRange), titleDate);
      out.push({
        range: md.dateRange,
        message: text(
          `Mødedato (${DANISH_DATE(md.date)}) er ikke titlens dato (${formatNumericDate(titleDate)}).`,
          `Mødedato (${formatNumericDate(md.date)}) is not the title's date (${formatNumericDate(titleDate)}).`,
        ),
        related: doc.header.title?.dateRange ? [{ range: doc.header.title.dateRange, message: text('Titlens dato', "The title's date") }] : [],
        fixes: [{
          title: text(`Ret Mødedato til ${newDate}`, `Change Mødedato to ${newDate}`),
          edits: [...weekdayEdit(titleDate), { range: md.dateRange, newText: newDate }],
          safe: true,
          preferred: true,
        }],
      });
      return out;
    }
    if (md.weekday !== undefined && md.weekdayRange && md.weekday !== weekdayOf(md.date)) {
      const right = weekdayLike(written(doc, md.weekdayRange), weekdayOf(md.date));
      out.push({
        range: md.weekdayRange,
        message: text(
          `${DANISH_DATE(md.date)} er en ${WEEKDAYS[weekdayOf(md.date)]}, ikke en ${WEEKDAYS[md.weekday]}.`,
          `${formatNumericDate(md.date)} is a ${WEEKDAYS[weekdayOf(md.date)]} (${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][weekdayOf(md.date)]}), not a ${WEEKDAYS[md.weekday]}.`,
        ),
        fixes: [{ title: text(`Ret ugedagen til ${right}`, `Change the weekday to ${right}`), edits: weekdayEdit(md.date), safe: true, preferred: true }],
      });
    }
    return out;
  },
};
