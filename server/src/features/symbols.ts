import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Lang, MessageKey } from '../i18n/messages';
import { t } from '../i18n/messages';
import type { Field, Participants, ReferatDocument } from '../model/types';
import type { Cancellation } from './cancellation';
import { itemDetail } from './summary';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../config/types';

/** Outline: header, table of contents and items with their sections. */
export function documentSymbols(doc: ReferatDocument, lang: Lang, token: Cancellation, config: ResolvedConfig = DEFAULT_CONFIG): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const { header, toc } = doc;
  if (header.range) {
    const children: DocumentSymbol[] = [];
    const fields: Array<[Field | undefined, MessageKey]> = [[header.committee, 'symbol.committee'], [header.meetingDate, 'symbol.meetingDate'], [header.place, 'symbol.place']];
    for (const [field, name] of fields) {
      // The committee written in the title line is shown by the title itself.
      if (!field || (field === header.committee && field.range.start.line === header.title?.range.start.line)) continue;
      children.push({ name: field.label || t(lang, name), detail: field.value, kind: SymbolKind.Property, range: field.range, selectionRange: field.label ? field.labelRange : field.range });
    }
    const lists: Array<[Participants | undefined, MessageKey]> = [[header.participants, 'symbol.members'], [header.absent, 'symbol.absent']];
    for (const [p, name] of lists) {
      if (!p) continue;
      children.push({
        name: p.label || t(lang, name),
        detail: String(p.members.length),
        kind: SymbolKind.Property,
        range: p.range,
        selectionRange: p.labelRange,
        children: p.members.map((m) => ({ name: m.name, ...(m.note ? { detail: m.note } : {}), kind: SymbolKind.Variable, range: m.range, selectionRange: m.range })),
      });
    }
    const title = header.title;
    const detail = `${t(lang, 'symbol.header')} · ${t(lang, 'symbol.dialect', doc.dialect.name)}`;
    out.push({
      name: title ? title.text : t(lang, 'symbol.header'),
      detail,
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
        name: (e.number !== undefined ? `${e.number}. ` : '') + (e.closed ? 'Lukket: ' : '') + e.title || '…',
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
      detail: itemDetail(item, lang, config),
      kind: SymbolKind.Module,
      range: item.range,
      selectionRange: item.titleRange,
      children: item.sections.map((s) => ({
        name: s.name || '…',
        kind: s.kind === 'decision' ? SymbolKind.Event : SymbolKind.Field,
        range: s.range,
        selectionRange: s.headingRange,
      })),
    });
  }
  return out;
}
