// Import of the files users have: the corpus originals (PDF, HTML) read as
// their truth says, seeds made into PDF and Word files come back with the same
// outline and pages, and bad input gets one clear message.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun } from 'docx';
import { importBytes, ImportError, type Imported, type ImportProblem } from '../server/src/import/index';
import { layoutPage } from '../server/src/import/pdf';
import { htmlToText } from '../server/src/import/html';
import { formatListNumber } from '../server/src/import/listNumbers';
import { parseReferat } from '../server/src/parse/parser';
import { isMinutesText } from '../server/src/parse/detect';
import { runRules } from '../server/src/rules/index';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import { printedPage } from '../server/src/model/pages';
import { outlineJson } from '../server/src/cli/outline';
import type { ReferatDocument } from '../server/src/model/types';
import { acadreTruth, edocTruth, webTruth, type Source } from './corpusTruth';
import { referatPdf, scannedPdf } from './pdfMaker';
import { ROOT, seedText } from './helpers';

const CORPUS = path.join(ROOT, 'fixtures', 'corpus');
const bytesOf = (file: string) => new Uint8Array(readFileSync(file));

/** A corpus original, imported once before its tests run. */
function importedSource(name: string, kind: 'pdf' | 'html'): Source & { imported(): Imported } {
  let imported: Imported | undefined;
  let doc: ReferatDocument | undefined;
  beforeAll(async () => {
    imported = await importBytes(bytesOf(path.join(CORPUS, name)), kind);
    doc = parseReferat(imported.text);
  });
  return { text: () => imported!.text, doc: () => doc!, imported: () => imported! };
}

/** What a reader compares: the outline without line numbers (which differ between conversions). */
function comparable(doc: ReferatDocument) {
  const outline = outlineJson('x', doc);
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  return {
    dialect: outline.dialect,
    committee: outline.committee,
    date: outline.date,
    toc: outline.toc?.map((e) => ({ number: e.number, title: squash(e.title), pages: e.pages, match: e.match, items: e.items })),
    items: outline.items.map((i) => ({
      number: i.number, title: squash(i.title), page: i.page, closed: i.closed, caseNumber: i.caseNumber,
      decisions: i.decisions.map((d) => ({ committee: d.committee, date: d.date, text: squash(d.text) })),
    })),
  };
}

describe('the eDoc original (PDF)', () => {
  const source = importedSource('ballerup_sfu_2012-12-04_edoc.pdf', 'pdf');
  edocTruth(source);
  it('has one form feed per page of the PDF, and the same outline as pdftotext -layout', () => {
    expect(source.imported().pages).toBe(15);
    expect(source.text().split('\f').length - 1).toBe(15);
    const poppler = parseReferat(readFileSync(path.join(CORPUS, 'ballerup_sfu_2012-12-04_edoc.pdftotext-layout.txt'), 'utf8'));
    expect(comparable(source.doc())).toEqual(comparable(poppler));
  });
});

describe('the Acadre original (PDF)', () => {
  const source = importedSource('syddjurs_puk_2013-06-20_acadre.pdf', 'pdf');
  acadreTruth(source);
  it('has the same outline as pdftotext -layout, printed pages included', () => {
    expect(source.imported().pages).toBe(5);
    const poppler = parseReferat(readFileSync(path.join(CORPUS, 'syddjurs_puk_2013-06-20_acadre.pdftotext-layout.txt'), 'utf8'));
    expect(comparable(source.doc())).toEqual(comparable(poppler));
    expect(printedPage(source.doc(), source.doc().items[0].page)).toBe(2);
  });
});

describe('the FirstAgenda web page original (HTML)', () => {
  const source = importedSource('aarhus_tu_2025-10-01_firstagenda-web.html', 'html');
  webTruth(source);
  it('drops the scripts, buttons, menus and dialogs, and reads like the lynx dump', () => {
    expect(source.text()).not.toMatch(/Hent som PDF|Kopier link|Tip en ven|Der opstod en fejl|function\s*\(|Tilbage til forsiden/);
    const lynx = parseReferat(readFileSync(path.join(CORPUS, 'aarhus_tu_2025-10-01_firstagenda-web.lynx.txt'), 'utf8'));
    const ours = comparable(source.doc());
    const theirs = comparable(lynx);
    // The decisions' lines are wrapped differently; their words are the same.
    expect(ours).toEqual(theirs);
  });
});

describe.each(['000', '001', '002', '003', '004'])('seed %s made into a PDF', (name) => {
  let made: { bytes: Uint8Array; pages: number };
  let imported: Imported;
  beforeAll(async () => {
    made = await referatPdf(seedText(name));
    imported = await importBytes(made.bytes, 'pdf');
  });
  it('comes back with the same outline, each item on the page its TOC entry names', () => {
    const text = parseReferat(seedText(name));
    const pdf = parseReferat(imported.text);
    expect(imported.pages).toBe(made.pages);
    expect(pdf.pageCount).toBe(made.pages);
    const a = comparable(text);
    const b = comparable(pdf);
    expect(b.items.map(({ page: _page, ...rest }) => rest)).toEqual(a.items.map(({ page: _page, ...rest }) => rest));
    expect(b.toc).toEqual(a.toc);
    // Each item starts on its TOC entry's page.
    for (const entry of pdf.toc!.entries) entry.items.forEach((i, k) => expect(pdf.items[i].page, pdf.items[i].title).toBe(entry.pages[k]));
  });
  it('gets the same findings as the text', () => {
    const codes = (doc: ReferatDocument) => runRules(doc, DEFAULT_CONFIG).map((d) => d.code).sort();
    expect(codes(parseReferat(imported.text))).toEqual(codes(parseReferat(seedText(name))));
  });
});

describe('a Word file', () => {
  let text: string;
  beforeAll(async () => {
    const lines = seedText('002').split(/\r?\n/);
    const at = lines.findIndex((l) => l.startsWith('Mødedeltagere'));
    const document = new Document({
      sections: [{
        children: [
          ...lines.slice(0, at).map((l) => new Paragraph(l)),
          // Acadre keeps the members in a table of two columns.
          new Paragraph('Mødedeltagere'),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Anna Hansen (A)')] }), new TableCell({ children: [new Paragraph('Bo Jensen (V)')] })] })] }),
          ...lines.slice(at + 1).map((l) => new Paragraph(l)),
        ],
      }],
    });
    text = (await importBytes(new Uint8Array(await Packer.toBuffer(document)), 'docx')).text;
  });
  it('comes back with the outline of its text, and a table row as one line', () => {
    const a = comparable(parseReferat(seedText('002')));
    const b = comparable(parseReferat(text));
    expect(b.items).toEqual(a.items);
    expect(b.toc).toEqual(a.toc);
    expect(text).toContain('\nAnna Hansen (A)   Bo Jensen (V)\n');
    expect(parseReferat(text).header.participants?.members.map((m) => m.name)).toEqual(['Anna Hansen', 'Bo Jensen']);
  });
});

describe('a Word file that numbers its items with Word’s own lists', () => {
  // The numbers are not in the text: Word computes them from the list definitions, as the reader sees them.
  const numbering = {
    config: [
      { reference: 'items', levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 715, alignment: AlignmentType.START },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.START },
      ] },
      { reference: 'points', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] },
      { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START }] },
    ],
  };
  const header = ['Referat', 'Udvalg: Teknisk Udvalg', 'Mødedato: 3. marts 2025 kl. 16.00', 'Mødested: Rådhuset', 'Mødedeltagere: Anna Hansen, Bo Jensen'].map((t) => new Paragraph(t));
  const body = (item: (title: string) => Paragraph) => [
    ...header,
    item('Godkendelse af dagsorden'),
    new Paragraph({ text: 'Beslutning', heading: HeadingLevel.HEADING_2 }),
    new Paragraph('Godkendt.'),
    item('Trafikplan 2025'),
    new Paragraph({ text: 'Første etape', numbering: { reference: 'items', level: 1 } }),
    new Paragraph({ text: 'Anden etape', numbering: { reference: 'items', level: 1 } }),
    new Paragraph({ text: 'Indstilling', heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ text: 'at planen godkendes', numbering: { reference: 'points', level: 0, instance: 1 } }),
    new Paragraph({ text: 'at den sendes i høring', numbering: { reference: 'points', level: 0, instance: 1 } }),
    new Paragraph({ text: 'Bilag: kort over ruten', numbering: { reference: 'bullets', level: 0 } }),
    new Paragraph({ text: 'Beslutning', heading: HeadingLevel.HEADING_2 }),
    new Paragraph('Godkendt.'),
    item('Eventuelt'),
    new Paragraph({ text: 'at intet er til behandling', numbering: { reference: 'points', level: 0, instance: 2 } }),
    new Paragraph({ text: 'Beslutning', heading: HeadingLevel.HEADING_2 }),
    new Paragraph('Intet.'),
  ];
  const wordText = async (document: Document) => (await importBytes(new Uint8Array(await Packer.toBuffer(document)), 'docx')).text;
  const expected = (text: string) => {
    const d = parseReferat(text);
    expect(d.items.map((i) => [i.number, i.title, i.decisions.map((x) => x.text)])).toEqual([
      [715, 'Godkendelse af dagsorden', ['Godkendt.']], [716, 'Trafikplan 2025', ['Godkendt.']], [717, 'Eventuelt', ['Intet.']],
    ]);
    expect(runRules(d, DEFAULT_CONFIG)).toEqual([]);
    // Sub-levels in their own format, a list restarted in each item, bullets kept as bullets.
    expect(text).toMatch(/\na\) Første etape\n\nb\) Anden etape\n/);
    expect(text).toMatch(/\n1\. at planen godkendes\n\n2\. at den sendes i høring\n/);
    expect(text).toContain('\n- Bilag: kort over ruten\n');
    expect(text).toContain('\n1. at intet er til behandling\n');
  };
  it('reads numbered headings with the numbers Word shows', async () => {
    expected(await wordText(new Document({ numbering, sections: [{ children: body((t) => new Paragraph({ text: t, heading: HeadingLevel.HEADING_1, numbering: { reference: 'items', level: 0 } })) }] })));
  });
  it('reads headings numbered through their style, and numbered plain paragraphs', async () => {
    const styles = { paragraphStyles: [{ id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { numbering: { reference: 'items', level: 0 } } }] };
    expected(await wordText(new Document({ numbering, styles, sections: [{ children: body((t) => new Paragraph({ text: t, heading: HeadingLevel.HEADING_1 })) }] })));
    expected(await wordText(new Document({ numbering, sections: [{ children: body((t) => new Paragraph({ text: t, numbering: { reference: 'items', level: 0 } })) }] })));
  });
  it('reads a level that names its style (`Heading 2` numbered by the list’s level 1, the style giving no level)', async () => {
    const styles = { paragraphStyles: [{ id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { numbering: { reference: 'items', level: 0 } } }] };
    const children = [...header, new Paragraph({ text: 'Trafikplan', heading: HeadingLevel.HEADING_1 }), new Paragraph({ text: 'Første etape', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'Anden etape', heading: HeadingLevel.HEADING_2 }), new Paragraph({ text: 'Beslutning', heading: HeadingLevel.HEADING_3 }), new Paragraph('Godkendt.')];
    const zip = await JSZip.loadAsync(await Packer.toBuffer(new Document({ numbering, styles, sections: [{ children }] })));
    // Word's own way: the list's level 1 names the style, and the style names the list but no level.
    const numberingXml = await zip.file('word/numbering.xml')!.async('string');
    const stylesXml = await zip.file('word/styles.xml')!.async('string');
    const numId = /<w:style w:type="paragraph" w:styleId="Heading1">.*?<w:numId w:val="(\d+)"\/>/.exec(stylesXml)![1];
    zip.file('word/numbering.xml', numberingXml.replace(/(<w:abstractNum [^>]*>(?:(?!<\/w:abstractNum>).)*?<w:lvl w:ilvl="1"[^>]*>)(<w:start w:val="1"\/><w:numFmt w:val="lowerLetter"\/>)/, '$1<w:pStyle w:val="Heading2"/>$2'));
    zip.file('word/styles.xml', stylesXml.replace('<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Heading 2"/>', `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Heading 2"/><w:pPr><w:numPr><w:numId w:val="${numId}"/></w:numPr></w:pPr>`));
    const text = (await importBytes(await zip.generateAsync({ type: 'uint8array' }), 'docx')).text;
    expect(text).toMatch(/\n715\. Trafikplan\n\na\) Første etape\n\nb\) Anden etape\n\nBeslutning\n/);
  });
  it('still reads the text, without the numbers it cannot make out, when the list definitions are inconsistent or damaged', async () => {
    const bytes = await Packer.toBuffer(new Document({ numbering, sections: [{ children: body((t) => new Paragraph({ text: t, heading: HeadingLevel.HEADING_1, numbering: { reference: 'items', level: 0 } })) }] }));
    const withNumbering = async (xml: string) => {
      const zip = await JSZip.loadAsync(bytes);
      zip.file('word/numbering.xml', xml);
      return importBytes(await zip.generateAsync({ type: 'uint8array' }), 'docx');
    };
    // Lists that point at definitions the file lacks: the text without numbers, every paragraph kept.
    const text = (await withNumbering('<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:num w:numId="3"><w:abstractNumId w:val="99"/></w:num></w:numbering>')).text;
    for (const line of ['Godkendelse af dagsorden', 'Trafikplan 2025', 'Eventuelt', 'Intet.']) expect(text).toContain(`\n${line}\n`);
    // Not XML at all: one clear message that the file is damaged (Word's own reader refuses it too).
    await expect(withNumbering('<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:num')).rejects.toMatchObject({ problem: 'damaged' });
  });
});

describe('a Word file’s table of contents', () => {
  it('reads the tab before each page number as a gap, so the page is a page and not part of the title', async () => {
    const entry = (title: string, page: number) => new Paragraph({ children: [new TextRun(title), new TextRun({ children: [new Tab(), String(page)] })] });
    const document = new Document({ sections: [{ children: [
      ...['Referat', 'Udvalg: Teknisk Udvalg', 'Mødedato: 3. marts 2025', 'Mødested: Rådhuset', 'Mødedeltagere: Anna Hansen, Bo Jensen', 'Indholdsfortegnelse'].map((t) => new Paragraph(t)),
      // A space before the tab, as typed, is the same gap.
      entry('1. Godkendelse af dagsorden', 2), entry('2. Trafikplan ', 2), entry('3. Eventuelt', 3),
      ...['1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '2. Trafikplan', 'Beslutning', 'Godkendt.', '3. Eventuelt', 'Beslutning', 'Intet.'].map((t) => new Paragraph(t)),
    ] }] });
    const text = (await importBytes(new Uint8Array(await Packer.toBuffer(document)), 'docx')).text;
    expect(text).toContain('\n2. Trafikplan   2\n');
    const d = parseReferat(text);
    expect(d.toc!.entries.map((e) => [e.number, e.title, e.pages])).toEqual([[1, 'Godkendelse af dagsorden', [2]], [2, 'Trafikplan', [2]], [3, 'Eventuelt', [3]]]);
    expect(runRules(d, DEFAULT_CONFIG)).toEqual([]);
  });
});

describe('HTML', () => {
  it('turns headings, lists and data tables into lines, layout tables into blocks', () => {
    const html = `<html><head><title>x</title><script>alert(1)</script></head><body>
      <nav><a href="/">Forside</a></nav>
      <h1>Referat 3. marts 2025 kl. 16.00</h1>
      <table><tr><td>Udvalg:</td><td>Teknisk <b>Udvalg</b></td></tr></table>
      <table><tr><td><span>1</span></td><td><h2>Trafikplan</h2><div><h3>Beslutninger</h3><div>Godkendt.</div></div><ul><li>Bilag 1</li><li>Bilag 2</li></ul></td></tr></table>
      <button>Hent som PDF</button><div class="modal" role="dialog"><h4>Tip en ven</h4></div>
    </body></html>`;
    expect(htmlToText(html)).toBe('Referat 3. marts 2025 kl. 16.00\n\nUdvalg:   Teknisk Udvalg\n\n1\n\nTrafikplan\n\nBeslutninger\n\nGodkendt.\n\n- Bilag 1\n- Bilag 2\n');
  });
});

describe('list numbers', () => {
  it('are written as Word and browsers show them', () => {
    expect([1, 26, 27, 53].map((n) => formatListNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'aaa']);
    expect([4, 9, 14, 1994].map((n) => formatListNumber(n, 'upperRoman'))).toEqual(['IV', 'IX', 'XIV', 'MCMXCIV']);
    expect([formatListNumber(7, 'decimalZero'), formatListNumber(715, 'decimal'), formatListNumber(0, 'lowerRoman')]).toEqual(['07', '715', '0']);
  });
});

describe('HTML numbered lists', () => {
  it('numbers them as a browser shows them: from `start`, an item’s own `value`, in the list’s `type`; bullets stay `- `', () => {
    const html = `<p>Indstilling</p><ol><li>at planen godkendes</li><li>at den sendes i høring</li></ol>
      <ol start="49"><li><a href="#49">Godkendelse af dagsorden</a></li><li value="52">Budget</li><li>Eventuelt<ul><li>Bilag</li></ul></li></ol>
      <ol type="a"><li>Første</li><li>Anden</li></ol><ol type="I" start="4"><li>Fjerde</li></ol>`;
    expect(htmlToText(html)).toBe('Indstilling\n\n1. at planen godkendes\n2. at den sendes i høring\n\n49. Godkendelse af dagsorden\n52. Budget\n53. Eventuelt\n\n- Bilag\n\na. Første\nb. Anden\n\nIV. Fjerde\n');
  });
  it('writes an item’s marker before its text where the text stands in a paragraph of its own (`<li><p>…`)', () => {
    const html = '<h3>Indstilling</h3><ol><li><p>at planen godkendes</p></li><li><p>at den sendes i høring</p></li></ol><ul><li><p>Bilag 1</p></li><li></li></ul>';
    expect(htmlToText(html)).toBe('Indstilling\n\n1. at planen godkendes\n\n2. at den sendes i høring\n\n- Bilag 1\n');
  });
  it('reads a page whose items are a numbered list of links as its TOC', () => {
    const html = `<h1>Referat</h1><p>Udvalg: Kulturudvalget</p><p>Mødedato: 3. februar 2021</p><h2>Punkter</h2><ol start="7"><li><a href="#7">Godkendelse af dagsorden</a></li><li><a href="#8">Nyt bibliotek</a></li></ol>
      <h2>7. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p><h2>8. Nyt bibliotek</h2><h3>Beslutning</h3><p>Godkendt.</p>`;
    const d = parseReferat(htmlToText(html));
    expect(d.toc?.entries.map((e) => [e.number, e.title, e.items])).toEqual([[7, 'Godkendelse af dagsorden', [0]], [8, 'Nyt bibliotek', [1]]]);
  });
});

describe('PDF layout', () => {
  it('unfolds ligatures, keeps columns apart and words together', () => {
    const page = layoutPage([
      { text: 'Beslutning', x: 50, y: 700, width: 50, size: 10 },
      { text: 'Økonomien er ﬁnansieret', x: 50, y: 686, width: 115, size: 10 },
      { text: 'Anna Hansen (A)', x: 50, y: 660, width: 75, size: 10 },
      { text: 'Bo Jensen (V)', x: 250, y: 660, width: 65, size: 10 },
    ]);
    expect(page.split('\n')).toEqual(['Beslutning', 'Økonomien er finansieret', '', expect.stringMatching(/^Anna Hansen \(A\) {3,}Bo Jensen \(V\)$/), '']);
  });
});

describe('bad input gets one clear message', () => {
  const problem = async (bytes: Uint8Array, kind: 'pdf' | 'html' | 'docx', options = {}): Promise<ImportError> => {
    const error = await importBytes(bytes, kind, options).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    const e = error as ImportError;
    expect(e.text.da).not.toBe(e.text.en);
    return e;
  };
  const cases: Array<[string, () => Promise<Uint8Array>, 'pdf' | 'html' | 'docx', ImportProblem, object?]> = [
    ['an encrypted PDF', async () => bytesOf(path.join(ROOT, 'fixtures', 'import', 'encrypted.pdf')), 'pdf', 'encrypted'],
    ['a scanned PDF without text', scannedPdf, 'pdf', 'scanned'],
    ['a damaged PDF', async () => (await referatPdf(seedText('002'))).bytes.slice(0, 3000), 'pdf', 'damaged'],
    ['a web page named .pdf', async () => new TextEncoder().encode('<html><body>x</body></html>'), 'pdf', 'damaged'],
    ['a file over the size limit', async () => (await referatPdf(seedText('002'))).bytes, 'pdf', 'tooLarge', { maxBytes: 10_000 }],
    ['a web page that is not minutes', async () => new TextEncoder().encode('<html><body><h1>Nyheder</h1><p>Byens nye bibliotek åbner.</p></body></html>'), 'html', 'notMinutes', { isMinutes: isMinutesText }],
    ['an empty file', async () => new Uint8Array(), 'pdf', 'empty'],
    ['a text file named .docx', async () => new TextEncoder().encode('Referat'), 'docx', 'damaged'],
  ];
  it.each(cases)('%s', async (_label, make, kind, expected, options) => {
    expect((await problem(await make(), kind, options)).problem).toBe(expected);
  });
});
