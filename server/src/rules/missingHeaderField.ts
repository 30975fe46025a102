import { soleCommitteeOfDecisions } from '../model/meeting';
import type { Field, Range, ReferatDocument } from '../model/types';
import { dialectById, GENERIC } from '../dialects/index';
import type { HeaderFieldKey } from '../dialects/types';
import { range } from '../text/lines';
import type { Finding, Rule } from './types';
import { endOfLine, text } from './util';

const FIELD_NAMES: Record<Exclude<HeaderFieldKey, 'title'>, { da: string; en: string }> = {
  committee: { da: 'udvalget', en: 'the committee' },
  meetingDate: { da: 'mødedatoen', en: 'the meeting date' },
  place: { da: 'mødestedet', en: 'the place' },
  participants: { da: 'mødedeltagerne', en: 'the participants' },
};

/** After the title line (at its end), or before the first line (at its start). */
function insertAt(doc: ReferatDocument, line: number): Range {
  const at = Math.max(0, line);
  return doc.header.title && at === doc.header.title.range.end.line ? endOfLine(doc, at) : range(at, 0, at, 0);
}

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
      const named = !field && key === 'committee' ? soleCommitteeOfDecisions(doc) : undefined;
      if (named !== undefined) {
        // The decisions name the committee (web pages that give it only there): say which, and offer to write it in.
        const line = `${label || 'Udvalg'}: ${named}`;
        out.push({
          range: h.range ?? top,
          message: text(`Referatet mangler ${shown ?? name.da}; beslutningerne nævner ${named}.`, `The referat has no ${shown ?? name.en}; the decisions name ${named}.`),
          fixes: [{
            title: text(`Indsæt »${line}«`, `Insert »${line}«`),
            edits: [{ range: insertAt(doc, h.title?.range.end.line ?? first), newText: h.title ? `${doc.eol}${line}` : `${line}${doc.eol}` }],
            // Whether the decisions' committee is the meeting's is for a person to see.
            safe: false,
            preferred: true,
          }],
        });
      } else if (!field) {
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
