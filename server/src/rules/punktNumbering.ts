import type { Fix, Finding, Rule } from './types';
import { text } from './util';
import { dialectById } from '../dialects/index';

/** An item line that gives its case's number, not its place on the agenda. */
const CASE_NUMBERED = /^sag\s+nr/i;
const RUNNING_FROM = 10;

export const punktNumbering: Rule = {
  code: 'punkt-numbering',
  defaultSeverity: 'warning',
  description: text('Punkterne er ikke nummereret 1, 2, 3, …', 'Items are not numbered 1, 2, 3, …'),
  check({ doc }) {
    // Running numbers (`715.`, `716.`) start where the municipality's count stands.
    // So do case numbers (`Sag nr. 74`), and a first item of 10 or more: no agenda leaves out its first nine items, a council's running count does.
    const running = doc.items.length > 0 && (dialectById(doc.dialect.id)?.runningNumbers || doc.items[0].number >= RUNNING_FROM || CASE_NUMBERED.test(doc.lines.text(doc.items[0].numberRange.start.line)));
    const first = running ? doc.items[0].number : 1;
    const renumber: Fix = {
      title: first === 1 ? text('Nummerér punkterne 1, 2, 3, …', 'Renumber the items 1, 2, 3, …') : text(`Nummerér punkterne ${first}, ${first + 1}, …`, `Renumber the items ${first}, ${first + 1}, …`),
      edits: doc.items.flatMap((item, i) => (item.number === first + i ? [] : [{ range: item.numberRange, newText: String(first + i) }])),
      safe: true,
      preferred: true,
    };
    const out: Finding[] = [];
    const seen = new Set<number>();
    let previous = first - 1;
    doc.items.forEach((item, i) => {
      // Reported where the sequence breaks; the expected number is the position.
      const expected = first + i;
      if (item.number !== previous + 1) {
        out.push({
          range: item.numberRange,
          message: seen.has(item.number)
            ? text(`Punkt ${item.number} findes allerede; her forventes punkt ${expected}.`, `Item ${item.number} already exists; item ${expected} is expected here.`)
            : i === 0
              ? text(`Nummereringen begynder ved ${item.number}; her forventes punkt ${expected}.`, `Numbering starts at ${item.number}; item ${expected} is expected here.`)
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
