import { editDistance } from '../text/normalize';
import type { Finding, Rule } from './types';
import { RULE_CODES } from './index';
import { quote, text } from './util';

/** The known code nearest a misspelt one, within two edits. */
function nearest(code: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const known of RULE_CODES) {
    const d = editDistance(code, known, 2);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return best;
}

export const unknownSuppression: Rule = {
  code: 'unknown-suppression',
  defaultSeverity: 'warning',
  description: text('En regel i en referat-disable-markering, som ikke findes', 'A rule in a referat-disable marker that does not exist'),
  whenUnreadable: true,
  check({ doc }) {
    const out: Finding[] = [];
    for (const s of doc.suppressions) {
      s.codes.forEach((code, n) => {
        if (RULE_CODES.includes(code)) return;
        const guess = nearest(code);
        out.push({
          range: s.codeRanges[n],
          message: text(
            `Ingen regel hedder ${quote(code)}${guess ? `; mente du ${quote(guess)}?` : ''} Markeringen slår den ikke fra.`,
            `No rule is called ${quote(code)}${guess ? `; did you mean ${quote(guess)}?` : ''} The marker does not turn it off.`,
          ),
          ...(guess ? { fixes: [{ title: text(`Ret til ${guess}`, `Change to ${guess}`), edits: [{ range: s.codeRanges[n], newText: guess }], safe: true, preferred: true }] } : {}),
        });
      });
    }
    return out;
  },
};
