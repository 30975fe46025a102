import { dialectById, GENERIC } from '../dialects/index';
import { range } from '../text/lines';
import type { Rule } from './types';
import { text } from './util';

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
    return [{
      range: range(first.index, first.start, first.index, Math.max(first.start, first.end)),
      message: text(
        `Ingen punkter fundet, så referatet kan ikke tjekkes. Der blev ledt efter punktlinjer som ${forms} (↵ er et linjeskift; læst som ${dialect.name}).`,
        `No items found, so the referat cannot be checked. Looked for item lines like ${forms} (↵ is a line break; read as ${dialect.id}).`,
      ),
    }];
  },
};
