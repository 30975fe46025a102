// Classifiers for single lines inside agenda items. Each works on one line's
// text, capped in length, so a huge line costs no more than a short one.
import { findDate } from './dates';
import { INSTEAD_NOTE, WHEN_NOTE } from './names';
import { foldText, keywordSource, editDistance } from '../text/normalize';
import { knownHeading, startsUpper, type HeadingVocabulary } from './vocabulary';
import type { DateValue } from '../model/types';

const MAX_HEADING = 120;

const NOTHING_TO_REPORT = /^intet(\s+(til\s+referat|under\s+dette\s+punkt))?\.?$/i;

/** `Intet til referat.`, `Intet`: a note that there is nothing to publish. */
export function isNothingToReport(text: string): boolean {
  return NOTHING_TO_REPORT.test(text);
}

/**
 * `Lukket: `, `Lukket punkt: `, `Lukket sag: `, `(Lukket) `, `Lukket - ` before
 * a closed item's title (the dash only before a capital, so without the `i`
 * flag, under which a class of capitals takes lower case too).
 */
export const CLOSED_PREFIX = /^(?:(?:[Ll]ukket|LUKKET)(?:\s+(?:[Pp]unkt|PUNKT|[Ss]ag|SAG))?\s*:|\((?:[Ll]ukket|LUKKET)(?:\s+(?:punkt|sag|PUNKT|SAG))?\)|(?:[Ll]ukket|LUKKET)\s+[-–]\s+(?=[A-ZÆØÅ]))\s*/;
/** `Salg af grund (Lukket punkt)`, `Salg af grund - lukket`: the mark after a closed item's title. */
const CLOSED_SUFFIX = /\s*(?:\(lukket(?:\s+(?:punkt|sag))?\)|\s[-–]\s+lukket(?:\s+punkt)?)$/i;

/** Where a closed mark after the title starts, or -1. */
export function closedSuffixAt(text: string): number {
  // Every mark ends on `t` or `)`: one look at the last character rules out most titles.
  const last = text.charCodeAt(text.length - 1);
  if (text.length < 8 || ((last | 0x20) !== 0x74 && last !== 0x29)) return -1;
  const m = CLOSED_SUFFIX.exec(text);
  return m && m.index > 0 ? m.index : -1;
}
/** `(Åben) ` before an open item's title (Region Sjælland): not part of the title. */
export const OPEN_PREFIX = /^\(åben(?:t)?\)\s*/i;
/** `Lukket referat`: the part of the minutes with the closed items. */
export const CLOSED_PART = /^lukket\s+(?:referat|dagsorden|møde|punkter|del)$/i;

const CASE_LABEL = /^(?:sags?\s?nr|sagsnummer|j\.?\s?nr|journalnr)\.?\s*:?/i;
const BARE_CASE_LABEL = /^sag\s+(?=\d)/i;
/** `Åbent - …`, `Lukket - …` before an item's file codes. */
const STATUS_CASE = /^(?:åbent?|lukket)\s+[-–]\s+\S/i;
/** The same line of a closed item: its mark, the item's `closedRange`. */
export const CLOSED_CASE_LINE = /^(lukket)\s+[-–]\s/i;
const CASE_VALUE = /^(?:\d[\dA-Za-zÆØÅæøå]*(?:[./-][\dA-Za-zÆØÅæøå]+){1,6}|[A-ZÆØÅ]{2,6}-\d{4}-\d{3,})$/;
/** FirstAgenda's `EMN-2025-008579` at the end of a title it was glued to. */
export const TRAILING_CASE = /\s+([A-ZÆØÅ]{2,6}-\d{4}-\d{3,})$/;

/** `00.15.00G00-1-19`, `24/6823`, `24-003043`, `EMN-2025-010561`, `Sagsnr.: 17/14822`. */
export function matchCaseNumber(text: string): { value: string; from: number; to: number } | undefined {
  // A long line only after a label, whose value is then its first word (`Sagsnr.: 330-2018-3619      Dok.nr.: …`).
  if (text.length > 80 && (text.length > 250 || !CASE_LABEL.test(text))) return undefined;
  // `Åbent - 00.22.00-G01-1-16`, `Lukket - 00.01.00A04 - 2007/34364`: the item's status, then its file codes; the last is the case.
  const first = text.charCodeAt(0) | 0x20;
  if ((first === 0xe5 || first === 0x6c) && STATUS_CASE.test(text)) {
    const last = /\s[-–]\s+(\S+)$/.exec(text);
    if (!last || !CASE_VALUE.test(last[1]) || last[1].replace(/\D/g, '').length < 4) return undefined;
    const from = text.length - last[1].length;
    return { value: last[1], from, to: text.length };
  }
  // `Sag 306-2009-600` (PolWeb): the bare word takes a whole case number only.
  const bare = BARE_CASE_LABEL.exec(text);
  if (bare) {
    const value = text.slice(bare[0].length).trimEnd();
    if (!CASE_VALUE.test(value) || !/[./-]/.test(value) || /^\d{1,2}[-./]\d{1,2}[-./]\d{4}$/.test(value)) return undefined;
    return { value, from: bare[0].length, to: bare[0].length + value.length };
  }
  const label = CASE_LABEL.exec(text);
  let from = 0;
  if (label) {
    from = label[0].length;
    while (from < text.length && (text[from] === ' ' || text[from] === '\t')) from++;
  }
  let value = text.slice(from);
  if (!CASE_VALUE.test(value)) {
    // `Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt` (OS2web): after a label, the value is the first word.
    const word = label ? /^(\S+)\s/.exec(value)?.[1] : undefined;
    if (!word || !(CASE_VALUE.test(word) || /^\d{4,12}$/.test(word))) return undefined;
    value = word;
  }
  const digits = value.replace(/\D/g, '').length;
  if (digits < 4 || /^\d{1,2}[-./]\d{1,2}[-./]\d{4}$/.test(value)) return undefined; // a date, not a case
  return { value, from, to: from + value.length };
}

/** `85.02.02-G01-5-17`: a KLE file code alone (SBSYS prints it over the item's line); its group code (`G01`) tells it from a date. */
const FILE_CODE_LINE = /^\d{2}\.\d{2}\.\d{2}[-–]?[A-ZÆØÅ]\d{2}(?:[-–]\d{1,6}[-–]\d{2,4})?$/;

export function isFileCodeLine(text: string): boolean {
  return text.length <= 30 && FILE_CODE_LINE.test(text) && matchCaseNumber(text) !== undefined;
}

/** `Sagnr.: 1-30-11-06-V`: a label and a case number, and nothing else on the line. */
export function isLabelledCaseLine(text: string): boolean {
  if (text.length > 80 || !CASE_LABEL.test(text)) return false;
  const found = matchCaseNumber(text);
  return found !== undefined && found.from > 0 && found.to >= text.trimEnd().length;
}

/** `Sagsnr.:` with its value elsewhere (pdftotext without -layout puts the values in a column of their own). */
export function isCaseLabelAlone(text: string): boolean {
  return text.length < 20 && CASE_LABEL.test(text) && CASE_LABEL.exec(text)![0].length >= text.replace(/\s+$/, '').length;
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
  /** The heading names the item of a meeting (`Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:`): on another day, another meeting's. */
  atItem?: boolean;
}

export interface QuotedHeading {
  kind: 'quoted';
  committee?: string;
}

/** This meeting's decision heading, another committee's quoted decision, or neither. */
export function matchDecision(text: string, vocabulary: HeadingVocabulary): DecisionHeading | QuotedHeading | undefined {
  if (text.length > 250) return undefined;
  const m = vocabulary.decisionStart(text.charCodeAt(0)) ? vocabulary.decision.exec(text) : null;
  if (!m) return matchDecisionForm(text, vocabulary);
  let from = m[1].length;
  while (from < text.length && text[from] === ' ') from++;
  if (from >= text.length) return { kind: 'decision' };
  // `beslutning i Økonomiudvalget` in lower case, with more after it: a sentence wrapped onto the line, not a heading.
  if (text[0] !== text[0].toUpperCase()) return undefined;
  // `Beslutning ikke frigivet`: a status line, not a heading.
  if (/^\p{Ll}/u.test(text[from]) && !/^(?:i|af|fra|truffet|på|den|d\.)(?=\s)/.test(text.slice(from))) return undefined;
  if (text[from] === ':') {
    let at = from + 1;
    while (at < text.length && text[at] === ' ') at++;
    return at < text.length ? { kind: 'decision', inlineFrom: at } : { kind: 'decision' };
  }
  const rest = text.slice(from);
  // `Beslutning Tilbagesendes afdelingen med bemærkning, at …`: a web page's heading and the first paragraph under it, on one line.
  if (isJoinedSentence(text, rest)) return { kind: 'decision', inlineFrom: from };
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

/**
 * The text after a decision word is a sentence, not a committee or a date: it
 * starts with a capitalised word and ends as a sentence does, or runs longer
 * than any heading.
 */
function isJoinedSentence(text: string, rest: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(rest) || /^fra\s/i.test(rest)) return false;
  return text.length > MAX_HEADING || /[.!?]$/.test(rest);
}

const DECISION_FORM_HINT = /s\s+beslutning(?:\s|:|$)/i;
/** The hint's word, as one literal: a quicker scan that rules out most lines. */
const DECISION_WORD = /beslutning/i;
/** `…, 03-04-2019, pkt. 42`: a form that names no decision but ends on the item's number. */
const ITEM_NUMBER_END = /,\s+pkt\.\s{0,2}\d{1,5}\s*:?$/;

/** The dialect's own decision forms: `Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 1`. */
function matchDecisionForm(text: string, vocabulary: HeadingVocabulary): DecisionHeading | undefined {
  // Every form names the decision: skip the regular expressions on other lines.
  if (text.length > MAX_HEADING + 60) return undefined;
  // Each form ends on `beslutning`, a date's or item's number, or a colon: one look at the last character rules out prose before any search.
  let last = text.length - 1;
  while (last > 0 && (text.charCodeAt(last) === 0x20 || text.charCodeAt(last) === 0x09)) last--;
  const end = text.charCodeAt(last) | 0x20;
  if (end !== 0x67 && end !== 0x3a && !(end >= 0x30 && end <= 0x39)) return undefined;
  if (!(DECISION_WORD.test(text) && DECISION_FORM_HINT.test(text)) && !(text.indexOf('pkt.') >= 0 && ITEM_NUMBER_END.test(text))) return undefined;
  for (const form of vocabulary.decisionForms) {
    const m = form.exec(text);
    if (!m) continue;
    // Under the `i` flag a committee's \p{Lu} takes lower case too: `økonomiudvalgets beslutning den …` wrapped from a sentence is no heading.
    const named = m.groups?.committee;
    if (named !== undefined && named[0] === named[0].toLowerCase() && named[0] !== named[0].toUpperCase()) continue;
    const dateText = m.groups?.date;
    const found = dateText ? findDate(dateText) : undefined;
    const committee = m.groups?.committee?.trim();
    const dateFrom = dateText ? text.indexOf(dateText, (committee?.length ?? 0)) : -1;
    return {
      kind: 'decision',
      ...(committee ? { committee } : {}),
      ...(found && dateFrom >= 0 ? { date: found.date, dateFrom, dateTo: dateFrom + dateText!.length } : {}),
      ...(ITEM_NUMBER_END.test(text) ? { atItem: true } : {}),
    };
  }
  return undefined;
}

export interface HeadingMatch {
  canonical: string;
  /** Length of the heading without a trailing colon. */
  length: number;
  typo?: { expected: string };
}

/** `Beslutning :` → `Beslutning`; a plain scan, not a pattern tried at every position. */
export function withoutColon(text: string): string {
  if (!text.endsWith(':')) return text;
  let end = text.length - 1;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/** A standard (or configured) section heading, or a near miss of one. */
export function matchHeading(text: string, vocabulary: HeadingVocabulary, known?: string | null): HeadingMatch | undefined {
  if (text.length > MAX_HEADING) return undefined;
  const bare = withoutColon(text);
  const canonical = known === undefined ? knownHeading(vocabulary, bare) : known;
  if (canonical) return { canonical, length: bare.length };
  const history = historyBeforeDate(bare, vocabulary);
  if (history) return history;
  const typo = nearMissHeading(bare, vocabulary);
  return typo ? { canonical: typo, length: bare.length, typo: { expected: typo } } : undefined;
}

/** `Sagens forløb 25-03-2019 Magistraten` (a web page of titled items): a history heading and the first entry under it, on one line. */
const DATE_AFTER_HEADING = /^[ \t]+\d{1,2}[-./]\d{1,2}[-./]\d{4}(?=$|\s)/;
/** Each vocabulary's history headings, with their lower case to compare a line's start with before any pattern runs. */
const HISTORY_WORDS = new WeakMap<HeadingVocabulary, Array<[lower: string, canonical: string]>>();

function historyBeforeDate(bare: string, vocabulary: HeadingVocabulary): HeadingMatch | undefined {
  let words = HISTORY_WORDS.get(vocabulary);
  if (!words) HISTORY_WORDS.set(vocabulary, (words = [...vocabulary.history].map((h) => [h.toLowerCase(), h])));
  // Most lines differ from every history heading in the first letter, or have no blank and digit where its date would start.
  const first = bare.charCodeAt(0) | 0x20;
  for (let w = 0; w < words.length; w++) {
    const lower = words[w][0];
    const n = lower.length;
    if (lower.charCodeAt(0) !== first || !isBlankThenDigit(bare, n)) continue;
    if (bare.slice(0, n).toLowerCase() !== lower || !DATE_AFTER_HEADING.test(bare.slice(n))) continue;
    return { canonical: words[w][1], length: n };
  }
  return undefined;
}

/** Whether `text` has blanks at `at` and a digit after them. */
function isBlankThenDigit(text: string, at: number): boolean {
  let c = text.charCodeAt(at);
  if (c !== 0x20 && c !== 0x09) return false;
  while (c === 0x20 || c === 0x09) c = text.charCodeAt(++at);
  return c >= 0x30 && c <= 0x39;
}

/** A line ending on one of these is a sentence or a list, not a misspelt heading. */
const SENTENCE_END = '.!?,;';

/** `Beslutnig`, `Sagsfremstiling`: one or two letters off a standard heading. */
/** Bounds the near-miss cache: a long-running server sees many documents. */
const MAX_NEAR_MISS_CACHE = 50_000;

export function nearMissHeading(bare: string, vocabulary: HeadingVocabulary): string | undefined {
  if (bare.length < 6 || bare.length > 45 || SENTENCE_END.indexOf(bare[bare.length - 1]) >= 0 || !startsUpper(bare)) return undefined;
  const cache = vocabulary.nearMissCache;
  const known = cache.get(bare);
  if (known !== undefined) return known ?? undefined;
  const found = computeNearMiss(bare, vocabulary);
  if (cache.size >= MAX_NEAR_MISS_CACHE) cache.clear();
  cache.set(bare, found ?? null);
  return found;
}

function computeNearMiss(bare: string, vocabulary: HeadingVocabulary): string | undefined {
  if (bare.split(' ').length > 5) return undefined;
  const folded = foldText(bare);
  // A heading of any system is a real word (`Handlingsplan`), not a misspelling.
  if (vocabulary.realHeadings.has(folded)) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const { heading, folded: target } of vocabulary.nearMissTargets) {
    const allowed = target.length >= 12 ? 2 : 1;
    // The distance is at least the difference in length: most targets are ruled out without computing it.
    if (Math.abs(folded.length - target.length) > allowed) continue;
    // One inside the other is another word built on it (`Handlingsplan`, `Økonomien`), not a typo.
    if (folded.includes(target) || target.includes(folded)) continue;
    const d = editDistance(folded, target, allowed);
    if (d > 0 && d <= allowed && d < bestDistance) {
      best = heading;
      bestDistance = d;
    }
  }
  return best;
}

/** `Fraværende`, and with what kind of absence before a colon: `Fraværende med afbud:`, `Fraværende uden afbud:`, `Fraværende i mødet:` (kk.dk's local councils). */
const ABSENT = new RegExp(`^(${keywordSource('fraværende')}(?:\\s+(med|uden)\\s+afbud|\\s+(?:i|under)\\s+(?:en\\s+del\\s+af\\s+|dele\\s+af\\s+)?mødet)?)(?=$|[\\s:])`, 'i');
/** `Afbud:`, `Afbud fra Anna Hansen og Bo Jensen.` */
const APOLOGY = /^(afbud(?:\s+fra(?=\s))?)(?=$|[\s:])/i;
/** `Ikke til stede: Anna Hansen (C)` (web pages), read as absent. */
const NOT_PRESENT = /^(ikke\s+til\s+stede)(?=$|[\s:])/i;
/** `… deltog ikke i behandlingen af punktet`, `… deltog ikke under punkterne 12-15`, `Anna Hansen deltog ikke.` */
const NOT_PARTICIPATING = /\s(?:deltog|deltager)\s+ikke(?:\s*\.?$|\s+(?:i\s+(?:sagens|punktets|behandlingen|mødet)|under\s+(?:behandlingen|punkt(?:et|erne)?\b)))/i;
/** `Anna Hansen var inhabil.`, `Bo Jensen erklærede sig inhabil og forlod mødet …`: the names before. */
const CONFLICTED = /\s(?:var|er|blev|erklærede\s+sig|erklærer\s+sig|meldte\s+sig)\s+inhabile?\b/i;
/** `Inhabil: Carl Dam`, `Inhabile: …`: a label, with its colon. */
const CONFLICTED_LABEL = /^(inhabile?|inhabilitet)(?=\s*:)/i;
/** `Anna Hansen havde meldt afbud, og Bo Jensen deltog i stedet.` (prose on web pages): the names before. */
const REPORTED_APOLOGY = /\s(?:havde|har)\s+meldt\s+afbud\b/i;
/** `Anna Hansen og Bo Jensen var forhindrede i at deltage i sagens behandling.` (Region Midtjylland) */
const KEPT_AWAY = /\s(?:var|er|blev)\s+forhindre(?:de?|t)\s+i\s+at\s+deltage\s+i\s+(?:sagens|punktets|behandlingen)/i;
/** `Anna Hansen forlod mødet kl. 13.00 …`, `… forlod mødet efter behandlingen af punkt 3.` */
const LEFT_MEETING = /\s(?:forlod|forlader)\s+mødet\b/i;
/** `Bo Jensen udeblev uden afbud.` */
const STAYED_AWAY = /\s(?:udeblev|mødte\s+ikke)\s+uden\s+afbud\b/i;
/** `Anna Hansen og Bo Jensen var fraværende.`, `Bo Jensen (V) var fraværende ved behandlingen af dette punkt.`: the names before. */
const WERE_ABSENT = /\s(?:var|er)\s+fraværende(?:\s+(?:ved|under)\s+(?:behandlingen|sagens\s+behandling|punktets\s+behandling|dette\s+punkt|punktet)[^.]{0,40})?\.?$/i;
/** `Følgende deltog ikke i behandlingen af punktet:` with the names on the next lines. */
const NOT_PARTICIPATING_LABEL = /^følgende\s+(?:deltog|deltager)\s+ikke\s+i\s+(?:sagens|punktets|behandlingen)[^:]{0,40}:$/i;

export interface AttendanceMatch {
  kind: 'absent' | 'apology' | 'notParticipating';
  /** Offsets of the names on this line; empty when they follow on the next lines. */
  namesFrom: number;
  namesTo: number;
}

export function matchAttendance(text: string): AttendanceMatch | undefined {
  if (text.length > 400) return undefined;
  // Each label has one first letter: the patterns run only on lines that start with it.
  const first = text.charCodeAt(0) | 0x20;
  const absent = first === 0x66 ? ABSENT.exec(text) : first === 0x69 ? NOT_PRESENT.exec(text) : null;
  const conflicted = first === 0x69 && !absent ? CONFLICTED_LABEL.exec(text) : null;
  const label = absent ?? conflicted ?? (first === 0x61 ? APOLOGY.exec(text) : null);
  if (label) {
    let from = label[1].length;
    while (from < text.length && /[\s:]/.test(text[from])) from++;
    // `med afbud` is an apology; `i mødet` away for part of the meeting.
    const kind = absent ? (absent[2]?.toLowerCase() === 'med' ? 'apology' : /mødet$/i.test(absent[1]) ? 'notParticipating' : 'absent') : conflicted ? 'notParticipating' : 'apology';
    return { kind, namesFrom: from, namesTo: text.length };
  }
  // Sentences about people: a name list, then what happened to it. A line that starts with a name only (a look at a few characters, before any search).
  const named = startsWithName(text);
  if (named && text.indexOf('fraværende') > 0) {
    const m = WERE_ABSENT.exec(text);
    if (m && m.index > 0 && isNameListLine(text.slice(0, m.index))) return { kind: 'absent', namesFrom: 0, namesTo: m.index };
  }
  if (named && text.length <= 300) {
    const told = matchAttendanceSentence(text);
    if (told) return told;
  }
  // `Følgende deltog ikke …:` and `<names> deltog ikke …`: the search for the literal only where one of them can start.
  if (!named && !(first === 0x66 && text.startsWith('ølgende', 1))) return undefined;
  if (text.indexOf('ikke') < 0) return undefined;
  if (NOT_PARTICIPATING_LABEL.test(text)) return { kind: 'notParticipating', namesFrom: text.length, namesTo: text.length };
  const m = NOT_PARTICIPATING.exec(text);
  if (!m || m.index === 0) return undefined;
  return { kind: 'notParticipating', namesFrom: 0, namesTo: m.index };
}

/** `Anna Hansen havde meldt afbud, …`, `Bo Jensen udeblev uden afbud.`, `… var forhindrede i at deltage i sagens behandling.`, `… forlod mødet kl. 13.00`: each literal before its pattern. */
function matchAttendanceSentence(text: string): AttendanceMatch | undefined {
  if (text.length <= 200 && text.indexOf('afbud') > 0) {
    const reported = REPORTED_APOLOGY.exec(text) ?? STAYED_AWAY.exec(text);
    if (reported && reported.index > 0 && isNameListLine(text.slice(0, reported.index))) {
      return { kind: reported[0].includes('meldt') ? 'apology' : 'absent', namesFrom: 0, namesTo: reported.index };
    }
  }
  if (text.indexOf('forhindre') > 0) {
    const kept = KEPT_AWAY.exec(text);
    if (kept && isNameListLine(text.slice(0, kept.index))) return { kind: 'notParticipating', namesFrom: 0, namesTo: kept.index };
  }
  if (text.indexOf('inhabil') > 0) {
    const conflicted = CONFLICTED.exec(text);
    if (conflicted && isNameListLine(text.slice(0, conflicted.index))) return { kind: 'notParticipating', namesFrom: 0, namesTo: conflicted.index };
  }
  // `Bente Nielsen forlod mødet kl. 13.00 under behandlingen af punkt 3.`: away for the rest.
  if (text.indexOf('forl') > 0) {
    const left = LEFT_MEETING.exec(text);
    if (left && isNameListLine(text.slice(0, left.index))) return { kind: 'notParticipating', namesFrom: 0, namesTo: left.index };
  }
  return undefined;
}

/** Latin capitals, `Æ`, `Ø` and `Å` among them. */
function isCapital(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

const PARTICLE = /^(?:van|von|de|der|den|la|le) \p{Lu}/u;

/**
 * Whether a line can start with a person's name: a capital, a first word and
 * a second capital (`Anna Hansen`, `Lars van Dijk`). Prose rarely does
 * (`Det blev oplyst`), and this test, unlike the searches it spares, looks at
 * a few characters only.
 */
function startsWithName(text: string): boolean {
  if (!isCapital(text.charCodeAt(0))) return false;
  const space = text.indexOf(' ');
  if (space < 2 || space > 30) return false;
  const next = text.charCodeAt(space + 1);
  if (isCapital(next)) return true;
  // `van`, `von`, `de`, `der`, `den`, `la`, `le` before the family name.
  return (next === 0x76 || next === 0x64 || next === 0x6c) && PARTICLE.test(text.slice(space + 1, space + 6));
}

const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:van|von|de|der|den|la|le|\p{Lu})[\p{L}'’.-]*){1,5}(?:\s*\([^()]{1,30}\))?$/u;

/** What a line of names under a bare label adds after a name: `… til kl. 18.40 i punkt 2`, `…, Merete Øverup indkaldt`. */
const TRAILING_NOTE = new RegExp(`\\s+(?:${WHEN_NOTE}|${INSTEAD_NOTE})\\.?$`);

/** A line of names under a bare attendance label: names only, or names with when they came or left, or who came instead. */
export function isAttendanceNamesLine(text: string): boolean {
  if (isNameListLine(text)) return true;
  if (text.length > 200) return false;
  const note = TRAILING_NOTE.exec(text);
  return note !== null && note.index > 0 && isNameListLine(text.slice(0, note.index));
}

/** A line that is only a list of person names: `Claus Jørgensen (F)`. */
export function isNameListLine(text: string): boolean {
  if (text.length > 200 || text.includes(':')) return false;
  const pieces = text.replace(/\.$/, '').split(/,|\s+og\s+/);
  return pieces.every((p) => NAME.test(p.trim()));
}

const SHAPE_MAX = 60;
const FILE_NAME = /\.(?:pdf|docx?|xlsx?|pptx?|odt|jpe?g|png)(?:\s|$)/i;
/** A heading does not end on these. */
const SHAPE_FINAL = '.:;,!?-–';

/**
 * A heading by its shape: a short line of at most six words, starting with a
 * capital, without a final full stop, colon or comma, and not a row of a
 * table or list. Whether text follows it is for the caller to see.
 */
export function looksLikeHeading(text: string): boolean {
  if (text.length < 3 || text.length > SHAPE_MAX || !startsUpper(text)) return false;
  // The cheap tests first: this runs on every short line.
  if (SHAPE_FINAL.indexOf(text[text.length - 1]) >= 0) return false;
  let spaces = 0;
  for (let at = text.indexOf(' '); at >= 0 && spaces <= 5; at = text.indexOf(' ', at + 1)) spaces++;
  if (spaces > 5) return false;
  // Attachments' file names (`Plan.pdf Tegning.pdf`), not a heading.
  if (text.indexOf('.') >= 0 && FILE_NAME.test(text)) return false;
  // A capital first: `A) `, a digit or a bullet cannot start it.
  if (text.charCodeAt(1) === 0x29 && /^[A-ZÆØÅ]\)\s/.test(text)) return false;
  // A heading never ends on a little word that needs more after it (`Det indstilles, at`).
  if (endsOnLittleWord(text)) return false;
  // Mostly letters: not an amount, a date or a reference. No tab, and no run of three blanks (a table's columns).
  let letters = 0;
  let visible = 0;
  let blanks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) return false;
    let blank: boolean;
    if (c < 128) {
      blank = c === 32 || (c >= 10 && c <= 13);
      if (!blank && (c | 0x20) >= 97 && (c | 0x20) <= 122) letters++;
    } else if (c >= 0xc0 && c <= 0xff) {
      // Latin-1's letters (`æ`, `ø`, `å`), all but `×` and `÷`: no pattern for the common case.
      blank = false;
      if (c !== 0xd7 && c !== 0xf7) letters++;
    } else {
      blank = /\s/.test(text[i]);
      // A letter outside the BMP is two code units: count each, as the pattern did.
      if (!blank && /^\p{L}/u.test(c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i])) letters += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    if (blank) {
      if (++blanks >= 3) return false;
      continue;
    }
    blanks = 0;
    visible++;
  }
  return letters >= visible * 0.7;
}

/** Little words a heading does not end on: they need more after them. */
const LITTLE_WORDS = new Set(['at', 'og', 'i', 'for', 'til', 'af', 'med', 'på', 'som', 'der', 'den', 'det', 'en', 'et', 'om', 'fra']);

/** Whether the last word, after a blank, is one of the little words (in any case). */
function endsOnLittleWord(text: string): boolean {
  const n = text.length;
  for (let k = n - 2; k >= 0 && k >= n - 4; k--) {
    const c = text.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(text[k]))) return LITTLE_WORDS.has(text.slice(k + 1).toLowerCase());
  }
  return false;
}
