import { range } from '../text/lines';
import { findLostLetters, findMojibake, lostLetterIndex } from '../text/mojibake';
import type { Edit, Finding, Fix, Rule } from './types';
import { quote, text } from './util';

/** What each kind of damage starts with: `Â`, `Ã` or `â` of UTF-8 read as Latin-1, and the lost letter. */
const DAMAGE_STARTS = ['\u00c2', '\u00c3', '\u00e2', '\ufffd'];
const DAMAGE = new RegExp(`[${DAMAGE_STARTS.join('')}]`);

/** At most this many examples in one message. */
const EXAMPLES = 3;

function examples(pairs: Array<[string, string]>): string {
  return pairs.slice(0, EXAMPLES).map(([bad, good]) => `${quote(bad)} → ${quote(good)}`).join(', ');
}

function lostMessage(known: Array<[string, string]>, unknown: string[]) {
  const shown = [...known.slice(0, EXAMPLES).map(([bad, good]) => `${quote(bad)} → ${quote(good)}`), ...unknown.slice(0, EXAMPLES).map((w) => quote(w))].join(', ');
  if (unknown.length === 0) {
    return text(
      `Bogstaver er gået tabt (�), da filen blev læst med forkert tegnsæt: ${shown}.`,
      `Letters were lost (�) when the file was read in the wrong encoding: ${shown}.`,
    );
  }
  return text(
    `Bogstaver er gået tabt (�), da filen blev læst med forkert tegnsæt: ${shown}. Åbn filen igen med tegnsættet Windows-1252 (Latin-1), eller ret ordene.`,
    `Letters were lost (�) when the file was read in the wrong encoding: ${shown}. Reopen the file with the Windows-1252 (Latin-1) encoding, or correct the words.`,
  );
}

/**
 * Text read in the wrong encoding: UTF-8 shown as Latin-1 (`MÃ¸dedato`), or
 * letters lost as U+FFFD (`M�dedato`). One finding per line; the document-wide
 * repair is built once and shared by every finding, so fixing all is one edit
 * set, not one re-check per line.
 */
export const encoding: Rule = {
  code: 'encoding',
  defaultSeverity: 'warning',
  whenUnreadable: true,
  description: text('Tekst læst med forkert tegnsæt (Ã¸ eller � for æ, ø, å)', 'Text read in the wrong encoding (Ã¸ or � for æ, ø, å)'),
  check({ doc }) {
    const out: Finding[] = [];
    const everywhere: Edit[] = [];
    let index: Map<string, string | null> | undefined;
    // Most texts have no damage at all: a search of the whole text for each first character (quicker than a pattern), not one per line.
    if (!DAMAGE_STARTS.some((c) => doc.source.indexOf(c) >= 0)) return out;
    for (let l = 0; l < doc.lines.length; l++) {
      const raw = doc.lines.raw(l);
      // One scan for both kinds of damage: most lines have neither.
      if (!DAMAGE.test(raw)) continue;
      const bad = findMojibake(raw);
      if (bad.length > 0) {
        const edits = bad.map((b) => ({ range: range(l, b.start, l, b.end), newText: b.repaired }));
        everywhere.push(...edits);
        out.push({
          range: range(l, bad[0].start, l, bad[bad.length - 1].end),
          message: text(
            `Teksten er UTF-8 læst som Latin-1/Windows-1252: ${examples(bad.map((b) => [raw.slice(b.start, b.end), b.repaired]))}.`,
            `The text is UTF-8 read as Latin-1/Windows-1252: ${examples(bad.map((b) => [raw.slice(b.start, b.end), b.repaired]))}.`,
          ),
          fixes: [{ title: text('Ret tegnene på linjen', 'Repair the characters on this line'), edits, safe: false, preferred: true }],
        });
        continue;
      }
      if (!raw.includes('\uFFFD')) continue;
      index ??= lostLetterIndex(Array.from({ length: doc.lines.length }, (_, i) => doc.lines.raw(i)));
      const lost = findLostLetters(raw, index);
      if (lost.length === 0) continue;
      const known = lost.filter((l) => l.guess !== undefined);
      const edits = known.map((lt) => ({ range: range(l, lt.start, l, lt.end), newText: lt.guess! }));
      everywhere.push(...edits);
      const fixes: Fix[] = edits.length > 0
        ? [{ title: text(`Ret til ${known.map((k) => quote(k.guess!)).join(', ')}`, `Change to ${known.map((k) => quote(k.guess!)).join(', ')}`), edits, safe: false, preferred: true }]
        : [];
      out.push({
        range: range(l, lost[0].start, l, lost[lost.length - 1].end),
        message: lostMessage(known.map((k) => [raw.slice(k.start, k.end), k.guess!]), lost.filter((l) => l.guess === undefined).map((l) => raw.slice(l.start, l.end))),
        fixes,
      });
    }
    // The whole document's repair, offered (and used by fix all) from every finding.
    if (everywhere.length > 0) {
      const all: Fix = { title: text(`Ret tegnsættet i hele dokumentet (${everywhere.length} steder)`, `Repair the encoding in the whole document (${everywhere.length} places)`), edits: everywhere, safe: true };
      for (const f of out) if (f.fixes && f.fixes.length > 0) f.fixes.push(all);
    }
    return out;
  },
};
