import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseReferat } from '../server/src/parse/parser';
import type { ReferatDocument, Range } from '../server/src/model/types';

export const ROOT = path.resolve(__dirname, '..');
export const SEEDS_DIR = path.join(ROOT, 'fixtures', 'seeds');

export function seedPath(prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return path.join(SEEDS_DIR, name);
}

export function seedText(prefix: string): string {
  return readFileSync(seedPath(prefix), 'utf8');
}

export function seed(prefix: string): ReferatDocument {
  return parseReferat(seedText(prefix));
}

/** The text a range covers. */
export function textAt(doc: ReferatDocument, r: Range): string {
  if (r.start.line === r.end.line) return doc.lines.at(r.start.line).raw.slice(r.start.character, r.end.character);
  const parts = [doc.lines.at(r.start.line).raw.slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) parts.push(doc.lines.at(l).raw);
  parts.push(doc.lines.at(r.end.line).raw.slice(0, r.end.character));
  return parts.join('\n');
}

/** A small referat built from lines, blank lines between them as in the real files. */
export function doc(...lines: string[]): string {
  return lines.join('\n\n') + '\n';
}

/** Seed 000 held by another committee on another date; its items and case numbers stay. */
export function meetingOf(committee: string, date: string, weekdayDate: string): string {
  return seedText('000')
    .replace('REFERAT Arbejdsmarkeds- og Integrationsudvalget d. 25-06-2024', `REFERAT ${committee} d. ${date}`)
    .replace(/^Mødedato .*$/m, `Mødedato ${weekdayDate} kl. 15:00`);
}

/** The longest common prefix and suffix of two texts (the suffix not overlapping the prefix): what an edit left of a text. */
export function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const shortest = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shortest && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}
