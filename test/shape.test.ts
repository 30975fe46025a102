// The shape of the work, not its time: how often each rule reads a line, an
// item or a TOC entry is bounded per element, and grows with the document as
// the document grows (twice the items, about twice the reads).
import { describe, expect, it } from 'vitest';
import { parseReferat } from '../server/src/parse/parser';
import { RULES } from '../server/src/rules/index';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import type { ReferatDocument } from '../server/src/model/types';
import { seedText } from './helpers';

/** Seed 000's items repeated and renumbered, one TOC line each, some titles off and some entries orphaned. */
function agenda(items: number, listed = Infinity): string {
  const seed = seedText('000');
  const head = seed.slice(0, seed.indexOf('Indholdsfortegnelse'));
  const bodies = seed.slice(seed.indexOf('Punkt 1:')).split(/^(?=Punkt \d+:)/m).filter((i) => i.trim() !== '');
  const toc: string[] = [];
  const body: string[] = [];
  for (let n = 1; n <= items; n++) {
    // The seed has no final line break: each item ends with a blank line, as in a real agenda.
    const item = bodies[(n - 1) % bodies.length].replace(/\s*$/, '\n\n');
    const title = `${item.slice(item.indexOf(':') + 1, item.indexOf('\n')).trim()} ${n}`;
    body.push(`Punkt ${n}: ${title}${item.slice(item.indexOf('\n'))}`);
    if (n > listed) continue;
    toc.push(`${n % 7 === 0 ? 'Andet emne ' + n : title}.....\t${3 + Math.floor(n / 3)}`);
    if (n % 11 === 0) toc.push(`Et punkt der ikke findes ${n}.....\t${n}`);
  }
  return `${head}Indholdsfortegnelse\n\n${toc.join('\n')}\n\n${body.join('')}`;
}

/** Counts reads of lines, items and TOC entries while `run` reads the document. */
function countReads(doc: ReferatDocument, run: (d: ReferatDocument) => void): number {
  let reads = 0;
  const counted = <T extends object>(list: T[]): T[] => new Proxy(list, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key.length > 0 && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  // A line is read through the accessors of `Lines`: each call counts.
  const lines = new Proxy(doc.lines, {
    get(target, key) {
      const value = Reflect.get(target, key, target);
      if (typeof value !== 'function' || key === 'has' || typeof key === 'symbol') return value;
      return (...args: unknown[]) => {
        reads++;
        return value.apply(target, args);
      };
    },
  });
  const watched = { ...doc, lines, items: counted(doc.items), ...(doc.toc ? { toc: { ...doc.toc, entries: counted(doc.toc.entries) } } : {}) };
  run(watched);
  return reads;
}

describe('the work each rule does', () => {
  const small = parseReferat(agenda(200));
  const large = parseReferat(agenda(400));
  const elements = (d: ReferatDocument) => d.lines.length + d.items.length + (d.toc?.entries.length ?? 0);
  it.each(RULES.map((r) => [r.code, r] as const))('%s reads each line, item and entry a bounded number of times, linearly', (_code, rule) => {
    const a = countReads(small, (d) => rule.check({ doc: d, config: DEFAULT_CONFIG }));
    const b = countReads(large, (d) => rule.check({ doc: d, config: DEFAULT_CONFIG }));
    expect(a / elements(small), 'reads per element').toBeLessThan(12);
    expect(b / elements(large), 'reads per element').toBeLessThan(12);
    // Twice the document: at most a little over twice the reads.
    expect(b).toBeLessThanOrEqual(Math.max(2.2 * a, 50));
  });
  // A TOC that lists only the first items: every later item is missing from it.
  const shortSmall = parseReferat(agenda(200, 20));
  const shortLarge = parseReferat(agenda(400, 20));
  it.each(RULES.map((r) => [r.code, r] as const))('%s stays linear when most items are missing from the TOC', (_code, rule) => {
    const a = countReads(shortSmall, (d) => rule.check({ doc: d, config: DEFAULT_CONFIG }));
    const b = countReads(shortLarge, (d) => rule.check({ doc: d, config: DEFAULT_CONFIG }));
    expect(b / elements(shortLarge), 'reads per element').toBeLessThan(12);
    expect(b).toBeLessThanOrEqual(Math.max(2.2 * a, 50));
  });
  it('the documents have what the TOC rules work on', () => {
    expect(shortLarge.items.filter((i) => i.tocEntry === undefined).length).toBeGreaterThan(350);
    expect(large.items).toHaveLength(400);
    expect(large.toc!.entries.length).toBeGreaterThan(400);
  });
});
