import { dialectById, GENERIC } from '../dialects/index';
import { range } from '../text/lines';
import type { ReferatDocument } from '../model/types';
import type { Rule } from './types';
import { text } from './util';

/** Longer than an item line with its title: a line this long that holds items holds the text after them too. */
const LONG_LINE = 200;
/** `41. Til efterretning`, `Punkt 3`, `Sag nr. 12` inside a line, after a blank. */
const ITEM_INSIDE = /(?:^|\s)(?:(\d{1,4})\.\s{1,3}\p{Lu}|(?:[Pp]unkt|[Pp]kt\.|[Ss]ag\s+nr\.)\s{0,2}(\d{1,4})\b)/gu;

/** The first long line that holds two items in a row (`41. …` and later `42. …`) run together with their text, or undefined. */
function runTogether(lines: ReferatDocument['lines']): number | undefined {
  for (let i = 0; i < lines.length; i++) {
    const t = lines.text(i);
    if (t.length <= LONG_LINE) continue;
    ITEM_INSIDE.lastIndex = 0;
    const seen = new Set<number>();
    for (let m = ITEM_INSIDE.exec(t); m; m = ITEM_INSIDE.exec(t)) {
      const n = Number(m[1] ?? m[2]);
      if (seen.has(n - 1)) return i;
      seen.add(n);
    }
  }
  return undefined;
}

/** Never silence: a document with no items says so, and what was looked for. */
export const unreadableStructure: Rule = {
  code: 'unreadable-structure',
  defaultSeverity: 'warning',
  whenUnreadable: true,
  description: text('Referatet kan ikke læses: ingen punkter fundet', 'The referat cannot be read: no items found'),
  check({ doc }) {
    if (doc.items.length > 0) return [];
    // An empty new file has nothing to read yet.
    const firstLine = doc.lines.firstNonBlank();
    if (firstLine < 0) return [];
    const first = doc.lines.at(firstLine);
    const dialect = dialectById(doc.dialect.id) ?? GENERIC;
    const forms = [...new Set([...dialect.itemExamples, ...GENERIC.itemExamples])].map((f) => `»${f}«`).join(', ');
    const headings = doc.headingsWithoutItems ?? [];
    if (headings.length > 0) {
      // Sections without an item line: say what was seen, and what would make it readable.
      const seen = (word: string) => headings.map((l) => `»${doc.lines.text(l)}« (${word} ${l + 1})`).join(', ');
      return [{
        range: range(first.index, first.start, first.index, Math.max(first.start, first.end)),
        message: text(
          `Ingen punktlinje fundet, men teksten har sektioner: ${seen('linje')}. Er det ét punkts egen webside? Skriv punktets titel på en linje for sig over dets sektioner, gerne med nummer (fx »1. <titel>«), så kan det tjekkes. Der blev ledt efter punktlinjer som ${forms} (↵ er et linjeskift; læst som ${dialect.name}).`,
          `No item line found, but the text has sections: ${seen('line')}. Is it one item's own web page? Write the item's title on a line of its own above its sections, with its number if you can (e.g. "1. <title>"), so it can be checked. Looked for item lines like ${forms} (↵ is a line break; read as ${dialect.id}).`,
        ),
      }];
    }
    const joined = runTogether(doc.lines);
    if (joined !== undefined) {
      // The items are there, but on one line with the rest: the conversion lost the line breaks.
      const at = doc.lines.at(joined);
      const size = at.text.length.toLocaleString('da-DK');
      return [{
        range: range(at.index, at.start, at.index, Math.max(at.start, Math.min(at.end, at.start + 80))),
        message: text(
          `Ingen punkter fundet: linje ${joined + 1} er ${size} tegn lang og rummer flere punkter, så linjeskiftene er gået tabt (ofte ved en konvertering fra PDF). Konvertér filen igen, fx med »referat import« eller »pdftotext -layout«, så hvert punkt står på sin egen linje.`,
          `No items found: line ${joined + 1} is ${at.text.length} characters long and holds several items, so the line breaks were lost (often in a conversion from PDF). Convert the file again, e.g. with "referat import" or "pdftotext -layout", so each item stands on a line of its own.`,
        ),
      }];
    }
    return [{
      range: range(first.index, first.start, first.index, Math.max(first.start, first.end)),
      message: text(
        `Ingen punkter fundet, så referatet kan ikke tjekkes. Der blev ledt efter punktlinjer som ${forms} (↵ er et linjeskift; læst som ${dialect.name}).`,
        `No items found, so the referat cannot be checked. Looked for item lines like ${forms} (↵ is a line break; read as ${dialect.id}).`,
      ),
    }];
  },
};
