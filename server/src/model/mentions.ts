// Mentions in the text: references to items (`punkt 4`) and members' names.
// Computed from the model on demand; the service caches them per version.
import type { NameRef, Range, ReferatDocument } from './types';
import { findDate } from '../parse/dates';
import { range } from '../text/lines';
import { foldText } from '../text/normalize';

export interface ItemReference {
  /** The item number referred to. */
  number: number;
  range: Range;
}

const REFERENCE = /\b(?:punkt|pkt\.|sag\s+nr\.?)\s*(\d{1,3})\b/gi;

/**
 * `punkt 4`, `pkt. 4`, `sag nr. 4` in item text. A reference on a line that
 * names another meeting (a date before it, or a quoted decision) is not ours.
 */
export function itemReferences(doc: ReferatDocument): ItemReference[] {
  const out: ItemReference[] = [];
  const skip = new Set<number>();
  for (const item of doc.items) {
    skip.add(item.headingRange.start.line);
    skip.add(item.numberRange.start.line);
    for (const q of item.quotedDecisions) skip.add(q.headingRange.start.line);
  }
  const first = doc.items[0]?.headingRange.start.line ?? doc.lines.length;
  for (let l = first; l < doc.lines.length; l++) {
    const text = doc.lines.text(l);
    if (skip.has(l) || text === '' || text.length > 5000) continue;
    REFERENCE.lastIndex = 0;
    for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
      const date = findDate(text.slice(0, m.index));
      if (date) continue;
      out.push({ number: Number(m[1]), range: doc.lines.sub(l, m.index, m.index + m[0].length) });
    }
  }
  return out;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}-]/u.test(c);
}

/** Every place a member's full name stands: Mødedeltagere (split names too), attendance lines, free text. */
export function nameOccurrences(doc: ReferatDocument, name: string): Range[][] {
  const out: Range[][] = [];
  const seen = new Set<string>();
  const add = (segments: Range[]) => {
    const key = JSON.stringify(segments[0].start);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(segments);
  };
  const target = foldText(name);
  const member = doc.header.participants?.members.find((m) => foldText(m.name) === target);
  if (member) add(member.segments);
  const refs: NameRef[] = doc.items.flatMap((i) => i.attendance.flatMap((a) => a.names));
  for (const ref of refs) if (foldText(ref.name) === target) add(ref.segments);
  if (name.length < 3) return out;
  for (const line of doc.lines) {
    let at = line.raw.indexOf(name);
    while (at >= 0) {
      if (!isWordChar(line.raw[at - 1]) && !isWordChar(line.raw[at + name.length])) add([range(line.index, at, line.index, at + name.length)]);
      at = line.raw.indexOf(name, at + name.length);
    }
  }
  return out.sort((a, b) => a[0].start.line - b[0].start.line || a[0].start.character - b[0].start.character);
}
