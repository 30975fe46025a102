// Properties that hold for any text (fast-check): the real fixtures mutated
// in the ways files get damaged, and text made of the formats' fragments.
// For every input: nothing throws, within a time proportional to its size;
// every range lies in the document and symbols nest; the same input gives
// the same result twice; every quick fix keeps the text outside its edits and
// removes its finding; fix all is idempotent.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { ReferatService } from '../server/src/service';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import { notCancelled } from '../server/src/features/cancellation';
import { parseReferat } from '../server/src/parse/parser';
import { runRules } from '../server/src/rules/index';
import { applyEdits, fixAll } from '../server/src/rules/apply';
import type { Diagnostic } from '../server/src/rules/types';
import type { Range } from '../server/src/model/types';
import { ROOT } from './helpers';
import { splitLines } from '../server/src/text/lines';

function texts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'));
}

const FIXTURES = [...texts(path.join(ROOT, 'fixtures', 'seeds')), ...texts(path.join(ROOT, 'fixtures', 'corpus')), ...texts(path.join(ROOT, 'fixtures', 'rules'))];

const FRAGMENTS = [
  'Punkt 1: ', 'Punkt 2: Lukket: ', 'Beslutning', 'Indholdsfortegnelse', 'REFERAT Byrådet d. 01-02-2024', 'Mødedato Mandag d. 3. juni 2024',
  'Mødedeltagere Anna Hansen, Bo', 'Fraværende: ', '.....\t', '\t5', '24/6823', '\f', '\r\n', '\n', '\n\n', ' ', 'Anna Hansen', 'æøå', 'Ã¸', '\uFFFD',
  '\uFEFF', '1.   ', '715. ', 'EMN-2025-010561', 'Sagsnr.: 12/27845', 'Tilstede', 'Sagens forløb', 'Beslutning i Udvalget den 10-04-2013', 'Side 2', 'Beslutnig',
];

type Mutation =
  | { kind: 'delete' | 'duplicate' | 'truncate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'insert'; at: number; column: number; text: string }
  | { kind: 'longLine' | 'emptyLines'; at: number }
  | { kind: 'noPunkt' | 'concat' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete', 'duplicate', 'truncate'), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap'), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('insert'), at: fc.nat(), column: fc.nat(), text: fc.constantFrom('\f', '\r', '\uFEFF', '\0', '\t', '\uFFFD', '\r\n', ' '.repeat(5)) }),
  { arbitrary: fc.record({ kind: fc.constantFrom('longLine', 'emptyLines'), at: fc.nat() }), weight: 1 },
  fc.record({ kind: fc.constantFrom('noPunkt', 'concat') }),
) as fc.Arbitrary<Mutation>;

function mutate(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    const n = lines.length;
    switch (m.kind) {
      case 'delete': lines.splice(m.at % n, 1); break;
      case 'duplicate': lines.splice(m.at % n, 0, lines[m.at % n]); break;
      case 'truncate': lines[m.at % n] = lines[m.at % n].slice(0, Math.floor(lines[m.at % n].length / 2)); break;
      case 'swap': [lines[m.at % n], lines[m.with % n]] = [lines[m.with % n], lines[m.at % n]]; break;
      case 'insert': {
        const line = lines[m.at % n];
        const column = m.column % (line.length + 1);
        lines[m.at % n] = line.slice(0, column) + m.text + line.slice(column);
        break;
      }
      // The two big ones are rare, to keep a run short: one 100,000-character line, or 50,000 empty lines.
      case 'longLine': lines.splice(m.at % n, 0, ['.', ' ', 'x', '1 '][m.at % 4].repeat(100_000)); break;
      case 'emptyLines': lines.splice(m.at % n, 0, ...new Array<string>(50_000).fill('')); break;
      case 'noPunkt': lines = lines.filter((l) => !/^\s*Punkt\b/.test(l)); break;
      case 'concat': lines = [...lines, ...lines]; break;
    }
    if (lines.length === 0) lines = [''];
  }
  return lines.join('\n');
}

const mutatedFixture = fc.tuple(fc.nat({ max: FIXTURES.length - 1 }), fc.array(mutation, { maxLength: 6 }))
  .map(([i, ms]) => mutate(FIXTURES[i], ms));
const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof({ arbitrary: mutatedFixture, weight: 4 }, { arbitrary: fragmentText, weight: 1 }, { arbitrary: fc.string({ maxLength: 300 }), weight: 1 });

function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function inside(r: Range, lengths: number[]): boolean {
  const ok = (p: { line: number; character: number }) => p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line];
  return ok(r.start) && ok(r.end) && (r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character));
}

function contains(outer: Range, inner: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function checkSymbols(symbols: DocumentSymbol[], lengths: number[], parent?: Range): void {
  for (const s of symbols) {
    expect(inside(s.range, lengths), `symbol ${s.name} in the document`).toBe(true);
    expect(contains(s.range, s.selectionRange), `symbol ${s.name}: selection inside its range`).toBe(true);
    if (parent) expect(contains(parent, s.range), `symbol ${s.name} inside its parent`).toBe(true);
    checkSymbols(s.children ?? [], lengths, s.range);
  }
}

/** Offset of a position, with lines split as the model splits them (CR, LF or CRLF). */
function offsetAt(text: string, line: number, character: number): number {
  const breaks = /\r\n|\r|\n/g;
  let offset = 0;
  for (let l = 0; l < line; l++) {
    const m = breaks.exec(text);
    if (!m) return text.length;
    offset = m.index + m[0].length;
  }
  return offset + character;
}

let cases = 0;
let fixesTried = 0;

/** At most this many of a case's quick fixes are applied and re-checked. */
const FIXES_PER_CASE = 4;

function property(text: string): void {
  cases++;
  const started = performance.now();
  const lengths = lineLengths(text);
  const service = new ReferatService('da');
  const doc = { uri: 'file:///property.referat', version: 1, getText: () => text };
  const diagnostics = service.diagnostics(doc, DEFAULT_CONFIG, notCancelled);
  for (const d of diagnostics) expect(inside(d.range, lengths), `${d.code} in the document`).toBe(true);
  checkSymbols(service.documentSymbols(doc, notCancelled), lengths);
  for (const f of service.foldingRanges(doc, notCancelled)) expect(f.startLine <= f.endLine && f.endLine < lengths.length).toBe(true);
  for (let k = 0; k < 5; k++) {
    const line = (k * 7919) % lengths.length;
    const p = { line, character: (k * 31) % (lengths[line] + 1) };
    service.completions(doc, p, true, notCancelled);
    service.hover(doc, p);
    for (const loc of service.definition(doc, p)) expect(inside(loc.range, lengths)).toBe(true);
    service.codeActions(doc, DEFAULT_CONFIG, { start: p, end: p }, undefined, notCancelled);
    for (const s of service.selectionRanges(doc, [p], notCancelled)) {
      for (let r: typeof s | undefined = s; r; r = r.parent) expect(inside(r.range, lengths)).toBe(true);
    }
  }
  // The same text gives the same findings, from a fresh service.
  const again = new ReferatService('da').diagnostics({ ...doc, version: 2 }, DEFAULT_CONFIG, notCancelled);
  expect(again).toEqual(diagnostics);
  // Time proportional to size: a generous bound that only a hang or a quadratic path breaks.
  expect(performance.now() - started).toBeLessThan(3000 + text.length / 100);

  const findings = runRules(parseReferat(text), DEFAULT_CONFIG);
  const key = (d: Diagnostic) => `${d.code}|${d.range.start.line}|${d.message.en}`;
  for (const d of findings.filter((f) => f.fixes && f.fixes.length > 0).slice(0, FIXES_PER_CASE)) {
    const fix = d.fixes![0];
    fixesTried++;
    const after = applyEdits(text, fix.edits);
    const offsets = fix.edits.flatMap((e) => [offsetAt(text, e.range.start.line, e.range.start.character), offsetAt(text, e.range.end.line, e.range.end.character)]);
    const from = Math.min(...offsets);
    const to = Math.max(...offsets);
    expect(after.slice(0, from), `${d.code}: text before its edits kept`).toBe(text.slice(0, from));
    expect(after.slice(after.length - (text.length - to)), `${d.code}: text after its edits kept`).toBe(text.slice(to));
    expect(runRules(parseReferat(after), DEFAULT_CONFIG).some((x) => key(x) === key(d)), `${d.code}: its finding is gone`).toBe(false);
  }
  const once = fixAll(text, DEFAULT_CONFIG).text;
  expect(fixAll(once, DEFAULT_CONFIG).text, 'fix all applied twice changes nothing the second time').toBe(once);
}

describe('properties of every input', () => {
  it('hold on the fixtures mutated, on fragments of the formats and on random strings', () => {
    const replay = process.env.PROPERTY_PATH ? { path: process.env.PROPERTY_PATH } : {};
    try {
      fc.assert(fc.property(anyText, property), { numRuns: 150, seed: Number(process.env.PROPERTY_SEED ?? 20261201), ...replay });
    } catch (error) {
      // A counterexample can be megabytes of text: keep the report readable.
      const cause = (error as Error).cause as Error | undefined;
      const message = `${(error as Error).message}${cause ? `\n${cause.message}` : ''}`;
      throw new Error(message.length > 6000 ? `${message.slice(0, 1500)}\n…\n${message.slice(-4500)}` : message);
    }
    console.log(`properties: ${cases} inputs, ${fixesTried} quick fixes applied and re-checked`);
    if (!process.env.PROPERTY_PATH) expect(cases).toBeGreaterThanOrEqual(150);
  }, 300_000);
});

describe('splitting lines', () => {
  it('gives the lines a plain split gives, with pages counted from every form feed', () => {
    const piece = fc.constantFrom('a', ' ', '\t', '\f', '\r', '\n', '\r\n', '\uFEFF', 'Punkt 1: x', '');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), (text) => {
      const lines = [...splitLines(text)];
      expect(lines.map((l) => l.raw)).toEqual(text.split(/\r\n|\r|\n/));
      let page = 1;
      for (const [i, l] of lines.entries()) {
        const lead = l.raw.slice(0, l.start);
        page += lead.split('\f').length - 1;
        expect(l.page, `line ${i}`).toBe(page);
        page += l.raw.slice(l.start).split('\f').length - 1;
        expect(l.text).toBe(l.raw.slice(l.start, l.end));
      }
    }), { numRuns: 500, seed: 7 });
  });
});
