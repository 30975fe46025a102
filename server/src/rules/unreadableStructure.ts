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
    return [{
      range: range(first.index, first.start, first.index, Math.max(first.start, first.end)),
      message: text(
        `Ingen punkter fundet, så referatet kan ikke tjekkes. Der blev ledt efter punktlinjer som ${forms} (↵ er et linjeskift; læst som ${dialect.name}).`,
        `No items found, so the referat cannot be checked. Looked for item lines like ${forms} (↵ is a line break; read as ${dialect.id}).`,
      ),
    }];
  },
};
