// The fallback for systems without a file of their own: every item form the
// others know, and the labels of all of them.
import { AD_ITEM, BASE, GLUED_NUMBER_ITEM, NR_ITEM, NUMBER_ALONE_ITEM, NUMBER_GAP_ITEM, PUNKT_ITEM, RUNNING_NUMBER_ITEM, SAG_ALONE_ITEM, SAG_ITEM, STATUS_ITEM } from './common';
import type { Dialect } from './types';

export const generic: Dialect = {
  ...BASE,
  id: 'generic',
  name: 'Generelt',
  // `1. Title` last: a bare number must continue the numbering (or the TOC's), so a list in the text is not taken.
  itemForms: [PUNKT_ITEM, AD_ITEM, NR_ITEM, SAG_ITEM, SAG_ALONE_ITEM, NUMBER_GAP_ITEM, STATUS_ITEM, NUMBER_ALONE_ITEM, RUNNING_NUMBER_ITEM, GLUED_NUMBER_ITEM],
  itemExamples: ['Punkt 1: …', 'Ad 1. …', 'Nr. 1 - …', 'Sag nr. 1 …', '…↵Sag nr. 1', '1.   …', '1 (Åben) …', '1. …', '1.↵…', '1.…'],
  // Section headings of web pages read in this dialect (Rødovre, Køge, Copenhagen's local councils, Region Hovedstaden, Thisted).
  headings: ['Sagens kerne', 'Baggrund og vurdering', 'Fremmøde og inhabilitet', 'Fremmøde', 'Politisk behandling', 'Baggrund', 'Sagstema', 'Redegørelse', 'Retsgrundlag', 'Høring og sagsgang', 'Beslutningstema', 'Konsekvenser', 'Risikovurdering'],
  requiredFields: ['committee', 'meetingDate'],
  signals: [],
};
