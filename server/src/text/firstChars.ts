// The characters a line pattern can start with, and a run of text it needs,
// read from its source, so a pass that tries many patterns on every line
// skips the ones that cannot match without running them. Only plain shapes
// are read: `^` and a literal, an escaped character, `\d`, or a group whose
// alternatives start so; a run of plain characters at the top level. Any
// other shape gives no filter, and the pattern always runs.
import { escapeRegExp } from './normalize';

/** Whether a line with this first UTF-16 unit may match; undefined when the pattern's start cannot be read. */
export type FirstCharFilter = (code: number) => boolean;

const SPECIAL = new Set('.*+?()[]{}|^$\\/');
/** Letters that Unicode case folding joins to another Latin letter (`ſ` to `s`, the Kelvin sign to `k`). */
const FOLDED_TOO: Record<string, string[]> = { s: ['\u017f'], k: ['\u212a'], 'å': ['\u212b'], 'ß': ['\u1e9e'] };

interface Reader {
  src: string;
  at: number;
}

/** The first-character set of the alternatives from `r.at` up to the closing `)` (or the end), or undefined. */
function alternatives(r: Reader, inGroup: boolean): Set<string> | undefined {
  const out = new Set<string>();
  for (;;) {
    const first = atom(r);
    if (!first) return undefined;
    for (const c of first) out.add(c);
    // Skip the rest of this alternative, to the next `|` or the group's end.
    let depth = 0;
    for (;;) {
      const c = r.src[r.at];
      if (c === undefined) {
        if (inGroup) return undefined;
        return out;
      }
      if (c === '\\') {
        r.at += 2;
        continue;
      }
      if (c === '[') {
        const close = classEnd(r.src, r.at);
        if (close < 0) return undefined;
        r.at = close + 1;
        continue;
      }
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) {
          if (!inGroup) return undefined;
          r.at++;
          return out;
        }
        depth--;
      } else if (c === '|' && depth === 0) {
        // `^a|b`: the second alternative is not anchored.
        if (!inGroup) return undefined;
        r.at++;
        break;
      }
      r.at++;
    }
  }
}

function classEnd(src: string, from: number): number {
  for (let i = from + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  return -1;
}

/** One atom's possible first characters; it must not be optional. Leaves `r.at` after it. */
function atom(r: Reader): Set<string> | undefined {
  const { src } = r;
  let first: Set<string> | undefined;
  const c = src[r.at];
  if (c === undefined) return undefined;
  if (c === '(') {
    if (src[r.at + 1] === '?') {
      const kind = src[r.at + 2];
      if (kind === ':') r.at += 3;
      else if (kind === '<' && src[r.at + 3] !== '=' && src[r.at + 3] !== '!') {
        const close = src.indexOf('>', r.at);
        if (close < 0) return undefined;
        r.at = close + 1;
      } else return undefined; // a lookaround
    } else r.at++;
    first = alternatives(r, true);
  } else if (c === '\\') {
    const e = src[r.at + 1];
    if (e === 'd') first = new Set('0123456789');
    else if (e !== undefined && SPECIAL.has(e)) first = new Set([e]);
    else if (e === '-') first = new Set(['-']);
    else return undefined;
    r.at += 2;
  } else if (SPECIAL.has(c)) {
    return undefined;
  } else {
    first = new Set([c]);
    r.at++;
  }
  if (!first) return undefined;
  // An atom that may be left out says nothing about the first character.
  const q = src[r.at];
  if (q === '?' || q === '*' || (q === '{' && /^\{0[,}]/.test(src.slice(r.at, r.at + 3)))) return undefined;
  return first;
}

/** Whether `re` can only match a line starting with one of a few characters; gives the test for them. */
export function firstCharFilter(re: RegExp): FirstCharFilter | undefined {
  // `m` lets `^` match after U+2028 inside a line; `g` and `y` make a test depend on the last one.
  if (!re.source.startsWith('^') || re.global || re.sticky || re.multiline) return undefined;
  const chars = alternatives({ src: re.source, at: 1 }, false);
  if (!chars || chars.size === 0) return undefined;
  const codes = new Set<number>();
  for (const c of chars) {
    // Case-insensitive letters beyond Latin-1 have case partners this does not list.
    if (re.ignoreCase && c.toLowerCase() !== c.toUpperCase() && !/^[A-Za-z\u00c0-\u00ff]$/.test(c)) return undefined;
    const variants = re.ignoreCase ? [c, c.toLowerCase(), c.toUpperCase(), ...(re.unicode ? FOLDED_TOO[c.toLowerCase()] ?? [] : [])] : [c];
    for (const v of variants) if (v.length === 1) codes.add(v.charCodeAt(0));
  }
  const low = new Uint8Array(256);
  for (const code of codes) if (code < 256) low[code] = 1;
  return (code) => (code < 256 ? low[code] === 1 : codes.has(code));
}

/** `re.test(text)`, skipped when the text cannot match by its first character. */
export function lineTest(re: RegExp): (text: string) => boolean {
  const may = firstCharFilter(re);
  if (!may) return (text) => re.test(text);
  return (text) => may(text.charCodeAt(0)) && re.test(text);
}

/** Whether any of `patterns` matches, trying only those the first character allows. */
export function anyLineTest(patterns: readonly RegExp[]): (text: string) => boolean {
  const tests = patterns.map((re) => {
    const may = firstCharFilter(re);
    return { re, may, needs: may ? undefined : requiredLiteral(re) };
  });
  return (text) => {
    const code = text.charCodeAt(0);
    for (let k = 0; k < tests.length; k++) {
      const { re, may, needs } = tests[k];
      if ((!may || may(code)) && (!needs || needs(text)) && re.test(text)) return true;
    }
    return false;
  };
}

/**
 * A run of plain characters every match must contain, read from the top
 * level of the pattern's source (`s\s+beslutning` gives `beslutning`), as a
 * test that is quicker than the pattern on lines without it; undefined when
 * no run of at least four can be read.
 */
export function requiredLiteral(re: RegExp): ((text: string) => boolean) | undefined {
  if (re.global || re.sticky) return undefined;
  const src = re.source;
  let best = '';
  let run = '';
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      // An escaped special character is plain; any other escape is a class.
      const e = src[i + 1];
      i++;
      if (depth === 0 && e !== undefined && SPECIAL.has(e) && !isOptional(src, i + 1)) {
        run += e;
        continue;
      }
    } else if (c === '[') {
      const close = classEnd(src, i);
      if (close < 0) return undefined;
      i = close;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return undefined;
    else if (depth === 0 && !SPECIAL.has(c) && !isOptional(src, i + 1)) {
      run += c;
      continue;
    }
    if (run.length > best.length) best = run;
    run = '';
  }
  if (run.length > best.length) best = run;
  if (best.length < 4) return undefined;
  // The same case and Unicode rules as the pattern's own.
  const literal = new RegExp(escapeRegExp(best), re.flags.replace(/[^iu]/g, ''));
  return (text) => literal.test(text);
}

/** Whether the atom ending before `at` may repeat or be left out (`?`, `*`, `+`, `{`): it cannot be part of a run. */
function isOptional(src: string, at: number): boolean {
  const q = src[at];
  return q === '?' || q === '*' || q === '+' || q === '{';
}
