// Whether two names are one committee: decision headings write it in the
// genitive (`Sundheds- og Forebyggelsesudvalgets`), with its short name in
// brackets (`Udvalget for plan, udvikling og kultur (PUK)`), or shorter.
import { foldText } from '../text/normalize';

/** Committee names repeat in every decision heading of a document and across an archive: each is keyed once. */
const COMMITTEE_KEYS = new Map<string, string>();
const MAX_COMMITTEE_KEYS = 10_000;

function committeeKey(s: string): string {
  let key = COMMITTEE_KEYS.get(s);
  if (key === undefined) {
    key = foldText(s).replace(/\([^)]*\)/g, '').replace(/[^\p{L}\p{N}]+/gu, '').replace(/s$/, '');
    if (COMMITTEE_KEYS.size >= MAX_COMMITTEE_KEYS) COMMITTEE_KEYS.clear();
    COMMITTEE_KEYS.set(s, key);
  }
  return key;
}

/** `Sundheds- og Forebyggelsesudvalgets` and `Sundheds- og Forebyggelsesudvalget` are one committee. */
export function sameCommittee(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = committeeKey(a);
  const y = committeeKey(b);
  return x !== '' && y !== '' && (x === y || x.endsWith(y) || y.endsWith(x));
}
