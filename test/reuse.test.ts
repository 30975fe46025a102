// What an edit lends the next parse in the editor, beyond the items: the
// dialect where the lines it was chosen from are as they were, the running
// headers of the lines taken over where each line is judged alone, and the
// header and the TOC where the edit came after every line their parse read.
// The model must stay the one a whole parse gives.
import { describe, expect, it, vi } from 'vitest';
import { parseReferat } from '../server/src/parse/parser';
import { afterEdit } from '../server/src/parse/reuse';
import { DIALECT_LINES, chooseDialect } from '../server/src/dialects/index';
import { findFurniture } from '../server/src/parse/furniture';
import { parseToc } from '../server/src/parse/toc';
import { parseHeader } from '../server/src/parse/header';
import { commonEnds, seedText } from './helpers';

vi.mock('../server/src/dialects/index', async (original) => {
  const real = await original<typeof import('../server/src/dialects/index')>();
  return { ...real, chooseDialect: vi.fn(real.chooseDialect) };
});
vi.mock('../server/src/parse/toc', async (original) => {
  const real = await original<typeof import('../server/src/parse/toc')>();
  return { ...real, parseToc: vi.fn(real.parseToc) };
});
vi.mock('../server/src/parse/header', async (original) => {
  const real = await original<typeof import('../server/src/parse/header')>();
  return { ...real, parseHeader: vi.fn(real.parseHeader) };
});
vi.mock('../server/src/parse/furniture', async (original) => {
  const real = await original<typeof import('../server/src/parse/furniture')>();
  return { ...real, findFurniture: vi.fn(real.findFurniture) };
});

/** Seeds until the text has more lines than a dialect is chosen from, with a running footer on some lines. */
function longText(): string {
  let text = '';
  for (let n = 0; text.split('\n').length < DIALECT_LINES + 2000; n++) text += seedText(['000', '001', '002'][n % 3]) + '\nSide 3 af 9\n';
  return text;
}

function editLine(text: string, line: number, to: string): string {
  const lines = text.split('\n');
  lines[line] = to;
  return lines.join('\n');
}

describe('what an edit lends the next parse', () => {
  const before = longText();
  const old = parseReferat(before, {}, afterEdit());
  const lineCount = before.split('\n').length;

  it('keeps the dialect when the edit comes after the lines it was chosen from, and chooses again before them', () => {
    const late = editLine(before, DIALECT_LINES + 500, 'Afbud: Anna Hansen');
    vi.mocked(chooseDialect).mockClear();
    expect(parseReferat(late, {}, afterEdit(old, commonEnds(before, late)))).toEqual(parseReferat(late));
    // Once, for the whole parse the comparison made.
    expect(vi.mocked(chooseDialect)).toHaveBeenCalledTimes(1);
    const early = editLine(before, 20, 'Punkt 1: Ny sag');
    vi.mocked(chooseDialect).mockClear();
    expect(parseReferat(early, {}, afterEdit(old, commonEnds(before, early)))).toEqual(parseReferat(early));
    expect(vi.mocked(chooseDialect)).toHaveBeenCalledTimes(2);
  });

  it('judges again only the lines the edit touched for running headers, where each line is judged alone', () => {
    expect([...old.lines].filter((l) => l.furniture).length).toBeGreaterThan(3);
    const at = [...old.lines].findIndex((l, i) => i > lineCount / 2 && l.text.length > 40);
    // A footer typed into the middle of the text, and one taken out.
    const footer = [...old.lines].findIndex((l, i) => i > at && l.furniture);
    const lines = editLine(before, footer, 'Side fire').split('\n');
    lines.splice(at, 0, 'Side 4 af 9');
    const after = lines.join('\n');
    vi.mocked(findFurniture).mockClear();
    const next = parseReferat(after, {}, afterEdit(old, commonEnds(before, after)));
    const known = vi.mocked(findFurniture).mock.calls[0][4];
    expect(known).toMatchObject({ from: at - 1 });
    expect(known!.to - known!.from).toBeLessThan(footer - at + 4);
    expect(next).toEqual(parseReferat(after));
    expect(next.lines.at(at).furniture).toBe(true);
    expect(next.lines.at(footer + 1).furniture).toBeUndefined();
    // The footers after the edit moved down a line with the lines they are on.
    const last = old.lines.length - 1 - [...old.lines].reverse().findIndex((l) => l.furniture);
    expect(next.lines.at(last + 1).furniture).toBe(true);
  });

  it('keeps the TOC when the edit comes after it, and parses it again when the edit is in it', () => {
    const text = seedText('000');
    const first = parseReferat(text, {}, afterEdit());
    expect(first.toc!.entries.length).toBeGreaterThan(3);
    const tocEnd = first.toc!.range.end.line;
    const late = editLine(text, first.items[2].range.start.line + 2, 'Afbud: Anna Hansen');
    vi.mocked(parseToc).mockClear();
    const next = parseReferat(late, {}, afterEdit(first, commonEnds(text, late)));
    expect(vi.mocked(parseToc)).not.toHaveBeenCalled();
    expect(next).toEqual(parseReferat(late));
    // Linking the new model's TOC left the one kept for the next edit as it was parsed.
    const again = editLine(late, first.items[3].range.start.line + 2, 'Afbud: Bo Jensen');
    expect(parseReferat(again, {}, afterEdit(next, commonEnds(late, again)))).toEqual(parseReferat(again));
    const inToc = editLine(text, tocEnd, 'Et nyt punkt .......... 9');
    vi.mocked(parseToc).mockClear();
    const parsedAgain = parseReferat(inToc, {}, afterEdit(first, commonEnds(text, inToc)));
    expect(vi.mocked(parseToc)).toHaveBeenCalledTimes(1);
    expect(parsedAgain).toEqual(parseReferat(inToc));
  });

  it('keeps the header when the edit comes after it, and reads it again when the edit is in it', () => {
    const text = seedText('001');
    const first = parseReferat(text, {}, afterEdit());
    expect(first.header.meetingDate).toBeDefined();
    const late = editLine(text, first.items[1].range.start.line + 2, 'Afbud: Anna Hansen');
    vi.mocked(parseHeader).mockClear();
    const kept = parseReferat(late, {}, afterEdit(first, commonEnds(text, late)));
    expect(vi.mocked(parseHeader)).not.toHaveBeenCalled();
    expect(kept).toEqual(parseReferat(late));
    const dateLine = first.header.meetingDate!.range.start.line;
    const inHeader = editLine(text, dateLine, 'Mødedato: 5. marts 2024');
    vi.mocked(parseHeader).mockClear();
    const next = parseReferat(inHeader, {}, afterEdit(first, commonEnds(text, inHeader)));
    expect(vi.mocked(parseHeader)).toHaveBeenCalledTimes(1);
    expect(next).toEqual(parseReferat(inHeader));
    expect(next.header.meetingDate!.date).not.toEqual(first.header.meetingDate!.date);
  });

  it('parses a TOC that runs to the end of the text again when lines are added after it', () => {
    const text = 'Referat\n\nIndholdsfortegnelse\n\n1. Godkendelse af dagsorden .......... 2\n2. Meddelelser .......... 3';
    const first = parseReferat(text, {}, afterEdit());
    expect(first.toc!.entries).toHaveLength(2);
    const longer = `${text}\n3. Budget .......... 4`;
    const next = parseReferat(longer, {}, afterEdit(first, commonEnds(text, longer)));
    expect(next.toc!.entries).toHaveLength(3);
    expect(next).toEqual(parseReferat(longer));
  });
});
