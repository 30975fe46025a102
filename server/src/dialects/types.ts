// A dialect describes how one agenda system writes its minutes: item lines,
// header labels, decision headings, page furniture and case numbers. The
// parser reads every dialect the same way; a new system is a new file here.

/** An item line form. `number` is group 1; the title follows the match, or stands on the next line. */
export interface ItemForm {
  pattern: RegExp;
  titleOnNextLine?: boolean;
  /** The title stands on the line directly above the number (`Meddelelser` over `Sag nr. 139`). */
  titleOnLineBefore?: boolean;
}

export type HeaderFieldKey = 'title' | 'committee' | 'meetingDate' | 'place' | 'participants';

export interface Dialect {
  /** Stable id, shown in the outline and accepted in settings. */
  id: string;
  /** Name for people: `eDoc`, `FirstAgenda (web)`. */
  name: string;
  itemForms: readonly ItemForm[];
  /** The item lines as people see them, for the message when none is found. */
  itemExamples: readonly string[];
  /** Label words of header fields, as written (the first is the one shown). */
  labels: {
    committee: readonly string[];
    meetingDate: readonly string[];
    place: readonly string[];
    participants: readonly string[];
    absent: readonly string[];
    secretary: readonly string[];
  };
  /** Items carry the municipality's running numbers (`715.`), so numbering need not start at 1. */
  runningNumbers: boolean;
  /** Whether the system prints a table of contents (a web page has none). */
  hasToc: boolean;
  /** Fields a complete header of this system has. */
  requiredFields: readonly HeaderFieldKey[];
  /** Section headings of this system beyond the standard ones. */
  headings: readonly string[];
  /** Headings whose sections retell earlier treatments (nothing in them is this meeting's). */
  historyHeadings: readonly string[];
  /**
   * Decision heading forms beyond `Beslutning …`, with named groups
   * `committee` and `date`: `Udvalgets beslutning den 04.12.2012 Punkt 1`.
   */
  decisionForms: readonly RegExp[];
  /** Lines that are page furniture wherever they stand (running headers the text repeats without form feeds). */
  furniture: readonly RegExp[];
  /** Lines inside a table of contents that are not entries: `Åbent referat`, `Punkt nr. Side`. */
  tocFurniture: readonly RegExp[];
  /** Lines after which nothing belongs to the last item (a signature page). */
  trailers: readonly RegExp[];
  /** Lines that are typical of this system and of no other, for choosing the dialect. */
  signals: readonly RegExp[];
  /**
   * How a short unknown line shaped like a heading is read: as a new section
   * (`section`), or, as in FirstAgenda's PDF minutes, as a sub-heading inside
   * the running section, which still ends a decision or a history section.
   */
  freeHeadings: 'section' | 'subheading';
  /** A decision is one block: it ends at the first blank line (web pages with untitled blocks). */
  decisionEndsAtBlank: boolean;
}
