import type { Item, ReferatDocument } from '../model/types';
import { linkTocToItems } from '../model/link';
import { range, splitLines } from '../text/lines';
import { parseHeader } from './header';
import { isItemLine, parseItem } from './items';
import { TOC_HEADING, parseToc } from './toc';
import { headingVocabulary } from './vocabulary';

export interface ParseOptions {
  /** Extra section headings to recognise (settings). */
  extraHeadings?: readonly string[];
  /** Extra words that head this meeting's decision, like `Beslutning` (settings). */
  extraDecisionHeadings?: readonly string[];
}

/**
 * Text in, model out. Never throws: text that is not a referat gives a model
 * with no items, and every line is visited a bounded number of times.
 */
export function parseReferat(text: string, options: ParseOptions = {}): ReferatDocument {
  const lines = splitLines(text);
  const vocabulary = headingVocabulary(options.extraHeadings, options.extraDecisionHeadings);
  const itemStarts: number[] = [];
  let hasFormFeeds = false;
  for (const line of lines) {
    if (line.text !== '' && isItemLine(line.text)) itemStarts.push(line.index);
    if (!hasFormFeeds && line.raw.indexOf('\f') >= 0) hasFormFeeds = true;
  }
  const firstItem = itemStarts.length > 0 ? itemStarts[0] : lines.length;
  let tocHeading = -1;
  for (let i = 0; i < firstItem; i++) {
    if (lines[i].text !== '' && TOC_HEADING.test(lines[i].text)) {
      tocHeading = i;
      break;
    }
  }
  const header = parseHeader(lines, tocHeading >= 0 ? tocHeading : firstItem);
  const toc = tocHeading >= 0 ? parseToc(lines, tocHeading, firstItem) : undefined;
  const items: Item[] = itemStarts.map((start, n) =>
    parseItem(lines, start, n + 1 < itemStarts.length ? itemStarts[n + 1] : lines.length, vocabulary),
  );
  if (toc) linkTocToItems(toc.entries, items);
  const lastLine = lines[lines.length - 1];
  // pdftotext ends every page with a form feed: the last page is the last one with text.
  let pageCount = 1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].text !== '') {
      pageCount = lines[i].page;
      break;
    }
  }
  return {
    lines,
    header,
    ...(toc ? { toc } : {}),
    items,
    hasFormFeeds,
    pageCount,
    range: range(0, 0, lastLine.index, lastLine.raw.length),
    eol: /\r\n/.test(text.slice(0, 10_000)) ? '\r\n' : '\n',
  };
}
