// Data for the meeting overview view: items, decisions, attendance, problems.
import { distinctAttendance } from '../model/attendance';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../config/types';
import { decisionStatus } from './summary';
import type { ReferatDocument } from '../model/types';
import type { Lang } from '../i18n/messages';
import type { Diagnostic } from '../rules/types';
import { formatNumericDate } from '../parse/dates';

export interface Overview {
  title: string | null;
  date: string | null;
  meetingDate: string | null;
  place: string | null;
  members: Array<{ name: string; note?: string }>;
  items: Array<{
    number: number;
    title: string;
    line: number;
    closed: boolean;
    /** No decision, and none needed (`Underskriftsark`): the outline and the lens say the same. */
    exempt: boolean;
    caseNumber: string | null;
    decisions: Array<{ committee: string | null; text: string; empty: boolean }>;
    attendance: Array<{ kind: string; names: string[]; quoted: boolean }>;
    problems: number;
  }>;
  problems: Array<{ line: number; severity: string; code: string; message: string }>;
}

export function overview(doc: ReferatDocument, diagnostics: Diagnostic[], lang: Lang, config: ResolvedConfig = DEFAULT_CONFIG): Overview {
  const h = doc.header;
  const lineOf = (d: Diagnostic) => d.range.start.line;
  return {
    title: h.title?.committee ?? null,
    date: h.title?.date ? formatNumericDate(h.title.date) : null,
    meetingDate: h.meetingDate?.value ?? null,
    place: h.place?.value ?? null,
    members: h.participants?.members.map((m) => ({ name: m.name, ...(m.note ? { note: m.note } : {}) })) ?? [],
    items: doc.items.map((item) => ({
      number: item.number,
      title: item.title,
      line: item.headingRange.start.line,
      closed: item.closed,
      exempt: decisionStatus(item, config).kind === 'exempt',
      caseNumber: item.caseNumber?.value ?? null,
      decisions: item.decisions.map((d) => ({ committee: d.committee ?? null, text: d.text, empty: d.empty })),
      attendance: distinctAttendance(item).map(({ line: a, names }) => ({ kind: a.kind, names, quoted: a.inQuote })),
      problems: diagnostics.filter((d) => lineOf(d) >= item.range.start.line && lineOf(d) <= item.range.end.line).length,
    })),
    problems: diagnostics.map((d) => ({ line: lineOf(d), severity: d.severity, code: d.code, message: d.message[lang] })),
  };
}
