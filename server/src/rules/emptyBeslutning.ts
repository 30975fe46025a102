import type { Rule } from './types';
import { NONE, itemRule, text } from './util';

export const emptyBeslutning: Rule = itemRule({
  code: 'empty-beslutning',
  defaultSeverity: 'warning',
  description: text('En Beslutning uden tekst', 'A Beslutning without text'),
  items() {
    return {
      context: '',
      check(item) {
        if (!item.decisions.some((d) => d.empty)) return NONE;
        return item.decisions
          .filter((d) => d.empty)
          .map((d) => ({
            range: d.section.headingRange,
            message: text(
              `Beslutningen i punkt ${item.number} er tom: skriv, hvad der blev besluttet.`,
              `The Beslutning of item ${item.number} is empty: write what was decided.`,
            ),
          }));
      },
    };
  },
});
