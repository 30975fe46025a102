// Word's automatic numbering as text. Minutes written in Word number their
// items with a numbered list or numbered headings (`1. Godkendelse af
// dagsorden`); the number is not in the text but computed by Word from
// numbering.xml, and mammoth drops it. This writes each numbered paragraph's
// number into the paragraph, as Word shows it, before mammoth reads the file.
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { formatListNumber, type NumberStyle } from './listNumbers';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  /** The paragraph style this level numbers (`Heading1` for level 0 of a heading list). */
  style?: string;
}

interface Num {
  abstractId: string;
  /** `startOverride` per level: the instance restarts there. */
  overrides: Map<number, number>;
}

/** The minimal DOM this file touches (xmldom's types). */
type El = Element;

/** A part that is not well-formed XML stops the numbering (quietly: the file's text is still read). */
function parseXml(xml: string): Document {
  const fail = (message: string) => {
    throw new Error(message);
  };
  return new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(xml, 'text/xml');
}

function child(el: El | null | undefined, name: string): El | undefined {
  if (!el) return undefined;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as El).nodeName === name) return n as El;
  return undefined;
}

function children(el: El, name: string): El[] {
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as El).nodeName === name) out.push(n as El);
  return out;
}

function val(el: El | undefined): string | undefined {
  const v = el?.getAttribute('w:val');
  return v === null ? undefined : v;
}

function int(v: string | undefined, fallback: number): number {
  const n = v === undefined ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : fallback;
}

/** Numbering definitions: abstract lists with their levels, and the list instances that use them. */
function readNumbering(xml: string): { abstracts: Map<string, Map<number, Level>>; links: Map<string, string>; nums: Map<string, Num> } {
  const root = parseXml(xml).documentElement;
  const abstracts = new Map<string, Map<number, Level>>();
  const links = new Map<string, string>();
  const nums = new Map<string, Num>();
  if (!root) return { abstracts, links, nums };
  for (const a of children(root, 'w:abstractNum')) {
    const id = a.getAttribute('w:abstractNumId') ?? '';
    const levels = new Map<number, Level>();
    for (const l of children(a, 'w:lvl')) {
      const style = val(child(l, 'w:pStyle'));
      levels.set(int(l.getAttribute('w:ilvl') ?? undefined, 0), {
        start: int(val(child(l, 'w:start')), 1),
        format: val(child(l, 'w:numFmt')) ?? 'decimal',
        text: val(child(l, 'w:lvlText')) ?? '',
        suffix: val(child(l, 'w:suff')) ?? 'tab',
        ...(style ? { style } : {}),
      });
    }
    abstracts.set(id, levels);
    const link = val(child(a, 'w:numStyleLink'));
    if (link) links.set(id, link);
  }
  for (const n of children(root, 'w:num')) {
    const overrides = new Map<number, number>();
    for (const o of children(n, 'w:lvlOverride')) {
      const start = val(child(o, 'w:startOverride'));
      if (start !== undefined) overrides.set(int(o.getAttribute('w:ilvl') ?? undefined, 0), int(start, 1));
    }
    nums.set(n.getAttribute('w:numId') ?? '', { abstractId: val(child(n, 'w:abstractNumId')) ?? '', overrides });
  }
  return { abstracts, links, nums };
}

/** Paragraph styles that carry a list (`Heading 1` numbered through its style), following `basedOn`. */
function readStyleNumbers(xml: string | undefined): Map<string, { numId?: string; ilvl?: number; basedOn?: string }> {
  const out = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  if (!xml) return out;
  const root = parseXml(xml).documentElement;
  if (!root) return out;
  for (const s of children(root, 'w:style')) {
    const id = s.getAttribute('w:styleId');
    if (!id) continue;
    const numPr = child(child(s, 'w:pPr'), 'w:numPr');
    const numId = val(child(numPr, 'w:numId'));
    const ilvl = val(child(numPr, 'w:ilvl'));
    const basedOn = val(child(s, 'w:basedOn'));
    out.set(id, {
      ...(numId !== undefined ? { numId } : {}),
      ...(ilvl !== undefined ? { ilvl: int(ilvl, 0) } : {}),
      ...(basedOn ? { basedOn } : {}),
    });
  }
  return out;
}

const STYLES = new Set<string>(['decimal', 'decimalZero', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman']);

/** A counter in a level's format, or undefined for a format shown as no number (bullets, pictures). */
function formatNumber(n: number, format: string): string | undefined {
  if (format === 'bullet' || format === 'none') return undefined;
  // Other formats (`ordinal`, `cardinalText`, Asian numerals) as digits.
  return formatListNumber(n, STYLES.has(format) ? (format as NumberStyle) : 'decimal');
}

function hasText(p: El): boolean {
  const texts = p.getElementsByTagName('w:t');
  for (let i = 0; i < texts.length; i++) if ((texts[i].textContent ?? '').trim() !== '') return true;
  return false;
}

/**
 * The .docx with each numbered paragraph's number (`1.`, `a)`, `2.1`) written
 * at its start and its list reference removed, so mammoth reads it as the
 * text Word shows. Bullets stay lists. A file whose parts cannot be read is
 * returned as it is: its text is still read, without the numbers.
 */
export async function withListNumbers(data: Uint8Array): Promise<Uint8Array> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return data;
  }
  const numberingFile = zip.file('word/numbering.xml');
  const documentFile = zip.file('word/document.xml');
  if (!numberingFile || !documentFile) return data;
  try {
    const { abstracts, links, nums } = readNumbering(await numberingFile.async('string'));
    const styles = readStyleNumbers(await zip.file('word/styles.xml')?.async('string'));
    const doc = parseXml(await documentFile.async('string'));
    // A list defined through a numbering style (`numStyleLink`) counts as the list that style points to.
    const abstractOf = (num: Num): string => {
      const link = links.get(num.abstractId);
      const target = link ? styles.get(link)?.numId : undefined;
      return target !== undefined && nums.has(target) ? nums.get(target)!.abstractId : num.abstractId;
    };
    // Counters run per abstract list: Word continues a list across its instances unless one restarts it.
    const counters = new Map<string, Array<number | undefined>>();
    const started = new Set<string>();
    // Taken out of the live list first: the loop changes the document, and the list would be walked again on every look.
    const live = doc.getElementsByTagName('w:p');
    const paragraphs: El[] = [];
    for (let i = 0; i < live.length; i++) paragraphs.push(live[i]);
    let changed = false;
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      const pPr = child(p, 'w:pPr');
      const own = child(pPr, 'w:numPr');
      const ref = listOf(pPr, own, styles);
      if (!ref) continue;
      const { numId } = ref;
      const num = nums.get(numId);
      if (!num) continue;
      const abstractId = abstractOf(num);
      const levels = abstracts.get(abstractId);
      if (!levels) continue;
      // A style numbered without a level takes the level that names the style.
      const styleId = val(child(pPr, 'w:pStyle'));
      let ilvl = ref.ilvl ?? 0;
      if (ref.ilvl === undefined && styleId) for (const [k, l] of levels) if (l.style === styleId) ilvl = k;
      const level = levels.get(ilvl);
      if (!level) continue;
      let count = counters.get(abstractId);
      if (!count) counters.set(abstractId, (count = []));
      if (!started.has(numId)) {
        started.add(numId);
        for (const [l, start] of num.overrides) {
          count[l] = start - 1;
          for (let d = l + 1; d < 9; d++) count[d] = undefined;
        }
      }
      count[ilvl] = (count[ilvl] ?? level.start - 1) + 1;
      for (let d = ilvl + 1; d < count.length; d++) count[d] = undefined;
      // A bullet stays a list item.
      const label = labelOf(level, levels, count);
      if (label === undefined) continue;
      // The list no longer numbers this paragraph: its number is in the text.
      const pr = pPr ?? p.insertBefore(doc.createElementNS(W, 'w:pPr'), p.firstChild);
      const numPr = own ?? pr.appendChild(doc.createElementNS(W, 'w:numPr'));
      while (numPr.firstChild) numPr.removeChild(numPr.firstChild);
      const zero = doc.createElementNS(W, 'w:numId');
      zero.setAttribute('w:val', '0');
      numPr.appendChild(zero);
      changed = true;
      // An empty numbered paragraph shows a lone number, which is no content.
      if (!hasText(p)) continue;
      const run = doc.createElementNS(W, 'w:r');
      const t = doc.createElementNS(W, 'w:t');
      t.setAttribute('xml:space', 'preserve');
      t.appendChild(doc.createTextNode(level.suffix === 'nothing' ? label : `${label} `));
      run.appendChild(t);
      p.insertBefore(run, pr.nextSibling);
    }
    if (!changed) return data;
    zip.file('word/document.xml', new XMLSerializer().serializeToString(doc));
    return await zip.generateAsync({ type: 'uint8array' });
  } catch {
    return data;
  }
}

/** The list instance and level a paragraph is numbered by: its own `numPr`, or its style's (or a style it is based on); `numId` 0 is none. */
function listOf(pPr: El | undefined, own: El | undefined, styles: ReturnType<typeof readStyleNumbers>): { numId: string; ilvl?: number } | undefined {
  let numId = val(child(own, 'w:numId'));
  let ilvl = own ? int(val(child(own, 'w:ilvl')), 0) : undefined;
  let style = numId === undefined ? val(child(pPr, 'w:pStyle')) : undefined;
  for (let depth = 0; style && depth < 10 && numId === undefined; depth++) {
    const s = styles.get(style);
    numId = s?.numId;
    ilvl ??= s?.ilvl;
    style = s?.basedOn;
  }
  return numId === undefined || numId === '0' ? undefined : { numId, ...(ilvl !== undefined ? { ilvl } : {}) };
}

/** `%1.%2.` with each level's counter in its format; undefined for a bullet or a level shown as nothing. */
function labelOf(level: Level, levels: Map<number, Level>, count: Array<number | undefined>): string | undefined {
  if (level.format === 'bullet' || level.format === 'none') return undefined;
  let missing = false;
  const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
    const l = Number(d) - 1;
    const at = levels.get(l);
    const n = count[l] ?? at?.start ?? 1;
    const text = formatNumber(n, at?.format ?? 'decimal');
    if (text === undefined) missing = true;
    return text ?? '';
  }).trim();
  return missing || label === '' ? undefined : label;
}
