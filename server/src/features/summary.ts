import type { Item } from '../model/types';
import type { Lang } from '../i18n/messages';
import { t } from '../i18n/messages';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../config/types';
import { isExempt } from '../rules/util';

/** First line of the decision, shortened: `Godkendt.` */
/** `Ad 1`, `Ad. 2:`, `Ad pkt. 3`: the label of one point of a decision, alone on its line. */
const POINT_LABEL = /^ad\.?\s{0,2}(?:pkt\.?\s{0,2}|punkt\s{1,2})?\d{1,2}[.):]?$/i;

export function shortDecision(item: Item, max = 60): string | undefined {
  const decision = item.decisions.find((d) => !d.empty);
  if (!decision) return undefined;
  const lines = decision.text.split('\n', 3);
  // `Ad 1` over its answer (a decision point by point): the label and the answer together.
  const first = lines.length > 1 && POINT_LABEL.test(lines[0]) ? `${lines[0]} ${lines[1]}` : lines[0];
  return first.length > max ? first.slice(0, max - 1) + '…' : first;
}

/** What an item's decision is, in one place: the outline, the code lens and the overview all say the same. */
export type DecisionStatus =
  | { kind: 'decision'; text: string; more: number }
  | { kind: 'empty' }
  | { kind: 'closed' }
  | { kind: 'exempt' }
  | { kind: 'missing' };

export function decisionStatus(item: Item, config: ResolvedConfig = DEFAULT_CONFIG, max = 60): DecisionStatus {
  const text = shortDecision(item, max);
  if (text) return { kind: 'decision', text, more: item.decisions.length - 1 };
  if (item.decisions.length > 0) return { kind: 'empty' };
  if (item.closed) return { kind: 'closed' };
  return isExempt(item, config) ? { kind: 'exempt' } : { kind: 'missing' };
}

/** The status in words: `Godkendt.`, `mangler beslutning`, `ingen beslutning (undtaget)`. */
export function statusText(status: DecisionStatus, lang: Lang): string {
  switch (status.kind) {
    case 'decision':
      return status.text;
    case 'empty':
      return t(lang, 'detail.emptyDecision');
    case 'closed':
      return t(lang, 'detail.closedItem');
    case 'exempt':
      return t(lang, 'detail.exempt');
    default:
      return t(lang, 'detail.noDecision');
  }
}

/** `sag 24/6823 · lukket · Godkendt.` */
export function itemDetail(item: Item, lang: Lang, config: ResolvedConfig = DEFAULT_CONFIG): string {
  const parts: string[] = [];
  if (item.unnumbered) parts.push(t(lang, 'detail.unnumbered'));
  if (item.caseNumber) parts.push(t(lang, 'detail.case', item.caseNumber.value));
  if (item.closed) parts.push(t(lang, 'detail.closed'));
  const status = decisionStatus(item, config);
  if (status.kind !== 'closed') parts.push(statusText(status, lang));
  return parts.join(' · ');
}
