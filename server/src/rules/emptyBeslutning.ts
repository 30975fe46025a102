import type { Rule } from './types';
import { text } from './util';

export const emptyBeslutning: Rule = {
  code: 'empty-beslutning',
  defaultSeverity: 'warning',
  description: text('En Beslutning uden tekst', 'A Beslutning without text'),
  check({ doc }) {
    return doc.items.flatMap((item) =>
      item.decisions
        .filter((d) => d.empty)
        .map((d) => ({
          range: d.section.headingRange,
          message: text(
            `Beslutningen i punkt ${item.number} er tom: skriv, hvad der blev besluttet.`,
            `The Beslutning of item ${item.number} is empty: write what was decided.`,
          ),
        })),
    );
  },
};
