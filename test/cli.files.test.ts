// Reading folders safely: only regular files, no link followed inside a
// folder, each file once; --fix writes atomically and not over a change.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeIfUnchanged } from '../server/src/cli/check';
import { ROOT, seedPath } from './helpers';

function referat(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'da_DK.UTF-8', LC_ALL: '' }, timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('walking folders', () => {
  it('skips FIFOs, does not follow links (no loops, nothing outside), and reads each file once', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-walk-'));
    const outside = mkdtempSync(path.join(tmpdir(), 'referat-outside-'));
    copyFileSync(seedPath('002'), path.join(dir, '002.txt'));
    copyFileSync(seedPath('001'), path.join(outside, '001.txt'));
    expect(spawnSync('mkfifo', [path.join(dir, 'rør.txt')]).status).toBe(0);
    symlinkSync(dir, path.join(dir, 'løkke'));
    symlinkSync(path.join(outside, '001.txt'), path.join(dir, 'ude.txt'));
    const r = referat(['check', '--format', 'json', dir]);
    expect(r.code).toBe(1);
    const files = [...new Set(JSON.parse(r.stdout).map((f: { file: string }) => path.basename(f.file)))];
    expect(files).toEqual(['002.txt']);
    // Named twice, one file is checked once.
    const twice = referat(['check', path.join(dir, '002.txt'), path.join(dir, '..', path.basename(dir), '002.txt')]);
    expect(twice.stderr).toContain('i 1 af 1 filer');
    // A FIFO named on the command line is reported, not waited for.
    const fifo = referat(['check', path.join(dir, 'rør.txt')]);
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toContain('ikke en almindelig fil');
  });
});

describe('--fix writes safely', () => {
  it('writes nothing when the file changed since it was read, and leaves no temporary file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-write-'));
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'ændret af en anden\n');
    await expect(writeIfUnchanged(file, 'som den blev læst\n', false, Buffer.from('rettet\n'))).rejects.toThrow('changed meanwhile');
    expect(readFileSync(file, 'utf8')).toBe('ændret af en anden\n');
    await writeIfUnchanged(file, 'ændret af en anden\n', false, Buffer.from('rettet\n'));
    expect(readFileSync(file, 'utf8')).toBe('rettet\n');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
  it('fixes through the CLI and keeps the file where it is', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-fix-'));
    mkdirSync(path.join(dir, 'sub'));
    copyFileSync(seedPath('001'), path.join(dir, 'sub', '001.txt'));
    const r = referat(['check', '--fix', dir]);
    expect(r.stderr).toContain('rettede 1 problem(er): toc-merged-line');
    expect(readFileSync(path.join(dir, 'sub', '001.txt'), 'utf8').split('\n')[14]).toBe('Budget 2025-2028 (B).....\t8');
    expect(readdirSync(path.join(dir, 'sub'))).toEqual(['001.txt']);
  });
});
