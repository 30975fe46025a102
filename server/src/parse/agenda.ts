// An agenda (dagsorden) sent before the meeting is written in the minutes'
// own form, without decisions: asking each of its items for one says nothing.
import type { Header, Item } from '../model/types';
import type { Lines } from '../text/lines';

/** `DAGSORDEN Økonomiudvalget d. 25-06-2024`, `Dagsorden` alone. */
const AGENDA_WORD = /^DAGSORDEN(?=$|[\s:])/i;
/** `Byrådet - Dagsorden`, `Økonomiudvalget Dagsorden 3. maj`: the word has its capital after a name. */
const AGENDA_AFTER = /^(\p{Lu}[^\t]{1,80}?)(?:\s*[-–—.:]\s*|\s+)(?:Dagsorden|DAGSORDEN)(?=$|[\s:.,–—-])/u;
/** `Godkendelse af dagsorden` is an item's title, not the document's. */
const LITTLE_WORD_END = /\s(?:af|fra|til|om|på|i|for|og|med)$/i;
/** The title stands among the first lines. */
const TITLE_LINES = 12;

function isAgendaTitle(text: string): boolean {
  if (text.length > 250) return false;
  if (AGENDA_WORD.test(text)) return true;
  const m = AGENDA_AFTER.exec(text);
  return m !== null && !LITTLE_WORD_END.test(m[1]);
}

/** Whether the text is an agenda: its title says `Dagsorden` (not `Referat`), and no item has a decision of this meeting. */
export function isAgenda(lines: Lines, header: Header, items: readonly Item[]): boolean {
  if (header.title || items.length === 0 || items.some((i) => i.decisions.length > 0)) return false;
  const end = Math.min(lines.length, items[0].range.start.line);
  for (let i = 0, seen = 0; i < end && seen < TITLE_LINES; i++) {
    const text = lines.text(i);
    if (text === '') continue;
    seen++;
    if (isAgendaTitle(text)) return true;
  }
  return false;
}
