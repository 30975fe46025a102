import type { CodeLens } from 'vscode-languageserver-types';
import type { Lang } from '../i18n/messages';
import type { ReferatDocument } from '../model/types';
import type { ResolvedConfig } from '../config/types';
import { isExempt } from '../rules/util';
import { lineRange } from '../text/lines';
import { shortDecision } from './summary';
import type { Cancellation } from './cancellation';

/** Above each `Punkt` line: the decision in short, or that it is missing. */
export function codeLenses(doc: ReferatDocument, config: ResolvedConfig, lang: Lang, token: Cancellation): CodeLens[] {
  const da = lang === 'da';
  const out: CodeLens[] = [];
  for (const item of doc.items) {
    if (token.isCancellationRequested) break;
    let title: string;
    const decision = shortDecision(item, 80);
    if (decision) title = `${da ? 'Beslutning' : 'Decision'}: ${decision}${item.decisions.length > 1 ? ` (+${item.decisions.length - 1})` : ''}`;
    else if (item.decisions.length > 0) title = da ? 'tom beslutning' : 'empty decision';
    else if (item.closed) title = da ? 'lukket punkt' : 'closed item';
    else if (isExempt(item, config)) title = da ? 'ingen beslutning (undtaget)' : 'no decision (exempt)';
    else title = da ? 'mangler beslutning' : 'no decision';
    out.push({ range: lineRange(doc.lines[item.headingRange.start.line]), command: { title, command: '' } });
  }
  return out;
}
