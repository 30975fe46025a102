// Acadre: a page counter `1 of 5`, `Referat`, the committee, the date in
// prose; `Medlemmer`, `Fraværende`; items with the municipality's running
// numbers (`715. Titel`); `Beslutning i <udvalg> den 20-06-2013`, earlier
// meetings' decisions kept in the item; a signature page.
import { BASE, RUNNING_NUMBER_ITEM } from './common';
import type { Dialect } from './types';

export const acadre: Dialect = {
  ...BASE,
  id: 'acadre',
  name: 'Acadre',
  itemForms: [RUNNING_NUMBER_ITEM],
  itemExamples: ['715. …'],
  runningNumbers: true,
  headings: ['Resumé', 'Økonomi og organisatoriske konsekvenser', 'Supplerende sagsfremstilling', 'Sagen afgøres i'],
  furniture: [...BASE.furniture, /^Referat\s+for\s+.{3,150}?(?:\s{2,}Side\s+\d{1,4})?$/i, /^\d{1,2}\.\s*\p{L}+\s+\d{4}\s+-\s+kl\.\s*\d{1,2}[.:]\d{2}$/u],
  signals: [/^\d{1,4}\s+of\s+\d{1,4}$/, /^Beslutning\s+i\s+.{3,150}\s+den\s+\d{2}-\d{2}-\d{4}$/, /^Underskriftsside$/, /^Punkt\s+nr\.(?:\s+Side)?$/, /^Referat\s+For\s+/],
};
