// The in-process half of `npm run bench`: every pair compared in the same
// process on the same bytes, as ratios (the machines are shared and noisy).
import markdownIt from 'markdown-it';
import { lint as markdownlint } from 'markdownlint/sync';
import { parseReferat } from '../server/src/parse/parser';
import { runRules } from '../server/src/rules/index';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import { documentSymbols } from '../server/src/features/symbols';
import { notCancelled } from '../server/src/features/cancellation';

/**
 * Best of `repeat` runs, in ms, in the heap's steady state. A forced
 * collection before each run was tried and left out: it shrinks the young
 * generation, and the next run pays for growing it again, markdown-it (which
 * keeps all its tokens) far more than the others (71 ms instead of 44).
 */
export function best(run: () => void, repeat = 15): number {
  let min = Infinity;
  for (let i = 0; i < repeat; i++) {
    const t0 = process.hrtime.bigint();
    run();
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return min;
}

/** What no parser can beat: split into lines, and one look at every character. */
export function floor(text: string): number {
  let n = 0;
  for (const line of text.split(/\r\n|\r|\n/)) for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 32) n++;
  return n;
}

export const check = (text: string) => runRules(parseReferat(text), DEFAULT_CONFIG);
export const outline = (text: string) => documentSymbols(parseReferat(text), 'da', notCancelled);

/** The same text with Markdown headings, so markdown-it and markdownlint see structure of the same size. */
export function asMarkdown(text: string): string {
  return text.replace(/^(Punkt \d+:)/gm, '## $1').replace(/^(Beslutning|Sagsfremstilling|Indstilling|Indholdsfortegnelse)$/gm, '### $1');
}

export interface Throughput {
  bytes: number;
  ms: Record<'floor' | 'parse' | 'check' | 'outline' | 'markdownIt' | 'markdownlint', number>;
}

export function throughput(text: string): Throughput {
  const md = asMarkdown(text);
  const mdParser = markdownIt();
  // Warm every path up before timing it.
  for (let i = 0; i < 3; i++) {
    floor(text);
    check(text);
    mdParser.parse(md, {});
  }
  return {
    bytes: Buffer.byteLength(text),
    ms: {
      floor: best(() => floor(text)),
      parse: best(() => parseReferat(text)),
      check: best(() => check(text)),
      outline: best(() => outline(text)),
      markdownIt: best(() => mdParser.parse(md, {})),
      markdownlint: best(() => markdownlint({ strings: { doc: md } }), 3),
    },
  };
}

/** Least-squares slope of log(time) on log(size): 1 is linear. */
export function exponent(points: Array<{ bytes: number; ms: number }>): number {
  const xs = points.map((p) => Math.log(p.bytes));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return num / den;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
