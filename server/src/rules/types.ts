// Diagnostics as plain data: rules produce findings with ranges, messages in
// both languages and fixes as edits; LSP and the CLI convert them at the edge.
import type { Item, Range, ReferatDocument } from '../model/types';
import type { ResolvedConfig } from '../config/types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A user-facing text in Danish and English. */
export interface Text {
  da: string;
  en: string;
}

export interface Edit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: Text;
  edits: Edit[];
  /** Safe to apply without looking: used by "fix all" and `referat check --fix`. */
  safe: boolean;
  preferred?: boolean;
}

export interface Related {
  range: Range;
  message: Text;
}

export interface Finding {
  range: Range;
  message: Text;
  related?: Related[];
  fixes?: Fix[];
}

export interface RuleContext {
  doc: ReferatDocument;
  config: ResolvedConfig;
}

export interface Rule {
  /** Stable code: users' settings and CI scripts depend on it. */
  code: string;
  defaultSeverity: Severity;
  description: Text;
  /** Runs on a document whose items could not be read; other rules would only add noise there. */
  whenUnreadable?: boolean;
  check(ctx: RuleContext): Finding[];
  /**
   * For a rule that judges items one at a time: after an edit, the editor
   * keeps the findings of the items the edit did not touch.
   */
  items?(ctx: RuleContext): ItemChecker;
}

/** A rule's check of one item, and what else of the document it reads. */
export interface ItemChecker {
  /** The document's facts the check reads besides the item, as a string: the same string, the same findings for the same item. */
  context: string;
  check(item: Item): readonly Finding[];
}

export interface Diagnostic extends Finding {
  code: string;
  severity: Severity;
}
