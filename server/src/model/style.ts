// How this document writes things, so inserted text looks like the rest.
import type { ReferatDocument } from './types';
import { formatNumericDate } from '../parse/dates';

/** Computes once per document: the rules ask for each finding. */
function once<T>(compute: (doc: ReferatDocument) => T): (doc: ReferatDocument) => T {
  const cache = new WeakMap<ReferatDocument, { value: T }>();
  return (doc) => {
    let hit = cache.get(doc);
    if (!hit) cache.set(doc, (hit = { value: compute(doc) }));
    return hit.value;
  };
}

/** The section after which this document's items keep their Beslutning; null for "first". */
export const decisionAnchor = once((doc: ReferatDocument): string | null | undefined => {
  const counts = new Map<string | null, number>();
  for (const item of doc.items) {
    const i = item.sections.findIndex((s) => s.kind === 'decision');
    if (i < 0) continue;
    const key = i === 0 ? null : item.sections[i - 1].canonical;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null | undefined;
  let bestCount = 0;
  for (const [key, n] of counts) if (n > bestCount) [best, bestCount] = [key, n];
  return best;
});

/** `Beslutning`, or `Beslutning <committee> den <date>` when this document writes it so. */
export const decisionHeading = once((doc: ReferatDocument): string => {
  const decisions = doc.items.flatMap((i) => i.decisions);
  const dated = decisions.filter((d) => d.committee && d.date);
  if (dated.length * 2 <= decisions.length || !doc.header.title) return 'Beslutning';
  const meeting = doc.header.title.date;
  const own = dated.filter((d) => !meeting || formatNumericDate(d.date!) === formatNumericDate(meeting));
  const committee = (own[0] ?? dated[0]).committee!;
  const date = meeting ? formatNumericDate(meeting) : formatNumericDate((own[0] ?? dated[0]).date!);
  return `Beslutning ${committee} den ${date}`;
});
