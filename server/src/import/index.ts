// Turning the files users have (PDF, web pages, Word) into referat text.
// Shared by the CLI and the extension; nothing here reads or writes files.
import { decodeBytes } from '../text/encoding';
import { docxToText } from './docx';
import { importError } from './errors';
import { htmlToText } from './html';
import { pdfToText } from './pdf';

export { ImportError, type ImportProblem } from './errors';

import type { ImportKind } from './kinds';

export { importKindOf, type ImportKind } from './kinds';

/** Larger files are refused with a clear message (a PDF of minutes is rarely over a few MB). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;


export interface Imported {
  text: string;
  kind: ImportKind;
  /** The PDF's own page count; the text has one form feed per page. */
  pages?: number;
}

export interface ImportOptions {
  maxBytes?: number;
  maxPages?: number;
  /**
   * Whether a web page's text is minutes (the parser's `detectReferat`): a page
   * can be anything, and one that is not is refused. Passed in, so this bundle
   * (loaded on its own by the extension and the CLI) does not carry a parser.
   */
  isMinutes?: (text: string) => boolean;
}

/** Web pages declare their encoding; most are UTF-8, older Danish ones Windows-1252. */
function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  // Windows-1252 and its aliases: decodeBytes reads it right (the platform's decoder does not).
  if (declared && !/^(?:utf-?8|windows-1252|iso-8859-1|latin1|cp1252|us-ascii)$/.test(declared)) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: fall through to UTF-8.
    }
  }
  return decodeBytes(bytes).text;
}

function looksLike(kind: ImportKind, bytes: Uint8Array): boolean {
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (kind === 'pdf') return start.includes('%PDF-');
  if (kind === 'docx') return start.startsWith('PK');
  return !start.includes('\0');
}

/**
 * The referat text of a file's bytes. Throws an ImportError with one clear
 * message for a file that is encrypted, damaged, scanned, too large, of
 * another kind than its name says, or (a web page) not minutes at all.
 */
export async function importBytes(bytes: Uint8Array, kind: ImportKind, options: ImportOptions = {}): Promise<Imported> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.length > maxBytes) throw importError('tooLarge', `${Math.round(bytes.length / 1e6)} MB > ${Math.round(maxBytes / 1e6)} MB`);
  if (bytes.length === 0) throw importError('empty');
  if (!looksLike(kind, bytes)) throw importError('damaged', kind === 'pdf' ? 'ingen PDF-header / no PDF header' : kind === 'docx' ? 'ikke en Word-fil / not a Word file' : 'binær / binary');
  if (kind === 'pdf') {
    const { text, pages } = await pdfToText(bytes, options);
    return { text, kind, pages };
  }
  const text = kind === 'docx' ? await docxToText(bytes) : htmlToText(decodeHtml(bytes));
  if (text.trim() === '') throw importError('empty');
  // A web page can be anything: only minutes are taken.
  if (kind === 'html' && options.isMinutes && !options.isMinutes(text)) throw importError('notMinutes');
  return { text, kind };
}
