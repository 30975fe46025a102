import type { Finding, Rule } from './types';
import { NONE, itemRule, quote, text } from './util';

function caseLike(original: string, target: string): string {
  return original === original.toUpperCase() && original !== original.toLowerCase() ? target.toUpperCase() : target;
}

export const headingTypo: Rule = itemRule({
  code: 'heading-typo',
  defaultSeverity: 'warning',
  description: text('En overskrift er stavet næsten som en standardoverskrift', 'A line is a near miss of a standard section heading'),
  items() {
    return {
      context: '',
      check(item) {
        let out: Finding[] | undefined;
        for (const section of item.sections) {
          if (!section.typo) continue;
          const start = section.headingRange.start;
          const range = { start, end: { line: start.line, character: start.character + section.name.length } };
          const right = caseLike(section.name, section.typo.expected);
          (out ??= []).push({
            range,
            message: text(
              `${quote(section.name)} ligner en stavefejl for overskriften ${quote(section.typo.expected)}.`,
              `${quote(section.name)} looks like a misspelling of the heading ${quote(section.typo.expected)}.`,
            ),
            fixes: [{ title: text(`Ret til ${quote(right)}`, `Change to ${quote(right)}`), edits: [{ range, newText: right }], safe: true, preferred: true }],
          });
        }
        return out ?? NONE;
      },
    };
  },
});
