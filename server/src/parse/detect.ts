// Whether a text is a referat: its first non-blank line starts with REFERAT.
// Shared by the extension (switching .txt files) and the CLI (directories).

const SCAN_LINES = 50;

export function looksLikeReferat(text: string): boolean {
  let start = 0;
  for (let n = 0; n < SCAN_LINES && start < text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/^[\s\uFEFF\f]+/, '');
    if (line !== '') return /^REFERAT(?:\s|:|$)/i.test(line);
    start = end + 1;
  }
  return false;
}
