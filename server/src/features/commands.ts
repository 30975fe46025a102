// The edits behind the commands "Opdater indholdsfortegnelse" and "Nummerér punkter".
import type { TextEdit } from 'vscode-languageserver-types';
import type { ReferatDocument } from '../model/types';
import { rebuildTocFix } from '../rules/tocText';
import { missingToc } from '../rules/missingToc';
import { DEFAULT_CONFIG } from '../config/types';

export const COMMANDS = {
  updateToc: 'referat.server.updateToc',
  renumber: 'referat.server.renumber',
} as const;

/** Rebuild the TOC from the items, or insert one when there is none. */
export function updateTocEdits(doc: ReferatDocument): TextEdit[] {
  if (doc.toc) return rebuildTocFix(doc, { dropOrphans: true })?.edits ?? [];
  return missingToc.check({ doc, config: DEFAULT_CONFIG })[0]?.fixes?.[0].edits ?? [];
}

export function renumberEdits(doc: ReferatDocument): TextEdit[] {
  return doc.items.flatMap((item, i) => (item.number === i + 1 ? [] : [{ range: item.numberRange, newText: String(i + 1) }]));
}

