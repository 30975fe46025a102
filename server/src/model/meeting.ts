// What the items say of the meeting where the header does not: web pages that
// name the committee only over each decision (`Kultur- og Idrætsudvalget,
// 03-04-2019, pkt. 42`).
import type { ReferatDocument } from './types';

/** The value most of `values` share, where at least half of them do. */
export function mostOf(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === undefined || n > counts.get(best)!) best = v;
  }
  return best !== undefined && counts.get(best)! * 2 >= values.length ? best : undefined;
}

/** The committees this meeting's decisions name, one per decision that names one. */
function decisionCommittees(doc: ReferatDocument): string[] {
  return doc.items.flatMap((i) => i.decisions.flatMap((d) => (d.committee ? [d.committee] : [])));
}

/** The committee that most of this meeting's decisions name, if one does. */
export function committeeOfDecisions(doc: ReferatDocument): string | undefined {
  return mostOf(decisionCommittees(doc));
}

/** The one committee that every decision naming a committee names (two at least): the meeting's beyond doubt. */
export function soleCommitteeOfDecisions(doc: ReferatDocument): string | undefined {
  const named = decisionCommittees(doc);
  return named.length >= 2 && named.every((c) => c === named[0]) ? named[0] : undefined;
}
