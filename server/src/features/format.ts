// Format Document: whitespace only, never a word. Blank lines around item and
// section headings, the TOC's leader and separator as most of its entries
// write them, and no trailing spaces. The edits are minimal and do not overlap.
import type { Edit } from '../rules/types';
import type { ReferatDocument } from '../model/types';
import type { Lines } from '../text/lines';

/** A leader and separator made only of these is the TOC's: `.....\t`, ` …… `, `\t`. */
const LEADER_ONLY = /^[ \t.…_·]+$/;

/** Where a line's trailing spaces and tabs begin (form feeds are page breaks and stay). */
function trailingFrom(raw: string): number {
  let end = raw.length;
  while (end > 0 && (raw.charCodeAt(end - 1) === 0x20 || raw.charCodeAt(end - 1) === 0x09)) end--;
  return end;
}

const blank = (lines: Lines, i: number) => !lines.has(i) || lines.text(i) === '';

export function formatEdits(doc: ReferatDocument): Edit[] {
  const { lines, eol } = doc;
  // Gaps that need a blank line, by the line they follow.
  const gaps = new Set<number>();
  const around = (first: number, last: number) => {
    if (first > 0 && !blank(lines, first - 1) && !blank(lines, first)) gaps.add(first - 1);
    if (last + 1 < lines.length && !blank(lines, last) && !blank(lines, last + 1)) gaps.add(last);
  };
  for (const item of doc.items) {
    around(item.headingRange.start.line, item.headingRange.end.line);
    for (const s of item.sections) {
      if (s.implicit) continue;
      // A heading that shares its line with text (`Beslutning: Godkendt.`) is left as written.
      if (s.headingRange.end.line === s.headingRange.start.line && lines.end(s.headingRange.start.line) > s.headingRange.end.character + 1) continue;
      around(s.headingRange.start.line, s.headingRange.end.line);
    }
  }
  const leaders = new Map<number, { from: number; to: number }>();
  const common = tocLeader(doc, leaders);
  const edits: Edit[] = [];
  for (let l = 0; l < lines.length; l++) {
    const raw = lines.raw(l);
    const leader = leaders.get(l);
    if (common !== undefined && leader && raw.slice(leader.from, leader.to) !== common) {
      edits.push({ range: { start: { line: l, character: leader.from }, end: { line: l, character: leader.to } }, newText: common });
    }
    const from = trailingFrom(raw);
    const add = gaps.has(l) ? eol : '';
    if (from < raw.length || add) {
      edits.push({ range: { start: { line: l, character: from }, end: { line: l, character: raw.length } }, newText: add });
    }
  }
  return edits;
}

/** The leader most TOC entries write between title and page, and where each entry's is. */
function tocLeader(doc: ReferatDocument, out: Map<number, { from: number; to: number }>): string | undefined {
  const counts = new Map<string, number>();
  for (const e of doc.toc?.entries ?? []) {
    if (e.fused || e.pageRanges.length !== 1) continue;
    const line = e.titleRange.end.line;
    if (e.pageRanges[0].start.line !== line) continue;
    const from = e.titleRange.end.character;
    const to = e.pageRanges[0].start.character;
    const written = doc.lines.raw(line).slice(from, to);
    if (!LEADER_ONLY.test(written)) continue;
    out.set(line, { from, to });
    counts.set(written, (counts.get(written) ?? 0) + 1);
  }
  let best: string | undefined;
  let most = 0;
  for (const [written, n] of counts) if (n > most) [best, most] = [written, n];
  // A TOC with no form most of its entries share is left alone.
  return most * 2 > out.size ? best : undefined;
}
