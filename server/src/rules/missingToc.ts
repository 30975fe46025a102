import { range } from '../text/lines';
import { dialectById } from '../dialects/index';
import type { Rule } from './types';
import { tocLines } from './tocText';
import { punktLine, text } from './util';

export const missingToc: Rule = {
  code: 'missing-toc',
  defaultSeverity: 'warning',
  description: text('Punkter, men ingen indholdsfortegnelse', 'Items but no table of contents'),
  check({ doc }) {
    // A system that prints no table of contents (a web page) is not asked for one.
    if (doc.toc || doc.items.length === 0 || dialectById(doc.dialect.id)?.hasToc === false) return [];
    const first = doc.items[0];
    const at = first.headingRange.start.line;
    const eol = doc.eol;
    return [{
      range: punktLine(doc, first),
      message: text('Referatet har punkter, men ingen indholdsfortegnelse.', 'The referat has items but no table of contents (Indholdsfortegnelse).'),
      fixes: [{
        title: text('Indsæt en indholdsfortegnelse ud fra punkterne', 'Insert a table of contents built from the items'),
        edits: [{ range: range(at, 0, at, 0), newText: `Indholdsfortegnelse${eol}${eol}${tocLines(doc).join(eol)}${eol}${eol}` }],
        safe: true,
        preferred: true,
      }],
    }];
  },
};
