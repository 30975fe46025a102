import type { Lang } from '../i18n/messages';
import { t } from '../i18n/messages';
import type { ReferatDocument } from '../model/types';
import { formatNumericDate } from '../parse/dates';
import { shortDecision } from '../features/summary';
import { printedPage } from '../model/pages';

/** The outline as plain data with 1-based line numbers, for `--format json`. */
export function outlineJson(file: string, doc: ReferatDocument) {
  const { header } = doc;
  const line = (r: { start: { line: number } }) => r.start.line + 1;
  return {
    file,
    dialect: doc.dialect.id,
    committee: header.committee?.value ?? header.title?.committee ?? null,
    date: header.title?.date ? formatNumericDate(header.title.date) : header.meetingDate?.date ? formatNumericDate(header.meetingDate.date) : null,
    meetingDate: header.meetingDate?.value ?? null,
    place: header.place?.value ?? null,
    members: header.participants?.members.map((m) => ({ name: m.name, ...(m.note ? { note: m.note } : {}) })) ?? [],
    absent: header.absent?.members.map((m) => m.name) ?? [],
    toc: doc.toc
      ? doc.toc.entries.map((e) => ({ number: e.number ?? null, title: e.title, line: line(e.range), closed: e.closed, pages: e.pages, fused: e.fused, match: e.match, items: e.items.map((i) => doc.items[i].number) }))
      : null,
    items: doc.items.map((item) => ({
      number: item.number,
      ...(item.unnumbered ? { unnumbered: true } : {}),
      title: item.title,
      line: line(item.range),
      page: doc.hasFormFeeds ? printedPage(doc, item.page) : null,
      closed: item.closed,
      caseNumber: item.caseNumber?.value ?? null,
      sections: item.sections.map((s) => ({ name: s.name, heading: s.canonical, line: line(s.range) })),
      decisions: item.decisions.map((d) => ({
        committee: d.committee ?? null,
        date: d.date ? formatNumericDate(d.date) : null,
        line: line(d.section.headingRange),
        empty: d.empty,
        text: d.text,
      })),
      attendance: item.attendance.map((a) => ({ kind: a.kind, line: line(a.range), names: a.names.map((n) => n.name), quoted: a.inQuote })),
    })),
  };
}

/** A readable outline for the terminal. */
export function outlineText(file: string, doc: ReferatDocument, lang: Lang): string {
  const out: string[] = [file];
  const { header } = doc;
  out.push(`  ${t(lang, 'outline.dialect', doc.dialect.name)}`);
  if (header.title) out.push(`  ${header.title.text}`);
  if (doc.agenda) out.push(`  ${t(lang, 'outline.agenda')}`);
  if (header.committee && header.committee.range.start.line !== header.title?.range.start.line) out.push(`  ${header.committee.label || t(lang, 'symbol.committee')}: ${header.committee.value}`);
  if (header.meetingDate) out.push(`  ${header.meetingDate.label || t(lang, 'symbol.meetingDate')}: ${header.meetingDate.value}`);
  if (header.place) out.push(`  ${header.place.label || t(lang, 'symbol.place')}: ${header.place.value}`);
  if (header.participants) out.push(`  ${header.participants.label}: ${header.participants.members.map((m) => m.name).join(', ')}`);
  if (header.absent && header.absent.members.length > 0) out.push(`  ${header.absent.label}: ${header.absent.members.map((m) => m.name).join(', ')}`);
  out.push(doc.toc ? `  ${t(lang, 'outline.toc', doc.toc.entries.length)}` : `  ${t(lang, 'outline.noToc')}`);
  for (const item of doc.items) {
    const flags = [item.unnumbered ? t(lang, 'detail.unnumbered') : '', item.closed ? t(lang, 'detail.closed') : '', item.caseNumber ? t(lang, 'detail.case', item.caseNumber.value) : '']
      .filter(Boolean)
      .join(', ');
    out.push(`  ${item.number}. ${item.title}  (${t(lang, 'outline.line', item.headingRange.start.line + 1)}${flags ? ', ' + flags : ''})`);
    if (item.sections.length > 0) out.push(`     ${item.sections.map((s) => s.canonical).join(' · ')}`);
    const decision = shortDecision(item, 80);
    if (decision) out.push(`     ${t(lang, 'outline.decision')}: ${decision}`);
    else if (item.decisions.length > 0) out.push(`     ${t(lang, 'outline.decision')}: (${t(lang, 'detail.emptyDecision')})`);
  }
  return out.join('\n');
}
