import type { Rule } from './types';
import { NONE, itemName, itemRule, text } from './util';
import { isNothingToReport } from '../parse/lineKinds';

export const closedItemContent: Rule = itemRule({
  code: 'closed-item-content',
  defaultSeverity: 'information',
  description: text('Et lukket punkt viser indhold, som et offentligt referat ikke må vise', 'A closed item shows content a published referat must not'),
  items({ doc }) {
    return {
      context: '',
      check(item) {
        if (!item.closed) return NONE;
        const attendance = new Set<number>();
        for (const a of item.attendance) for (let l = a.range.start.line; l <= a.range.end.line; l++) attendance.add(l);
        const lines = item.preambleLines.filter((l) => !attendance.has(l) && !isNothingToReport(doc.lines.text(l)));
        const first = item.sections.find((s) => !s.implicit);
        const at = first && (lines.length === 0 || first.headingRange.start.line < lines[0]) ? first.headingRange : lines.length > 0 ? doc.lines.range(lines[0]) : undefined;
        if (!at) return NONE;
        const name = itemName(item);
        return [{
          range: at,
          message: first
            ? text(`${name.da} er lukket, men viser sektionen »${first.name}«. Et lukket punkt offentliggøres kun med titel.`, `${name.en} is closed but shows the section »${first.name}«. A closed item is published with its title only.`)
            : text(`${name.da} er lukket, men viser sagstekst. Et lukket punkt offentliggøres kun med titel.`, `${name.en} is closed but shows case text. A closed item is published with its title only.`),
        }];
      },
    };
  },
});
