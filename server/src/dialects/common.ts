// Forms every dialect shares, so each dialect file lists only its own.
import type { Dialect, ItemForm } from './types';

/** `Punkt 3: Title`, `Punkt 3. Title`, `Pkt. 3 - Title`, `Punkt 3 Title`. */
export const PUNKT_ITEM: ItemForm = { pattern: /^(?:punkt|pkt\.?)\s{0,5}(\d{1,5})(?:\s{0,3}[:.\-–](?=\s|$)\s*|\s+(?=\p{Lu}))/iu };
/** `Ad 1. Godkendelse af dagsorden`, `Ad pkt. 2: Budget`, `Ad punkt 3 Eventuelt`: minutes written in a word processor, each item answering the agenda's line. */
export const AD_ITEM: ItemForm = { pattern: /^(?:Ad|AD)\s{1,3}(?:(?:[Pp]unkt|[Pp]kt\.?|PUNKT|PKT\.?)\s{0,3})?(\d{1,3})(?:\s{0,3}[:.)\-–](?=\s|$)\s*|\s+(?=\p{Lu}))/u };
/** `Sag nr. 74 Title`, `Sag nr. 74: Title`: systems that number their cases, not their items (never a case reference like `Sag nr. 12/3456`). */
export const SAG_ITEM: ItemForm = { pattern: /^sag\s+nr\.?\s{0,3}(\d{1,4})(?:\s{0,3}[:.\-–](?=\s|$)\s*|\s+(?=\p{Lu}))/iu };
/** `Nr.60 - Godkendelse af dagsordenen`, `Nr. 61: Budget`: web pages that print the item's number after `Nr.` (a dash or colon after it, never `nr. 12 af …` in a sentence). */
export const NR_ITEM: ItemForm = { pattern: /^(?:Nr|NR)\.?\s{0,3}(\d{1,4})\s{0,3}[-–:](?=\s)\s*/u };
/** `Sag nr. 139` alone, or with another committee's reference (`Sag nr. 103 (ØU 137/07)`), its title on the line above (Rødovre's web pages). */
export const SAG_ALONE_ITEM: ItemForm = { pattern: /^sag\s+nr\.?\s{0,3}(\d{1,4})(?:\s*\([^()]{1,30}\))?$/i, titleOnLineBefore: true };
/** `3.   Title`: a number, a full stop and a gap (eDoc with -layout). */
export const NUMBER_GAP_ITEM: ItemForm = { pattern: /^(\d{1,4})\.(?:[ \t]{2,}|\t)(?=\S)/ };
/** `1 (Åben) Godkendelse af dagsorden`, `3 (Lukket) Salg af ejendom` (Region Sjælland), `3. (Lukket) …`: the number, then whether the item is open. */
export const STATUS_ITEM: ItemForm = { pattern: /^(\d{1,4})\.?\s+(?=\((?:åben|åbent|lukket)\)\s+\S)/i };
/** `3.` alone, the title on the next line (eDoc without -layout). */
export const NUMBER_ALONE_ITEM: ItemForm = { pattern: /^(\d{1,4})\.$/, titleOnNextLine: true };
/** `1.Temamøde - Diger (B)`: a web page's number glued to the title's capital. */
export const GLUED_NUMBER_ITEM: ItemForm = { pattern: /^(\d{1,4})\.(?=\p{Lu})/u };
/** `715. Title`: a running number and the title after one space (Acadre). */
export const RUNNING_NUMBER_ITEM: ItemForm = { pattern: /^(\d{1,5})\.\s{1,5}(?=\p{Lu}|\d)/u };

/** `Side 3`, `Side 3 af 17`, `Side 3/17`, `3 of 5`, `- 3 -`: page counters on their own line. */
export const PAGE_COUNTERS: readonly RegExp[] = [
  /^side\s+\d{1,4}(?:\s*(?:af|\/|of)\s*\d{1,4})?$/i,
  /^\d{1,4}\s+(?:af|of)\s+\d{1,4}$/i,
  /^-\s*\d{1,4}\s*-$/,
];

/** `Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42` (OS2web pages), `Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:`: a committee's decision on the item. */
export const COMMITTEE_DATE_DECISION = /^(?<committee>\p{Lu}[^,]{2,150}?),\s+(?<date>\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\.\s{0,2}\p{L}{3,9}\s+\d{4}),\s+pkt\.\s{0,2}\d{1,5}\s*:?$/u;

/** `Til toppen`, `Tilbage til toppen`, `Fold alle ud`, `Tilbage til oversigt`, `Udskriv`: a web page's links and buttons, between its items and around them. */
export const WEB_NAVIGATION = /^(?:(?:tilbage\s+|gå\s+)?til\s+top(?:pen)?(?:\s+af\s+siden)?|fold\s+alle\s+(?:ud|sammen)|tilbage\s+til\s+oversigt(?:en)?|udskriv|se\s+alle\s+bilag)$/i;

/** `A. Sager til afgørelse i byrådet`, `B. Sager til afgørelse i byrådet - lukkede`: a group of items, over the group and again under each item's title. */
export const CASE_GROUP = /^[A-ZÆØÅ]\.\s+Sager\s+til\s+\p{L}/u;

/** `Sager 139 - 166`, `Sager 103 (ØU 137/07) - 136 (ØU 174/07)`: the page's range of cases above them. */
export const CASE_RANGE = /^sager\s+\d{1,4}(?:\s*\([^()]{1,30}\))?\s*[-–]\s*\d{1,4}(?:\s*\([^()]{1,30}\))?$/i;

/** `<Udvalg>s beslutning den 04.12.2012 Punkt 1` (eDoc), `Økonomiudvalgets beslutning i mødet den 31. marts 2020` (Copenhagen's pages, under `Beslutning`), `Forretningsudvalgets beslutning den 8. november 2022:` (Region Hovedstaden), also met in other systems' quotes. */
export const GENITIVE_DECISION = /^(?<committee>\p{Lu}[^\n]{2,150}?)s\s+beslutning(?:\s+(?:i|på)\s+mødet)?(?:\s+(?:den|d\.)\s+(?<date>\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\.\s{0,2}(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s+\d{4}))?(?:\s+punkt\s+\d{1,5})?\s*:?$/iu;

/** The fields of a dialect that are the same for most systems. */
export const BASE: Omit<Dialect, 'id' | 'name' | 'itemForms' | 'itemExamples' | 'signals'> = {
  labels: {
    committee: ['Udvalg'],
    meetingDate: ['Mødedato', 'Dato', 'Starttidspunkt'],
    place: ['Mødested', 'Sted', 'Lokale'],
    participants: ['Mødedeltagere', 'Deltagere', 'Medlemmer af udvalget', 'Medlemmer', 'Tilstede', 'Til stede'],
    absent: ['Afbud/Fraværende', 'Fraværende med afbud', 'Fraværende uden afbud', 'Fraværende', 'Afbud fra', 'Afbud'],
    secretary: ['Sekretær', 'Referent'],
  },
  hasToc: true,
  runningNumbers: false,
  requiredFields: ['committee', 'meetingDate', 'place', 'participants'],
  headings: [],
  historyHeadings: ['Tidligere beslutning', 'Tidligere beslutninger', 'Sagens forløb', 'Sagsforløb', 'Tidligere behandling'],
  decisionForms: [GENITIVE_DECISION, COMMITTEE_DATE_DECISION],
  furniture: [...PAGE_COUNTERS, WEB_NAVIGATION, CASE_RANGE, CASE_GROUP],
  tocFurniture: [/^(?:åben|åbent|lukket)\s+(?:referat|dagsorden|møde)$/i, /^punkt(?:\s+nr\.?)?\s+(?:titel\s+)?side$/i, /^punkt\s+nr\.?$/i, /^side$/i],
  trailers: [/^underskriftsside$/i, /^underskrifter$/i],
  freeHeadings: 'section',
  decisionEndsAtBlank: false,
};
