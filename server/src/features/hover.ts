import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { Lang } from '../i18n/messages';
import type { Item, Position, ReferatDocument } from '../model/types';
import { foldText } from '../text/normalize';
import type { ItemReference } from '../model/mentions';
import { targetAt } from './navigation';

function escape(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');
}

/** Case number, sections and decision of an item, as Markdown. */
export function itemSummary(doc: ReferatDocument, item: Item, lang: Lang): string {
  const da = lang === 'da';
  const lines = [`**Punkt ${item.number}: ${item.closed ? 'Lukket: ' : ''}${escape(item.title)}**`, ''];
  if (item.caseNumber) lines.push(`${da ? 'Sag' : 'Case'}: \`${item.caseNumber.value}\``);
  if (doc.hasFormFeeds) lines.push(`${da ? 'Side' : 'Page'}: ${item.page}`);
  if (item.sections.length > 0) lines.push(`${da ? 'Sektioner' : 'Sections'}: ${item.sections.map((s) => escape(s.canonical)).join(' · ')}`);
  if (item.decisions.length === 0) lines.push(item.closed ? (da ? '*Lukket punkt*' : '*Closed item*') : (da ? '*Mangler beslutning*' : '*No decision*'));
  for (const d of item.decisions) {
    const who = d.committee ? ` (${escape(d.committee)})` : '';
    lines.push('', `**${da ? 'Beslutning' : 'Decision'}${who}:** ${d.empty ? (da ? '*tom*' : '*empty*') : escape(d.text.split('\n').slice(0, 3).join(' '))}`);
  }
  return lines.join('  \n').replace(/ {2}\n {2}\n/g, '\n\n');
}

const KIND_NAMES = {
  da: { absent: 'fraværende', apology: 'afbud', notParticipating: 'deltog ikke' },
  en: { absent: 'absent', apology: 'sent apologies', notParticipating: 'did not take part' },
};

/** Where a member was absent in this meeting. */
export function memberSummary(doc: ReferatDocument, name: string, lang: Lang): string {
  const key = foldText(name);
  const absences: string[] = [];
  for (const item of doc.items) {
    for (const a of item.attendance) {
      if (a.inQuote || !a.names.some((n) => foldText(n.name) === key)) continue;
      absences.push(`${lang === 'da' ? 'punkt' : 'item'} ${item.number} (${KIND_NAMES[lang][a.kind]})`);
    }
  }
  const note = doc.header.participants?.members.find((m) => foldText(m.name) === key)?.note;
  const head = `**${escape(name)}**${note ? ` (${escape(note)})` : ''}`;
  if (absences.length === 0) return `${head}  \n${lang === 'da' ? 'Ikke meldt fraværende i dette møde.' : 'Not recorded as absent in this meeting.'}`;
  return `${head}  \n${lang === 'da' ? 'Fraværende' : 'Absent'}: ${absences.join(', ')}`;
}

export function hover(doc: ReferatDocument, p: Position, lang: Lang, refs?: ItemReference[]): Hover | null {
  const target = targetAt(doc, p, refs);
  if (!target) return null;
  const value = target.kind === 'item' ? itemSummary(doc, target.item, lang) : memberSummary(doc, target.name, lang);
  return { contents: { kind: MarkupKind.Markdown, value } };
}
