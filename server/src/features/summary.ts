import type { Item } from '../model/types';
import type { Lang } from '../i18n/messages';
import { t } from '../i18n/messages';

/** First line of the decision, shortened: `Godkendt.` */
export function shortDecision(item: Item, max = 60): string | undefined {
  const decision = item.decisions.find((d) => !d.empty);
  if (!decision) return undefined;
  const first = decision.text.split('\n')[0];
  return first.length > max ? first.slice(0, max - 1) + '…' : first;
}

/** `sag 24/6823 · lukket · Godkendt.` */
export function itemDetail(item: Item, lang: Lang): string {
  const parts: string[] = [];
  if (item.caseNumber) parts.push(t(lang, 'detail.case', item.caseNumber.value));
  if (item.closed) parts.push(t(lang, 'detail.closed'));
  const decision = shortDecision(item);
  if (decision) parts.push(decision);
  else if (item.decisions.length > 0) parts.push(t(lang, 'detail.emptyDecision'));
  else if (!item.closed) parts.push(t(lang, 'detail.noDecision'));
  return parts.join(' · ');
}
