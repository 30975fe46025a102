// Context-aware completion: what comes next at the cursor.
import { RULES } from '../rules/index';
import { SUPPRESSION_SCOPES } from '../parse/suppressions';
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import type { Lang } from '../i18n/messages';
import type { Item, Position, Range, ReferatDocument } from '../model/types';
import { decisionHeading } from '../model/style';
import { MONTHS, STANDARD_HEADINGS, WEEKDAYS } from '../parse/vocabulary';
import { weekdayOf } from '../parse/dates';
import { entryText, knownPage, tocStyle } from '../rules/tocText';
import { foldText } from '../text/normalize';
import { range } from '../text/lines';
import type { Cancellation } from './cancellation';

export const STANDARD_DECISIONS: readonly string[] = [
  'Godkendt.', 'Taget til efterretning.', 'Drøftet.', 'Indstillingen tiltrådt.', 'Indstillingen anbefales.',
  'Til efterretning.', 'Intet til referat.', 'Intet under dette punkt.', 'Udsat.',
];

export interface CompletionOptions {
  snippets: boolean;
  lang: Lang;
}

type Region = { kind: 'header' } | { kind: 'toc' } | { kind: 'item'; item: Item; index: number } | { kind: 'none' };

function regionAt(doc: ReferatDocument, line: number): Region {
  const firstItem = doc.items[0]?.headingRange.start.line ?? doc.lines.length;
  if (line >= firstItem) {
    let index = 0;
    for (let i = 0; i < doc.items.length; i++) if (doc.items[i].headingRange.start.line <= line) index = i;
    return { kind: 'item', item: doc.items[index], index };
  }
  if (doc.toc && line > doc.toc.headingRange.start.line) return { kind: 'toc' };
  if (!doc.toc || line < doc.toc.headingRange.start.line) return { kind: 'header' };
  return { kind: 'none' };
}

/** Headings in the order this document's items use them; unseen standard ones after. */
function headingOrder(doc: ReferatDocument): string[] {
  const position = new Map<string, { sum: number; n: number }>();
  for (const item of doc.items) {
    item.sections.forEach((s, i) => {
      const p = position.get(s.canonical) ?? { sum: 0, n: 0 };
      p.sum += i / Math.max(1, item.sections.length - 1);
      p.n++;
      position.set(s.canonical, p);
    });
  }
  const seen = [...position.entries()].sort((a, b) => a[1].sum / a[1].n - b[1].sum / b[1].n).map(([h]) => h);
  return [...seen, ...STANDARD_HEADINGS.filter((h) => !position.has(h))];
}

/** The Danish date text for Mødedato from the title's date: `Tirsdag d. 25. juni 2024 kl. `. */
export function meetingDateText(doc: ReferatDocument): string | undefined {
  const d = doc.header.title?.date;
  if (!d) return undefined;
  const weekday = WEEKDAYS[weekdayOf(d)];
  return `${weekday[0].toUpperCase()}${weekday.slice(1)} d. ${d.day}. ${MONTHS[d.month - 1]} ${d.year} kl. `;
}

function make(label: string, kind: CompletionItemKind, replace: Range, newText: string, sort: number, options: CompletionOptions, snippet?: string, detail?: string): CompletionItem {
  const useSnippet = snippet !== undefined && options.snippets;
  return {
    label,
    kind,
    sortText: String(sort).padStart(4, '0'),
    filterText: label,
    textEdit: { range: replace, newText: useSnippet ? snippet : newText },
    ...(useSnippet ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
    ...(detail ? { detail } : {}),
  };
}

function membersFor(doc: ReferatDocument, item: Item | undefined): string[] {
  const members = doc.header.participants?.members.map((m) => m.name) ?? [];
  if (!item) return members;
  const named = new Set(item.attendance.flatMap((a) => a.names.map((n) => foldText(n.name))));
  return [...members.filter((m) => !named.has(foldText(m))), ...members.filter((m) => named.has(foldText(m)))];
}

/** A suppression marker up to the cursor: the codes named so far, and the one being typed. */
const MARKER_SO_FAR = new RegExp(`^\\s*<!--\\s*referat-disable-(?:${SUPPRESSION_SCOPES})\\s+((?:[a-z-]+[\\s,]+)*)([a-z-]*)$`, 'i');

export function completions(doc: ReferatDocument, pos: Position, options: CompletionOptions, token: Cancellation): CompletionItem[] {
  if (!doc.lines.has(pos.line) || token.isCancellationRequested) return [];
  const before = doc.lines.raw(pos.line).slice(0, pos.character);
  const da = options.lang === 'da';
  const region = regionAt(doc, pos.line);
  const item = region.kind === 'item' ? region.item : undefined;

  // In a suppression marker (`<!-- referat-disable-next-item `): the rule codes not yet named.
  const marker = MARKER_SO_FAR.exec(before);
  if (marker) {
    const named = new Set(marker[1].split(/[\s,]+/).filter(Boolean));
    const replace = range(pos.line, pos.character - marker[2].length, pos.line, pos.character);
    return RULES.filter((r) => !named.has(r.code)).map((r, i) => make(r.code, CompletionItemKind.Value, replace, r.code, i, options, undefined, r.description[options.lang]));
  }

  // After `Fraværende` or `Afbud:`: the members, those not yet named in this item first.
  const attendance = /^(\s*)(fraværende|afbud)\b\s*:?\s*(?:.*,\s*)?([^,]*)$/i.exec(before);
  if (attendance && before.trimStart().length > attendance[2].length) {
    const partial = attendance[3];
    const replace = range(pos.line, pos.character - partial.length, pos.line, pos.character);
    return membersFor(doc, item).map((name, i) => make(name, CompletionItemKind.Value, replace, name, i, options, undefined, da ? 'Mødedeltager' : 'Participant'));
  }

  // Mødedato with no value yet: the date from the title.
  const dateLabel = /^(\s*)mødedato\b\s*:?\s*([^\d]*)$/i.exec(before);
  if (dateLabel && region.kind === 'header' && /\s$/.test(before)) {
    const text = meetingDateText(doc);
    if (!text) return [];
    const partial = dateLabel[2];
    const replace = range(pos.line, pos.character - partial.length, pos.line, pos.character);
    return [make(text.trim(), CompletionItemKind.Value, replace, text, 0, options, `${text}\${1:15:00}`, da ? 'Fra titlens dato' : "From the title's date")];
  }

  // Everything else completes a whole line from its start.
  const prefix = before.replace(/^[\s\f\uFEFF]+/, '');
  if (!/^[\p{L}\p{N} .:-]*$/u.test(prefix) || prefix.length > 60) return [];
  const replace = range(pos.line, pos.character - prefix.length, pos.line, pos.character);
  const out: CompletionItem[] = [];

  if (region.kind === 'header') {
    const h = doc.header;
    const labels: Array<[string, boolean]> = [['Mødedato', !h.meetingDate], ['Mødested', !h.place], ['Mødedeltagere', !h.participants]];
    labels.forEach(([label, missing], i) => {
      if (!missing) return;
      const date = label === 'Mødedato' ? meetingDateText(doc) : undefined;
      if (date) out.push(make(`Mødedato ${date.trim()}`, CompletionItemKind.Field, replace, `Mødedato ${date}`, i, options, `Mødedato ${date}\${1:15:00}`));
      else out.push(make(label, CompletionItemKind.Field, replace, `${label} `, i, options, `${label} \${1}`));
    });
    if (!doc.toc) out.push(make('Indholdsfortegnelse', CompletionItemKind.Module, replace, 'Indholdsfortegnelse', 10, options));
    return out;
  }

  if (region.kind === 'toc') {
    const style = tocStyle(doc);
    doc.items.forEach((it, i) => {
      if (it.tocEntry !== undefined) return;
      const text = entryText(it, knownPage(doc, i), style);
      out.push(make(text.replace('\t', ' '), CompletionItemKind.Reference, replace, text, i, options, undefined, da ? `Punkt ${it.number}` : `Item ${it.number}`));
    });
    return out;
  }

  if (region.kind !== 'item' || !item) return out;
  let sort = 0;
  // The section the cursor is in: the last one whose heading is above it.
  const current = [...item.sections].reverse().find((s) => s.headingRange.start.line < pos.line);
  const inDecision = current?.kind === 'decision';

  if (inDecision) {
    // Decision phrases used in this document first, then the standard ones.
    const used = new Map<string, number>();
    for (const d of doc.items.flatMap((i) => i.decisions)) {
      const first = d.text.split('\n')[0];
      if (!d.empty && first.length <= 60) used.set(first, (used.get(first) ?? 0) + 1);
    }
    const phrases = [...[...used.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p), ...STANDARD_DECISIONS.filter((p) => !used.has(p))];
    for (const phrase of phrases) out.push(make(phrase, CompletionItemKind.Value, replace, phrase, sort++, options, undefined, da ? 'Beslutning' : 'Decision'));
  }

  // Section headings this item does not have yet, in the document's order.
  const present = new Set(item.sections.map((s) => s.canonical));
  const heading = decisionHeading(doc);
  for (const h of headingOrder(doc)) {
    if (present.has(h)) continue;
    const text = h === 'Beslutning' ? heading : h;
    out.push(make(text, CompletionItemKind.Keyword, replace, text, sort++, options, `${text}\n\n\${0}`, da ? 'Sektion' : 'Section'));
  }

  // `… deltog ikke i sagens behandling.` lines for the members.
  for (const name of membersFor(doc, item)) {
    const text = `${name} deltog ikke i sagens behandling.`;
    out.push(make(text, CompletionItemKind.Text, replace, text, sort++, options, undefined, da ? 'Fremmøde' : 'Attendance'));
  }

  // After the last item's heading: the next item.
  if (region.index === doc.items.length - 1 && pos.line > item.headingRange.end.line) {
    const next = Math.max(...doc.items.map((i) => i.number)) + 1;
    out.unshift(make(`Punkt ${next}: `, CompletionItemKind.Snippet, replace, `Punkt ${next}: `, 0, options, `Punkt ${next}: \${1}`, da ? 'Nyt punkt' : 'New item'));
  }
  return out;
}
