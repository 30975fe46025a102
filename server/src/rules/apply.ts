// Applying fixes to text: one fix, or every safe fix until none is left.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ResolvedConfig } from '../config/types';
import type { Range } from '../model/types';
import { parseReferat, type ParseOptions } from '../parse/parser';
import { runRules } from './index';
import type { Diagnostic, Edit, Fix } from './types';

export function applyEdits(text: string, edits: Edit[]): string {
  return TextDocument.applyEdits(TextDocument.create('referat:fix', 'referat', 0, text), edits);
}

export interface AppliedFix {
  code: string;
  title: Fix['title'];
  line: number;
}

export interface FixAllResult {
  text: string;
  applied: AppliedFix[];
}

const MAX_ROUNDS = 200;

/**
 * Applies safe fixes one at a time, re-parsing and re-checking after each, so
 * fixes never conflict. A fix that does not lower the count of its own
 * finding is taken back: fixes are re-checked to prove they fix, so fix all
 * can never grow a document round after round. Stops when no safe fix is
 * left.
 */
export function fixAll(text: string, config: ResolvedConfig, parseOptions: ParseOptions = {}, isCancelled: () => boolean = () => false): FixAllResult {
  const applied: AppliedFix[] = [];
  let current = text;
  let diagnostics = runRules(parseReferat(current, parseOptions), config);
  const tried = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS && !isCancelled(); round++) {
    const next = firstSafeFix(diagnostics, tried);
    if (!next) break;
    const [diagnostic, fix] = next;
    tried.add(fixKey(diagnostic, fix));
    const after = applyEdits(current, fix.edits);
    if (after === current) continue;
    const afterDiagnostics = runRules(parseReferat(after, parseOptions), config);
    if (count(afterDiagnostics, diagnostic.code) >= count(diagnostics, diagnostic.code)) continue;
    applied.push({ code: diagnostic.code, title: fix.title, line: diagnostic.range.start.line });
    current = after;
    diagnostics = afterDiagnostics;
  }
  return { text: current, applied };
}

function count(diagnostics: Diagnostic[], code: string): number {
  let n = 0;
  for (const d of diagnostics) if (d.code === code) n++;
  return n;
}

function fixKey(d: Diagnostic, fix: Fix): string {
  return `${d.code}|${fix.title.en}|${JSON.stringify(fix.edits)}`;
}

function firstSafeFix(diagnostics: Diagnostic[], tried: Set<string>): [Diagnostic, Fix] | undefined {
  for (const d of diagnostics) {
    for (const fix of d.fixes ?? []) if (fix.safe && !tried.has(fixKey(d, fix))) return [d, fix];
  }
  return undefined;
}

/** One edit that turns `before` into `after`: the differing middle. */
export function minimalEdit(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  const source = TextDocument.create('referat:fix', 'referat', 0, before);
  const range: Range = { start: source.positionAt(start), end: source.positionAt(endBefore) };
  return { range, newText: after.slice(start, endAfter) };
}
