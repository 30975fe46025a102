// Test helper: makes real PDFs from referat text with pdf-lib, so the PDF
// import can be tested on the seeds. Each item starts on the page its TOC
// entry names, as in the published PDFs; long lines wrap as PDF text does.
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { parseReferat } from '../server/src/parse/parser';

const WIDTH = 595;
const HEIGHT = 842;
const MARGIN = 40;
const SIZE = 7;
const LEADING = 8.5;
const WRAP = 150;

/** Characters the standard fonts cannot draw are drawn as `?`. */
function drawable(font: PDFFont, s: string): string {
  let out = '';
  for (const c of s) {
    try {
      font.encodeText(c);
      out += c;
    } catch {
      out += '?';
    }
  }
  return out;
}

function wrap(line: string): string[] {
  if (line.length <= WRAP) return [line];
  const out: string[] = [];
  let rest = line;
  while (rest.length > WRAP) {
    let cut = rest.lastIndexOf(' ', WRAP);
    if (cut < WRAP / 2) cut = WRAP;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^ /, '');
  }
  out.push(rest);
  return out;
}

export interface MadePdf {
  bytes: Uint8Array;
  pages: number;
}

/** A PDF of `text`: lines with a tab draw their last part at the right margin (TOC pages). */
export async function referatPdf(text: string, options: { encrypt?: never } = {}): Promise<MadePdf> {
  void options;
  const model = parseReferat(text);
  // The page each item starts on, from its TOC entry.
  const startPage = new Map<number, number>();
  for (const entry of model.toc?.entries ?? []) {
    entry.items.forEach((i, k) => {
      const page = entry.pages[k];
      if (page !== undefined) startPage.set(model.items[i].headingRange.start.line, page);
    });
  }
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page: PDFPage = pdf.addPage([WIDTH, HEIGHT]);
  let y = HEIGHT - MARGIN;
  const newPage = () => {
    page = pdf.addPage([WIDTH, HEIGHT]);
    y = HEIGHT - MARGIN;
  };
  [...model.lines].forEach((line, index) => {
    const target = startPage.get(index);
    if (target !== undefined) while (pdf.getPageCount() < target) newPage();
    const raw = line.raw.replace(/^\uFEFF/, '');
    if (raw.trim() === '') {
      y -= LEADING;
      return;
    }
    const tab = raw.lastIndexOf('\t');
    const parts = tab > 0 ? [raw.slice(0, tab), raw.slice(tab + 1)] : [raw];
    for (const [n, piece] of wrap(parts[0]).entries()) {
      if (y < MARGIN) newPage();
      page.drawText(drawable(font, piece), { x: MARGIN, y, size: SIZE, font });
      if (parts[1] !== undefined && n === 0) {
        const right = drawable(font, parts[1]);
        page.drawText(right, { x: WIDTH - MARGIN - font.widthOfTextAtSize(right, SIZE), y, size: SIZE, font });
      }
      y -= LEADING;
    }
  });
  return { bytes: await pdf.save(), pages: pdf.getPageCount() };
}

/** A page with no text at all, as a scanner makes it. */
export async function scannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([WIDTH, HEIGHT]);
  page.drawRectangle({ x: 50, y: 50, width: 400, height: 600, borderWidth: 2 });
  return pdf.save();
}
