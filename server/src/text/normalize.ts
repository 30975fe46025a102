// Comparison keys for titles and names. Used only to compare; ranges always
// come from the original text.

/** UTF-8 letters read as Latin-1, and the letters they stand for. */
export const MOJIBAKE: ReadonlyArray<[string, string]> = [
  ['Ã¦', 'æ'], ['Ã¸', 'ø'], ['Ã¥', 'å'], ['Ã†', 'Æ'], ['Ã˜', 'Ø'], ['Ã…', 'Å'],
  ['Ã©', 'é'], ['Ã¼', 'ü'], ['Ã¶', 'ö'], ['Ã¤', 'ä'],
];

/** Repairs UTF-8 read as Latin-1 (`MÃ¸dedato` → `Mødedato`) for comparison. */
export function repairMojibake(s: string): string {
  if (s.indexOf('Ã') < 0) return s;
  let out = s;
  for (const [bad, good] of MOJIBAKE) out = out.split(bad).join(good);
  return out;
}

/** Text that folding changes only by case: printable Latin-1, single spaces, no mojibake. */
const PLAIN = /^(?:[\x21-\x7e\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00c2\u00c4-\u00ff]| (?! ))*$/;

/** Lower case, NFC, mojibake repaired, dashes unified, whitespace folded. */
export function foldText(s: string): string {
  // Most lines are plain: skip the normalisation passes (this runs on every short line).
  if (s.length < 200 && PLAIN.test(s) && s[0] !== ' ' && s[s.length - 1] !== ' ') return s.toLowerCase();
  let out = repairMojibake(s);
  // Text below U+0300 is already NFC (no combining marks, no composable pairs): skip the normaliser.
  if (BEYOND_U02FF.test(out)) out = out.normalize('NFC');
  return out
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    // Every run of blanks becomes one space; a single space is left alone rather than replaced by itself.
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();
}

const BEYOND_U02FF = /[^\u0000-\u02ff]/;

/**
 * Key for title comparison: folded, without any whitespace (PDF extraction
 * inserts and drops spaces: `erhvervs kurser`) and without trailing dots.
 */
export function titleKey(s: string): string {
  // The same titles are keyed on every edit (items, TOC entries, the rules that compare them): each once.
  const known = TITLE_KEYS.get(s);
  if (known !== undefined) return known;
  // Folded text has no blank but the single space.
  const folded = foldText(s).replaceAll(' ', '');
  let end = folded.length;
  while (end > 0 && TRAILING_DOTS.includes(folded[end - 1])) end--;
  const key = end === folded.length ? folded : folded.slice(0, end);
  if (TITLE_KEYS.size >= MAX_TITLE_KEYS) TITLE_KEYS.clear();
  TITLE_KEYS.set(s, key);
  return key;
}

/** Bounds the title keys kept: a workspace has many titles, an archive more. */
const TITLE_KEYS = new Map<string, string>();
const MAX_TITLE_KEYS = 50_000;

const TRAILING_DOTS = '.…·';

export function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Damerau-Levenshtein (optimal string alignment) distance, capped for speed. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

/** `s` as a pattern that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A case-insensitive pattern for a Danish keyword that also accepts mojibake
 * (`Ã¸` for `ø`) and a letter lost as U+FFFD, so a wrongly decoded file still
 * has its labels (the `encoding` rule reports the damage itself).
 */
export function keywordSource(word: string): string {
  return word
    .replace(/ø/g, '(?:ø|Ã¸|\uFFFD)')
    .replace(/æ/g, '(?:æ|Ã¦|\uFFFD)')
    .replace(/å/g, '(?:å|Ã¥|\uFFFD)');
}
