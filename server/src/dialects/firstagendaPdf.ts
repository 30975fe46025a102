// FirstAgenda minutes exported as PDF and turned into text: the seeds' form.
// `REFERAT <udvalg> d. <dato>`, `Mødedato`, `Punkt N: <titel>`, `Beslutning`.
import { BASE, PUNKT_ITEM } from './common';
import type { Dialect } from './types';

export const firstagendaPdf: Dialect = {
  ...BASE,
  id: 'firstagenda-pdf',
  name: 'FirstAgenda (PDF)',
  itemForms: [PUNKT_ITEM],
  itemExamples: ['Punkt 1: …'],
  labels: { ...BASE.labels, committee: [], meetingDate: ['Mødedato'], place: ['Mødested'], participants: ['Mødedeltagere'] },
  requiredFields: ['title', 'meetingDate', 'place', 'participants'],
  headings: ['Fremstilling', 'Sagsprocedure', 'Sagsbeskrivelse', 'Beslutningspunkter', 'Sagsforløb', 'Handlingsplan'],
  // Short lines inside the case text (`Baggrund`, `Formål`) are sub-headings of it.
  freeHeadings: 'subheading',
  signals: [/^REFERAT\s+\S/, /^Mødedeltagere\b/, /^Punkt\s+\d{1,5}\s*:/, /^Mødested\s+\S/],
};
