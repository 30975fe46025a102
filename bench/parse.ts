// `npm run bench`: parser speed and memory targets. Reports ratios measured
// in one run, so a shared, noisy machine still gives a fair comparison.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseReferat } from '../server/src/parse/parser';
import { runRules } from '../server/src/rules/index';
import { DEFAULT_CONFIG } from '../server/src/config/types';

const seedsDir = path.join(__dirname, '..', 'fixtures', 'seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(seedsDir, f), 'utf8'));

function best(label: string, run: () => void, repeat = 7): number {
  let min = Infinity;
  for (let i = 0; i < repeat; i++) {
    const t0 = process.hrtime.bigint();
    run();
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(`${label.padEnd(48)} ${min.toFixed(2).padStart(9)} ms`);
  return min;
}

const oneMb = seeds.join('\n').repeat(Math.ceil(1_000_000 / seeds.join('\n').length));
const twoMb = oneMb + '\n' + oneMb;
const adversarial = [
  // Runs that end-anchored patterns would scan again from every start: in the title, and in the TOC's first entry.
  'REFERAT Udvalget' + ' '.repeat(100_000) + 'x d. 01-01-2024',
  'Indholdsfortegnelse',
  'Titel' + '\t '.repeat(50_000) + 'x 3',
  '.'.repeat(250_000),
  ' '.repeat(250_000) + '1',
  '1 '.repeat(125_000),
  'Punkt 1: ' + 'Beslutning '.repeat(20_000),
  'Afbud: ' + 'Anna Hansen, '.repeat(15_000),
].join('\n');
const adversarialCheck = (text: string) => runRules(parseReferat(text), DEFAULT_CONFIG);

for (let i = 0; i < 3; i++) parseReferat(oneMb); // warm up the JIT

const perSeed = best('all five seeds (120 KB)', () => seeds.forEach((s) => parseReferat(s)));
const t1 = best(`1 MB of seed text (${(oneMb.length / 1e6).toFixed(2)} MB)`, () => parseReferat(oneMb));
const t2 = best(`2 MB of seed text (${(twoMb.length / 1e6).toFixed(2)} MB)`, () => parseReferat(twoMb));
const tAdv = best(`1 MB of adversarial long lines, checked (${(adversarial.length / 1e6).toFixed(2)} MB)`, () => adversarialCheck(adversarial));

/** One long agenda: seed 000's items repeated and renumbered, one TOC line each (the shape that made TOC rules quadratic). */
function agenda(bytes: number): string {
  const seed = seeds[0];
  const head = seed.slice(0, seed.indexOf('Indholdsfortegnelse'));
  const items = seed.slice(seed.indexOf('Punkt 1:')).split(/^(?=Punkt \d+:)/m).filter((i) => i.trim() !== '');
  const toc: string[] = [];
  const body: string[] = [];
  let size = head.length;
  for (let n = 1; size < bytes; n++) {
    const item = items[(n - 1) % items.length];
    const title = `${item.slice(item.indexOf(':') + 1, item.indexOf('\n')).trim()} ${n}`;
    const text = `Punkt ${n}: ${title}${item.slice(item.indexOf('\n'))}`;
    toc.push(`${title}.....\t${3 + Math.floor(n / 3)}`);
    body.push(text);
    size += text.length + title.length + 10;
  }
  return `${head}Indholdsfortegnelse\n\n${toc.join('\n')}\n\n${body.join('')}`;
}

const agenda1 = agenda(1_000_000);
const agenda4 = agenda(4_000_000);
const check = (text: string) => runRules(parseReferat(text), DEFAULT_CONFIG);
const c1 = best(`full check of a 1 MB agenda (${check(agenda1).length} findings)`, () => check(agenda1), 5);
const c4 = best('full check of a 4 MB agenda', () => check(agenda4), 3);

(globalThis as { gc?: () => void }).gc?.();
const before = process.memoryUsage().heapUsed;
const keep = parseReferat(oneMb);
const heapMb = (process.memoryUsage().heapUsed - before) / 1e6;
console.log(`${'heap held by the model of 1 MB'.padEnd(48)} ${heapMb.toFixed(1).padStart(9)} MB (${keep.items.length} items)`);

const targets: Array<[string, boolean, string]> = [
  ['1 MB parses in under 500 ms', t1 < 500, `${t1.toFixed(0)} ms`],
  ['linear: 2 MB / 1 MB time ratio under 2.6', t2 / t1 < 2.6, (t2 / t1).toFixed(2)],
  ['long lines, checked, cost no more than 3x parsing normal text', tAdv / t1 < 3, (tAdv / t1).toFixed(2)],
  ['model of 1 MB holds under 60 MB of heap', heapMb < 60, `${heapMb.toFixed(1)} MB`],
  ['five seeds in under 50 ms', perSeed < 50, `${perSeed.toFixed(1)} ms`],
  // Every rule together stays linear: no finding does work that grows with the document.
  ['full check: 4 MB / 1 MB time ratio under 5', c4 / c1 < 5, (c4 / c1).toFixed(2)],
];
let failed = 0;
for (const [name, ok, value] of targets) {
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name} (${value})`);
  if (!ok) failed++;
}
process.exitCode = failed ? 1 : 0;
