import type { NameRef, Range } from '../model/types';
import type { JoinedText } from '../text/joined';

const NOTE_AT_END = /\(([^()]{0,40})\)$/;
/** ` - Marianne Kiærulff (V) mødte som stedfortræder`, `, Anni Christensen mødte i stedet`. */
const SUBSTITUTE_AT_END = /\s+[-–]\s+(\p{Lu}[^()]{1,60}?(?:\s*\([^()]{1,20}\))?)\s+mødte\s+(?:som\s+stedfortræder|i\s+stedet)\.?$/u;
/** `Formand`, `Næstformand`, `Rådmand`, `Borgmester` before a capitalised name. */
const LEADING_ROLE = /^((?:næst|udvalgs)?formand|rådmand|(?:vice)?borgmester|(?:by|regions)rådsmedlem)\s+(?=\p{Lu})/iu;
function isCapital(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase();
}
/** `til kl. 18.40 i punkt 2`, `efter kl. 19.00`: when a member was away, after the name. */
export const WHEN_NOTE = '(?:til|fra|efter|før)\\s+kl\\.?\\s*\\d{1,2}[.:]\\d{2}.*';
/** `indkaldt`, `deltog i stedet` after a name: that member came instead of the one before. */
export const INSTEAD_NOTE = '(?:indkaldt|deltog(?:\\s+i\\s+stedet)?)';
/** `… forlod mødet kl. 18.00`, `… ankom under punkt 2`, `… til kl. 18.40 i punkt 2`: when a member left or came. */
const MOVED = new RegExp(`\\s+((?:forlod|ankom)\\s+(?:(?:mødet|under|efter|før|til|i|ved)\\b|kl\\.).*|${WHEN_NOTE})$`, 'u');
/** `Merete Øverup indkaldt`, `Jes König deltog` after an absent member's name: who came instead. */
const CAME_INSTEAD = new RegExp(`^(\\p{Lu}[^()]{1,60}?(?:\\s*\\([^()]{1,20}\\))?)\\s+${INSTEAD_NOTE}$`, 'u');

/**
 * A name said again with when the member left or came (`Bo Jensen (V)`, then
 * `Bo Jensen forlod mødet …`): one member, the later note added to the first.
 */
export function joinRepeatedNames(names: NameRef[]): NameRef[] {
  const first = new Map<string, NameRef>();
  const out: NameRef[] = [];
  for (const n of names) {
    const known = first.get(n.name);
    if (known && n.note !== undefined && MOVED.test(` ${n.note}`)) {
      known.note = known.note ? `${known.note}, ${n.note}` : n.note;
      continue;
    }
    if (!known) first.set(n.name, n);
    out.push(n);
  }
  return out;
}
/** `Fraværende: Ingen.`, `Afbud: Intet`, `Inhabilitet: Ingen`: no one, not a person named so. */
const NO_ONE = /^(?:ingen(?:\s+(?:afbud|fraværende|inhabile?))?|intet|nej|ikke\s+relevant|[-–—])$/i;
/** `sag 129-138`, `punkt 3`: the items a member was away for. */
const ITEMS_NOTE = /^(?:sag(?:er)?|punkt(?:erne)?|pkt\.?)\s+\d{1,4}(?:\s*[-–]\s*\d{1,4})?$/i;
/** `Lolan Ottesen (A) - formand`: a role after a dash. */
const ROLE_AT_END = /\s+[-–]\s+(\p{Ll}[\p{L} ]{1,30})$/u;

/**
 * Splits `joined.text[from, to)` into names at commas and ` og `, each with
 * its exact range; a bracketed note (`(Afbud)`, `(F)`) is kept apart.
 */
export function parseNameList(joined: JoinedText, from = 0, to = joined.text.length): NameRef[] {
  const text = joined.text;
  const names: NameRef[] = [];
  let pieceStart = from;
  const flush = (pieceEnd: number) => {
    let a = pieceStart;
    let b = pieceEnd;
    while (a < b && /[\s,;]/.test(text[a])) a++;
    while (b > a && /[\s.,;:]/.test(text[b - 1])) b--;
    if (a >= b || NO_ONE.test(text.slice(a, b))) return;
    // `Maria Grell, Merete Øverup indkaldt`: the second came instead of the first.
    const instead = names.length > 0 ? CAME_INSTEAD.exec(text.slice(a, b)) : null;
    if (instead) {
      const previous = names[names.length - 1];
      const note = `stedfortræder: ${instead[1]}`;
      previous.note = previous.note ? `${previous.note}, ${note}` : note;
      return;
    }
    // `Formand Erik Nielsen (A)`: the role before the name is a note.
    const role0 = LEADING_ROLE.exec(text.slice(a, b));
    // Under the `i` flag \p{Lu} takes lower case too: `Formand for udvalget` names no one after the role.
    if (role0 && isCapital(text[a + role0[0].length])) a += role0[0].length;
    // `Evan Lynnerup (V) - Marianne Kiærulff (V) mødte som stedfortræder`: the substitute is a note.
    const substitute = SUBSTITUTE_AT_END.exec(text.slice(a, b));
    if (substitute) b = a + substitute.index;
    // `Bo Jensen forlod mødet kl. 18.00 efter punkt 2`, `Carl Holm ankom kl. 17.15`: when, a note; the name before it.
    const moved = isCapital(text[a]) ? MOVED.exec(text.slice(a, b)) : null;
    if (moved) b = a + moved.index;
    let nameEnd = b;
    const role = ROLE_AT_END.exec(text.slice(a, b));
    if (role) nameEnd = a + role.index;
    const m = NOTE_AT_END.exec(text.slice(a, nameEnd));
    if (m) nameEnd = a + m.index;
    while (nameEnd > a && /\s/.test(text[nameEnd - 1])) nameEnd--;
    // The notes in reading order: the bracket, a role after a dash, a role before the name, a substitute.
    const notes: string[] = [];
    if (m) notes.push(m[1].trim());
    if (role) notes.push(role[1]);
    if (role0) notes.push(role0[1].toLowerCase());
    if (substitute) notes.push(`stedfortræder: ${substitute[1]}`);
    if (moved) notes.push(moved[1]);
    const note = notes.length === 0 ? undefined : notes.length === 1 ? notes[0] : notes.filter((n) => n !== '').join(', ');
    // `Erling Larsen, (A)`, `Britt Jensen (A), sag 129-138`: a note alone after a comma is the name's before it.
    const previous = names[names.length - 1];
    const items = nameEnd > a && previous ? ITEMS_NOTE.exec(text.slice(a, nameEnd)) : null;
    if (items) {
      previous.note = previous.note ? `${previous.note}, ${items[0]}` : items[0];
      return;
    }
    if (nameEnd <= a) {
      if (previous && note !== undefined && previous.note === undefined) previous.note = note;
      return;
    }
    // Fields in this order, the note only where there is one (set, not spread from a throwaway object).
    const ref = { name: text.slice(a, nameEnd).replace(/\s+/g, ' ') } as NameRef;
    if (note !== undefined) ref.note = note;
    ref.range = joined.rangeOf(a, nameEnd);
    const segments = joined.segments(a, nameEnd);
    // A name on one line is its one segment: the same range, kept once.
    ref.segments = segments.length === 1 && sameRange(segments[0], ref.range) ? [ref.range] : segments;
    names.push(ref);
  };
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || c === ';')) {
      flush(i);
      pieceStart = i + 1;
    } else if (depth === 0 && c === ' ' && text.startsWith(' og ', i)) {
      flush(i);
      pieceStart = i + 4;
      i += 3;
    }
  }
  flush(to);
  return names;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
