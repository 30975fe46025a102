import { range } from '../text/lines';
import type { ReferatDocument } from '../model/types';
import type { Finding, Rule } from './types';
import { tocLines } from './tocText';
import { endOfLine, punktLine, text } from './util';

export const missingToc: Rule = {
  code: 'missing-toc',
  defaultSeverity: 'warning',
  description: text('Punkter, men ingen eller en tom indholdsfortegnelse', 'Items but no table of contents, or an empty one'),
  check({ doc }) {
    // A web page is not asked for a table of contents: its system prints none, or its links are lost in the text.
    if (doc.items.length === 0 || doc.webPage) return [];
    // A heading with no entry under it: one finding, not one per item.
    if (doc.toc) return doc.toc.entries.length === 0 ? emptyToc(doc) : [];
    // An unknown system's text without pages (a web page, a Word file) gives no sign that its system prints a TOC.
    if (doc.dialect.id === 'generic' && !doc.hasFormFeeds) return [];
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

function emptyToc(doc: ReferatDocument): Finding[] {
  const heading = doc.toc!.headingRange;
  const eol = doc.eol;
  const n = doc.items.length;
  return [{
    range: heading,
    message: text(
      `Indholdsfortegnelsen er tom, men referatet har ${n} ${n === 1 ? 'punkt' : 'punkter'}.`,
      `The table of contents is empty, but the referat has ${n} ${n === 1 ? 'item' : 'items'}.`,
    ),
    fixes: [{
      title: text('Udfyld indholdsfortegnelsen ud fra punkterne', 'Fill the table of contents from the items'),
      edits: [{ range: endOfLine(doc, heading.end.line), newText: `${eol}${eol}${tocLines(doc).join(eol)}` }],
      safe: true,
      preferred: true,
    }],
  }];
}
