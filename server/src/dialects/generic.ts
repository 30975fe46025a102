// The fallback for systems without a file of their own: every item form the
// others know, and the labels of all of them.
import { BASE, NUMBER_ALONE_ITEM, NUMBER_GAP_ITEM, PUNKT_ITEM } from './common';
import type { Dialect } from './types';

export const generic: Dialect = {
  ...BASE,
  id: 'generic',
  name: 'Generelt',
  itemForms: [PUNKT_ITEM, NUMBER_GAP_ITEM, NUMBER_ALONE_ITEM],
  itemExamples: ['Punkt 1: …', '1.   …', '1.↵…'],
  requiredFields: ['committee', 'meetingDate'],
  signals: [],
};
