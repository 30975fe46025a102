// A saved web page (or the HTML that mammoth makes of a Word file) as referat
// text, through a real HTML parser: headings and blocks on lines of their own,
// list items as `- ` lines (numbered ones with their numbers), data table rows as one line with the cells apart,
// layout tables as blocks; scripts, buttons, menus, dialogs and navigation dropped.
import { parse } from 'parse5';
import { formatListNumber, type NumberStyle } from './listNumbers';

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
  content?: Node;
}

const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video',
  'input', 'select', 'textarea', 'option', 'img', 'nav', 'map', 'colgroup', 'thead',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PARAGRAPHS = new Set(['p', 'blockquote', 'pre', 'figure', 'table', 'ul', 'ol', 'dl', 'hr']);
const BLOCKS = new Set([
  ...HEADINGS, ...PARAGRAPHS, 'address', 'article', 'aside', 'body', 'caption', 'dd', 'details', 'div', 'dt', 'fieldset',
  'figcaption', 'footer', 'form', 'header', 'html', 'li', 'main', 'section', 'summary', 'tbody', 'tfoot', 'tr', 'td', 'th',
]);
/** Roles of page chrome, not content. */
const CHROME_ROLES = new Set(['menu', 'menubar', 'navigation', 'toolbar', 'dialog', 'alertdialog', 'banner', 'search', 'button']);

function attr(node: Node, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

function hasHeading(node: Node): boolean {
  for (const child of node.childNodes ?? []) {
    if (child.tagName && (HEADINGS.has(child.tagName) || hasHeading(child))) return true;
  }
  return false;
}

/** Scripts, buttons, menus, dialogs, hidden parts; a button that holds a heading (a fold-out item title) is kept. */
function isDropped(node: Node): boolean {
  const tag = node.tagName!;
  if (DROPPED.has(tag)) return true;
  if (attr(node, 'hidden') !== undefined || attr(node, 'aria-hidden') === 'true') return true;
  const role = attr(node, 'role');
  const cls = ` ${attr(node, 'class') ?? ''} `;
  if (tag === 'button' || role === 'button') return !hasHeading(node);
  return (role !== undefined && CHROME_ROLES.has(role)) || / (?:modal|dropdown-menu|btn) /.test(cls);
}

const RICH = new Set([...HEADINGS, 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre']);

/**
 * A cell of a layout table: it holds headings, lists, tables or several
 * paragraphs. A cell with a line or two of text (a Word table's `<p>`) is data.
 */
function isRichCell(cell: Node): boolean {
  let paragraphs = 0;
  const visit = (node: Node): boolean => {
    for (const child of node.childNodes ?? []) {
      if (!child.tagName || isDropped(child)) continue;
      if (RICH.has(child.tagName)) return true;
      if (BLOCKS.has(child.tagName) && inlineText(child).trim() !== '' && ++paragraphs > 2) return true;
      if (visit(child)) return true;
    }
    return false;
  };
  return visit(cell);
}

class Writer {
  private readonly lines: string[] = [];
  private current = '';

  /** A list item's marker not yet written: it goes before the item's first text, even when that stands in a paragraph of its own (`<li><p>…`). */
  private pending: string | undefined;

  /** A tab is a gap (Word's tab stops: `1. Budget<TAB>3` in a table of contents), not a space. */
  constructor(readonly tabsAsGaps = false) {}

  /** Starts a list item: its marker waits for the item's first text. */
  item(marker: string): void {
    this.line();
    this.pending = marker;
  }

  /** Ends a list item; a marker with no text after it is dropped. */
  endItem(): void {
    this.pending = undefined;
    this.line();
  }

  text(s: string): void {
    if (s === '') return;
    if (this.pending !== undefined && /\S/.test(s)) {
      this.line();
      this.current = this.pending;
      this.pending = undefined;
    }
    if (this.current === '') s = s.replace(/^\s+/, '');
    else if (/\s$/.test(this.current)) {
      // A space then a tab (`Budget <TAB>3`) is still a gap.
      const gap = /^\s* {3}/.test(s) || / {3}$/.test(this.current);
      this.current = this.current.replace(/\s+$/, gap ? '   ' : ' ');
      s = s.replace(/^\s+/, '');
    }
    this.current += s;
  }

  /** Ends the current line, if it has text. */
  line(): void {
    const t = this.current.trim();
    if (t !== '') this.lines.push(t);
    this.current = '';
  }

  /** Ends the current line and leaves one blank line. */
  blank(): void {
    this.line();
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  /** A whole line of its own. */
  push(t: string): void {
    this.line();
    if (t.trim() !== '') this.lines.push(t.trim());
  }

  result(): string {
    this.line();
    while (this.lines.length > 0 && this.lines[this.lines.length - 1] === '') this.lines.pop();
    return this.lines.join('\n') + '\n';
  }
}

/** The inline text of a node, whitespace folded. */
function inlineText(node: Node): string {
  if (node.nodeName === '#text') return (node.value ?? '').replace(/\s+/g, ' ');
  if (!node.tagName || isDropped(node)) return '';
  if (node.tagName === 'br') return ' ';
  const inner = (node.childNodes ?? []).map(inlineText).join('');
  // Paragraphs inside a data cell are words apart, not glued.
  return BLOCKS.has(node.tagName) ? ` ${inner} ` : inner;
}

function walk(node: Node, out: Writer): void {
  if (node.nodeName === '#text') {
    const value = node.value ?? '';
    out.text(out.tabsAsGaps && value.includes('\t') ? value.replace(/[^\S\t]+/g, ' ').replace(/ ?\t[\s]*/g, '   ') : value.replace(/\s+/g, ' '));
    return;
  }
  const tag = node.tagName;
  if (!tag) {
    for (const child of node.childNodes ?? []) walk(child, out);
    return;
  }
  if (isDropped(node)) return;
  if (tag === 'br') return out.line();
  if (tag === 'tr') return row(node, out);
  if (tag === 'li') return listItem(node, out, '- ');
  if (tag === 'ol') {
    // Numbered as a browser shows it (`start`, `type`, an item's own `value`): `49. Godkendelse af dagsorden`.
    out.blank();
    let n = Number.parseInt(attr(node, 'start') ?? '1', 10);
    if (!Number.isFinite(n)) n = 1;
    const type = attr(node, 'type') ?? '1';
    for (const child of node.childNodes ?? []) {
      if (child.tagName === 'li' && !isDropped(child)) {
        const value = Number.parseInt(attr(child, 'value') ?? '', 10);
        if (Number.isFinite(value)) n = value;
        listItem(child, out, `${formatListNumber(n, OL_TYPES[type] ?? 'decimal')}. `);
        n++;
      } else {
        walk(child, out);
      }
    }
    return out.blank();
  }
  const heading = HEADINGS.has(tag);
  const paragraph = PARAGRAPHS.has(tag);
  if (heading || paragraph) out.blank();
  else if (BLOCKS.has(tag)) out.line();
  for (const child of node.childNodes ?? []) walk(child, out);
  // An empty heading still marks where one untitled block ends and the next begins.
  if (heading || paragraph) out.blank();
  else if (BLOCKS.has(tag)) out.line();
}

/** A list item, its marker (`- `, `3. `) before its first text. */
function listItem(node: Node, out: Writer, marker: string): void {
  out.item(marker);
  for (const child of node.childNodes ?? []) walk(child, out);
  out.endItem();
}

/** An `<ol>` list's `type` as a number style. */
const OL_TYPES: Record<string, NumberStyle> = { '1': 'decimal', a: 'lowerLetter', A: 'upperLetter', i: 'lowerRoman', I: 'upperRoman' };

/** A data row is one line, its cells three spaces apart; a row of blocks (a layout table) is read as blocks. */
function row(node: Node, out: Writer): void {
  const cells = (node.childNodes ?? []).filter((c) => c.tagName === 'td' || c.tagName === 'th');
  if (cells.some(isRichCell)) {
    for (const cell of cells) walk(cell, out);
    return out.line();
  }
  const texts = cells.map((c) => inlineText(c).replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
  out.push(texts.join('   '));
}

export function htmlToText(html: string, options: { tabsAsGaps?: boolean } = {}): string {
  const document = parse(html) as unknown as Node;
  const out = new Writer(options.tabsAsGaps);
  walk(document, out);
  return out.result();
}
