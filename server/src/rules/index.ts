// The rule registry and the runner that applies the configured severities.
import type { Item, ReferatDocument } from '../model/types';
import type { ResolvedConfig } from '../config/types';
import type { Diagnostic, Finding, ItemChecker, Rule } from './types';
import { carriedFrom, dropCarried, shifted } from '../parse/reuse';
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

export interface RunOptions {
  isCancelled?: () => boolean;
  /**
   * Keep each item's findings of the rules that judge items one at a time,
   * and take them over for the items an incremental parse took over (the
   * editor); a one-off check has no next version to keep them for.
   */
  incremental?: boolean;
}

/** Runs every rule that is not turned off; sorted by position. */
export function runRules(doc: ReferatDocument, config: ResolvedConfig, options: RunOptions = {}): Diagnostic[] {
  const { isCancelled = () => false, incremental = false } = options;
  const out: Diagnostic[] = [];
  // A document with no items gets the one diagnostic that says so.
  const unreadable = doc.items.length === 0;
  const keeping = incremental ? keeper(doc, config) : undefined;
  let complete = true;
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r];
    if (isCancelled()) {
      complete = false;
      break;
    }
    if (unreadable && !rule.whenUnreadable) continue;
    const setting = config.rules[rule.code] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    const ctx = { doc, config };
    const findings = keeping && rule.items ? keeping.findings(r, rule.items(ctx)) : rule.check(ctx);
    for (const finding of findings) out.push({ ...finding, code: rule.code, severity: setting });
  }
  if (keeping && complete) keeping.done();
  return applySuppressions(doc, out).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || codeOrder(a.code) - codeOrder(b.code));
}

/** An item's findings of one rule, and what they were found under. */
interface Kept {
  key: string;
  findings: readonly Finding[];
}

/**
 * The keys findings are kept under, one string each: compared once per item
 * and rule on every edit, equal keys are then the same string, and a
 * comparison of two long strings' characters becomes one of two references.
 */
const KEYS = new Map<string, string>();
const MAX_KEYS = 1_000;

function internKey(key: string): string {
  const known = KEYS.get(key);
  if (known !== undefined) return known;
  if (KEYS.size >= MAX_KEYS) KEYS.clear();
  KEYS.set(key, key);
  return key;
}

/** Per item, its findings of each item rule, by the rule's place in RULES. */
const KEPT = new WeakMap<Item, Array<Kept | undefined>>();

/**
 * Keeps the item rules' findings per item, and takes over the findings of
 * the items an incremental parse took over (moved with their lines) where
 * the configuration and the document facts the rule reads are the same.
 */
function keeper(doc: ReferatDocument, config: ResolvedConfig) {
  const configKey = JSON.stringify(config);
  const items = doc.items;
  const own = items.map((item) => {
    let kept = KEPT.get(item);
    if (!kept) KEPT.set(item, (kept = []));
    return kept;
  });
  const carried = items.map((item) => carriedFrom(item));
  const before = carried.map((c) => (c ? KEPT.get(c.from) : undefined));
  return {
    findings(r: number, checker: ItemChecker): Finding[] {
      const key = internKey(`${configKey}\u0000${checker.context}`);
      const out: Finding[] = [];
      for (let k = 0; k < items.length; k++) {
        let kept = own[k][r];
        if (kept?.key !== key) {
          const prior = before[k]?.[r];
          let findings: readonly Finding[];
          if (prior?.key === key) {
            const delta = carried[k]!.delta;
            findings = delta === 0 || prior.findings.length === 0 ? prior.findings : shifted(prior.findings, delta);
          } else {
            findings = checker.check(items[k]);
          }
          own[k][r] = kept = { key, findings };
        }
        for (const f of kept.findings) out.push(f);
      }
      return out;
    },
    /** What the items carried over has been taken: the previous model's items can go. */
    done(): void {
      for (const item of items) dropCarried(item);
    },
  };
}
