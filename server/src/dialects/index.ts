// The dialect registry and the choice of a dialect for a document.
import type { Line } from '../model/types';
import { acadre } from './acadre';
import { edoc } from './edoc';
import { firstagendaPdf } from './firstagendaPdf';
import { firstagendaWeb } from './firstagendaWeb';
import { generic } from './generic';
import type { Dialect } from './types';
import { firstCharFilter, requiredLiteral, type FirstCharFilter } from '../text/firstChars';

export type { Dialect } from './types';

/** Every dialect; the generic one last, as the fallback. */
export const DIALECTS: readonly Dialect[] = [firstagendaPdf, firstagendaWeb, edoc, acadre, generic];

export const DIALECT_IDS: readonly string[] = DIALECTS.map((d) => d.id);

export const GENERIC = generic;

/** Every system's headings: none of them is a misspelling of another. */
export const ALL_HEADINGS: readonly string[] = [...new Set(DIALECTS.flatMap((d) => [...d.headings, ...d.historyHeadings]))];

export function dialectById(id: string | undefined): Dialect | undefined {
  return id ? DIALECTS.find((d) => d.id === id) : undefined;
}

/** How many times one signal may count, so one repeated line does not decide alone. */
const MAX_PER_SIGNAL = 5;
const MIN_SCORE = 3;
const MAX_LINE = 200;
/**
 * The header, TOC and first items show the system; a long archive need not be
 * read to the end. An edit after these lines cannot change the choice.
 */
export const DIALECT_LINES = 4000;

export interface DialectChoice {
  dialect: Dialect;
  /** Signals of the chosen dialect met in the text. */
  score: number;
}

const SIGNAL_FILTERS = new Map<RegExp, FirstCharFilter | undefined>(DIALECTS.flatMap((d) => d.signals.map((p) => [p, firstCharFilter(p)] as const)));
const signalFilter = (p: RegExp) => SIGNAL_FILTERS.get(p);
/** For a signal whose start cannot be read, a run of text it needs (the genitive decision's `beslutning`): a quicker test first. */
const SIGNAL_LITERALS = new Map(DIALECTS.flatMap((d) => d.signals.filter((p) => !SIGNAL_FILTERS.get(p)).map((p) => [p, requiredLiteral(p)] as const)));

/** The dialect whose typical lines the document has most of; the generic one when none stands out. */
export function chooseDialect(lines: readonly Line[]): DialectChoice {
  const candidates = DIALECTS.filter((d) => d.signals.length > 0);
  const hits = candidates.map((d) => new Array<number>(d.signals.length).fill(0));
  // Every signal in one flat list, dropped once it has counted its most: plain loops over few patterns.
  let open = candidates.flatMap((d, c) => d.signals.map((pattern, s) => ({ pattern, may: signalFilter(pattern), needs: SIGNAL_LITERALS.get(pattern), counts: hits[c], s })));
  for (let i = 0; i < lines.length && i < DIALECT_LINES && open.length > 0; i++) {
    const text = lines[i].text;
    if (text === '' || text.length > MAX_LINE) continue;
    let full = false;
    const code = text.charCodeAt(0);
    // Indexed loops here and in the other once-a-parse passes over every line: no iterator objects before the code is optimised.
    for (let k = 0; k < open.length; k++) {
      const signal = open[k];
      if (signal.may && !signal.may(code)) continue;
      if (signal.needs && !signal.needs(text)) continue;
      if (!signal.pattern.test(text)) continue;
      if (++signal.counts[signal.s] >= MAX_PER_SIGNAL) full = true;
    }
    if (full) open = open.filter((signal) => signal.counts[signal.s] < MAX_PER_SIGNAL);
  }
  let best: DialectChoice = { dialect: generic, score: 0 };
  candidates.forEach((d, c) => {
    // Distinct signals weigh more than one signal met often.
    const score = hits[c].reduce((sum, n) => sum + (n > 0 ? 2 + n : 0), 0);
    if (score > best.score) best = { dialect: d, score };
  });
  return best.score >= MIN_SCORE ? best : { dialect: generic, score: best.score };
}
