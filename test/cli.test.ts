import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, copyFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, seedPath } from './helpers';

function referat(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'da_DK.UTF-8', LC_ALL: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('referat outline', () => {
  it('prints every seed in fixtures/ as JSON, recursively', () => {
    const r = referat(['outline', '--format', 'json', path.join(ROOT, 'fixtures')]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout);
    const seeds = docs.filter((d: { file: string }) => d.file.includes(`${path.sep}seeds${path.sep}`));
    expect(seeds.map((d: { items: unknown[] }) => d.items.length)).toEqual([11, 9, 6, 9, 11]);
    const d001 = seeds[1];
    expect(d001.committee).toBe('Udvalget for arbejdsmarked og integration 2022-2025');
    expect(d001.items[1]).toMatchObject({ number: 2, line: 100, closed: false, caseNumber: '24/7353' });
    expect(d001.items[7]).toMatchObject({ number: 8, closed: true, caseNumber: null, decisions: [] });
    expect(d001.toc[1]).toMatchObject({ line: 14, pages: [5, 8], fused: true, items: [2, 3] });
    expect(d001.items[0].decisions[0]).toMatchObject({ committee: 'Udvalget for arbejdsmarked og integration', date: '21-05-2024', line: 32, empty: false });
    expect(d001.items[0].sections[0]).toEqual({ name: 'Administrativ indstilling', heading: 'Administrativ indstilling', line: 26 });
  });
  it('prints text in Danish, or English with --lang en', () => {
    const da = referat(['outline', seedPath('002')]);
    expect(da.code).toBe(0);
    expect(da.stdout).toContain('  6. JAI - Godkendelse af referat  (linje 317)');
    expect(da.stdout).toContain('Beslutning: (tom beslutning)');
    const en = referat(['outline', '--lang', 'en', seedPath('002')]);
    expect(en.stdout).toContain('(line 317)');
    expect(en.stdout).toContain('Decision: (empty decision)');
  });
  it('reports unreadable, binary and non-referat files and goes on with the rest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-cli-'));
    const binary = path.join(dir, 'b.referat');
    writeFileSync(binary, Buffer.from([0x52, 0x45, 0x00, 0x01, 0x02]));
    const plain = path.join(dir, 'notes.txt');
    writeFileSync(plain, 'Indkøbsliste\nmælk\n');
    const locked = path.join(dir, 'locked.referat');
    writeFileSync(locked, 'REFERAT X d. 01-01-2024\n');
    chmodSync(locked, 0o000);
    const r = referat(['outline', '--format', 'json', binary, plain, path.join(dir, 'missing.referat'), seedPath('004')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('b.referat: binær fil, springes over');
    expect(r.stderr).toContain('notes.txt: ingen punkter fundet');
    expect(r.stderr).toMatch(/Kan ikke læse .*missing\.referat: ENOENT/);
    expect(JSON.parse(r.stdout).map((o: { items: unknown[] }) => o.items.length)).toEqual([0, 11]);
  });
  it('skips non-referat .txt files found in a directory and reads Latin-1 files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-dir-'));
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'notes.txt'), 'Indkøbsliste\n');
    copyFileSync(seedPath('000'), path.join(dir, 'sub', 'a.txt'));
    writeFileSync(path.join(dir, 'latin1.referat'), Buffer.from('REFERAT Byrådet d. 01-02-2024\n\nMødedato Torsdag d. 1. februar 2024\n\nPunkt 1: Godkendelse\n', 'latin1'));
    const r = referat(['outline', '--format', 'json', dir]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout);
    expect(docs.map((d: { file: string }) => path.relative(dir, d.file))).toEqual(['latin1.referat', path.join('sub', 'a.txt')]);
    expect(docs[0].meetingDate).toBe('Torsdag d. 1. februar 2024');
    expect(r.stderr).toContain('latin1.referat: ikke gyldig UTF-8, læst som Windows-1252');
  });
  it('exits 2 on bad usage or when no file could be read', () => {
    expect(referat([]).code).toBe(2);
    expect(referat(['outline']).code).toBe(2);
    expect(referat(['outline', '--format', 'xml', seedPath('000')]).code).toBe(2);
    expect(referat(['frobnicate']).stderr).toContain('Ukendt kommando: frobnicate');
    const missing = referat(['outline', '/nonexistent/dir']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Ingen referater fundet.');
    expect(referat(['outline', '--help']).code).toBe(0);
  });
  it('follows LANG for English messages', () => {
    expect(referat(['outline'], { LANG: 'en_US.UTF-8' }).stderr).toContain('Give at least one file or directory.');
  });
});
