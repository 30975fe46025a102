// The dialect registry and the choice of a dialect for a document.
import type { Lines } from '../text/lines';
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

/** The dialects that have signals, and every signal of theirs in one flat list. */
const CANDIDATES = DIALECTS.filter((d) => d.signals.length > 0);
const SIGNALS = CANDIDATES.flatMap((d, c) => d.signals.map((pattern, s) => ({ pattern, needs: SIGNAL_LITERALS.get(pattern), c, s })));
/** The signals whose first-character filter lets a line starting with `code` through. */
function allowedSignals(code: number): number[] {
  return SIGNALS.flatMap((signal, k) => {
    const may = signalFilter(signal.pattern);
    return !may || may(code) ? [k] : [];
  });
}

/** Per first character below U+0100, the signals that can start with it: one lookup instead of a filter per signal. */
const BY_FIRST: readonly number[][] = Array.from({ length: 256 }, (_, code) => allowedSignals(code));

const signalsFor = (code: number): readonly number[] => (code < 256 ? BY_FIRST[code] : allowedSignals(code));

/** The dialect whose typical lines the document has most of; the generic one when none stands out. */
export function chooseDialect(lines: Lines): DialectChoice {
  const candidates = CANDIDATES;
  const hits = candidates.map((d) => new Array<number>(d.signals.length).fill(0));
  // A signal is dropped once it has counted its most.
  const done = new Uint8Array(SIGNALS.length);
  let open = SIGNALS.length;
  for (let i = 0; i < lines.length && i < DIALECT_LINES && open > 0; i++) {
    const text = lines.text(i);
    if (text === '' || text.length > MAX_LINE) continue;
    const may = signalsFor(text.charCodeAt(0));
    // Indexed loops here and in the other once-a-parse passes over every line: no iterator objects before the code is optimised.
    for (let m = 0; m < may.length; m++) {
      const k = may[m];
      if (done[k]) continue;
      const signal = SIGNALS[k];
      if (signal.needs && !signal.needs(text)) continue;
      if (!signal.pattern.test(text)) continue;
      if (++hits[signal.c][signal.s] >= MAX_PER_SIGNAL) {
        done[k] = 1;
        open--;
      }
    }
  }
  let best: DialectChoice = { dialect: generic, score: 0 };
  candidates.forEach((d, c) => {
    // Distinct signals weigh more than one signal met often.
    const score = hits[c].reduce((sum, n) => sum + (n > 0 ? 2 + n : 0), 0);
    if (score > best.score) best = { dialect: d, score };
  });
  return best.score >= MIN_SCORE ? best : { dialect: generic, score: best.score };
}
