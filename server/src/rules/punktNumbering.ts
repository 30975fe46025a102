import type { Fix, Finding, Rule } from './types';
import { text } from './util';

export const punktNumbering: Rule = {
  code: 'punkt-numbering',
  defaultSeverity: 'warning',
  description: text('Punkterne er ikke nummereret 1, 2, 3, …', 'Items are not numbered 1, 2, 3, …'),
  check({ doc }) {
    const renumber: Fix = {
      title: text('Nummerér punkterne 1, 2, 3, …', 'Renumber the items 1, 2, 3, …'),
      edits: doc.items.flatMap((item, i) => (item.number === i + 1 ? [] : [{ range: item.numberRange, newText: String(i + 1) }])),
      safe: true,
      preferred: true,
    };
    const out: Finding[] = [];
    const seen = new Set<number>();
    let previous = 0;
    doc.items.forEach((item, i) => {
      // Reported where the sequence breaks; the expected number is the position.
      const expected = i + 1;
      if (item.number !== previous + 1) {
        out.push({
          range: item.numberRange,
          message: seen.has(item.number)
            ? text(`Punkt ${item.number} findes allerede; her forventes punkt ${expected}.`, `Item ${item.number} already exists; item ${expected} is expected here.`)
            : text(`Nummereringen springer fra ${previous} til ${item.number}; her forventes punkt ${expected}.`, `Numbering jumps from ${previous} to ${item.number}; item ${expected} is expected here.`),
          fixes: [renumber],
        });
      }
      seen.add(item.number);
      previous = item.number;
    });
    return out;
  },
};
