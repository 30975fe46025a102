import type { Rule } from './types';
import { rebuildTocFix } from './tocText';
import { quote, text } from './util';

/** Indexes (into `seq`) of one longest strictly increasing subsequence. */
function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]] < seq[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) keep.add(k);
  return keep;
}

export const tocOrder: Rule = {
  code: 'toc-order',
  defaultSeverity: 'warning',
  description: text('Indholdsfortegnelsen står i en anden rækkefølge end punkterne', 'The table of contents is in another order than the items'),
  check({ doc }) {
    const toc = doc.toc;
    if (!toc) return [];
    const linked = toc.entries.map((e, i) => ({ e, i })).filter(({ e }) => e.items.length > 0);
    const keep = longestIncreasing(linked.map(({ e }) => e.items[0]));
    const rebuild = rebuildTocFix(doc);
    return linked
      .filter((_, k) => !keep.has(k))
      .map(({ e }) => {
        const item = doc.items[e.items[0]];
        return {
          range: e.range,
          message: text(
            `${quote(e.title)} står på en anden plads i indholdsfortegnelsen end punkt ${item.number} i dagsordenen.`,
            `${quote(e.title)} stands elsewhere in the table of contents than item ${item.number} does in the agenda.`,
          ),
          fixes: rebuild ? [{ ...rebuild, preferred: true }] : [],
        };
      });
  },
};
