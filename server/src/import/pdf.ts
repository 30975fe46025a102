// PDF to text laid out the way `pdftotext -layout` does it: lines in reading
// order, columns kept apart by spaces, one form feed after every page. Pure
// JavaScript (pdf.js), so it runs in the extension on every platform.
import { getDocumentProxy } from 'unpdf';
import { importError } from './errors';

interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
}

/** Ligatures that some PDF fonts keep as one glyph. */
const LIGATURES: Record<string, string> = { '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st' };

function unfold(s: string): string {
  return s.replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c] ?? c).replace(/\u00AD/g, '');
}

export interface PdfText {
  text: string;
  pages: number;
}

export interface PdfOptions {
  maxPages?: number;
}

/**
 * pdf.js reads `navigator` (its `platform`), which VS Code's extension host
 * hides. A plain stand-in is put there while pdf.js works, and taken away after.
 */
async function withNavigator<T>(work: () => Promise<T>): Promise<T> {
  const g = globalThis as { navigator?: unknown };
  if (g.navigator !== undefined) return work();
  const own = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  try {
    Object.defineProperty(globalThis, 'navigator', { value: { platform: '', userAgent: '', language: 'da' }, configurable: true, writable: true });
  } catch {
    return work();
  }
  try {
    return await work();
  } finally {
    if (own) Object.defineProperty(globalThis, 'navigator', own);
    else delete g.navigator;
  }
}

/** The text of a PDF, page by page. Throws an ImportError for encrypted, damaged or scanned files. */
export function pdfToText(data: Uint8Array, options: PdfOptions = {}): Promise<PdfText> {
  return withNavigator(() => readPdf(data, options));
}

async function readPdf(data: Uint8Array, options: PdfOptions): Promise<PdfText> {
  let pdf;
  try {
    // No fonts loaded, no code evaluated: the file only gives text and positions.
    pdf = await getDocumentProxy(new Uint8Array(data), { isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    if (name === 'PasswordException') throw importError('encrypted');
    throw importError('damaged', (error as Error).message);
  }
  try {
    const maxPages = options.maxPages ?? 5000;
    if (pdf.numPages > maxPages) throw importError('tooLarge', `${pdf.numPages} sider / pages`);
    const out: string[] = [];
    let withText = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items as TextItemLike[]) {
        if (typeof item.str !== 'string' || item.str.trim() === '') continue;
        const [a, b, , d, x, y] = item.transform;
        pieces.push({ text: item.str, x, y, width: item.width, size: Math.max(1, Math.hypot(a, b) || Math.abs(d)) });
      }
      if (pieces.length > 0) withText++;
      out.push(layoutPage(pieces));
      page.cleanup();
    }
    if (withText === 0) throw importError('scanned');
    return { text: out.map((p) => p + '\f').join(''), pages: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
}

/**
 * Lines from positioned pieces: pieces whose baselines are within half a
 * character of each other make one line; the gap between pieces becomes
 * spaces on a grid of the page's typical character width; a vertical gap of
 * more than one and a half lines becomes a blank line.
 */
export function layoutPage(pieces: Piece[]): string {
  if (pieces.length === 0) return '';
  const charWidth = typicalCharWidth(pieces);
  let left = Infinity;
  for (const p of pieces) left = Math.min(left, p.x);
  const sorted = [...pieces].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Array<{ y: number; size: number; pieces: Piece[] }> = [];
  for (const piece of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - piece.y) < Math.min(line.size, piece.size) * 0.5) line.pieces.push(piece);
    else lines.push({ y: piece.y, size: piece.size, pieces: [piece] });
  }
  const out: string[] = [];
  let previous: { y: number; size: number } | undefined;
  for (const line of lines) {
    if (previous && previous.y - line.y > Math.max(previous.size, line.size) * 1.6) out.push('');
    previous = line;
    line.pieces.sort((p, q) => p.x - q.x);
    let text = '';
    let end = left;
    for (const piece of line.pieces) {
      const column = Math.round((piece.x - left) / charWidth);
      const gap = piece.x - end;
      if (text === '') text = ' '.repeat(Math.max(0, column));
      else if (gap > charWidth * 0.3 || /\S$/.test(text) && /^\S/.test(piece.text) && gap > charWidth * 0.15) {
        // A word gap is one space; a wider gap keeps the column.
        text += gap > charWidth * 1.5 ? ' '.repeat(Math.max(2, column - text.length)) : ' ';
      }
      text += unfold(piece.text);
      end = piece.x + piece.width;
    }
    out.push(text.replace(/\s+$/, ''));
  }
  return out.join('\n') + '\n';
}

/** The median width of one character, from the pieces' own widths. */
function typicalCharWidth(pieces: Piece[]): number {
  const widths = pieces.filter((p) => p.text.length >= 3 && p.width > 0).map((p) => p.width / p.text.length).sort((a, b) => a - b);
  if (widths.length === 0) return 5;
  return Math.max(1, widths[Math.floor(widths.length / 2)]);
}
