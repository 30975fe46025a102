// Where a decision sends its case next: `Oversendes til Byrådet`,
// `Anbefales godkendt` (to whoever decides next). Read from this meeting's
// decision text only; the workspace index then finds that meeting, if it is
// there.
import type { Item } from '../model/types';
import { foldText } from '../text/normalize';

/**
 * `oversendes til Byrådet`, `videresendes til Økonomiudvalget`, `sendes videre til endelig godkendelse i Byrådet`.
 * Case-sensitive on purpose: the body's name is the capitalised word after `til`.
 */
const TO_BODY = /\b(?:[Oo]versendes|[Vv]ideresendes|[Ss]endes\s+videre|[Ff]remsendes|[Ii]ndstilles|[Aa]nbefales(?:\s+godkendt)?)\b[^.\n]{0,40}?\btil\s+(?:endelig\s+(?:godkendelse|beslutning|behandling)\s+i\s+)?([A-ZÆØÅ][a-zæøåA-ZÆØÅ-]+(?:\s+(?:og|for|[A-ZÆØÅ][a-zæøåA-ZÆØÅ-]+))*)/;
/** A recommendation or a sending on, to no body named: the next meeting that treats the case. */
const ONWARD = /\b(?:oversendes|videresendes|sendes\s+videre|fremsendes|anbefales|indstilles\s+til\s+(?:godkendelse|vedtagelse))\b/i;

export interface Forwarding {
  /** The body named, folded for comparison; absent when the decision names none. */
  target?: string;
  /** As written. */
  targetText?: string;
}

export function forwardingOf(item: Item): Forwarding | undefined {
  const decision = item.decisions.find((d) => !d.empty);
  if (!decision) return undefined;
  const text = decision.text.replace(/\s+/g, ' ');
  const named = TO_BODY.exec(text);
  // `til godkendelse` names no body.
  if (named && !/^(?:godkendelse|vedtagelse|orientering|efterretning)$/i.test(named[1])) return { target: foldText(named[1]), targetText: named[1] };
  return ONWARD.test(text) ? {} : undefined;
}

/** Whether a meeting's committee is the body a decision names (`Byrådet` / `Byrådet 2022-2025`). */
export function isBody(committee: string | undefined, target: string): boolean {
  if (!committee) return false;
  const c = foldText(committee);
  return c === target || c.startsWith(target + ' ') || target.startsWith(c + ' ');
}
