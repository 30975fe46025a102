// Go to definition, find references and highlights: between an item, its TOC
// entry and mentions (`punkt 4`); and between occurrences of a member's name.
import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver-types';
import type { Item, Position, Range, ReferatDocument } from '../model/types';
import { itemReferences, nameOccurrences, type ItemReference } from '../model/mentions';
import { containsPosition } from '../text/lines';

export type Target =
  | { kind: 'item'; item: Item; via: 'heading' | 'toc' | 'reference' }
  | { kind: 'member'; name: string; range: Range };

/** What the cursor is on: an item (by its heading, TOC entry or a mention) or a member's name. */
export function targetAt(doc: ReferatDocument, p: Position, refs: ItemReference[] = itemReferences(doc)): Target | undefined {
  const heading = doc.items.find((i) => containsPosition(i.headingRange, p));
  if (heading) return { kind: 'item', item: heading, via: 'heading' };
  const entry = doc.toc?.entries.find((e) => containsPosition(e.range, p));
  if (entry && entry.items.length > 0) {
    // On a fused line, the page number under the cursor picks the item.
    const k = entry.pageRanges.findIndex((r) => containsPosition(r, p));
    return { kind: 'item', item: doc.items[entry.items[Math.max(0, Math.min(k, entry.items.length - 1))]], via: 'toc' };
  }
  const ref = refs.find((r) => containsPosition(r.range, p));
  if (ref) {
    const item = doc.items.find((i) => i.number === ref.number);
    return item ? { kind: 'item', item, via: 'reference' } : undefined;
  }
  return memberAt(doc, p);
}

export function memberAt(doc: ReferatDocument, p: Position): Target | undefined {
  const members = doc.header.participants?.members ?? [];
  for (const m of members) {
    for (const seg of m.segments) if (containsPosition(seg, p)) return { kind: 'member', name: m.name, range: m.range };
  }
  for (const item of doc.items) {
    for (const a of item.attendance) {
      for (const n of a.names) {
        if (!containsPosition(n.range, p)) continue;
        const member = members.find((m) => m.name === n.name);
        return member ? { kind: 'member', name: member.name, range: n.range } : undefined;
      }
    }
  }
  for (const m of members) {
    for (const occurrence of nameOccurrences(doc, m.name)) {
      if (occurrence.some((r) => containsPosition(r, p))) return { kind: 'member', name: m.name, range: occurrence[0] };
    }
  }
  return undefined;
}

function itemPlaces(doc: ReferatDocument, item: Item, refs: ItemReference[]): { declaration: Range; others: Range[] } {
  const others: Range[] = [];
  if (item.tocEntry !== undefined && doc.toc) others.push(doc.toc.entries[item.tocEntry].titleRange);
  for (const r of refs) if (r.number === item.number) others.push(r.range);
  return { declaration: item.titleRange, others };
}

export function definition(doc: ReferatDocument, uri: string, p: Position, refs?: ItemReference[]): Location[] {
  const target = targetAt(doc, p, refs);
  if (target?.kind !== 'item' || target.via === 'heading') return [];
  return [{ uri, range: target.item.headingRange }];
}

export function references(doc: ReferatDocument, uri: string, p: Position, includeDeclaration: boolean, refs: ItemReference[] = itemReferences(doc)): Location[] {
  const target = targetAt(doc, p, refs);
  if (!target) return [];
  if (target.kind === 'member') return nameOccurrences(doc, target.name).flat().map((range) => ({ uri, range }));
  const { declaration, others } = itemPlaces(doc, target.item, refs);
  return [...(includeDeclaration ? [declaration] : []), ...others].map((range) => ({ uri, range }));
}

export function highlights(doc: ReferatDocument, p: Position, refs: ItemReference[] = itemReferences(doc)): DocumentHighlight[] {
  const target = targetAt(doc, p, refs);
  if (!target) return [];
  if (target.kind === 'member') return nameOccurrences(doc, target.name).flat().map((range) => ({ range, kind: DocumentHighlightKind.Text }));
  const { declaration, others } = itemPlaces(doc, target.item, refs);
  return [{ range: declaration, kind: DocumentHighlightKind.Write }, ...others.map((range) => ({ range, kind: DocumentHighlightKind.Read }))];
}
