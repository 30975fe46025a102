// KMD eDoc: committee, `Referat`, `Åbent referat`, the date in prose; members
// under `Tilstede`; items `1.   Titel`; `Sagsnr.:`; decisions
// `<Udvalg>s beslutning den 04.12.2012 Punkt 1`; a running header per page.
import { BASE, GENITIVE_DECISION, NUMBER_ALONE_ITEM, NUMBER_GAP_ITEM } from './common';
import type { Dialect } from './types';

export const edoc: Dialect = {
  ...BASE,
  id: 'edoc',
  name: 'eDoc',
  itemForms: [NUMBER_GAP_ITEM, NUMBER_ALONE_ITEM],
  itemExamples: ['1.   …', '1.↵…'],
  headings: ['Sammendrag', 'Baggrund', 'Beslutningen træffes af', 'Økonomiske konsekvenser og finansiering', 'Høring og udtalelser'],
  decisionForms: [GENITIVE_DECISION],
  furniture: [...BASE.furniture, /^Dato:\s*\d{1,2}\.\d{1,2}\.\d{4}$/],
  signals: [/^Åbent referat$/i, /^Lukket referat$/i, /^Dok\.\s?nr\.:/i, /^Afbud\/Fraværende$/i, GENITIVE_DECISION, /^Beslutningen træffes af$/i],
};
