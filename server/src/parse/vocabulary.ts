// Words of the referat format: labels, headings, weekdays and months.
import { MOJIBAKE, escapeRegExp, foldText } from '../text/normalize';
import { firstCharFilter } from '../text/firstChars';

/** Standard section headings (REFERAT-FORMAT.md), canonical spelling first. */
export const STANDARD_HEADINGS: readonly string[] = [
  'Sagsfremstilling', 'Beslutning', 'Bilag', 'Indstilling', 'Resumé', 'Sagsresumé',
  'Beslutningskompetence', 'Administrationens vurdering', 'Sagen afgøres endelig af',
  'Sagen afgøres i', 'Lovgrundlag', 'Økonomiske konsekvenser', 'Økonomi og finansiering',
  'Tidligere behandling', 'Retsregler og andre forskrifter', 'Personalemæssige konsekvenser',
  'Høring', 'Handicappolitik', 'Behandlingsplan', 'Administrativ indstilling', 'Økonomi',
  'Vision, politikker og strategier', 'Tidligere beslutning', 'Supplerende sagsfremstilling',
  'Sagens forløb', 'Andre konsekvenser',
];

/** Other spellings of a standard heading. */
const HEADING_ALIASES: Record<string, string> = {
  resume: 'Resumé',
  sagsresume: 'Sagsresumé',
  beslutninger: 'Beslutning',
};

/** Sections that retell earlier meetings: nothing in them is this meeting's. */
export const HISTORY_HEADINGS: ReadonlySet<string> = new Set([
  'Tidligere beslutning', 'Sagens forløb', 'Tidligere behandling',
]);

export interface HeadingVocabulary {
  /** folded heading → canonical heading */
  lookup: Map<string, string>;
  /** The longest folded heading: a longer line is none unless folding shortens it. */
  longestKey: number;
  /** Matches every text that folds to a heading (and a few more): one anchored test rules out a line without folding it. */
  keyShapes: RegExp;
  /** Whether a line's first character can start one of those shapes (a blank, or a heading's first letter in any form). */
  keyStart: (code: number) => boolean;
  /** Matches a decision heading word at the start of a line: `Beslutning`, `Beslutninger`, configured words. */
  decision: RegExp;
  /** Whether a line's first character can start a decision word: most lines are ruled out without the pattern. */
  decisionStart: (code: number) => boolean;
  /** The dialect's other decision heading forms, with groups `committee` and `date`. */
  decisionForms: readonly RegExp[];
  /** Canonical headings of history sections. */
  history: ReadonlySet<string>;
  /** Every known heading with its folded form, for near-miss matching (folded once, not per line). */
  nearMissTargets: ReadonlyArray<{ heading: string; folded: string }>;
  /** Lines already judged as near misses or not: headings repeat across an archive's documents. */
  nearMissCache: Map<string, string | null>;
  /** Folded headings of every system: real words, never reported as a near miss. */
  realHeadings: ReadonlySet<string>;
}

/**
 * Every way a text can fold to one of `keys` (lower-case, folded): any case,
 * blanks around and in runs, any dash for `-`, any quote for `"`, a letter
 * as UTF-8 read as Latin-1 or as its base and combining marks. The pattern
 * may accept more; a match is confirmed by folding.
 */
function foldedKeysPattern(keys: Iterable<string>): RegExp {
  const charPattern = (c: string): string => {
    if (/\s/.test(c)) return '\\s+';
    if (c === '-') return '[-\\u2010-\\u2015\\u2212]';
    if (c === '"') return '["\\u201c\\u201d\\u201e\\u00ab\\u00bb]';
    const forms = [escapeRegExp(c)];
    const base = c.normalize('NFD')[0];
    if (base !== c) forms.push(`${escapeRegExp(base)}[\\u0300-\\u036f]+`);
    for (const [bad, good] of MOJIBAKE) if (good.toLowerCase() === c) forms.push(escapeRegExp(bad));
    return forms.length === 1 ? forms[0] : `(?:${forms.join('|')})`;
  };
  const shapes = [...keys].filter((k) => k !== '').map((k) => [...k].map(charPattern).join(''));
  try {
    return new RegExp(`^\\s*(?:${shapes.join('|') || '(?!)'})\\s*$`, 'iu');
  } catch {
    // Configured headings beyond what one pattern holds: every line is folded and looked up instead.
    return /(?:)/;
  }
}

/** Every code unit JavaScript's `\s` matches: a shape may start with blanks. */
const BLANKS = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

/** The first characters the shapes pattern can start with, read by the first-character filter past its leading blanks; every character where it cannot read them. */
function keyStartFilter(keyShapes: RegExp): (code: number) => boolean {
  let shapes: RegExp;
  try {
    shapes = new RegExp(keyShapes.source.replace(/^\^\\s\*/, '^').replace(/\\s\*\$$/, ''), keyShapes.flags);
  } catch {
    return () => true;
  }
  const first = firstCharFilter(shapes);
  if (!first) return () => true;
  const blank = new Set(BLANKS);
  return (code) => first(code) || blank.has(code);
}

export interface VocabularyOptions {
  /** The dialect's own headings, history headings and decision forms. */
  dialectHeadings?: readonly string[];
  historyHeadings?: readonly string[];
  decisionForms?: readonly RegExp[];
  /** Headings of every system, so that none of them counts as a misspelling. */
  allHeadings?: readonly string[];
}

export function headingVocabulary(extra: readonly string[] = [], extraDecisions: readonly string[] = [], options: VocabularyOptions = {}): HeadingVocabulary {
  const lookup = new Map<string, string>();
  const history = new Set(HISTORY_HEADINGS);
  for (const h of options.historyHeadings ?? []) history.add(h);
  for (const h of [...STANDARD_HEADINGS, ...(options.dialectHeadings ?? []), ...history, ...extra]) lookup.set(foldText(h), h);
  for (const [alias, canonical] of Object.entries(HEADING_ALIASES)) lookup.set(alias, canonical);
  // `Afgørelse` is the decision heading of some systems; `Beslutning/referat`, `Referat og beslutning` of minutes typed in a word processor
  // (the longer words first; alone or before a colon, as `Referat og beslutning fra mødet …` is a sentence).
  const joint = '(?=\\s*(?::|$))';
  const words = [`beslutning(?:er)?\\s{0,2}(?:/|og)\\s{0,2}referat${joint}`, `referat\\s{0,2}(?:/|og)\\s{0,2}beslutning(?:er)?${joint}`, 'beslutning(?:er)?', 'afgørelse', ...extraDecisions.filter((w) => w.trim() !== '').map((w) => escapeRegExp(w.trim()))];
  const keyShapes = foldedKeysPattern(lookup.keys());
  const decision = new RegExp(`^(${words.join('|')})(?=$|[\\s:])`, 'i');
  const nearMissTargets = [...new Set([...STANDARD_HEADINGS, ...lookup.values()])].map((heading) => ({ heading, folded: foldText(heading) }));
  const realHeadings = new Set([...lookup.keys(), ...(options.allHeadings ?? []).map(foldText)]);
  return {
    lookup,
    longestKey: Math.max(0, ...[...lookup.keys()].map((k) => k.length)),
    keyShapes,
    keyStart: keyStartFilter(keyShapes),
    nearMissTargets,
    nearMissCache: new Map(),
    realHeadings,
    history,
    decisionForms: options.decisionForms ?? [],
    decision,
    decisionStart: firstCharFilter(decision) ?? (() => true),
  };
}

/**
 * The canonical heading a line's text (without its colon) is, by exact
 * lookup. It runs on every line, so a line is folded only when it has the
 * shape of a heading; one more than twice as long as the longest heading is
 * none (no spacing or damage makes a heading of that).
 */
export function knownHeading(vocabulary: HeadingVocabulary, bare: string): string | undefined {
  if (bare.length > 2 * vocabulary.longestKey || !vocabulary.keyStart(bare.charCodeAt(0)) || !vocabulary.keyShapes.test(bare)) return undefined;
  return vocabulary.lookup.get(foldText(bare));
}

/** A capital first letter, without a Unicode pattern for the ASCII case. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

export const WEEKDAYS: readonly string[] = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];

export const MONTHS: readonly string[] = [
  'januar', 'februar', 'marts', 'april', 'maj', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'december',
];

const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
};

/** Month number for a Danish month name or abbreviation (folded), else undefined. */
export function monthNumber(word: string): number | undefined {
  const w = foldText(word).replace(/\.$/, '');
  const i = MONTHS.indexOf(w);
  if (i >= 0) return i + 1;
  return MONTH_ABBREVIATIONS[w];
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayNumber(word: string): number | undefined {
  const i = WEEKDAYS.indexOf(foldText(word));
  return i >= 0 ? i : undefined;
}

export const LABELS = {
  meetingDate: 'Mødedato',
  place: 'Mødested',
  participants: 'Mødedeltagere',
} as const;
