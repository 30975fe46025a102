import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Lang } from '../i18n/messages';
import { t } from '../i18n/messages';
import type { ReferatDocument } from '../model/types';
import type { Cancellation } from './cancellation';
import { itemDetail } from './summary';

/** Outline: header, table of contents and items with their sections. */
export function documentSymbols(doc: ReferatDocument, lang: Lang, token: Cancellation): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const { header, toc } = doc;
  if (header.range) {
    const children: DocumentSymbol[] = [];
    for (const field of [header.meetingDate, header.place]) {
      if (field) children.push({ name: field.label, detail: field.value, kind: SymbolKind.Property, range: field.range, selectionRange: field.labelRange });
    }
    if (header.participants) {
      const p = header.participants;
      children.push({
        name: p.label,
        detail: String(p.members.length),
        kind: SymbolKind.Property,
        range: p.range,
        selectionRange: p.labelRange,
        children: p.members.map((m) => ({ name: m.name, ...(m.note ? { detail: m.note } : {}), kind: SymbolKind.Variable, range: m.range, selectionRange: m.range })),
      });
    }
    const title = header.title;
    out.push({
      name: title ? title.text : t(lang, 'symbol.header'),
      ...(title ? { detail: t(lang, 'symbol.header') } : {}),
      kind: SymbolKind.Namespace,
      range: header.range,
      selectionRange: title ? title.range : header.range,
      children,
    });
  }
  if (toc) {
    out.push({
      name: t(lang, 'symbol.toc'),
      detail: t(lang, 'detail.items', toc.entries.length),
      kind: SymbolKind.Namespace,
      range: toc.range,
      selectionRange: toc.headingRange,
      children: toc.entries.map((e) => ({
        name: (e.closed ? 'Lukket: ' : '') + e.title,
        detail: e.pages.length > 1 ? t(lang, 'detail.pages', e.pages.join(', ')) : e.pages.length === 1 ? t(lang, 'detail.page', e.pages[0]) : '',
        kind: SymbolKind.EnumMember,
        range: e.range,
        selectionRange: e.titleRange,
      })),
    });
  }
  for (const item of doc.items) {
    if (token.isCancellationRequested) break;
    out.push({
      name: `${item.number}. ${item.closed ? 'Lukket: ' : ''}${item.title}`,
      detail: itemDetail(item, lang),
      kind: SymbolKind.Module,
      range: item.range,
      selectionRange: item.titleRange,
      children: item.sections.map((s) => ({
        name: s.name,
        kind: s.kind === 'decision' ? SymbolKind.Event : SymbolKind.Field,
        range: s.range,
        selectionRange: s.headingRange,
      })),
    });
  }
  return out;
}
