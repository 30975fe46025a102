import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import type { Lang } from '../i18n/messages';
import type { Range } from '../model/types';
import type { Diagnostic } from '../rules/types';
import { containsPosition } from '../text/lines';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.referat`;

function overlaps(a: Range, b: Range): boolean {
  return containsPosition(a, b.start) || containsPosition(a, b.end) || containsPosition(b, a.start);
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
    for (const fix of d.fixes ?? []) {
      actions.push({
        title: fix.title[lang],
        kind: CodeActionKind.QuickFix,
        diagnostics: [toLsp(d)],
        ...(fix.preferred ? { isPreferred: true } : {}),
        edit: { changes: { [uri]: fix.edits } },
      });
    }
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
