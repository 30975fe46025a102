// Whether a text is a referat, judged by its structure: items with
// decisions, a TOC, a committee and a date, the forms of an agenda system.
// The extension uses it to switch .txt files to referat; the CLI to pick
// files when it walks folders. Files the user names are checked regardless.
import type { Text } from '../rules/types';
import type { ReferatDocument } from '../model/types';
import { parseReferat } from './parser';

/** Enough of a file to see its header, TOC and first items. */
export const DETECT_LINES = 600;
const MIN_CONFIDENCE = 0.5;

export interface Detection {
  isReferat: boolean;
  /** 0 to 1. */
  confidence: number;
  /** The agenda system whose forms were found. */
  dialect: string;
  /** What was found, for messages. */
  reason: Text;
}

function head(text: string, maxLines: number): string {
  let at = 0;
  for (let n = 0; n < maxLines; n++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text;
    at = next + 1;
  }
  return text.slice(0, at);
}

/** Whether a text (a converted web page, say) is minutes: for the importer, which carries no parser of its own. */
export function isMinutesText(text: string): boolean {
  return detectReferat(text).isReferat;
}

export function detectReferat(text: string): Detection {
  return detectFromModel(parseReferat(head(text, DETECT_LINES)));
}

/** The same judgement from a model already parsed (the whole text): no second parse. */
export function detectFromModel(doc: ReferatDocument): Detection {
  const found: Array<[number, string, string]> = [];
  const firstLine = doc.lines.firstNonBlank();
  if (firstLine >= 0 && /^REFERAT(?:\s|:|$)/i.test(doc.lines.text(firstLine))) found.push([0.3, 'titellinjen REFERAT', 'the REFERAT title line']);
  const items = doc.items.length;
  if (items > 0) found.push([items >= 2 ? 0.35 : 0.2, `${items} punkter`, `${items} items`]);
  const decisions = doc.items.filter((i) => i.decisions.some((d) => !d.empty)).length;
  if (decisions > 0) found.push([0.2, `${decisions} beslutninger`, `${decisions} decisions`]);
  if (doc.toc && doc.toc.entries.length > 0) found.push([0.15, 'en indholdsfortegnelse', 'a table of contents']);
  if (doc.header.committee) found.push([0.1, 'et udvalg', 'a committee']);
  if (doc.header.meetingDate?.date ?? doc.header.title?.date) found.push([0.1, 'en mødedato', 'a meeting date']);
  if (doc.dialect.id !== 'generic') found.push([0.1, `formen fra ${doc.dialect.name}`, `the forms of ${doc.dialect.name}`]);
  const confidence = Math.min(1, found.reduce((sum, [w]) => sum + w, 0));
  const da = found.length > 0 ? `fandt ${found.map((f) => f[1]).join(', ')}` : 'fandt hverken punkter, beslutninger, indholdsfortegnelse, udvalg eller mødedato';
  const en = found.length > 0 ? `found ${found.map((f) => f[2]).join(', ')}` : 'found no items, decisions, table of contents, committee or meeting date';
  return { isReferat: confidence >= MIN_CONFIDENCE, confidence: Math.round(confidence * 100) / 100, dialect: doc.dialect.id, reason: { da, en } };
}

export function looksLikeReferat(text: string): boolean {
  return detectReferat(text).isReferat;
}
