// `npm run bench`: speed and memory against targets, as ratios measured in
// one run on the same bytes (the machines are shared and noisy). Prints one
// table, writes bench/results/<date>.json, exits 1 when a target is missed.
// BENCH_QUICK=1 skips the 5,000-document workspace and the 8 MB size.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  CompletionRequest, DidChangeTextDocumentNotification, DocumentDiagnosticRequest,
} from 'vscode-languageserver-protocol/node';
import { parseReferat } from '../server/src/parse/parser';
import { best, check, exponent, percentile, throughput } from './compare';
import { startServer } from '../test/lspClient';

const ROOT = path.join(__dirname, '..');
const quick = process.env.BENCH_QUICK === '1';
const seedsDir = path.join(ROOT, 'fixtures', 'seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(seedsDir, f), 'utf8'));
const rows: Array<[string, string]> = [];
const row = (label: string, value: string) => {
  rows.push([label, value]);
  console.log(`${label.padEnd(58)} ${value}`);
};
const mbps = (bytes: number, ms: number) => `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`;

/** Seed text repeated to about `bytes`. */
function seedText(bytes: number): string {
  const all = seeds.join('\n');
  return all.repeat(Math.ceil(bytes / all.length));
}

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

/** Text as pdftotext writes it, with a form feed at every page: the corpus's two PDFs repeated to about `bytes`. */
function pdfText(bytes: number): string {
  const dir = path.join(ROOT, 'fixtures', 'corpus');
  const all = readdirSync(dir).filter((f) => f.endsWith('.pdftotext.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\f');
  return all.repeat(Math.ceil(bytes / all.length));
}

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

/** Runs the CLI on `args`, giving its wall time and peak memory. */
function cli(args: string[]): Promise<{ ms: number; maxRssMb: number; code: number | null }> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', path.join(ROOT, 'bench', 'maxrss.cjs'), path.join(ROOT, 'dist', 'cli.js'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const rss = /maxrss-kb (\d+)/.exec(stderr);
      resolve({ ms, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN, code });
    });
  });
}

function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

async function main(): Promise<number> {
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model };
  const targets: Array<[string, boolean, string]> = [];

  // 1. Throughput on the same 1 MB, against the floor and the Markdown tools.
  const oneMb = seedText(1_000_000);
  const t = throughput(oneMb);
  results.throughput = t;
  for (const [k, ms] of Object.entries(t.ms)) row(`1 MB of seed text: ${k}`, `${ms.toFixed(2).padStart(8)} ms  ${mbps(t.bytes, ms)}`);
  const fullMbps = t.bytes / 1e6 / (t.ms.check / 1000);
  targets.push(['full analysis (parse + every rule) at least 70 MB/s', fullMbps >= 70, mbps(t.bytes, t.ms.check)]);
  targets.push(['full analysis within 10x of the floor', t.ms.check / t.ms.floor <= 10, `${(t.ms.check / t.ms.floor).toFixed(1)}x`]);
  targets.push(['full analysis at least 6x markdown-it parse', t.ms.markdownIt / t.ms.check >= 6, `${(t.ms.markdownIt / t.ms.check).toFixed(2)}x`]);
  targets.push(['full analysis faster than markdownlint', t.ms.markdownlint > t.ms.check, `${(t.ms.markdownlint / t.ms.check).toFixed(1)}x`]);
  // The seeds have no page breaks; converted PDFs have one at every page, and running headers are found across pages.
  const paged = pdfText(1_000_000);
  check(paged);
  const pagedMs = best(() => check(paged));
  const pages = paged.split('\f').length;
  results.paged = { bytes: Buffer.byteLength(paged), pages, checkMs: pagedMs };
  row(`1 MB of PDF text (${pages} pages): check`, `${pagedMs.toFixed(2).padStart(8)} ms  ${mbps(Buffer.byteLength(paged), pagedMs)}`);

  // 2. Cost against size: every rule together stays linear.
  const sizes = quick ? [1, 2, 4] : [1, 2, 4, 8];
  const points = sizes.map((mb) => {
    const text = agenda(mb * 1_000_000);
    check(text);
    const ms = best(() => check(text), mb >= 4 ? 5 : 9);
    row(`full check of a ${mb} MB agenda`, `${ms.toFixed(1).padStart(8)} ms  ${mbps(text.length, ms)}`);
    return { bytes: text.length, ms };
  });
  const fitted = exponent(points);
  results.scaling = { points, exponent: fitted };
  row('fitted cost exponent', fitted.toFixed(2));
  targets.push([`cost exponent at most 1.1 from 1 to ${sizes.at(-1)} MB`, fitted <= 1.1, fitted.toFixed(2)]);
  const tAdv = best(() => check(adversarial));
  row(`1 MB of adversarial long lines, checked`, `${tAdv.toFixed(1).padStart(8)} ms`);
  targets.push(['adversarial long lines cost no more than 3x parsing normal text', tAdv / t.ms.parse < 3, (tAdv / t.ms.parse).toFixed(2)]);

  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  const keep = parseReferat(oneMb);
  // What the model holds, not the garbage its parse left.
  (globalThis as { gc?: () => void }).gc?.();
  const heapMb = (process.memoryUsage().heapUsed - before) / 1e6;
  row('heap held by the model of 1 MB', `${heapMb.toFixed(1)} MB (${keep.items.length} items)`);
  targets.push(['model of 1 MB holds under 8 MB of heap', heapMb < 8, `${heapMb.toFixed(1)} MB`]);

  const dir = mkdtempSync(path.join(tmpdir(), 'referat-bench-'));
  try {
    // 3. The CLI on 10 MB: time and peak memory.
    const tenMb = path.join(dir, 'ti.referat');
    writeFileSync(tenMb, agenda(10_000_000));
    // Best of three whole-process runs, as the rows above are the best of several.
    let ten = await cli(['check', '--format', 'json', tenMb]);
    for (let run = 1; run < 3; run++) {
      const again = await cli(['check', '--format', 'json', tenMb]);
      if (again.ms < ten.ms) ten = again;
    }
    row('referat check on a 10 MB agenda', `${ten.ms.toFixed(0).padStart(8)} ms  ${ten.maxRssMb.toFixed(0)} MB peak`);
    results.cli10mb = ten;
    targets.push(['10 MB check under 1 s (the whole process)', ten.ms < 1000, `${ten.ms.toFixed(0)} ms`]);
    targets.push(['10 MB check under 300 MB peak memory', ten.maxRssMb < 300, `${ten.maxRssMb.toFixed(0)} MB`]);
    rmSync(tenMb);

    // 4. The editor: one-character edits to pulled diagnostics, and completion, on 1 MB over LSP.
    const s = await startServer({ pull: true });
    const uri = s.open(path.join(dir, 'en.referat'), oneMb);
    // As VS Code does: each pull names the report the client holds, which an unchanged report keeps.
    let resultId = ((await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as { resultId?: string }).resultId;
    const lineCount = oneMb.split('\n').length;
    const edits: number[] = [];
    let version = 1;
    for (let n = 0; n < 200; n++) {
      const line = (n * 7919) % lineCount;
      const started = process.hrtime.bigint();
      void s.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: n % 2 } }, text: n % 2 ? '' : 'x' }],
      });
      const report = (await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, ...(resultId ? { previousResultId: resultId } : {}) })) as { resultId?: string };
      resultId = report.resultId ?? resultId;
      edits.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    // What the server holds after the edits: the model and what it keeps for the next edit, no earlier version of the text.
    const editedMb = rssMb(s.process.pid!);
    const completions: number[] = [];
    for (let n = 0; n < 200; n++) {
      const started = process.hrtime.bigint();
      await s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: (n * 104729) % lineCount, character: 0 } });
      completions.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    await s.close();
    const editP = { p50: percentile(edits, 50), p95: percentile(edits, 95), max: Math.max(...edits) };
    const compP = { p50: percentile(completions, 50), p95: percentile(completions, 95), max: Math.max(...completions) };
    results.lsp = { edits: editP, completion: compP, floorMs: t.ms.floor, serverMbAfterEdits: editedMb };
    row('LSP edit -> diagnostics on 1 MB (p50 / p95 / max)', `${editP.p50.toFixed(1)} / ${editP.p95.toFixed(1)} / ${editP.max.toFixed(1)} ms`);
    row('LSP completion on 1 MB (p50 / p95 / max)', `${compP.p50.toFixed(2)} / ${compP.p95.toFixed(2)} / ${compP.max.toFixed(2)} ms`);
    targets.push(['edit -> diagnostics p95 within 15x of the floor on 1 MB', editP.p95 <= 15 * t.ms.floor, `${(editP.p95 / t.ms.floor).toFixed(1)}x`]);
    targets.push(['completion p50 within 5x of the floor on 1 MB', compP.p50 <= 5 * t.ms.floor, `${(compP.p50 / t.ms.floor).toFixed(2)}x`]);
    row('server memory after the 200 edits on 1 MB', `${editedMb.toFixed(0).padStart(8)} MB`);
    targets.push(['server under 400 MB after 200 edits on 1 MB', editedMb < 400, `${editedMb.toFixed(0)} MB`]);

    // 5. A 5,000-document workspace: indexed by the server, and checked by the CLI.
    if (!quick) {
      const ws = path.join(dir, 'arkiv');
      let bytes = 0;
      for (let n = 0; n < 5000; n++) {
        const sub = path.join(ws, String(2000 + (n % 25)));
        if (n < 25) mkdirSync(sub, { recursive: true });
        const text = seeds[n % seeds.length].replace(/^REFERAT (\S+)/m, `REFERAT $1${n}`);
        bytes += Buffer.byteLength(text);
        writeFileSync(path.join(sub, `referat-${n}.txt`), text);
      }
      const started = process.hrtime.bigint();
      const w = await startServer({ pull: true, rootDir: ws, progress: true, settings: { referat: {}, files: { exclude: {} } } });
      for (let i = 0; i < 100_000 && !w.progress().some((p) => (p as { kind: string }).kind === 'end'); i++) await new Promise((r) => setTimeout(r, 20));
      const indexMs = Number(process.hrtime.bigint() - started) / 1e6;
      const serverMb = rssMb(w.process.pid!);
      const indexed = (w.progress().find((p) => (p as { kind: string }).kind === 'end') as { message?: string } | undefined)?.message;
      await w.close();
      row(`5,000 documents (${(bytes / 1e6).toFixed(0)} MB) indexed by the server`, `${indexMs.toFixed(0).padStart(8)} ms  ${serverMb.toFixed(0)} MB  (${indexed} indexed)`);
      targets.push(['5,000 documents indexed in under 5 s', indexMs < 5000, `${indexMs.toFixed(0)} ms`]);
      targets.push(['server under 400 MB with 5,000 documents indexed', serverMb < 400, `${serverMb.toFixed(0)} MB`]);
      const all = await cli(['check', '--format', 'json', ws]);
      row('referat check over the 5,000 files', `${all.ms.toFixed(0).padStart(8)} ms  ${mbps(bytes, all.ms)}  ${all.maxRssMb.toFixed(0)} MB peak`);
      results.workspace = { documents: 5000, bytes, indexMs, serverMb, checkMs: all.ms, checkMaxRssMb: all.maxRssMb };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  console.log('');
  let failed = 0;
  for (const [name, ok, value] of targets) {
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${name} (${value})`);
    if (!ok) failed++;
  }
  results.rows = rows;
  results.targets = targets.map(([name, ok, value]) => ({ name, ok, value }));
  const out = path.join(ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  const file = path.join(out, `${new Date().toISOString().slice(0, 10)}${quick ? '-quick' : ''}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  console.log(`\n${failed} of ${targets.length} targets missed; results in ${path.relative(ROOT, file)}`);
  return failed ? 1 : 0;
}

main().then((code) => (process.exitCode = code), (error) => {
  console.error(error);
  process.exitCode = 2;
});
