// Finding text that was decoded in the wrong encoding, and repairing it.
//
// UTF-8 read as Latin-1 or Windows-1252 turns each non-ASCII character into
// two or three characters (`ø` → `Ã¸`, `–` → `â€“`); the repair encodes them
// back to bytes and reads those as UTF-8, which is exact. Latin-1 read as
// UTF-8 loses the byte (U+FFFD): that can only be guessed, from the words of
// the same document and a short list of common words.

/** Windows-1252's characters for the bytes 0x80–0x9F (the WHATWG index). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The byte a character stands for in Windows-1252 (or Latin-1), or -1. */
function byteOf(c: string): number {
  const code = c.charCodeAt(0);
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  const high = CP1252_HIGH.indexOf(c);
  return high >= 0 ? 0x80 + high : -1;
}

const CONT = `[\\u0080-\\u00bf${CP1252_HIGH.replace(/[\\\]^-]/g, '\\$&')}]`;
// A lead byte of a two- or three-byte sequence followed by its continuations.
// Two-byte leads are limited to Â (0xC2) and Ã (0xC3): Latin-1's letters,
// which is what Danish text holds; others would match ordinary words.
const SEQUENCE = new RegExp(`[\\u00c2\\u00c3]${CONT}|[\\u00e2]${CONT}{2}`, 'g');

export interface Mojibake {
  /** Column where the damaged run starts and ends, on one line. */
  start: number;
  end: number;
  /** The text the run stood for. */
  repaired: string;
}

function decodeRun(run: string): string | undefined {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const b = byteOf(run[i]);
    if (b < 0) return undefined;
    bytes[i] = b;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-8 sequences read one byte a character, on one line, adjacent ones joined. */
export function findMojibake(line: string): Mojibake[] {
  // Every sequence starts with Â, Ã or â: a cheap test keeps plain lines cheap.
  if (!/[\u00c2\u00c3\u00e2]/.test(line)) return [];
  const out: Mojibake[] = [];
  SEQUENCE.lastIndex = 0;
  for (let m = SEQUENCE.exec(line); m; m = SEQUENCE.exec(line)) {
    const repaired = decodeRun(m[0]);
    // `â€` alone is a real (if odd) pair of characters; only decodable runs count.
    if (repaired === undefined) continue;
    const last = out[out.length - 1];
    if (last && last.end === m.index) {
      last.end = m.index + m[0].length;
      last.repaired += repaired;
    } else out.push({ start: m.index, end: m.index + m[0].length, repaired });
  }
  return out;
}

const DANISH = /[æøåÆØÅ]/;
// Latin letters only: Danish needs no more, and Unicode classes are slow to compile.
const WORD = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\uFFFD]+/g;

/** Common words of minutes that hold æ, ø or å, for guessing a lost letter. */
const COMMON = [
  'på', 'så', 'også', 'år', 'års', 'både', 'være', 'været', 'får', 'går', 'før', 'første', 'må', 'nå', 'ønsker',
  'møde', 'mødet', 'møder', 'mødedato', 'mødested', 'mødedeltagere', 'mødetidspunkt', 'mødelokale',
  'økonomi', 'økonomiske', 'økonomiudvalget', 'børn', 'ældre', 'ændring', 'ændringer', 'høring', 'høringssvar',
  'følgende', 'fraværende', 'sekretær', 'bemærkninger', 'bemærkning', 'drøftet', 'drøftelse', 'drøftede',
  'byrådet', 'byråd', 'rådhus', 'rådhuset', 'område', 'området', 'områder', 'løsning', 'løsninger', 'forløb',
  'sagens', 'tiltrådt', 'tiltræder', 'tiltræde', 'anbefaler', 'bevilling', 'nærmere', 'kræver', 'særlige',
  'udvælgelse', 'vælger', 'værende', 'største', 'større', 'mål', 'målsætning', 'forslået', 'foreslået',
  'godkendelse', 'beløb', 'beløbet', 'afgørelse', 'fællesskab', 'formål', 'nødvendig', 'nødvendigt',
];

/** Words of the text with æ, ø or å, keyed by the form they take when that letter is lost. */
export function lostLetterIndex(lines: Iterable<string>): Map<string, string | null> {
  const index = new Map<string, string | null>();
  const add = (word: string) => {
    const key = word.toLowerCase().replace(/[æøå]/g, '\uFFFD');
    const prior = index.get(key);
    const lower = word.toLowerCase();
    // Two words with the same skeleton (`får`/`før`) make the guess ambiguous.
    if (prior === undefined) index.set(key, lower);
    else if (prior !== lower) index.set(key, null);
  };
  for (const w of COMMON) add(w);
  for (const line of lines) {
    if (!DANISH.test(line)) continue;
    for (const m of line.matchAll(WORD)) if (DANISH.test(m[0]) && !m[0].includes('\uFFFD')) add(m[0]);
  }
  return index;
}

export interface LostLetters {
  start: number;
  end: number;
  /** The word as it was, when the document or the common words tell; else undefined. */
  guess?: string;
}

/** Words holding U+FFFD on a line, with the word they most likely were. */
export function findLostLetters(line: string, index: Map<string, string | null>): LostLetters[] {
  if (!line.includes('\uFFFD')) return [];
  const out: LostLetters[] = [];
  for (const m of line.matchAll(WORD)) {
    const word = m[0];
    if (!word.includes('\uFFFD')) continue;
    const found = index.get(word.toLowerCase());
    const guess = found ? matchCase(word, found) : undefined;
    out.push({ start: m.index!, end: m.index! + word.length, guess });
  }
  return out;
}

/** `found` in the case pattern of `word` (`M�DE` → `MØDE`, `M�dedato` → `Mødedato`). */
function matchCase(word: string, found: string): string {
  let out = '';
  for (let i = 0; i < found.length; i++) {
    const c = word[i];
    out += c !== '\uFFFD' && c === c.toUpperCase() && c !== c.toLowerCase() ? found[i].toUpperCase() : found[i];
  }
  // A word written in capitals has its lost letter in capitals too.
  const letters = word.replace(/\uFFFD/g, '');
  return letters.length > 1 && letters === letters.toUpperCase() ? out.toUpperCase() : out;
}
