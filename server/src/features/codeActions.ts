import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import type { Lang } from '../i18n/messages';
import type { Range, ReferatDocument } from '../model/types';
import type { Diagnostic, Edit } from '../rules/types';
import { containsPosition } from '../text/lines';
import { suppressionMarker } from '../parse/suppressions';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.referat`;

function overlaps(a: Range, b: Range): boolean {
  return containsPosition(a, b.start) || containsPosition(a, b.end) || containsPosition(b, a.start);
}

/** A quick fix for one finding: its edits to this document. */
function quickFix(title: string, d: Diagnostic, uri: string, edits: Edit[], toLsp: (d: Diagnostic) => LspDiagnostic, preferred?: boolean): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toLsp(d)],
    ...(preferred ? { isPreferred: true } : {}),
    edit: { changes: { [uri]: edits } },
  };
}

/** Quick fixes for the findings that touch `range`. */
export function quickFixes(
  diagnostics: Diagnostic[],
  range: Range,
  uri: string,
  lang: Lang,
  toLsp: (d: Diagnostic) => LspDiagnostic,
): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    if (!overlaps(d.range, range)) continue;
    for (const fix of d.fixes ?? []) actions.push(quickFix(fix.title[lang], d, uri, fix.edits, toLsp, fix.preferred));
  }
  return actions;
}

/** The fix-all action; without an edit, it is resolved when chosen. */
export function fixAllAction(uri: string, lang: Lang, edit: { range: Range; newText: string } | undefined, count: number): CodeAction {
  return {
    title: lang === 'da' ? `Ret alle sikre referat-problemer (${count})` : `Fix all safe referat problems (${count})`,
    kind: FIX_ALL_KIND,
    ...(edit ? { edit: { changes: { [uri]: [edit] } } } : {}),
  };
}

/**
 * "Turn the rule off here" for the findings that touch `range`: a marker line
 * before the finding's item (`<!-- referat-disable-next-item code -->`), or
 * before its line outside the items. Listed after the fixes, never preferred.
 */
export function suppressActions(
  doc: ReferatDocument,
  diagnostics: Diagnostic[],
  range: Range,
  uri: string,
  lang: Lang,
  toLsp: (d: Diagnostic) => LspDiagnostic,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const d of diagnostics) {
    if (d.code === 'unknown-suppression' || !overlaps(d.range, range)) continue;
    const line = d.range.start.line;
    const item = doc.items.find((i) => i.headingRange.start.line <= line && line <= i.range.end.line);
    const at = item ? item.headingRange.start.line : line;
    const key = `${d.code}:${at}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const marker = suppressionMarker(item ? 'next-item' : 'next-line', [d.code]);
    const title = item
      ? lang === 'da' ? `Slå ${d.code} fra for punkt ${item.number}` : `Turn ${d.code} off for item ${item.number}`
      : lang === 'da' ? `Slå ${d.code} fra for denne linje` : `Turn ${d.code} off for this line`;
    const before = { line: at, character: 0 };
    actions.push(quickFix(title, d, uri, [{ range: { start: before, end: before }, newText: marker + doc.eol }], toLsp));
  }
  return actions;
}
