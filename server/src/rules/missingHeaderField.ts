import type { Field, Range } from '../model/types';
import { dialectById, GENERIC } from '../dialects/index';
import type { HeaderFieldKey } from '../dialects/types';
import { range } from '../text/lines';
import type { Finding, Rule } from './types';
import { text } from './util';

const FIELD_NAMES: Record<Exclude<HeaderFieldKey, 'title'>, { da: string; en: string }> = {
  committee: { da: 'udvalget', en: 'the committee' },
  meetingDate: { da: 'mødedatoen', en: 'the meeting date' },
  place: { da: 'mødestedet', en: 'the place' },
  participants: { da: 'mødedeltagerne', en: 'the participants' },
};

export const missingHeaderField: Rule = {
  code: 'missing-header-field',
  defaultSeverity: 'warning',
  description: text('Et felt i referatets hoved mangler (titel, udvalg, mødedato, mødested, deltagere)', 'A header field is missing (title, committee, date, place, participants)'),
  check({ doc }) {
    const out: Finding[] = [];
    const h = doc.header;
    const dialect = dialectById(doc.dialect.id) ?? GENERIC;
    const first = doc.lines.firstNonBlank();
    const top: Range = first >= 0 ? doc.lines.range(first) : range(0, 0, 0, 0);
    for (const key of dialect.requiredFields) {
      if (key === 'title') {
        // An agenda's title says `Dagsorden`: it has one, in its own form.
        if (!h.title) {
          if (!doc.agenda) out.push({ range: top, message: text('Referatet har ingen titellinje (»REFERAT <udvalg> d. DD-MM-ÅÅÅÅ«).', 'The referat has no title line (»REFERAT <committee> d. DD-MM-YYYY«).') });
        } else if (!h.title.date) out.push({ range: h.title.range, message: text('Titellinjen har ingen dato (»d. DD-MM-ÅÅÅÅ«).', 'The title line has no date (»d. DD-MM-YYYY«).') });
        continue;
      }
      const field: Field | undefined = h[key];
      // A title that carries the date gives the meeting's (`Økonomiudvalget – Referat – 1. oktober 2018`), where the system asks for no title of its own.
      if (!field && key === 'meetingDate' && h.title?.date && !dialect.requiredFields.includes('title')) continue;
      const label = dialect.labels[key][0];
      const name = FIELD_NAMES[key];
      const shown = label ? `»${label}«` : undefined;
      if (!field) {
        out.push({ range: h.range ?? top, message: text(`Referatet mangler ${shown ?? name.da}.`, `The referat has no ${shown ?? name.en}.`) });
      } else if (field.value.trim() === '') {
        out.push({ range: field.labelRange, message: text(`${shown ?? name.da} står uden værdi.`, `${shown ?? name.en} has no value.`) });
      }
    }
    const md = h.meetingDate;
    if (md && md.value !== '' && !md.date) {
      out.push({ range: md.valueRange ?? md.range, message: text('Mødedatoen indeholder ingen dato, der kan læses (fx »Tirsdag d. 25. juni 2024 kl. 15:00«).', 'The meeting date holds no readable date (e.g. »Tirsdag d. 25. juni 2024 kl. 15:00«).') });
    }
    return out;
  },
};
