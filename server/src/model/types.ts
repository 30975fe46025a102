// The referat document model. Plain data with exact ranges; no LSP or VS Code
// imports, so the CLI, the rules and the server all read the same structure.
import type { Lines } from '../text/lines';

/** Zero-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface DateValue {
  year: number;
  month: number; // 1-12
  day: number;
}

/** One physical line of the file. */
/** One line, as `Lines.at` makes it for code that reads few lines; the model keeps no object per line. */
export interface Line {
  index: number;
  /** The line without its line break. */
  raw: string;
  /** Column where the content starts (after BOM, form feeds, indentation). */
  start: number;
  /** Column after the last non-blank character. */
  end: number;
  /** raw.slice(start, end); empty for a blank line. */
  text: string;
  /** 1-based page, counted from form feeds; 1 when the file has none. */
  page: number;
  /** A running header or footer: `text` is empty so nothing reads it as content. */
  furniture?: boolean;
  /** An inline suppression marker (`<!-- referat-disable-… -->`): `text` is empty likewise. */
  directive?: boolean;
}

export interface Field {
  label: string;
  labelRange: Range;
  value: string;
  /** Absent when the label has no value. */
  valueRange?: Range;
  range: Range;
}

export interface NameRef {
  name: string;
  /** A note in brackets after the name: `(Afbud)`, `(F)`. */
  note?: string;
  /** The whole name; may span two lines when it is split by a wrap. */
  range: Range;
  /** One range per line the name sits on (two for a split name). */
  segments: Range[];
}

export interface Title {
  text: string;
  range: Range;
  committee: string;
  committeeRange: Range;
  date?: DateValue;
  dateRange?: Range;
  /** `… den 22. juni 2020 kl. 17:30 i Rådhuset`: the time and place after the date, where the title gives them (`17:30`). */
  time?: string;
  place?: string;
}

export interface MeetingDate extends Field {
  date?: DateValue;
  dateRange?: Range;
  /** 0 = Monday … 6 = Sunday, as written. */
  weekday?: number;
  weekdayRange?: Range;
  time?: string;
}

export interface Participants extends Field {
  members: NameRef[];
}

/** A field's `label` is empty where the system prints the value alone (`tirsdag den 4. december 2012`). */
export interface Header {
  title?: Title;
  /** The committee: from `Udvalg:`, the title line, or the line after a bare `Referat`. */
  committee?: Field;
  meetingDate?: MeetingDate;
  place?: Field;
  participants?: Participants;
  /** `Afbud/Fraværende`, `Fraværende` in the header. */
  absent?: Participants;
  secretary?: Field;
  range?: Range;
}

export type TocMatch = 'exact' | 'truncated' | 'fused' | 'different' | 'none';

export interface TocEntry {
  /** The item number the entry gives (`1. Meddelelser`, `715.`), where it gives one. */
  number?: number;
  /** Title as written, without `Lukket:` and the leader; wrapped lines joined. */
  title: string;
  titleRange: Range;
  closed: boolean;
  leaderRange?: Range;
  pages: number[];
  pageRanges: Range[];
  /** Two or more page numbers on one line: entries fused by the PDF conversion. */
  fused: boolean;
  range: Range;
  /** Indexes into ReferatDocument.items, in order; set by linking. */
  items: number[];
  match: TocMatch;
}

export interface Toc {
  headingRange: Range;
  /** Lines inside the TOC that hold only page numbers, written apart from their titles (pdftotext without -layout). */
  pageBlock?: Range;
  range: Range;
  entries: TocEntry[];
}

export type SectionKind = 'section' | 'decision';

export interface Section {
  /** Heading as written, without a trailing colon. */
  name: string;
  /** The standard heading it stands for (`Beslutning` for every decision). */
  canonical: string;
  kind: SectionKind;
  headingRange: Range;
  /** Heading through the last non-blank line of the section. */
  range: Range;
  /** Line indexes of the non-blank lines after the heading. */
  bodyLines: number[];
  /** Set when the heading is a near miss of a standard one (`Beslutnig`). */
  typo?: { expected: string };
  /** A heading the vocabulary does not know, recognised by its shape. */
  unknown?: boolean;
  /** No heading line: a closed item's decision published as one bare line. */
  implicit?: boolean;
}

export interface Decision {
  section: Section;
  committee?: string;
  date?: DateValue;
  dateRange?: Range;
  /** Decision text without attendance lines, paragraphs joined by newlines. */
  text: string;
  textRange?: Range;
  empty: boolean;
}

/**
 * A decision that is not this meeting's: another committee's quoted one
 * (`Beslutning fra Børne- og Skoleudvalget, den 13. januar 2025, punkt 11:`),
 * or one of an earlier meeting kept in the item's history.
 */
export interface QuotedDecision {
  committee?: string;
  date?: DateValue;
  /** An earlier treatment in the item's history, rather than a quote inside the text. */
  history?: boolean;
  headingRange: Range;
  range: Range;
}

export type AttendanceKind = 'absent' | 'apology' | 'notParticipating';

export interface AttendanceLine {
  kind: AttendanceKind;
  range: Range;
  names: NameRef[];
  /** Inside another committee's quoted decision or a history section. */
  inQuote: boolean;
}

export interface CaseNumber {
  value: string;
  range: Range;
}

/** An item and its parts. A new field that holds a range or line numbers needs its line in `shiftedItem` (parse/reuse.ts). */
export interface Item {
  number: number;
  numberRange: Range;
  /** The text gives no number (a web page of titled items): `number` is the item's place, `numberRange` empty at the title. */
  unnumbered?: true;
  title: string;
  titleRange: Range;
  closed: boolean;
  closedRange?: Range;
  /** The `Punkt N:` line, and its wrapped continuation. */
  headingRange: Range;
  /** Heading through the last non-blank line before the next item. */
  range: Range;
  page: number;
  caseNumber?: CaseNumber;
  sections: Section[];
  decisions: Decision[];
  quotedDecisions: QuotedDecision[];
  attendance: AttendanceLine[];
  /** Non-blank lines between the heading (and case number) and the first section. */
  preambleLines: number[];
  /** Index of the TOC entry that links to this item; set by linking. */
  tocEntry?: number;
}

export interface DialectInfo {
  id: string;
  name: string;
}

/** An inline marker that turns rules off (`<!-- referat-disable-next-item toc-order -->`). */
export type SuppressionScope = 'file' | 'next-item' | 'next-line';

export interface Suppression {
  scope: SuppressionScope;
  /** Rule codes as written, lower-cased; empty for every rule. */
  codes: string[];
  /** Each code's range, for a warning on one that names no rule. */
  codeRanges: Range[];
  line: number;
  range: Range;
}

export interface ReferatDocument {
  /** The text parsed. The lines are slices of it, so keeping it costs nothing; a rule can rule out the whole text in one scan. */
  source: string;
  /** The lines, as offsets into `source` (`lines.at(i)` makes a `Line` of one). */
  lines: Lines;
  /** The agenda system whose forms explain the document best. */
  dialect: DialectInfo;
  header: Header;
  toc?: Toc;
  items: Item[];
  /** True when the text holds form feeds, so page numbers are exact. */
  hasFormFeeds: boolean;
  /** A web page: its navigation (`Til toppen`, `Fold alle ud`) is in the text, or its system's pages are web pages. Such a page has no TOC to ask for. */
  webPage: boolean;
  /** An agenda (`Dagsorden` in the title, no decision in any item): sent before the meeting, so no item is asked for its decision. */
  agenda: boolean;
  pageCount: number;
  /** Printed page numbers (`Side 2`) by physical page, where the running header gives them and they differ. */
  pageLabels?: Array<number | undefined>;
  /** Range of the whole text. */
  range: Range;
  /** The line break the text uses, for text that fixes insert. */
  eol: '\n' | '\r\n';
  /** Inline suppression markers, in line order. */
  suppressions: Suppression[];
  /** Where no item was found: the first lines (up to three) that are known section headings. */
  headingsWithoutItems?: number[];
}
