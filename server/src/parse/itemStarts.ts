// Where the agenda items start. Every line that has an item form of the
// dialect is a candidate; the numbering then decides which candidates are
// items, so a numbered list, an attachment count or an item quoted in a
// history section (`Sagens forløb`) is not taken for one.
import type { Lines } from '../text/lines';
import type { Dialect, ItemForm } from '../dialects/types';
import { titleKey } from '../text/normalize';
import { firstCharFilter, type FirstCharFilter } from '../text/firstChars';
import { MONTHS } from './vocabulary';

export interface ItemStart {
  /** The line with the number. */
  line: number;
  number: number;
  /** The line the title starts on, and where in it. */
  titleLine: number;
  titleFrom: number;
  /** A line above with the item's case number (`Sagnr.: 1-30-11-06-V` over `32. Title`, Region Midtjylland); set after the starts are chosen. */
  caseLine?: number;
  /** A title without a number (parse/titledItems.ts): `number` is the item's place. */
  unnumbered?: boolean;
}

/** The item's first line: its title's where the title stands above the number, or its case number's above both. */
export function firstLineOf(start: ItemStart): number {
  const first = Math.min(start.line, start.titleLine);
  return start.caseLine !== undefined && start.caseLine < first ? start.caseLine : first;
}

export interface Candidate extends ItemStart {
  /** Inside a history section of the item before. */
  inHistory: boolean;
  /** The title as written, to tell a quoted treatment of the same case. */
  title: string;
  /** The form fixes the numbering no more than `Punkt N:` does. */
  strict: boolean;
}

export interface ItemLineReader {
  /** The item number, if the line is one of the dialect's item lines. */
  numberOf(text: string): number | undefined;
  /** Whether the line is an item line whose title stands on the line above it. */
  titleAbove(text: string): boolean;
}

const MAX_TITLE_GAP = 4;

export function itemLineReader(dialect: Dialect): ItemLineReader {
  const forms = compileForms(dialect.itemForms);
  return {
    numberOf(text) {
      return matchForm(text, forms)?.number;
    },
    titleAbove(text) {
      return matchForm(text, forms)?.form.titleOnLineBefore === true;
    },
  };
}

/** A form with its first-character filter, read once per parse rather than per line. */
interface CompiledForm {
  form: ItemForm;
  may: FirstCharFilter | undefined;
}

function compileForms(forms: readonly ItemForm[]): CompiledForm[] {
  return forms.map((form) => ({ form, may: firstCharFilter(form.pattern) }));
}

export interface StartContext {
  dialect: Dialect;
  /** A line that has a role of its own (heading, case number, label), so it cannot be a title. */
  isStructural(text: string): boolean;
  /** The heading's kind, where the line is a section heading. */
  headingKind(text: string, line: number): 'history' | 'decision' | 'other' | undefined;
}

/** A list item's marker before an item line: web pages list their items (`• 301. …`; `referat import` writes `- `). */
const LIST_MARKER = /^[-•·*▪◦]\s+/;
/** `Indholdsfortegnelse1. Fraværende`: a web page's TOC heading, its links lost, glued to the first item's line. */
const GLUED_TOC_HEADING = /^(?:indholdsfortegnelse|indhold)(?=\d)/i;

/**
 * `punkt 2 i bestemmelserne …`: a wrapped sentence, not `Punkt 2 Budget`. A
 * form's \p{Lu} after the number also takes lower case under the `i` flag, so
 * a number followed by a blank alone (no `:` or `.`) must meet a capital.
 */
function isSentenceGoingOn(line: string, m: RegExpExecArray): boolean {
  const next = line[m[0].length];
  if (next === undefined || next === next.toUpperCase() || next !== next.toLowerCase()) return false;
  const gap = m[0].slice(m[0].lastIndexOf(m[1]) + m[1].length);
  return !/[:.)\-–]/.test(gap);
}

function matchForm(text: string, forms: readonly CompiledForm[]): { form: ItemForm; number: number; end: number } | undefined {
  if (text.length > 400) return undefined;
  let code = text.charCodeAt(0);
  let marker = 0;
  let line = text;
  // `-`, `•`, `·`, `*`, `▪`, `◦`: one test of the first character before the pattern.
  if (code === 0x2d || code === 0x2022 || code === 0xb7 || code === 0x2a || code === 0x25aa || code === 0x25e6) {
    const m = LIST_MARKER.exec(text);
    if (m) {
      marker = m[0].length;
      line = text.slice(marker);
      code = line.charCodeAt(0);
    }
  } else if ((code | 0x20) === 0x69) {
    const m = GLUED_TOC_HEADING.exec(text);
    if (m) {
      marker = m[0].length;
      line = text.slice(marker);
      code = line.charCodeAt(0);
    }
  }
  for (const { form, may } of forms) {
    if (may && !may(code)) continue;
    const m = form.pattern.exec(line);
    if (m && !isSentenceGoingOn(line, m)) return { form, number: Number(m[1]), end: marker + m[0].length };
  }
  return undefined;
}

/** A numbered TOC's entries, in order: the items are the candidates that carry these numbers and titles. */
export interface TocGuide {
  number: number;
  title: string;
}

/** The lines an edit changed, in the new lines: [prefix, changedTo); a line after them was `shift` lines higher before. */
export interface LineSpan {
  prefix: number;
  changedTo: number;
  shift: number;
}

/** A previous scan of the same lines' candidates, and where the lines have changed since. */
export interface PriorScan {
  candidates: readonly Candidate[];
  span: LineSpan;
}

/**
 * Every line in [from, to) with an item form, and whether it stands in a
 * history section. After an edit (`prior`), the previous candidates before
 * the edit are kept, the scan resumes at the last of them, and it stops at
 * the first previous candidate after the edit that it reaches in the same
 * state: from there on the lines, and so the candidates, are the same.
 */
export function scanCandidates(lines: Lines, from: number, to: number, ctx: StartContext, prior?: PriorScan): Candidate[] {
  const forms = compileForms(ctx.dialect.itemForms);
  const candidates: Candidate[] = [];
  let inHistory = false;
  let start = from;
  let pending = 0;
  const old = prior?.candidates ?? [];
  const span = prior?.span;
  if (span) {
    let keep = 0;
    // Where the items begin may have moved (the TOC grew or shrank): only candidates after it are kept.
    while (keep < old.length && old[keep].line < span.prefix && old[keep].line >= from) keep++;
    if (keep > 0) {
      // Resume at the last candidate before the edit, in its state: it is found again, as its title may
      // lie after the edit. Those before it read no line past it (a title is the first line after blanks).
      keep--;
      start = old[keep].line;
      inHistory = old[keep].inHistory;
      for (let c = 0; c < keep; c++) candidates.push(old[c]);
    }
    pending = keep;
  }
  for (let i = start; i < to; i++) {
    if (span && i >= span.changedTo) {
      // The previous candidates after the edit, moved with their lines.
      while (pending < old.length && old[pending].line + span.shift < i) pending++;
      // A candidate whose title stands above it read that line too: it serves only if that line is past the edit.
      if (pending < old.length && old[pending].line + span.shift === i && old[pending].inHistory === inHistory && firstLineOf(old[pending]) + span.shift >= span.changedTo) {
        for (let c = pending; c < old.length; c++) candidates.push(span.shift === 0 ? old[c] : moved(old[c], span.shift));
        return candidates;
      }
    }
    const text = lines.text(i);
    if (text === '') continue;
    const m = matchForm(text, forms);
    if (!m) {
      const kind = ctx.headingKind(text, i);
      if (kind === 'history') inHistory = true;
      else if (kind === 'other') inHistory = false;
      continue;
    }
    let titleLine = i;
    let titleFrom = m.end;
    if (m.form.titleOnLineBefore) {
      // The line directly above, a line of words that has no role of its own (not an item line, heading, case number or label).
      const above = i > from ? lines.text(i - 1) : '';
      if (above === '' || above.length > 250 || ctx.isStructural(above) || !/\p{L}/u.test(above)) continue;
      titleLine = i - 1;
      titleFrom = 0;
    } else if (m.form.titleOnNextLine) {
      let k = i + 1;
      let gap = 0;
      while (k < to && lines.text(k) === '' && gap < MAX_TITLE_GAP) {
        k++;
        gap++;
      }
      const next = k < to ? lines.text(k) : '';
      // The title: a line of words, not another number, heading or case number.
      if (next === '' || matchForm(next, forms) || /^\d+$/.test(next) || ctx.isStructural(next) || !/\p{L}/u.test(next)) continue;
      titleLine = k;
      titleFrom = 0;
    } else if (titleFrom >= text.length && !/^(?:punkt|pkt)/i.test(text)) {
      continue;
    } else if (titleFrom >= text.length) {
      // `Punkt 1.` alone, its title on the next line (minutes typed in a word processor).
      const k = i + 1 < to && lines.text(i + 1) === '' ? i + 2 : i + 1;
      const next = k < to ? lines.text(k) : '';
      if (next !== '' && next.length <= 200 && /^\p{Lu}/u.test(next) && !matchForm(next, forms) && !ctx.isStructural(next)) {
        titleLine = k;
        titleFrom = 0;
      }
    }
    const strict = !/^(?:punkt|pkt|sag\s)/i.test(text);
    const written = lines.text(titleLine).slice(titleFrom).trim();
    // `2. Formandsbeslutning. Ulla Hansen orienterede om …`: a numbered list of sentences in the text, not an item.
    if (strict && written.length > 60 && SENTENCES.test(written)) continue;
    // `22. januar`, `9. september  (byrådsmøde …)`: a date in a list of dates; a title starts with a capital.
    if (strict && DATE_TITLE.test(written)) continue;
    const title = written.toLowerCase();
    candidates.push({ line: i, number: m.number, titleLine, titleFrom, title, inHistory, strict });
  }
  return candidates;
}

/** A month's name in lower case, alone or before blanks, a year or a bracket. */
const DATE_TITLE = new RegExp(`^(?:${MONTHS.join('|')})(?=$|[\\s(,])`);

/** A word, a full stop, and a new sentence that ends with one: prose, where a title is a name. */
const SENTENCES = /\p{Ll}{3}\.\s+\p{Lu}.*\.$/u;

function moved(c: Candidate, shift: number): Candidate {
  return { line: c.line + shift, number: c.number, titleLine: c.titleLine + shift, titleFrom: c.titleFrom, title: c.title, inHistory: c.inHistory, strict: c.strict };
}

/**
 * Picks the items among the candidates. With a numbered TOC, the items are
 * the candidates that carry its numbers in order. Else `Punkt N` lines are
 * items wherever they stand (their numbering is checked by a rule), while a
 * bare number must continue the numbering (`3.` after `2.`). A candidate in a
 * history section is an item only if it continues the numbering, names
 * another case than the item it stands in, and no later candidate outside a
 * history section has its number.
 */
export function chooseStarts(candidates: readonly Candidate[], toc: readonly TocGuide[]): ItemStart[] {
  const laterOutside = new Map<number, number>();
  for (let c = candidates.length - 1; c >= 0; c--) {
    if (!candidates[c].inHistory) laterOutside.set(candidates[c].number, c);
  }
  const out: Candidate[] = [];
  const quoted = (c: number) => {
    const cand = candidates[c];
    if (!cand.inHistory) return false;
    const last = out[out.length - 1];
    return (laterOutside.get(cand.number) ?? -1) > c || (last !== undefined && (cand.number !== last.number + 1 || cand.title === last.title));
  };
  if (toc.length > 0) {
    // The entry's number, and its title where a later candidate with the number has it
    // (a numbered list in the case text can carry the next item's number).
    const keys = toc.map((e) => titleKey(e.title).slice(0, 12));
    const fits = (cand: Candidate, e: number) => {
      const got = titleKey(cand.title).slice(0, 12);
      return keys[e] === '' || got.startsWith(keys[e]) || keys[e].startsWith(got);
    };
    let next = 0;
    candidates.forEach((cand, c) => {
      if (next >= toc.length || quoted(c)) return;
      // An item numbered otherwise than its entry is still the item when it has the entry's title (the numbering rules report it); else one wrong number would fold every later item into the one before.
      if (cand.number !== toc[next].number && !(keys[next].length >= 6 && fits(cand, next))) return;
      if (!fits(cand, next) && candidates.some((o, k) => k > c && o.number === cand.number && fits(o, next))) return;
      out.push(cand);
      next++;
    });
    if (out.length > 0) return out.map(strip);
  }
  let last: number | undefined;
  // A numbered list in the item's text starts again at 1 (`1. Planen godkendes.` / `2. Udvalget sender den i høring.`):
  // its next entry, whose number may be the next item's too, is the list's where it ends as a sentence does, or a later line has the number.
  let listNext: number | undefined;
  // Whether a later candidate outside history has the same number: the item, where this one is the list's.
  const laterSame: boolean[] = new Array(candidates.length).fill(false);
  const seen = new Set<number>();
  for (let c = candidates.length - 1; c >= 0; c--) {
    laterSame[c] = seen.has(candidates[c].number);
    if (!candidates[c].inHistory) seen.add(candidates[c].number);
  }
  candidates.forEach((cand, c) => {
    if (quoted(c)) return;
    if (cand.strict && last !== undefined) {
      if (cand.number === listNext && (LIST_ENTRY_END.test(cand.title) || laterSame[c])) {
        listNext++;
        return;
      }
      if (cand.number !== last + 1) {
        if (cand.number === 1) listNext = 2;
        return;
      }
    }
    if (cand.strict && last === undefined && cand.inHistory) return;
    out.push(cand);
    last = cand.number;
    listNext = undefined;
  });
  return out.map(strip);
}

/** How an entry of a list of sentences ends (`… godkendes.`, `… og`), where an item's title does not. */
const LIST_ENTRY_END = /(?:[.,;]|\s(?:og|samt|eller))$/;

function strip(c: Candidate): ItemStart {
  return { line: c.line, number: c.number, titleLine: c.titleLine, titleFrom: c.titleFrom };
}
