import type { Range } from '../model/types';
import { range } from '../text/lines';
import type { Finding, Rule } from './types';
import { text } from './util';

export const missingHeaderField: Rule = {
  code: 'missing-header-field',
  defaultSeverity: 'warning',
  description: text('Titel, Mødedato, Mødested eller Mødedeltagere mangler', 'No title line, Mødedato, Mødested or Mødedeltagere'),
  check({ doc }) {
    const out: Finding[] = [];
    const h = doc.header;
    const first = doc.lines.find((l) => l.text !== '');
    const top: Range = first ? range(first.index, first.start, first.index, first.end) : range(0, 0, 0, 0);
    if (!h.title) out.push({ range: top, message: text('Referatet har ingen titellinje (»REFERAT <udvalg> d. DD-MM-ÅÅÅÅ«).', 'The referat has no title line (»REFERAT <committee> d. DD-MM-YYYY«).') });
    else if (!h.title.date) out.push({ range: h.title.range, message: text('Titellinjen har ingen dato (»d. DD-MM-ÅÅÅÅ«).', 'The title line has no date (»d. DD-MM-YYYY«).') });
    const fields: Array<[typeof h.meetingDate, string]> = [[h.meetingDate, 'Mødedato'], [h.place, 'Mødested'], [h.participants, 'Mødedeltagere']];
    for (const [field, label] of fields) {
      if (!field) out.push({ range: h.range ?? top, message: text(`Referatet mangler »${label}«.`, `The referat has no »${label}«.`) });
      else if (field.value.trim() === '') out.push({ range: field.labelRange, message: text(`»${label}« står uden værdi.`, `»${label}« has no value.`) });
    }
    if (h.meetingDate && h.meetingDate.value !== '' && !h.meetingDate.date) {
      out.push({ range: h.meetingDate.valueRange ?? h.meetingDate.range, message: text('Mødedato indeholder ingen dato, der kan læses (fx »Tirsdag d. 25. juni 2024 kl. 15:00«).', 'Mødedato holds no readable date (e.g. »Tirsdag d. 25. juni 2024 kl. 15:00«).') });
    }
    return out;
  },
};
