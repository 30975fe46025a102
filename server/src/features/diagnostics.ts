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
 * field, the fields `toLspDiagnostic` sets.
 */
export function sameDiagnostics(a: readonly LspDiagnostic[], b: readonly LspDiagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (!sameRange(x.range, y.range) || x.severity !== y.severity || x.code !== y.code || x.message !== y.message || x.source !== y.source) return false;
    if (x.codeDescription?.href !== y.codeDescription?.href) return false;
    const rx = x.relatedInformation ?? [];
    const ry = y.relatedInformation ?? [];
    if (rx.length !== ry.length) return false;
    for (let k = 0; k < rx.length; k++) {
      if (rx[k].message !== ry[k].message || rx[k].location.uri !== ry[k].location.uri || !sameRange(rx[k].location.range, ry[k].location.range)) return false;
    }
  }
  return true;
}

function sameRange(a: LspDiagnostic['range'], b: LspDiagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
