import { foldText } from '../text/normalize';
import { formatNumericDate } from '../parse/dates';
import type { Section } from '../model/types';
import type { Finding, Rule } from './types';
import { quote, text } from './util';

export const duplicateSection: Rule = {
  code: 'duplicate-section',
  defaultSeverity: 'information',
  description: text('Den samme sektion to gange i et punkt', 'The same section twice in one item'),
  check({ doc }) {
    const out: Finding[] = [];
    for (const item of doc.items) {
      const seen = new Map<string, Section>();
      // Each committee's decision on a shared item is its own section.
      const keys = new Map<Section, string>();
      for (const d of item.decisions) keys.set(d.section, `beslutning|${foldText(d.committee ?? '')}|${d.date ? formatNumericDate(d.date) : ''}`);
      for (const section of item.sections) {
        const key = keys.get(section) ?? foldText(section.canonical);
        const first = seen.get(key);
        if (!first) {
          seen.set(key, section);
          continue;
        }
        out.push({
          range: section.headingRange,
          message: text(
            `Punkt ${item.number} har allerede en sektion ${quote(first.name)}.`,
            `Item ${item.number} already has a section ${quote(first.name)}.`,
          ),
          related: [{ range: first.headingRange, message: text('Første forekomst', 'First occurrence') }],
        });
      }
    }
    return out;
  },
};
