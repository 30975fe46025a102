// The rule registry and the runner that applies the configured severities.
import type { ReferatDocument } from '../model/types';
import type { ResolvedConfig } from '../config/types';
import type { Diagnostic, Rule } from './types';
import { missingBeslutning } from './missingBeslutning';
import { emptyBeslutning } from './emptyBeslutning';
import { tocMissing } from './tocMissing';
import { tocOrphan } from './tocOrphan';
import { tocTitleMismatch } from './tocTitleMismatch';
import { tocOrder } from './tocOrder';
import { tocMergedLine } from './tocMergedLine';
import { tocPageOrder } from './tocPageOrder';
import { tocPageMismatch } from './tocPageMismatch';
import { punktNumbering } from './punktNumbering';
import { dateMismatch } from './dateMismatch';
import { missingHeaderField } from './missingHeaderField';
import { missingToc } from './missingToc';
import { unknownAttendee } from './unknownAttendee';
import { headingTypo } from './headingTypo';
import { duplicateSection } from './duplicateSection';
import { closedItemContent } from './closedItemContent';
import { unreadableStructure } from './unreadableStructure';
import { encoding } from './encoding';
import { unknownSuppression } from './unknownSuppression';
import { applySuppressions } from './suppress';

export const RULES: readonly Rule[] = [
  missingBeslutning, emptyBeslutning, tocMissing, tocOrphan, tocTitleMismatch, tocOrder, tocMergedLine,
  tocPageOrder, tocPageMismatch, punktNumbering, dateMismatch, missingHeaderField, missingToc,
  unknownAttendee, headingTypo, duplicateSection, closedItemContent, unreadableStructure, encoding, unknownSuppression,
];

export const RULE_CODES: readonly string[] = RULES.map((r) => r.code);

/** Each code's place in alphabetical order: diagnostics at one position sort by it without a locale comparison per pair. */
const CODE_ORDER = new Map([...RULE_CODES].sort().map((code, i) => [code, i]));
const codeOrder = (code: string) => CODE_ORDER.get(code) ?? RULE_CODES.length;

/** Runs every rule that is not turned off; sorted by position. */
export function runRules(doc: ReferatDocument, config: ResolvedConfig, isCancelled: () => boolean = () => false): Diagnostic[] {
  const out: Diagnostic[] = [];
  // A document with no items gets the one diagnostic that says so.
  const unreadable = doc.items.length === 0;
  for (const rule of RULES) {
    if (isCancelled()) break;
    if (unreadable && !rule.whenUnreadable) continue;
    const setting = config.rules[rule.code] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    for (const finding of rule.check({ doc, config })) out.push({ ...finding, code: rule.code, severity: setting });
  }
  return applySuppressions(doc, out).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || codeOrder(a.code) - codeOrder(b.code));
}
