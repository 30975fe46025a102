// Inline markers turn rules off for the file, the next item or the next line,
// in the rules (so in the editor and the CLI alike); the marker line is read
// as blank, so it never becomes part of the text around it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReferat } from '../server/src/parse/parser';
import { runRules } from '../server/src/rules/index';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import { ROOT, seedText } from './helpers';
import { ReferatService } from '../server/src/service';
import { notCancelled } from '../server/src/features/cancellation';
import { applyEdits } from '../server/src/rules/apply';

/** The 1-based line of the last `Punkt N:` heading above 0-based line `below`. */
const headingAbove = (text: string, below: number) => {
  const lines = text.split('\n');
  for (let n = below - 1; n >= 0; n--) if (/^Punkt \d+:/.test(lines[n])) return n + 1;
  throw new Error('no heading');
};
const codes = (text: string) => runRules(parseReferat(text), DEFAULT_CONFIG).map((d) => `${d.range.start.line + 1} ${d.code}`);
/** The text with `marker` as a line of its own before line `before` (1-based). */
const insert = (text: string, before: number, marker: string) => {
  const lines = text.split('\n');
  lines.splice(before - 1, 0, marker);
  return lines.join('\n');
};

describe('inline suppression', () => {
  const s001 = seedText('001');
  const s002 = seedText('002');
  it('next-line turns the named rules off on the next non-blank line only', () => {
    expect(codes(s001)).toEqual(['14 toc-merged-line', '14 toc-title-mismatch']);
    const marked = insert(s001, 14, '<!-- referat-disable-next-line toc-merged-line -->');
    expect(codes(marked)).toEqual(['15 toc-title-mismatch']);
    expect(codes(insert(s001, 14, '<!-- referat-disable-next-line -->'))).toEqual([]);
    // A marker two lines above a blank line still reaches the next line with text.
    expect(codes(insert(insert(s001, 14, ''), 14, '<!-- referat-disable-next-line toc-title-mismatch -->'))).toEqual(['16 toc-merged-line']);
  });
  it('next-item covers the next item from its heading to the item after it, and no other', () => {
    expect(codes(s002)).toEqual(['319 empty-beslutning']);
    const heading = headingAbove(s002, 318);
    expect(codes(insert(s002, heading, '<!-- referat-disable-next-item empty-beslutning -->'))).toEqual([]);
    // Placed before the item before, it covers that one only.
    const before = headingAbove(s002, heading - 1);
    expect(codes(insert(s002, before, '<!-- referat-disable-next-item empty-beslutning -->'))).toEqual(['320 empty-beslutning']);
    // Another rule named: the finding stays.
    expect(codes(insert(s002, heading, '<!-- referat-disable-next-item toc-order -->'))).toEqual(['320 empty-beslutning']);
  });
  it('file covers the whole document, with several codes written with commas or spaces', () => {
    const marked = insert(s001, 1, '<!-- referat-disable-file toc-merged-line, toc-title-mismatch -->');
    expect(codes(marked)).toEqual([]);
    expect(codes(insert(s001, 1, '<!-- referat-disable-file toc-merged-line -->'))).toEqual(['15 toc-title-mismatch']);
  });
  it('reads the marker line as blank: the model is as without it', () => {
    // In the middle of a decision, the marker is not decision text.
    const lines = s002.split('\n');
    const empty = 318; // the empty Beslutning heading (0-based 318 is line 319)
    expect(lines[empty]).toMatch(/^Beslutning/);
    const marked = insert(s002, empty + 2, '<!-- referat-disable-next-line toc-order -->');
    const doc = parseReferat(marked);
    const plain = parseReferat(s002);
    expect(doc.items.map((i) => [i.number, i.title, i.decisions.map((d) => d.text)])).toEqual(plain.items.map((i) => [i.number, i.title, i.decisions.map((d) => d.text)]));
    expect(doc.suppressions).toEqual([expect.objectContaining({ scope: 'next-line', codes: ['toc-order'], line: empty + 1 })]);
    expect(codes(marked)).toEqual(['319 empty-beslutning']);
  });
  it('is not taken from text that only looks like it', () => {
    for (const line of ['<!-- referat-disable-everything -->', 'Tekst <!-- referat-disable-file --> i en linje', '<!-- referat-disable-file']) {
      const marked = insert(s001, 1, line);
      expect(parseReferat(marked).suppressions, line).toEqual([]);
      expect(codes(marked).length).toBe(2);
    }
  });
  it('is offered as a quick fix that writes the marker and turns off that rule only', () => {
    const service = new ReferatService('da');
    const at = { line: 318, character: 0 };
    const actions = service.codeActions({ uri: 'file:///002.txt', version: 1, getText: () => s002 }, DEFAULT_CONFIG, { start: at, end: at }, undefined, notCancelled);
    const heading = headingAbove(s002, 318);
    const number = /^Punkt (\d+)/.exec(s002.split('\n')[heading - 1])![1];
    const off = actions.find((a) => a.title === `Slå empty-beslutning fra for punkt ${number}`);
    expect(off, actions.map((a) => a.title).join(' | ')).toBeDefined();
    expect(off!.isPreferred).toBeUndefined();
    const edits = off!.edit!.changes!['file:///002.txt'];
    const fixed = applyEdits(s002, edits);
    expect(fixed).toBe(insert(s002, heading, '<!-- referat-disable-next-item empty-beslutning -->'));
    expect(codes(fixed)).toEqual([]);
    // Outside the items (the TOC), the marker is for the line.
    const toc = service.codeActions({ uri: 'file:///001.txt', version: 1, getText: () => s001 }, DEFAULT_CONFIG, { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } }, undefined, notCancelled);
    const line = toc.find((a) => a.title === 'Slå toc-merged-line fra for denne linje')!;
    expect(codes(applyEdits(s001, line.edit!.changes!['file:///001.txt']))).toEqual(['15 toc-title-mismatch']);
  });
  it('is honoured by referat check', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-suppress-'));
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, insert(s001, 14, '<!-- referat-disable-next-line toc-merged-line -->'));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
    expect((JSON.parse(r.stdout) as Array<{ code: string }>).map((f) => f.code)).toEqual(['toc-title-mismatch']);
  });
});

describe('completion in a marker', () => {
  it('offers the rule codes not yet named, with their descriptions', async () => {
    const { completions } = await import('../server/src/features/completion');
    const { notCancelled } = await import('../server/src/features/cancellation');
    const text = seedText('000').replace('\n\nPunkt 2:', '\n\n<!-- referat-disable-next-item toc-order, hea\n\nPunkt 2:');
    const doc = parseReferat(text);
    const line = text.split('\n').findIndex((l) => l.startsWith('<!-- referat-disable'));
    const items = completions(doc, { line, character: text.split('\n')[line].length }, { lang: 'da', snippets: false }, notCancelled);
    const labels = items.map((i) => i.label);
    expect(labels).toContain('heading-typo');
    expect(labels).not.toContain('toc-order');
    expect(items.find((i) => i.label === 'heading-typo')!.textEdit).toEqual({ range: { start: { line, character: 42 }, end: { line, character: 45 } }, newText: 'heading-typo' });
    expect(items.find((i) => i.label === 'heading-typo')!.detail).toMatch(/^En overskrift er stavet næsten som en standardoverskrift/);
  });
});
