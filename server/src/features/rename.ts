import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Position, ReferatDocument } from '../model/types';
import { nameOccurrences } from '../model/mentions';
import { memberAt } from './navigation';
import { containsPosition } from '../text/lines';

/** Only members' names can be renamed: the range and current name under the cursor. */
export function prepareRename(doc: ReferatDocument, p: Position): { range: Range; placeholder: string } | null {
  const target = memberAt(doc, p);
  if (target?.kind !== 'member') return null;
  // The piece of the name under the cursor (one line of a split name).
  const range = nameOccurrences(doc, target.name).flat().find((r) => containsPosition(r, p)) ?? target.range;
  return { range, placeholder: target.name };
}

/**
 * Every occurrence of the member's name becomes `newName`. A name split over
 * a wrapped Mødedeltagere line is replaced whole on its first line.
 */
export function renameMember(doc: ReferatDocument, p: Position, newName: string): TextEdit[] | null {
  const target = memberAt(doc, p);
  if (target?.kind !== 'member' || newName.trim() === '') return null;
  return nameOccurrences(doc, target.name).map((segments) => ({
    range: { start: segments[0].start, end: segments[segments.length - 1].end },
    newText: newName.trim(),
  }));
}
