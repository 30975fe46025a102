// FirstAgenda's publication web page, as a browser or `lynx -dump` gives its
// text: `Referat <dato> kl. …`, labels with colons, the item number on a line
// of its own (with a button), the title below it, `EMN-2025-010561`.
import { BASE } from './common';
import type { Dialect } from './types';

export const firstagendaWeb: Dialect = {
  ...BASE,
  id: 'firstagenda-web',
  name: 'FirstAgenda (web)',
  itemForms: [{ pattern: /^(\d{1,3})(?:\s*\(BUTTON\))?$/, titleOnNextLine: true }],
  itemExamples: ['1↵…'],
  labels: { ...BASE.labels, committee: ['Udvalg'], meetingDate: ['Mødedato'], place: ['Mødested'], participants: ['Mødedeltagere'] },
  hasToc: false,
  // The page often leaves the participants out.
  requiredFields: ['committee', 'meetingDate', 'place'],
  headings: ['Beslutningspunkter', 'Sagsforløb', 'Fremstilling'],
  furniture: [
    ...BASE.furniture,
    /^\(BUTTON\)(?:\s*[×x]|\s+\p{L}+)?$/u, /^(?:\*\s*)?(?:Hent som PDF|Kopier link)$/, /^logo$/i, /^Tilbage til forsiden$/,
    /^\[BUTTON\b.*$/, /^Punkt\s+Titel$/, /^_{5,}$/, /^Information:?$/,
  ],
  signals: [/\(BUTTON\)/, /^EMN-\d{4}-\d{3,}$/, /^Udvalg:\s+\S/, /^(?:\*\s*)?Hent som PDF$/, /^Referat\s+\d{1,2}\.\s*\p{L}+\s+\d{4}\s+kl\./u],
  // The page's dialogs (copy link, tell a friend) follow the last item.
  trailers: [...BASE.trailers, /^Kopier linket\b/, /^Tip en ven$/],
  decisionEndsAtBlank: true,
};
