// Reading folders safely: only regular files, no link followed inside a
// folder, each file once; --fix writes atomically and not over a change.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from '../server/src/cli/write';
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
    await expect(writeAtomically(file, Buffer.from('rettet\n'), { replace: true, unchangedFrom: 'som den blev læst\n' })).rejects.toThrow('changed meanwhile');
    expect(readFileSync(file, 'utf8')).toBe('ændret af en anden\n');
    await writeAtomically(file, Buffer.from('rettet\n'), { replace: true, unchangedFrom: 'ændret af en anden\n' });
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

describe('encodings', () => {
  it('reads Windows-1252 with its quotes and dashes, UTF-16 with a BOM, and writes fixes back in the same encoding', async () => {
    const { decodeBytes, encodeText } = await import('../server/src/text/encoding');
    const text = 'Økonomi – „citat“ og “andet” … €\n';
    const cp1252 = encodeText(text, 'windows-1252');
    expect(cp1252.length).toBe(text.length);
    expect(decodeBytes(cp1252)).toEqual({ text, encoding: 'windows-1252', lossy: false });
    const utf16 = encodeText('\uFEFF' + text, 'utf-16le');
    expect(decodeBytes(utf16)).toEqual({ text: '\uFEFF' + text, encoding: 'utf-16le', lossy: false });
    const be = encodeText('\uFEFF' + text, 'utf-16be');
    expect(decodeBytes(be)).toEqual({ text: '\uFEFF' + text, encoding: 'utf-16be', lossy: false });
  });
  it('reads UTF-8 with one stray byte as UTF-8, not as Latin-1, and --fix leaves it alone', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-enc-'));
    const seed = readFileSync(seedPath('001'));
    // One Latin-1 `ø` in an otherwise UTF-8 file.
    const at = seed.indexOf(Buffer.from('Sagsfremstilling'));
    const mixed = Buffer.concat([seed.subarray(0, at), Buffer.from([0xf8]), seed.subarray(at)]);
    writeFileSync(path.join(dir, 'blandet.txt'), mixed);
    const r = referat(['check', '--fix', path.join(dir, 'blandet.txt')]);
    expect(r.stderr).toContain('blandet tegnkodning');
    expect(r.stderr).toContain('--fix skriver ikke en fil med blandet tegnkodning');
    expect(r.stdout).not.toContain('heading-typo');
    expect(readFileSync(path.join(dir, 'blandet.txt')).equals(mixed)).toBe(true);
  });
  it('checks a UTF-16 file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-utf16-'));
    writeFileSync(path.join(dir, '002.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(seedPath('002'), 'utf8'), 'utf16le')]));
    const r = referat(['check', '--format', 'json', path.join(dir, '002.txt')]);
    expect(JSON.parse(r.stdout).map((f: { code: string }) => f.code)).toEqual(['empty-beslutning']);
  });
});

describe('size limits', () => {
  it('refuses a file over --max-size with a message and checks the rest; a bad value is a usage error', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-size-'));
    writeFileSync(path.join(dir, 'stor.txt'), readFileSync(seedPath('002'), 'utf8').repeat(80));
    copyFileSync(seedPath('000'), path.join(dir, '000.txt'));
    const r = referat(['check', '--max-size', '1', path.join(dir, 'stor.txt'), path.join(dir, '000.txt')]);
    expect(r.stderr).toMatch(/Kan ikke læse .*stor\.txt: 1\.4 MB > 1 MB \(--max-size\)/);
    expect(r.stderr).toContain('i 0 af 1 filer');
    expect(referat(['check', '--max-size', '2', path.join(dir, 'stor.txt')]).stderr).toContain('af 1 filer');
    for (const bad of ['0', '-3', 'stor']) {
      const u = referat(['check', `--max-size=${bad}`, path.join(dir, '000.txt')]);
      expect(u.code).toBe(2);
      expect(u.stderr).toContain(`Ugyldig værdi for --max-size: ${bad}`);
    }
  });
});
