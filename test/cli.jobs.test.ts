// `referat check` on many files in worker threads gives exactly what one
// thread gives: the same findings in the same order, the same messages.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, seedPath } from './helpers';

function referat(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'da_DK.UTF-8', LC_ALL: '' }, timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('referat check --jobs', () => {
  it('checks 60 files in worker threads with the output of one thread, a broken config reported once', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-jobs-'));
    for (let n = 0; n < 60; n++) {
      const sub = path.join(dir, n < 30 ? 'a' : 'b');
      mkdirSync(sub, { recursive: true });
      copyFileSync(seedPath(`00${n % 5}`), path.join(sub, `r${String(n).padStart(2, '0')}.txt`));
    }
    writeFileSync(path.join(dir, 'b', '.referatrc.json'), '{ "rules": { "toc-order": "loud" } }');
    writeFileSync(path.join(dir, 'a', 'binær.referat'), Buffer.from([0, 1, 2, 0]));
    const one = referat(['check', '--format', 'json', '--jobs', '1', dir]);
    const many = referat(['check', '--format', 'json', '--jobs', '3', dir]);
    expect(one.code).toBe(1);
    expect(many.code).toBe(1);
    expect(many.stdout).toBe(one.stdout);
    expect(many.stderr).toBe(one.stderr);
    const findings = JSON.parse(many.stdout) as Array<{ file: string; code: string }>;
    expect(findings.filter((f) => f.code === 'config-invalid')).toHaveLength(1);
    expect(findings.filter((f) => f.code === 'empty-beslutning')).toHaveLength(12);
    expect(many.stderr).toContain('binær.referat: binær fil');
    // Text output, with the summary, is the same too.
    const text1 = referat(['check', '--jobs', '1', dir]);
    const text3 = referat(['check', '--jobs', '3', dir]);
    expect(text3.stdout).toBe(text1.stdout);
    expect(text3.stderr).toBe(text1.stderr);
    expect(text3.stderr).toContain('af 60 filer');
  }, 120_000);
  it('exports 60 files in worker threads with the output of one thread, in file order', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-export-jobs-'));
    for (let n = 0; n < 60; n++) copyFileSync(seedPath(`00${n % 5}`), path.join(dir, `r${String(n).padStart(2, '0')}.txt`));
    const one = referat(['export', '--format', 'jsonl', '--jobs', '1', dir]);
    const many = referat(['export', '--format', 'jsonl', '--jobs', '3', dir]);
    expect(many.code).toBe(0);
    expect(many.stdout).toBe(one.stdout);
    const files = many.stdout.trim().split('\n').map((l) => path.basename(JSON.parse(l).source.file));
    expect([...new Set(files)]).toEqual(Array.from({ length: 60 }, (_, n) => `r${String(n).padStart(2, '0')}.txt`));
    expect(referat(['export', '--format', 'html', '--jobs', '2', dir]).stdout).toBe(referat(['export', '--format', 'html', '--jobs', '1', dir]).stdout);
  }, 120_000);
  it('refuses a --jobs that is not a positive whole number', () => {
    const r = referat(['check', '--jobs', '0', seedPath('000')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Ugyldig værdi for --jobs: 0');
  });
});

describe('a progress line on a terminal', () => {
  /** Runs the CLI under `script`, so its stderr is a terminal. */
  function onTerminal(args: string[]): string {
    const command = [process.execPath, path.join(ROOT, 'dist', 'cli.js'), ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, LANG: 'da_DK.UTF-8', LC_ALL: '' }, timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
    return r.stdout;
  }
  it('counts the files of check and export (on worker threads) and import, and is cleared before each message', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-progress-'));
    for (let n = 0; n < 24; n++) copyFileSync(seedPath(`00${n % 5}`), path.join(dir, `r${String(n).padStart(2, '0')}.txt`));
    const checked = onTerminal(['check', '--jobs', '2', dir]);
    expect(checked).toContain('[1/24]');
    expect(checked).toContain('[24/24]');
    const exported = onTerminal(['export', '--format', 'markdown', '--jobs', '2', dir]);
    expect(exported).toContain('[1/24]');
    expect(exported).toContain('[24/24]');
    // Each finding starts on a cleared line, not after the progress text.
    for (const line of checked.split(/\r?\n/).filter((l) => l.includes('empty-beslutning'))) expect(line).toMatch(/^(\r?\x1b\[K)*[^[\x1b]*r\d\d\.txt:319:1: /);
    const pdfs = mkdtempSync(path.join(tmpdir(), 'referat-progress-pdf-'));
    for (const f of ['ballerup_sfu_2012-12-04_edoc.pdf', 'syddjurs_puk_2013-06-20_acadre.pdf']) copyFileSync(path.join(ROOT, 'fixtures', 'corpus', f), path.join(pdfs, f));
    const imported = onTerminal(['import', pdfs]);
    expect(imported).toContain('[1/2]');
    expect(imported).toContain('[2/2]');
    expect(imported).toMatch(/edoc\.pdf → .*edoc\.txt \(15 sider, 8 punkter\)/);
  }, 120_000);
});
