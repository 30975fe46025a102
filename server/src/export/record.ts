// The structured export of a referat, for search indexes and archives: plain
// data with ISO dates, 1-based lines, pages, full section texts (paragraphs
// joined, page furniture left out) and the diagnostics. Versioned; the JSON
// Schema in schemas/referat-export.schema.json describes it.
import { distinctAttendance } from '../model/attendance';
import { committeeOfDecisions, mostOf } from '../model/meeting';
import type { Item, ReferatDocument, Section } from '../model/types';
import type { Lines } from '../text/lines';
import { isoDate } from '../parse/dates';
import { printedPage } from '../model/pages';
import type { Diagnostic } from '../rules/types';
import type { Lang } from '../i18n/messages';

export const EXPORT_VERSION = 1;

export interface ExportSection {
  heading: string;
  /** The standard heading it stands for (`Beslutning` for every decision). */
  canonical: string;
  startLine: number;
  endLine: number;
  /** Paragraphs joined into lines, paragraphs apart by a blank line. */
  text: string;
}

export interface ExportDecision {
  committee: string | null;
  date: string | null;
  text: string;
  empty: boolean;
  /** This meeting's decision; false for an earlier meeting's, kept in the item's history. */
  thisMeeting: boolean;
  line: number;
}

export interface ExportItem {
  number: number;
  /** Set where the text gives no number: `number` is the item's place. */
  unnumbered?: true;
  title: string;
  closed: boolean;
  caseNumber: string | null;
  startLine: number;
  endLine: number;
  startPage: number | null;
  endPage: number | null;
  /** The page the TOC gives for the item. */
  tocPage: number | null;
  sections: ExportSection[];
  decisions: ExportDecision[];
  attendance: Array<{ kind: string; names: string[]; quoted: boolean; line: number }>;
  /** The lines under `Bilag`. */
  attachments: string[];
}

export interface ExportMeeting {
  committee: string | null;
  date: string | null;
  /** The fields the header lacks, read from the items' decisions (`Forretningsudvalgets beslutning den 8. november 2022:`). */
  inferred?: Array<'committee' | 'date'>;
  time: string | null;
  place: string | null;
  members: Array<{ name: string; note: string | null }>;
  absent: Array<{ name: string; note: string | null }>;
}

export interface ExportDiagnostic {
  code: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  page: number | null;
  message: string;
}

export interface ExportDocument {
  format: 'referat-export';
  version: typeof EXPORT_VERSION;
  /** `agenda`: the text is an agenda before the meeting (a `Dagsorden` title, no decisions yet); left out for minutes. */
  source: { file: string; dialect: string; dialectName: string; pages: number | null; agenda?: true };
  meeting: ExportMeeting;
  items: ExportItem[];
  diagnostics: ExportDiagnostic[];
}

/** `kl. 15.45`, `13:00` → `15:45`, `13:00`. */
function isoTime(t: string | undefined): string | null {
  const m = t ? /(\d{1,2})[.:](\d{2})/.exec(t) : null;
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : null;
}

/** A list's entry starts a line of its own: `- …`, `• …`, `1) …`, `a. …`. */
const LIST_ENTRY = /^(?:[-•–*▪]|\d{1,2}[.)]|[a-zæøå][.)]|[A-Z]\))\s/;

/** A paragraph's lines joined with spaces; a word broken at a hyphen (`2030-` / `fremskrivning`) joins without one. */
function joinLines(parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (out === '') out = p;
    else if (LIST_ENTRY.test(p)) out += '\n' + p;
    else if (/[\p{L}\d]-$/u.test(out) && /^\p{Ll}/u.test(p) && !/^(?:og|eller|samt|til)\b/.test(p)) out += p;
    else out += ' ' + p;
  }
  return out;
}

/** The text of some lines: runs of lines joined, blank lines ending a paragraph, furniture left out. */
export function paragraphs(lines: Lines, from: number, to: number): string {
  const out: string[] = [];
  let run: string[] = [];
  const end = () => {
    if (run.length > 0) out.push(joinLines(run));
    run = [];
  };
  for (let i = from; i <= to && i < lines.length; i++) {
    if (lines.isFurniture(i)) continue;
    const text = lines.text(i);
    if (text === '') end();
    else run.push(text);
  }
  end();
  return out.join('\n\n');
}

function page(doc: ReferatDocument, line: number): number | null {
  return doc.hasFormFeeds && doc.lines.has(line) ? printedPage(doc, doc.lines.page(line)) : null;
}

function sectionRecord(doc: ReferatDocument, s: Section): ExportSection {
  const from = s.implicit ? s.headingRange.start.line : s.headingRange.end.line + 1;
  return {
    heading: s.name,
    canonical: s.canonical,
    startLine: s.range.start.line + 1,
    endLine: s.range.end.line + 1,
    text: paragraphs(doc.lines, from, s.range.end.line),
  };
}

function attachments(doc: ReferatDocument, item: Item): string[] {
  return item.sections.filter((s) => s.canonical === 'Bilag').flatMap((s) => s.bodyLines.map((l) => doc.lines.text(l)).filter((t) => t !== ''));
}

function itemRecord(doc: ReferatDocument, item: Item): ExportItem {
  const entry = item.tocEntry !== undefined ? doc.toc?.entries[item.tocEntry] : undefined;
  const k = entry ? entry.items.indexOf(doc.items.indexOf(item)) : -1;
  const history = item.quotedDecisions.filter((q) => q.history);
  return {
    number: item.number,
    ...(item.unnumbered ? { unnumbered: true as const } : {}),
    title: item.title,
    closed: item.closed,
    caseNumber: item.caseNumber?.value ?? null,
    startLine: item.range.start.line + 1,
    endLine: item.range.end.line + 1,
    startPage: page(doc, item.range.start.line),
    endPage: page(doc, item.range.end.line),
    tocPage: entry && k >= 0 ? entry.pages[k] ?? entry.pages[0] ?? null : null,
    sections: item.sections.map((s) => sectionRecord(doc, s)),
    decisions: [
      ...item.decisions.map((d) => ({
        committee: d.committee ?? null,
        date: isoDate(d.date),
        text: d.text,
        empty: d.empty,
        thisMeeting: true,
        line: d.section.headingRange.start.line + 1,
      })),
      ...history.map((q) => ({
        committee: q.committee ?? null,
        date: isoDate(q.date),
        text: paragraphs(doc.lines, q.headingRange.end.line + 1, q.range.end.line),
        empty: false,
        thisMeeting: false,
        line: q.headingRange.start.line + 1,
      })),
    ].sort((a, b) => a.line - b.line),
    attendance: distinctAttendance(item).map(({ line: a, names }) => ({ kind: a.kind, names, quoted: a.inQuote, line: a.range.start.line + 1 })),
    attachments: attachments(doc, item),
  };
}

/**
 * The meeting's committee and date where the header lacks them: what most of
 * the items' decisions name (web pages that give them only over each decision).
 * The export says so; the model, and the fixes that edit it, never see them.
 */
function meetingFromDecisions(doc: ReferatDocument, committee: string | null, date: string | null): { committee: string | null; date: string | null; inferred: Array<'committee' | 'date'> } {
  const inferred: Array<'committee' | 'date'> = [];
  const decisions = doc.items.flatMap((i) => i.decisions);
  if (committee === null || committee === '') {
    const named = committeeOfDecisions(doc);
    if (named !== undefined) {
      committee = named;
      inferred.push('committee');
    }
  }
  if (date === null) {
    // The committee's own decisions where it is known: another committee's may be older.
    const key = committee?.toLowerCase() ?? '';
    const ours = (c: string | undefined) => !c || key === '' || c.toLowerCase().startsWith(key) || key.startsWith(c.toLowerCase());
    const own = decisions.filter((d) => d.date && ours(d.committee));
    const dated = mostOf(own.flatMap((d) => (d.date ? [isoDate(d.date)!] : [])));
    if (dated !== undefined) {
      date = dated;
      inferred.push('date');
    }
  }
  return { committee, date, inferred };
}

/** The export of one document and its findings, with messages in `lang`. */
export function exportDocument(file: string, doc: ReferatDocument, diagnostics: Diagnostic[], lang: Lang): ExportDocument {
  const { header } = doc;
  const people = (list: Array<{ name: string; note?: string }> | undefined) => (list ?? []).map((m) => ({ name: m.name, note: m.note ?? null }));
  const { committee, date, inferred } = meetingFromDecisions(doc, header.committee?.value ?? header.title?.committee ?? null, isoDate(header.meetingDate?.date ?? header.title?.date));
  return {
    format: 'referat-export',
    version: EXPORT_VERSION,
    source: { file, dialect: doc.dialect.id, dialectName: doc.dialect.name, pages: doc.hasFormFeeds ? doc.pageCount : null, ...(doc.agenda ? { agenda: true as const } : {}) },
    meeting: {
      committee,
      date,
      ...(inferred.length > 0 ? { inferred } : {}),
      time: isoTime(header.meetingDate?.time ?? header.title?.time),
      place: header.place?.value ?? header.title?.place ?? null,
      members: people(header.participants?.members),
      absent: people(header.absent?.members),
    },
    items: doc.items.map((item) => itemRecord(doc, item)),
    diagnostics: diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      page: page(doc, d.range.start.line),
      message: d.message[lang],
    })),
  };
}

/** JSONL: one line per item, the meeting's fields repeated on each (a document with no items gives one line without `item`). */
export function exportLines(record: ExportDocument): string[] {
  const { items, diagnostics, ...rest } = record;
  if (items.length === 0) return [JSON.stringify({ ...rest, item: null, diagnostics })];
  return items.map((item) => {
    const mine = diagnostics.filter((d) => d.line >= item.startLine && d.line <= item.endLine);
    return JSON.stringify({ ...rest, item, diagnostics: mine });
  });
}
