// A Word file as referat text: mammoth turns its structure (headings,
// paragraphs, lists, tables) into HTML, which is read like a web page. The
// numbers of numbered lists and headings are written into the text first.
import mammoth from 'mammoth';
import { withListNumbers } from './docxNumbers';
import { htmlToText } from './html';
import { importError } from './errors';

export async function docxToText(data: Uint8Array): Promise<string> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await withListNumbers(data)) }, { includeDefaultStyleMap: true, ignoreEmptyParagraphs: true }));
  } catch (error) {
    throw importError('damaged', (error as Error).message);
  }
  return htmlToText(html, { tabsAsGaps: true });
}
