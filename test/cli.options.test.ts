// The command line as CI uses it: standard input, folders left out by
// .gitignore and --ignore, --fix --dry-run as a diff, and messages in the
// chosen language (Node's own argument errors included).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, seedPath, seedText } from './helpers';

function referat(args: string[], input?: string, cwd?: string) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'da_DK.UTF-8', LC_ALL: '', REFERAT_LANG: '' },
    timeout: 30_000,
    ...(input !== undefined ? { input } : {}),
    ...(cwd ? { cwd } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const filesIn = (stdout: string) => [...new Set(JSON.parse(stdout).map((f: { file: string }) => path.basename(f.file)))].sort();

describe('standard input', () => {
  it('checks `-` like a file named <stdin>, alone or among files', () => {
    const r = referat(['check', '--format', 'json', '-'], seedText('001'));
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as Array<{ file: string; line: number; code: string }>;
    expect(findings.map((f) => [f.file, f.line, f.code]).sort()).toEqual([['<stdin>', 14, 'toc-merged-line'], ['<stdin>', 14, 'toc-title-mismatch']]);
    const clean = referat(['check', '-'], seedText('000'));
    expect(clean.code).toBe(0);
    expect(clean.stderr).toContain('i 0 af 1 filer');
    const both = referat(['check', '--format', 'json', '-', seedPath('002')], seedText('001'));
    expect(filesIn(both.stdout)).toEqual(['002-referat-ældreudvalget-2025-09-01.txt'.replace(/.*/, path.basename(seedPath('002'))), '<stdin>'].sort());
  });
  it('outlines and exports standard input', () => {
    const outline = referat(['outline', '--format', 'json', '-'], seedText('001'));
    expect(outline.code).toBe(0);
    const [doc] = JSON.parse(outline.stdout) as Array<{ file: string; items: unknown[] }>;
    expect(doc.file).toBe('<stdin>');
    expect(doc.items).toHaveLength(9);
    const exported = referat(['export', '--format', 'json', '-'], seedText('002'));
    expect(exported.code).toBe(0);
    expect((JSON.parse(exported.stdout) as Array<{ source: { file: string } }>)[0].source.file).toBe('<stdin>');
  });
  it('refuses --fix on standard input (there is no file to write) but shows a --dry-run diff', () => {
    const refused = referat(['check', '--fix', '-'], seedText('001'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--fix kan ikke skrive standardinput tilbage');
    const dry = referat(['check', '--fix', '--dry-run', '-'], seedText('001'));
    expect(dry.stdout).toContain('--- <stdin>');
    expect(dry.stdout).toContain('+Budget 2025-2028 (B).....\t8');
  });
});

describe('--fix --dry-run', () => {
  it('prints the fixes as a unified diff, changes no file, and reports what would remain', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-dry-'));
    const file = path.join(dir, '001.txt');
    copyFileSync(seedPath('001'), file);
    const before = readFileSync(file, 'utf8');
    const r = referat(['check', '--fix', '--dry-run', file]);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(r.stdout).toContain(`--- ${file}`);
    expect(r.stdout).toContain(`+++ ${file}`);
    // The fused TOC line split in two: one line out, two in.
    const changed = r.stdout.split('\n').filter((l) => /^[-+][^-+]/.test(l));
    expect(changed.filter((l) => l.startsWith('-'))).toHaveLength(1);
    expect(changed.filter((l) => l.startsWith('+'))).toEqual([expect.stringMatching(/^\+Budgetopfølgning .*\(C\)\.{5}\t5$/), '+Budget 2025-2028 (B).....\t8']);
    expect(r.stderr).toContain('ville rette 1 problem(er): toc-merged-line');
    // What remains after the fix is what is reported: nothing.
    expect(r.code).toBe(0);
    // The diff applies: patch(1) turns the file into what --fix writes.
    const fixed = path.join(dir, 'fixed.txt');
    copyFileSync(file, fixed);
    expect(spawnSync('patch', ['-s', fixed], { input: r.stdout, encoding: 'utf8' }).status).toBe(0);
    expect(referat(['check', '--fix', file]).code).toBe(0);
    expect(readFileSync(fixed, 'utf8')).toBe(readFileSync(file, 'utf8'));
  });
  it('is refused without --fix and with a machine format', () => {
    expect(referat(['check', '--dry-run', seedPath('001')]).stderr).toContain('--dry-run bruges sammen med --fix');
    const json = referat(['check', '--fix', '--dry-run', '--format', 'json', seedPath('001')]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('kun bruges med --format text');
  });
});

describe('leaving files out', () => {
  function tree() {
    const root = mkdtempSync(path.join(tmpdir(), 'referat-ignore-'));
    mkdirSync(path.join(root, '.git'));
    mkdirSync(path.join(root, 'arkiv', 'kladder'), { recursive: true });
    mkdirSync(path.join(root, 'arkiv', '2024'), { recursive: true });
    copyFileSync(seedPath('001'), path.join(root, 'arkiv', '2024', 'a.txt'));
    copyFileSync(seedPath('001'), path.join(root, 'arkiv', '2024', 'b.txt'));
    copyFileSync(seedPath('002'), path.join(root, 'arkiv', 'kladder', 'c.txt'));
    copyFileSync(seedPath('002'), path.join(root, 'arkiv', 'd.txt'));
    writeFileSync(path.join(root, '.gitignore'), 'kladder/\n');
    writeFileSync(path.join(root, 'arkiv', '2024', '.gitignore'), 'b.txt\n');
    return root;
  }
  it('honours .gitignore files in the folders walked and above them up to the repository root', () => {
    const root = tree();
    expect(filesIn(referat(['check', '--format', 'json', root]).stdout)).toEqual(['a.txt', 'd.txt']);
    // Walking a folder inside the repository: the root's .gitignore still counts.
    expect(filesIn(referat(['check', '--format', 'json', path.join(root, 'arkiv')]).stdout)).toEqual(['a.txt', 'd.txt']);
    expect(filesIn(referat(['check', '--format', 'json', '--no-gitignore', root]).stdout)).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    // A glob is a walk too.
    expect(filesIn(referat(['check', '--format', 'json', 'arkiv/**/*.txt'], undefined, root).stdout)).toEqual(['a.txt', 'd.txt']);
    // A file named on the command line is read even when .gitignore leaves it out.
    expect(filesIn(referat(['check', '--format', 'json', path.join(root, 'arkiv', 'kladder', 'c.txt')]).stdout)).toEqual(['c.txt']);
  });
  it('leaves out what --ignore names, relative to the working folder, for check, outline and export', () => {
    const root = tree();
    expect(filesIn(referat(['check', '--format', 'json', '--ignore', 'arkiv/2024', '.'], undefined, root).stdout)).toEqual(['d.txt']);
    expect(filesIn(referat(['check', '--format', 'json', '--ignore', '*.txt', '--ignore', '!d.txt', '.'], undefined, root).stdout)).toEqual(['d.txt']);
    expect(filesIn(referat(['check', '--format', 'json', '--ignore', 'd.txt', 'arkiv/**/*.txt'], undefined, root).stdout)).toEqual(['a.txt']);
    const outline = JSON.parse(referat(['outline', '--format', 'json', '--ignore', 'a.txt', '.'], undefined, root).stdout) as Array<{ file: string }>;
    expect(outline.map((o) => path.basename(o.file))).toEqual(['d.txt']);
    const exported = JSON.parse(referat(['export', '--format', 'json', '--ignore', 'd.txt', '.'], undefined, root).stdout) as Array<{ source: { file: string } }>;
    expect(exported.map((o) => path.basename(o.source.file))).toEqual(['a.txt']);
  });
});

describe('messages in the chosen language', () => {
  it('tells unknown options and missing values in Danish or English, as --lang or the environment says', () => {
    const da = referat(['check', '--frobnicate', 'x']);
    expect(da.code).toBe(2);
    expect(da.stderr.split('\n')[0]).toBe('Ukendt tilvalg: --frobnicate');
    const en = referat(['check', '--lang', 'en', '--frobnicate', 'x']);
    expect(en.stderr.split('\n')[0]).toBe('Unknown option: --frobnicate');
    expect(en.stderr).toContain('Usage:');
    expect(referat(['check', '--format']).stderr.split('\n')[0]).toBe('Tilvalget --format mangler en værdi');
    const fifo = path.join(mkdtempSync(path.join(tmpdir(), 'referat-fifo-')), 'rør.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(referat(['check', '--lang', 'en', fifo]).stderr).toContain(`Cannot read ${fifo}: not a regular file`);
  });
});
