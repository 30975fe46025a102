// Inline suppression markers, in the comment form markdownlint users know:
//   <!-- referat-disable-file [rule ...] -->       the whole document
//   <!-- referat-disable-next-item [rule ...] -->  the next item, heading to the item after it
//   <!-- referat-disable-next-line [rule ...] -->  the next non-blank line
// Without rule codes every rule is meant. The marker line itself is read as a
// blank line, so it never becomes part of a decision or a title.
import type { Line, Range, Suppression, SuppressionScope } from '../model/types';
import { lineRange } from '../text/lines';

/** The scopes, as written after `referat-disable-`. */
export const SUPPRESSION_SCOPES = 'file|next-item|next-line';
const MARKER = new RegExp(`^<!--\\s*referat-disable-(${SUPPRESSION_SCOPES})\\b([^>]*?)\\s*-->$`, 'i');
const CODE = /[^\s,]+/g;

/** The marker line for a scope and rule codes, as the quick fix writes it. */
export function suppressionMarker(scope: SuppressionScope, codes: string[]): string {
  return `<!-- referat-disable-${scope}${codes.map((c) => ` ${c}`).join('')} -->`;
}

/** Finds the markers and blanks their lines for the parse. */
export function takeSuppressions(lines: Line[]): Suppression[] {
  const found: Suppression[] = [];
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    // Cheap first test: the parse visits every line.
    if (line.text.charCodeAt(0) !== 0x3c || !line.text.startsWith('<!--')) continue;
    const m = MARKER.exec(line.text);
    if (!m) continue;
    const codes: string[] = [];
    const codeRanges: Range[] = [];
    const listFrom = line.text.indexOf(m[2]);
    for (const c of m[2].matchAll(CODE)) {
      codes.push(c[0].toLowerCase());
      const from = line.start + listFrom + c.index!;
      codeRanges.push({ start: { line: line.index, character: from }, end: { line: line.index, character: from + c[0].length } });
    }
    found.push({ scope: m[1].toLowerCase() as SuppressionScope, codes, codeRanges, line: line.index, range: lineRange(line) });
    line.text = '';
    line.directive = true;
  }
  return found;
}
