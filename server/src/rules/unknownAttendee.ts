import { editDistance, foldText } from '../text/normalize';
import type { Finding, Rule } from './types';
import { NONE, itemRule, quote, text } from './util';

export const unknownAttendee: Rule = itemRule({
  code: 'unknown-attendee',
  defaultSeverity: 'warning',
  description: text('En fremmødelinje nævner en, der ikke står i Mødedeltagere', 'An attendance line names someone not in Mødedeltagere'),
  items({ doc, config }) {
    // Those the header lists as absent (`Afbud:`) are members too.
    const members = [...(doc.header.participants?.members ?? []), ...(doc.header.participants ? doc.header.absent?.members ?? [] : [])];
    const names = members.map((m) => m.name);
    const context = JSON.stringify([names, config.nicknames]);
    if (members.length === 0) return { context, check: () => NONE };
    const known = new Set(members.map((m) => foldText(m.name)));
    for (const [member, nicknames] of Object.entries(config.nicknames)) {
      if (known.has(foldText(member))) for (const n of nicknames) known.add(foldText(n));
    }
    const folded = names.map((m) => foldText(m));
    // The same stranger is named in item after item: looked up once.
    const nearest = new Map<string, string | undefined>();
    return {
      context,
      check(item) {
        let out: Finding[] | undefined;
        for (const line of item.attendance) {
          if (line.inQuote) continue;
          for (const ref of line.names) {
            const name = foldText(ref.name);
            if (known.has(name)) continue;
            if (!nearest.has(name)) nearest.set(name, nearestMember(name, names, folded));
            const near = nearest.get(name);
            (out ??= []).push({
              range: ref.range,
              message: near
                ? text(`${quote(ref.name)} står ikke i Mødedeltagere. Mente du ${quote(near)}?`, `${quote(ref.name)} is not in Mødedeltagere. Did you mean ${quote(near)}?`)
                : text(`${quote(ref.name)} står ikke i Mødedeltagere.`, `${quote(ref.name)} is not in Mødedeltagere.`),
              ...(near ? { fixes: [{ title: text(`Ret til ${quote(near)}`, `Change to ${quote(near)}`), edits: [{ range: ref.range, newText: near }], safe: false, preferred: true }] } : {}),
            });
          }
        }
        return out ?? NONE;
      },
    };
  },
});

/** A member whose name is a near miss: a typo away, or the same name with a word left out. */
function nearestMember(name: string, members: string[], folded: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const [k, member] of members.entries()) {
    const m = folded[k];
    const allowed = Math.max(1, Math.floor(m.length / 6));
    const d = editDistance(name, m, allowed);
    if (d <= allowed && d < bestDistance) [best, bestDistance] = [member, d];
  }
  if (best) return best;
  const words = name.split(' ');
  const partial = members.filter((_, k) => {
    const mw = folded[k].split(' ');
    return words.length >= 2 && words.every((w) => mw.includes(w));
  });
  return partial.length === 1 ? partial[0] : undefined;
}
