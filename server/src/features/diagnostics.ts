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
