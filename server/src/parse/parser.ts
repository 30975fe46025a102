import type { Item, ReferatDocument } from '../model/types';
import { linkTocToItems } from '../model/link';
import { range, splitLines, type Lines } from '../text/lines';
import { titleKey } from '../text/normalize';
import { lineTest } from '../text/firstChars';
import { ALL_HEADINGS, chooseDialect, dialectById, type Dialect } from '../dialects/index';
import { WEB_NAVIGATION } from '../dialects/common';
import { isAgenda } from './agenda';
import { findFurniture } from './furniture';
import { isTitleLine, labelMatcher, parseHeader, type LabelMatcher } from './header';
import { chooseStarts, firstLineOf, itemLineReader, scanCandidates, type Candidate, type ItemStart } from './itemStarts';
import { isStructural, nextNonBlank, parseItem, type ItemContext } from './items';
import { TOC_HEADING, parseToc, splitCutEntries, unlinkedCopy, type ParsedToc } from './toc';
import { CLOSED_PART, isFileCodeLine, isLabelledCaseLine, matchDecision, matchHeading, withoutColon } from './lineKinds';
import { titledStarts, type TitledContext } from './titledItems';
import { headingVocabulary, knownHeading, startsUpper } from './vocabulary';
import { takeSuppressions } from './suppressions';
import type { EditReuse, ParseFacts } from './reuse';

export interface ParseOptions {
  /** Extra section headings to recognise (settings). */
  extraHeadings?: readonly string[];
  /** Extra words that head this meeting's decision, like `Beslutning` (settings). */
  extraDecisionHeadings?: readonly string[];
  /** A dialect id to use instead of choosing one from the text. */
  dialect?: string;
}

const MAX_TOC_SEARCH = 400;

/** What a dialect and the options compile to (patterns, folded headings): built once, not per parse. */
interface Compiled {
  vocabulary: ReturnType<typeof headingVocabulary>;
  reader: ReturnType<typeof itemLineReader>;
  labels: ReturnType<typeof labelMatcher>;
}

const COMPILED = new Map<string, Compiled>();
/** Configurations are few; a process that sees more starts over rather than grow. */
const MAX_COMPILED = 64;

function compiled(dialect: Dialect, options: ParseOptions): Compiled {
  const key = `${dialect.id}\u0000${JSON.stringify(options.extraHeadings ?? [])}\u0000${JSON.stringify(options.extraDecisionHeadings ?? [])}`;
  let hit = COMPILED.get(key);
  if (!hit) {
    if (COMPILED.size >= MAX_COMPILED) COMPILED.clear();
    hit = {
      vocabulary: headingVocabulary(options.extraHeadings, options.extraDecisionHeadings, {
        dialectHeadings: dialect.headings,
        historyHeadings: dialect.historyHeadings,
        decisionForms: dialect.decisionForms,
        allHeadings: ALL_HEADINGS,
      }),
      reader: itemLineReader(dialect),
      labels: labelMatcher(dialect),
    };
    COMPILED.set(key, hit);
  }
  return hit;
}

/**
 * Text in, model out. Never throws: text that is not a referat gives a model
 * with no items, and every line is visited a bounded number of times.
 * In the editor, `reuse` (parse/reuse.ts: `afterEdit`) lends what the
 * previous version's parse found where an edit left the text as it was.
 */
export function parseReferat(text: string, options: ParseOptions = {}, reuse?: EditReuse): ReferatDocument {
  const lines = reuse ? reuse.split(text) : splitLines(text);
  // A marker starts with `<!--`: one search of the text spares the look at every line.
  const suppressions = text.indexOf('<!--') >= 0 ? takeSuppressions(lines) : [];
  const chosen = options.dialect ? undefined : dialectById(reuse?.dialect()) ?? chooseDialect(lines).dialect;
  const dialect = dialectById(options.dialect) ?? chosen!;
  const { vocabulary, reader, labels } = compiled(dialect, options);
  const hasFormFeeds = text.indexOf('\f') >= 0;
  const physicalPages = lastPage(lines);
  // `Åbent referat` / `Lukket referat`, in the text or in a running header: which part an item is in.
  const parts: Array<{ line: number; closed: boolean }> = [];
  for (let l = 0; l < lines.length; l++) {
    const text = lines.text(l);
    if (text.length > 30 || text.length < 9) continue;
    if (isClosedPart(text)) parts.push({ line: l, closed: true });
    else if (isOpenPart(text)) parts.push({ line: l, closed: false });
  }
  // Without page breaks each line is judged alone: the lines taken over keep the previous verdicts.
  const byLine = !(hasFormFeeds && physicalPages >= 2);
  const known = byLine ? reuse?.furniture(dialect.id) : undefined;
  const furniture = findFurniture(lines, dialect, hasFormFeeds ? physicalPages : 1, (t) => reader.numberOf(t) !== undefined, known);
  let webPage = !dialect.hasToc;
  for (const i of furniture.lines) {
    if (!webPage && WEB_NAVIGATION.test(lines.text(i))) webPage = true;
    lines.blank(i, 'furniture');
  }

  const ctx: ItemContext = {
    lines,
    vocabulary,
    dialect,
    labels,
    isItemLine: (t) => reader.numberOf(t) !== undefined,
    meeting: {},
    inClosedPart: () => false,
    // Filled ahead, so that writes by line stay in a plain array (a sparse one turns into a dictionary).
    knownHeadings: new Array<string | null | undefined>(lines.length).fill(undefined),
  };
  // Which known heading a line is, by exact lookup only: it runs on every line. The scan's lookups are kept by line for the items' parse.
  const headingKind = (t: string, line = -1): 'history' | 'decision' | 'other' | undefined => {
    if (t.length > 80 || !startsUpper(t)) return undefined;
    if (vocabulary.decisionStart(t.charCodeAt(0)) && vocabulary.decision.test(t)) return 'decision';
    const canonical = knownHeading(vocabulary, withoutColon(t));
    if (line >= 0) ctx.knownHeadings[line] = canonical ?? null;
    if (!canonical) return undefined;
    return vocabulary.history.has(canonical) ? 'history' : 'other';
  };

  // After an edit, the lines that changed (the TOC, the items, and their starts' scan, are taken over around them).
  const scanKey = reuse ? JSON.stringify([dialect.id, options]) : '';
  const prior = reuse?.changes(lines, scanKey);
  const keptToc = reuse?.toc(scanKey);
  // The TOC: its heading comes before the items' sections begin.
  let tocHeading = keptToc ? keptToc.heading : -1;
  for (let i = 0; !keptToc && i < lines.length && i < MAX_TOC_SEARCH; i++) {
    const t = lines.text(i);
    if (t === '') continue;
    if (TOC_HEADING.test(t)) {
      tocHeading = i;
      break;
    }
    if (headingKind(t) !== undefined) break;
  }
  const tocContext = {
    itemNumber: (t: string) => reader.numberOf(t),
    itemTitleAbove: (t: string) => reader.titleAbove(t),
    isTocFurniture: (t: string) => dialect.tocFurniture.some((p) => p.test(t)),
    isHeading: (t: string) => headingKind(t) !== undefined,
    isHeaderField: (t: string) => {
      const label = labels.match(t);
      return label !== undefined && /^\s*(?::|$)/.test(t.slice(label.length));
    },
  };
  let parsedToc: ParsedToc | undefined = keptToc
    ? { toc: unlinkedCopy(keptToc.unlinked), end: keptToc.end, readTo: keptToc.readTo }
    : tocHeading >= 0
      ? parseToc(lines, tocHeading, lines.length, tocContext)
      : undefined;
  const candidates = scanCandidates(lines, parsedToc ? parsedToc.end : 0, lines.length, startContext(ctx, headingKind), prior);
  let itemCandidates: readonly Candidate[] = candidates;
  // No TOC heading: a list of the items before them is their TOC (`PUNKTER` on a web page). It hangs on a later line, so the editor never keeps it.
  // A TOC heading whose first entry reads as an item (item lines without pages under it) is that list's heading.
  const emptyHeading = parsedToc && parsedToc.toc.entries.length === 0 ? tocHeading : undefined;
  const list = parsedToc && emptyHeading === undefined ? undefined : itemList(lines, candidates, labels, emptyHeading);
  if (list) {
    tocHeading = list.heading;
    parsedToc = { ...parseToc(lines, list.heading, list.end, { ...tocContext, itemNumber: () => undefined }), readTo: Infinity };
    itemCandidates = candidates.filter((c) => c.line >= list.end);
  }
  const toc = parsedToc?.toc;
  // Linking changes the TOC: the editor keeps it as parsed, for the next version's parse.
  const unlinked = reuse && parsedToc ? keptToc?.unlinked ?? unlinkedCopy(parsedToc.toc) : undefined;
  const itemsFrom = parsedToc ? parsedToc.end : 0;
  // A list of the items guides nothing: the items after it are in their own form, and one it lacks is still an item.
  const numbered = !list && toc && toc.entries.length > 0 && toc.entries.every((e) => e.number !== undefined);
  const guide = numbered ? toc.entries.map((e) => ({ number: e.number!, title: e.title })) : [];
  let starts = chooseStarts(itemCandidates, guide);
  // No item line anywhere, yet sections: a web page whose items are titles alone (the generic forms only, tried last).
  // A TOC lists numbered items: text that has one and no item line is not such a page.
  const titled = starts.length === 0 && dialect.id === 'generic' && candidates.length === 0 && !(toc && toc.entries.length > 0);
  if (titled) {
    starts = titledStarts(lines, itemsFrom, titledContext(ctx));
    if (starts.length > 0) webPage = true;
  }
  markCaseLines(lines, starts, itemsFrom);
  ctx.inClosedPart = closedPartReader(parts, itemsFrom);

  // The header's fields may stand after the TOC too (`Deltagere:` on web pages): it reads to the first item, past the TOC's lines.
  const tocSpan = tocHeading >= 0 && parsedToc ? { from: tocHeading, to: parsedToc.end } : undefined;
  const headerEnd = starts.length > 0 ? firstLineOf(starts[0]) : tocHeading >= 0 ? tocHeading : Math.min(lines.length, MAX_TOC_SEARCH);
  const header = reuse?.header(scanKey, headerEnd) ?? parseHeader(lines, headerEnd, dialect, tocSpan && tocSpan.from < headerEnd ? tocSpan : undefined);
  ctx.meeting = {
    ...(header.meetingDate?.date ?? header.title?.date ? { date: header.meetingDate?.date ?? header.title?.date } : {}),
    ...(header.committee ? { committee: header.committee.value } : {}),
  };
  const itemsEnd = trailerLine(lines, starts, dialect);
  const ends = starts.map((_, n) => (n + 1 < starts.length ? firstLineOf(starts[n + 1]) : itemsEnd));
  // Everything an item's parse reads besides its lines: only the editor, which re-parses what an edit touched, keeps it.
  let facts: ParseFacts | undefined;
  if (reuse) {
    facts = {
      // Which part an item is in is compared item by item: a part line's number moves with every line added above it.
      context: JSON.stringify([dialect.id, options, ctx.meeting]),
      starts,
      ends,
      inClosedPart: starts.map((s) => ctx.inClosedPart(s.line)),
      scanKey,
      candidates,
    };
    if (chosen) facts.chosen = chosen.id;
    facts.header = { end: headerEnd, header };
    if (parsedToc && unlinked) facts.toc = { heading: tocHeading, readTo: parsedToc.readTo, end: parsedToc.end, unlinked };
    if (byLine) facts.furnitureByLine = { dialect: dialect.id, lines: [...furniture.lines] };
  }
  const reused = facts && reuse?.items(facts);
  const items: Item[] = starts.map((start, n) => reused?.get(n) ?? parseItem(ctx, start, ends[n]));
  if (toc) {
    const itemKeys = items.map((i) => titleKey(i.title));
    splitCutEntries(toc, itemKeys);
    linkTocToItems(toc.entries, items, itemKeys);
  }
  // A system's forms that find no item: the generic forms may.
  if (items.length === 0 && !options.dialect && dialect.id !== 'generic') {
    const fallback = parseReferat(text, { ...options, dialect: 'generic' }, reuse);
    if (fallback.items.length > 0) return fallback;
  }
  const last = lines.length - 1;
  // No item, yet sections (`Indstilling`, `Beslutning`): most likely one item's own web page, its number not in the text.
  const headingsWithoutItems: number[] = [];
  for (let i = 0; items.length === 0 && i < lines.length && headingsWithoutItems.length < 3; i++) {
    const t = lines.text(i);
    if (t !== '' && headingKind(t) !== undefined) headingsWithoutItems.push(i);
  }
  const doc: ReferatDocument = {
    source: text,
    lines,
    dialect: { id: dialect.id, name: dialect.name },
    header,
    ...(toc ? { toc } : {}),
    items,
    hasFormFeeds,
    webPage,
    agenda: isAgenda(lines, header, items),
    pageCount: physicalPages,
    ...(furniture.pageLabels ? { pageLabels: furniture.pageLabels } : {}),
    range: range(0, 0, last, lines.rawLength(last)),
    eol: /\r\n/.test(text.slice(0, 10_000)) ? '\r\n' : '\n',
    suppressions,
  };
  if (headingsWithoutItems.length > 0) doc.headingsWithoutItems = headingsWithoutItems;
  if (facts) reuse?.remember(doc, facts);
  return doc;
}

const OPEN_PART = /^åben(?:t)?\s+(?:referat|dagsorden|møde|punkter|del)$/i;
const isOpenPart = lineTest(OPEN_PART);
const isClosedPart = lineTest(CLOSED_PART);

/** Whether a line lies in the closed part: after a `Lukket referat` line that no `Åbent referat` line follows. */
function closedPartReader(parts: ReadonlyArray<{ line: number; closed: boolean }>, from: number): (line: number) => boolean {
  const relevant = parts.filter((p) => p.line >= from);
  if (!relevant.some((p) => p.closed)) return () => false;
  return (line) => {
    let closed = false;
    for (const p of relevant) {
      if (p.line > line) break;
      closed = p.closed;
    }
    return closed;
  };
}

/** A list's label: short, no digits (`PUNKTER`, `Dagsorden`). */
const LIST_LABEL = /^[^\d]{3,40}$/;

/**
 * Item lines one after another before the items, the first of them repeated
 * later with its title: a list of the items, not items. Where it is, and the
 * line its TOC hangs under (its label, or the blank line before it; or the TOC
 * heading given, when the list starts right under it).
 */
function itemList(lines: Lines, candidates: readonly Candidate[], labels: LabelMatcher, heading?: number): { heading: number; end: number } | undefined {
  const first = candidates[0];
  if (!first || first.inHistory || first.titleLine !== first.line || first.title.length < 3) return undefined;
  if (heading !== undefined && nextNonBlank(lines, heading + 1, lines.length) !== first.line) return undefined;
  let k = 0;
  for (; k + 1 < candidates.length; k++) {
    const c = candidates[k];
    const next = candidates[k + 1];
    if (next.titleLine !== next.line || next.number <= c.number || nextNonBlank(lines, c.line + 1, lines.length) !== next.line) break;
  }
  if (k < 1) return undefined;
  const same = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
  if (!candidates.slice(k + 1).some((c) => c.number === first.number && same(c.title, first.title))) return undefined;
  const end = candidates[k].line + 1;
  if (heading !== undefined) return { heading, end };
  let label = first.line - 1;
  while (label >= 0 && label >= first.line - 3 && lines.text(label) === '') label--;
  // Not the header's own lines: a title or a field stays the header's.
  const labelText = label >= 0 ? lines.text(label) : '';
  if (label >= 0 && label >= first.line - 3 && LIST_LABEL.test(labelText) && !isTitleLine(labelText) && labels.match(labelText) === undefined) return { heading: label, end };
  return first.line > 0 && lines.text(first.line - 1) === '' ? { heading: first.line - 1, end } : undefined;
}

/**
 * An item whose case number stands on the line above its heading (`Sagnr.:
 * 1-30-11-06-V` / blank / `32. Title`): that line is the item's first, not the
 * last of the item before. Read from the lines on every parse, like the ends.
 */
function markCaseLines(lines: Lines, starts: ItemStart[], from: number): void {
  for (let n = 0; n < starts.length; n++) {
    const s = starts[n];
    const floor = n > 0 ? Math.max(starts[n - 1].line, starts[n - 1].titleLine) : from - 1;
    let k = firstLineOf(s) - 1;
    for (let blanks = 0; k > floor && lines.text(k) === '' && blanks < 3; blanks++) k--;
    if (k > floor && (isLabelledCaseLine(lines.text(k)) || isFileCodeLine(lines.text(k)))) s.caseLine = k;
  }
}

function titledContext(ctx: ItemContext): TitledContext {
  return {
    sectionKey: (text, line) => {
      if (matchDecision(text, ctx.vocabulary)?.kind === 'decision') return 'decision';
      const heading = matchHeading(text, ctx.vocabulary, ctx.knownHeadings[line]);
      return heading && !heading.typo ? heading.canonical : undefined;
    },
    isStructural: (text) => isStructural(ctx, text),
    isTitleLine,
  };
}

function startContext(ctx: ItemContext, headingKind: (t: string) => 'history' | 'decision' | 'other' | undefined) {
  return { dialect: ctx.dialect, isStructural: (t: string) => isStructural(ctx, t), headingKind };
}

/** pdftotext ends every page with a form feed: the last page is the last one with text. */
function lastPage(lines: Lines): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines.text(i) !== '') return lines.page(i);
  return 1;
}

/** Where the last item ends: a signature page (`Underskriftsside`) after it, else the end of the text. */
function trailerLine(lines: Lines, starts: ItemStart[], dialect: Dialect): number {
  if (starts.length === 0) return lines.length;
  for (let i = starts[starts.length - 1].titleLine + 1; i < lines.length; i++) {
    const t = lines.text(i);
    if (t !== '' && t.length < 40 && dialect.trailers.some((p) => p.test(t))) return i;
  }
  return lines.length;
}
