import type { DateValue, ReferatDocument } from '../model/types';
import { sameCommittee } from '../parse/committees';
import { formatNumericDate, isoDate, sameDate, weekdayOf } from '../parse/dates';
import { MONTHS, WEEKDAYS } from '../parse/vocabulary';
import type { Edit, Finding, Rule } from './types';
import { text } from './util';

function written(doc: ReferatDocument, r: { start: { line: number; character: number }; end: { character: number } }): string {
  return doc.lines.raw(r.start.line).slice(r.start.character, r.end.character);
}

/** A day or month with as many digits as the original's (`08` or `8`). */
const pad = (n: number, like: string) => (like.length === 2 ? String(n).padStart(2, '0') : String(n));

/** The date in the same style as `original`: `08. maj 2024`, `8. maj 2024`, `08-05-2024`, `2024-05-08` or `8/5 2024`. */
function formatLike(original: string, date: DateValue): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(original)) return isoDate(date)!;
  const slash = /^(\d{1,2})\/(\d{1,2}) \d{4}$/.exec(original);
  if (slash) return `${pad(date.day, slash[1])}/${pad(date.month, slash[2])} ${date.year}`;
  const numeric = /^(\d{1,2})([-./])(\d{1,2})\2\d{4}$/.exec(original);
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

/**
 * This meeting's decisions dated another day (`Beslutning Økonomiudvalget den
 * 17-06-2025` at the meeting of 16 June): the committee's own, or one that
 * names none. An earlier day's is an earlier meeting's, and the parser keeps
 * it as history; another committee's (a shared item) has its own day.
 */
function decisionDates(doc: ReferatDocument, meeting: DateValue, out: Finding[]): void {
  // The header has the title's committee where it names none of its own.
  const committee = doc.header.committee?.value;
  for (const item of doc.items) {
    for (const d of item.decisions) {
      if (!d.date || !d.dateRange || sameDate(d.date, meeting)) continue;
      if (d.committee && (!committee || !sameCommittee(d.committee, committee))) continue;
      const newDate = formatLike(written(doc, d.dateRange), meeting);
      out.push({
        range: d.dateRange,
        message: text(
          `Beslutningen er dateret ${DANISH_DATE(d.date)}, men mødet var ${DANISH_DATE(meeting)}.`,
          `The decision is dated ${formatNumericDate(d.date)}, but the meeting was on ${formatNumericDate(meeting)}.`,
        ),
        related: doc.header.meetingDate?.dateRange ? [{ range: doc.header.meetingDate.dateRange, message: text('Mødedato', 'The meeting date') }] : [],
        // The slip may be the meeting date's: a person decides, so `--fix` leaves it.
        fixes: [{ title: text(`Ret datoen til ${newDate}`, `Change the date to ${newDate}`), edits: [{ range: d.dateRange, newText: newDate }], safe: false, preferred: true }],
      });
    }
  }
}

export const dateMismatch: Rule = {
  code: 'date-mismatch',
  defaultSeverity: 'warning',
  description: text('Mødedato passer ikke med titlen, ugedagen er forkert, eller en beslutning er dateret en anden dag', 'Mødedato differs from the title, its weekday is wrong, or a decision is dated another day'),
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
    decisionDates(doc, md.date, out);
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
