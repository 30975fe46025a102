// Classifiers for single lines inside agenda items. Each works on one line's
// text, capped in length, so a huge line costs no more than a short one.
import { findDate } from './dates';
import { foldText, keywordSource, editDistance } from '../text/normalize';
import type { HeadingVocabulary } from './vocabulary';
import type { DateValue } from '../model/types';

const MAX_HEADING = 120;

export const ITEM_LINE = /^punkt\s{1,5}(\d{1,4})\s{0,3}[:.](?=\s|$)\s*/i;
export const CLOSED_PREFIX = /^lukket\s*:\s*/i;

const CASE_NUMBER = /^(?:(?:sags?\s?nr|sagsnummer|j\.?\s?nr)\.?\s{0,3}:?\s{0,3})?(\d[\dA-Za-zÆØÅæøå]*(?:[./-][\dA-Za-zÆØÅæøå]+){1,6})$/;

/** `00.15.00G00-1-19`, `24/6823`, `24-003043`, `Sagsnr.: 17/14822`. */
export function matchCaseNumber(text: string): { value: string; from: number } | undefined {
  if (text.length > 60) return undefined;
  const m = CASE_NUMBER.exec(text);
  if (!m) return undefined;
  const value = m[1];
  const digits = value.replace(/\D/g, '').length;
  if (digits < 4 || /^\d{1,2}[-./]\d{1,2}[-./]\d{4}$/.test(value)) return undefined; // a date, not a case
  return { value, from: text.length - value.length };
}

export interface DecisionHeading {
  kind: 'decision';
  committee?: string;
  date?: DateValue;
  /** Offsets of the date in the line. */
  dateFrom?: number;
  dateTo?: number;
  /** Decision text on the heading line itself (`Beslutning: Godkendt.`). */
  inlineFrom?: number;
}

export interface QuotedHeading {
  kind: 'quoted';
  committee?: string;
}

/** This meeting's decision heading, another committee's quoted decision, or neither. */
export function matchDecision(text: string, vocabulary: HeadingVocabulary): DecisionHeading | QuotedHeading | undefined {
  if (text.length > 250) return undefined;
  const m = vocabulary.decision.exec(text);
  if (!m) return undefined;
  let from = m[1].length;
  while (from < text.length && text[from] === ' ') from++;
  if (from >= text.length) return { kind: 'decision' };
  if (text[from] === ':') {
    let at = from + 1;
    while (at < text.length && text[at] === ' ') at++;
    return at < text.length ? { kind: 'decision', inlineFrom: at } : { kind: 'decision' };
  }
  const rest = text.slice(from);
  const quotedMatch = /^fra\s+(.*)$/i.exec(rest);
  if (quotedMatch) {
    const committee = quotedMatch[1].split(/,|\s+den\s|\s+d\.\s/)[0].trim();
    return { kind: 'quoted', ...(committee ? { committee } : {}) };
  }
  const found = findDate(rest);
  if (/punkt\s+\d+\s*:?$/i.test(rest) || (rest.endsWith(':') && !found)) {
    return { kind: 'quoted', committee: rest.replace(/[,:].*$/, '').trim() };
  }
  if (found) {
    const committee = rest.slice(0, found.from).replace(/\s+(?:den|d\.|d)\s*$/i, '').replace(/^(?:i|af|truffet af)\s+/i, '').replace(/,\s*$/, '').trim();
    if (text.length > MAX_HEADING) return undefined;
    return {
      kind: 'decision',
      ...(committee ? { committee } : {}),
      date: found.date,
      dateFrom: from + found.from,
      dateTo: from + found.to,
    };
  }
  // `Beslutning Økonomiudvalget` without a date; a sentence is not a heading.
  if (text.length <= MAX_HEADING && !/[.!?]$/.test(rest)) {
    return { kind: 'decision', committee: rest.replace(/^(?:i|af)\s+/i, '').trim() };
  }
  return undefined;
}

export interface HeadingMatch {
  canonical: string;
  /** Length of the heading without a trailing colon. */
  length: number;
  typo?: { expected: string };
}

/** A standard (or configured) section heading, or a near miss of one. */
export function matchHeading(text: string, vocabulary: HeadingVocabulary): HeadingMatch | undefined {
  if (text.length > MAX_HEADING) return undefined;
  const bare = text.replace(/\s*:$/, '');
  const canonical = vocabulary.lookup.get(foldText(bare));
  if (canonical) return { canonical, length: bare.length };
  const typo = nearMissHeading(bare, vocabulary);
  return typo ? { canonical: typo, length: bare.length, typo: { expected: typo } } : undefined;
}

/** `Beslutnig`, `Sagsfremstiling`: one or two letters off a standard heading. */
export function nearMissHeading(bare: string, vocabulary: HeadingVocabulary): string | undefined {
  if (bare.length < 6 || bare.length > 45 || /[.!?,;]$/.test(bare) || !/^\p{Lu}/u.test(bare)) return undefined;
  if (bare.split(' ').length > 5) return undefined;
  const folded = foldText(bare);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const { heading, folded: target } of vocabulary.nearMissTargets) {
    const allowed = target.length >= 12 ? 2 : 1;
    const d = editDistance(folded, target, allowed);
    if (d > 0 && d <= allowed && d < bestDistance) {
      best = heading;
      bestDistance = d;
    }
  }
  return best;
}

const ABSENT = new RegExp(`^(${keywordSource('fraværende')})(?=$|[\\s:])`, 'i');
const APOLOGY = /^(afbud)(?=$|[\s:])/i;
const NOT_PARTICIPATING = /\s(?:deltog|deltager)\s+ikke\s+i\s+(?:sagens|punktets|behandlingen)/i;

export interface AttendanceMatch {
  kind: 'absent' | 'apology' | 'notParticipating';
  /** Offsets of the names on this line; empty when they follow on the next lines. */
  namesFrom: number;
  namesTo: number;
}

export function matchAttendance(text: string): AttendanceMatch | undefined {
  if (text.length > 400) return undefined;
  const absent = ABSENT.exec(text);
  const label = absent ?? APOLOGY.exec(text);
  if (label) {
    let from = label[1].length;
    while (from < text.length && /[\s:]/.test(text[from])) from++;
    return { kind: absent ? 'absent' : 'apology', namesFrom: from, namesTo: text.length };
  }
  if (text.indexOf('ikke') < 0) return undefined;
  const m = NOT_PARTICIPATING.exec(text);
  if (!m || m.index === 0) return undefined;
  return { kind: 'notParticipating', namesFrom: 0, namesTo: m.index };
}

const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:van|von|de|der|den|la|le|\p{Lu})[\p{L}'’.-]*){1,5}(?:\s*\([^()]{1,30}\))?$/u;

/** A line that is only a list of person names: `Claus Jørgensen (F)`. */
export function isNameListLine(text: string): boolean {
  if (text.length > 200 || text.includes(':')) return false;
  const pieces = text.replace(/\.$/, '').split(/,|\s+og\s+/);
  return pieces.every((p) => NAME.test(p.trim()));
}
