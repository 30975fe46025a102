import type { CodeLens } from 'vscode-languageserver-types';
import type { Lang } from '../i18n/messages';
import type { ReferatDocument } from '../model/types';
import type { ResolvedConfig } from '../config/types';
import { decisionStatus, statusText } from './summary';
import type { Cancellation } from './cancellation';

/** Above each `Punkt` line: the decision in short, or that it is missing. */
export function codeLenses(doc: ReferatDocument, config: ResolvedConfig, lang: Lang, token: Cancellation): CodeLens[] {
  const da = lang === 'da';
  const out: CodeLens[] = [];
  for (const item of doc.items) {
    if (token.isCancellationRequested) break;
    const status = decisionStatus(item, config, 80);
    const title = status.kind === 'decision'
      ? `${da ? 'Beslutning' : 'Decision'}: ${status.text}${status.more > 0 ? ` (+${status.more})` : ''}`
      : statusText(status, lang);
    out.push({ range: doc.lines.range(item.headingRange.start.line), command: { title, command: '' } });
  }
  return out;
}
