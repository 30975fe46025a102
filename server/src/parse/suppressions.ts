// Inline suppression markers, in the comment form markdownlint users know:
//   <!-- referat-disable-file [rule ...] -->       the whole document
//   <!-- referat-disable-next-item [rule ...] -->  the next item, heading to the item after it
//   <!-- referat-disable-next-line [rule ...] -->  the next non-blank line
// Without rule codes every rule is meant. The marker line itself is read as a
// blank line, so it never becomes part of a decision or a title.
import type { Range, Suppression, SuppressionScope } from '../model/types';
import type { Lines } from '../text/lines';

/** The scopes, as written after `referat-disable-`. */
export const SUPPRESSION_SCOPES = 'file|next-item|next-line';
const MARKER = new RegExp(`^<!--\\s*referat-disable-(${SUPPRESSION_SCOPES})\\b([^>]*?)\\s*-->$`, 'i');
const CODE = /[^\s,]+/g;

/** The marker line for a scope and rule codes, as the quick fix writes it. */
export function suppressionMarker(scope: SuppressionScope, codes: string[]): string {
  return `<!-- referat-disable-${scope}${codes.map((c) => ` ${c}`).join('')} -->`;
}

/** Finds the markers and blanks their lines for the parse. */
export function takeSuppressions(lines: Lines): Suppression[] {
  const found: Suppression[] = [];
  for (let l = 0; l < lines.length; l++) {
    const text = lines.text(l);
    // Cheap first test: the parse visits every line.
    if (text.charCodeAt(0) !== 0x3c || !text.startsWith('<!--')) continue;
    const m = MARKER.exec(text);
    if (!m) continue;
    const codes: string[] = [];
    const codeRanges: Range[] = [];
    const listFrom = text.indexOf(m[2]);
    for (const c of m[2].matchAll(CODE)) {
      codes.push(c[0].toLowerCase());
      const from = lines.start(l) + listFrom + c.index!;
      codeRanges.push({ start: { line: l, character: from }, end: { line: l, character: from + c[0].length } });
    }
    found.push({ scope: m[1].toLowerCase() as SuppressionScope, codes, codeRanges, line: l, range: lines.range(l) });
    lines.blank(l, 'directive');
  }
  return found;
}
