// Fixes rewrite only what they mean to: a TOC rebuild rewrites entry lines,
// and keeps page footers, form feeds and entries that name no item.
import { describe, expect, it } from 'vitest';
import { parseReferat } from '../server/src/parse/parser';
import { runRules } from '../server/src/rules/index';
import { applyEdits, fixAll } from '../server/src/rules/apply';
import { rebuildTocFix } from '../server/src/rules/tocText';
import { DEFAULT_CONFIG } from '../server/src/config/types';

const text = [
  'REFERAT Økonomiudvalget d. 04-03-2025', '', 'Mødedato Tirsdag d. 4. marts 2025 kl. 15:00', '', 'Mødested Byrådssalen', '',
  'Mødedeltagere Anna Hansen, Bo Jensen', '', 'Indholdsfortegnelse', '',
  'Budget\t2', 'Anlæg\t1', 'Side 1 af 3', 'Bilag (se separat fil).....\t3', '',
  '\fPunkt 1: Anlæg', '', 'Beslutning', '', 'Godkendt.', '', '\fPunkt 2: Budget', '', 'Beslutning', '', 'Godkendt.', '',
].join('\n');

describe('the TOC rebuild', () => {
  it('reorders the entries and keeps the footer and the entry that names no item (fix all)', () => {
    const before = runRules(parseReferat(text), DEFAULT_CONFIG).map((d) => d.code);
    expect(before).toContain('toc-order');
    const { text: fixed } = fixAll(text, DEFAULT_CONFIG);
    const lines = fixed.split('\n');
    const at = lines.indexOf('Indholdsfortegnelse');
    // The pages follow the form feeds: Anlæg starts on page 2, Budget on page 3.
    expect(lines.slice(at + 2, at + 6)).toEqual(['Anlæg\t2', 'Budget\t3', 'Side 1 af 3', 'Bilag (se separat fil).....\t3']);
    // Nothing outside the TOC changed.
    expect(lines.slice(at + 6).join('\n')).toBe(text.split('\n').slice(at + 6).join('\n'));
  });
  it('removes an entry that names no item only when asked to (the update command)', () => {
    const doc = parseReferat(text);
    const keep = applyEdits(text, rebuildTocFix(doc)!.edits);
    expect(keep).toContain('Bilag (se separat fil)');
    const drop = applyEdits(text, rebuildTocFix(doc, { dropOrphans: true })!.edits);
    expect(drop).not.toContain('Bilag (se separat fil)');
    expect(drop).toContain('Side 1 af 3');
  });
  it('is computed once per document, however many findings offer it', () => {
    const doc = parseReferat(text);
    expect(rebuildTocFix(doc)).toBe(rebuildTocFix(doc));
  });
});
