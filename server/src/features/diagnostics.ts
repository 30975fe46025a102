// Findings → LSP diagnostics, at the edge.
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import { t, type Lang } from '../i18n/messages';
import type { Diagnostic, Severity } from '../rules/types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * `docsBase`: URL of the folder with the rule pages (`<code>.md`), if known.
 * `page`: the page the finding is on, for text with page breaks (an imported PDF).
 */
export function toLspDiagnostic(d: Diagnostic, uri: string, lang: Lang, docsBase?: string, page?: number): LspDiagnostic {
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    ...(docsBase ? { codeDescription: { href: `${docsBase}/${d.code}.md` } } : {}),
    source: 'referat',
    message: page === undefined ? d.message[lang] : `${d.message[lang]} ${t(lang, 'cli.onPage', page)}`,
    ...(d.related && d.related.length > 0
      ? { relatedInformation: d.related.map((r) => ({ location: { uri, range: r.range }, message: r.message[lang] })) }
      : {}),
  };
}

/**
 * Whether two reports hold the same diagnostics, in order: then the client is
 * told its last report still holds instead of being sent it again. Field by
 * field, as the reports are plain data that `toLspDiagnostic` built.
 */
export function sameDiagnostics(a: readonly LspDiagnostic[], b: readonly LspDiagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
  return true;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}
