import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, seedPath } from './helpers';
import { RULES } from '../server/src/rules/index';

function referat(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], {
    encoding: 'utf8',
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, LANG: 'da_DK.UTF-8', LC_ALL: '', ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDirWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'referat-check-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const seeds = path.join('fixtures', 'seeds');

describe('referat check', () => {
  it('finds the seeds’ real defects, as JSON with 1-based positions, and exits 1', () => {
    const r = referat(['check', '--format', 'json', seeds]);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout);
    expect(findings.map((f: { file: string; line: number; code: string }) => `${path.basename(f.file).slice(0, 3)}:${f.line} ${f.code}`)).toEqual([
      '001:14 toc-merged-line', '001:14 toc-title-mismatch', '002:319 empty-beslutning',
    ]);
    expect(findings[2]).toEqual({
      file: path.join(seeds, '002_fe162d31b03a87c1.txt'), line: 319, column: 1, endLine: 319, endColumn: 11,
      severity: 'warning', code: 'empty-beslutning', message: 'Beslutningen i punkt 6 er tom: skriv, hvad der blev besluttet.',
    });
  });
  it('exits 0 for clean files and prints a summary in text', () => {
    const r = referat(['check', seedPath('000'), seedPath('003'), seedPath('004')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('0 fejl, 0 advarsler, 0 andre i 0 af 3 filer');
  });
  it('prints compiler-style text in Danish and English', () => {
    const da = referat(['check', seedPath('002')]);
    expect(da.stdout.trim()).toBe(`${seedPath('002')}:319:1: advarsel empty-beslutning: Beslutningen i punkt 6 er tom: skriv, hvad der blev besluttet.`);
    const en = referat(['check', '--lang', 'en', seedPath('001')]);
    expect(en.stdout).toContain(':14:1: warning toc-merged-line: The line holds 2 page numbers (5, 8)');
    expect(en.stdout).toContain('(fixable with --fix)');
  });
  it('prints GitHub annotations and SARIF', () => {
    const gh = referat(['check', '--format', 'github', seedPath('002')]);
    expect(gh.stdout.trim()).toBe(`::warning file=${seedPath('002')},line=319,col=1,endLine=319,endColumn=11,title=empty-beslutning::Beslutningen i punkt 6 er tom%3A skriv, hvad der blev besluttet.`.replace('tom%3A', 'tom:'));
    const sarif = JSON.parse(referat(['check', '--format', 'sarif', seeds]).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.rules).toHaveLength(RULES.length);
    // Rule pages by absolute URL, which code-scanning viewers can open.
    for (const rule of sarif.runs[0].tool.driver.rules as Array<{ id: string; helpUri: string }>) {
      expect(rule.helpUri).toMatch(/^file:\/\/\//);
      expect(existsSync(fileURLToPath(rule.helpUri)), rule.helpUri).toBe(true);
    }
    expect(sarif.runs[0].results).toHaveLength(3);
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'toc-merged-line', level: 'warning', locations: [{ physicalLocation: { region: { startLine: 14, startColumn: 1 } } }] });
  });
  it('expands globs and reports a glob that matches nothing', () => {
    const r = referat(['check', '--format', 'json', 'fixtures/seeds/00[03]_*.txt', 'fixtures/nothing/*.txt']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Ingen filer matcher fixtures/nothing/*.txt');
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
  it('checks the rest when a file is unreadable, binary or not a referat, and exits 2 when none could be read', () => {
    const dir = tempDirWith({ 'bin.referat': Buffer.from([0, 1, 2]), 'notes.txt': 'hej\n' });
    const r = referat(['check', path.join(dir, 'bin.referat'), path.join(dir, 'notes.txt'), path.join(dir, 'missing.txt'), seedPath('002')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bin.referat: binær fil, springes over');
    // A file the user names is checked, and says that it cannot be read as a referat.
    expect(r.stdout).toMatch(/notes\.txt:1:1: advarsel unreadable-structure: Ingen punkter fundet/);
    expect(r.stderr).toMatch(/Kan ikke læse .*missing\.txt: ENOENT/);
    expect(r.stdout).toContain('empty-beslutning');
    expect(referat(['check', path.join(dir, 'bin.referat')]).code).toBe(2);
  });
  it('finds the minutes of every agenda system in a folder, as text, PDF and web page, and checks them without a warning', () => {
    const json = referat(['check', '--format', 'json', 'fixtures/corpus']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([]);
    expect(referat(['check', 'fixtures/corpus']).stderr).toContain('0 fejl, 0 advarsler, 0 andre i 0 af 8 filer');
  });
  it('exits 1 for a named file whose items cannot be read', () => {
    const dir = tempDirWith({ 'bestyrelse.txt': 'Referat af bestyrelsesmøde\n\nDagsordenspunkt A – Regnskab\n\nGodkendt.\n' });
    const r = referat(['check', path.join(dir, 'bestyrelse.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/bestyrelse\.txt:1:1: advarsel unreadable-structure/);
    // Found in a folder, a text that is no referat is skipped quietly.
    expect(referat(['check', dir]).stderr).toContain('Ingen referater fundet.');
  });
  it('exits 2 on bad usage', () => {
    expect(referat(['check']).code).toBe(2);
    expect(referat(['check', '--format', 'xml', seeds]).code).toBe(2);
    expect(referat(['check', '--lang', 'de', seeds]).code).toBe(2);
    expect(referat(['check', '--bogus', seeds]).code).toBe(2);
  });
});

describe('referat check --fix', () => {
  it('writes the safe fixes, reports them, and leaves what needs a person', () => {
    const dir = tempDirWith({});
    copyFileSync(seedPath('001'), path.join(dir, '001.txt'));
    copyFileSync(seedPath('002'), path.join(dir, '002.txt'));
    const before002 = readFileSync(path.join(dir, '002.txt'), 'utf8');
    const r = referat(['check', '--fix', '--format', 'json', dir]);
    expect(r.stderr).toContain(`${path.join(dir, '001.txt')}: rettede 1 problem(er): toc-merged-line`);
    const fixed = readFileSync(path.join(dir, '001.txt'), 'utf8');
    expect(fixed).toContain('Budget 2025-2028 (B).....\t8\n');
    expect(fixed.split('\n').length).toBe(readFileSync(seedPath('001'), 'utf8').split('\n').length + 1);
    // The empty Beslutning needs a person: the file is untouched and still reported.
    expect(readFileSync(path.join(dir, '002.txt'), 'utf8')).toBe(before002);
    expect(JSON.parse(r.stdout).map((f: { code: string }) => f.code)).toEqual(['empty-beslutning']);
    expect(r.code).toBe(1);
  });
  it('keeps CRLF, a BOM and Latin-1 as they were', () => {
    const text = readFileSync(path.join(ROOT, 'fixtures', 'rules', 'heading-typo', 'triggers.txt'), 'utf8');
    const dir = tempDirWith({
      'crlf.txt': '\uFEFF' + text.replace(/\n/g, '\r\n'),
      'latin1.referat': Buffer.from(text, 'latin1'),
    });
    const r = referat(['check', '--fix', dir]);
    expect(r.code).toBe(0);
    const crlf = readFileSync(path.join(dir, 'crlf.txt'), 'utf8');
    expect(crlf.startsWith('\uFEFF')).toBe(true);
    expect(crlf).toContain('\r\nSagsfremstilling\r\n');
    expect(crlf.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const latin1 = readFileSync(path.join(dir, 'latin1.referat')).toString('latin1');
    expect(latin1).toContain('\nBESLUTNING\n');
    expect(latin1).toContain('Økonomiudvalget');
  });
});

describe('referat check with a config file', () => {
  it('reads the nearest .referatrc.json and its overrides', () => {
    const dir = tempDirWith({
      '.referatrc.json': JSON.stringify({ rules: { 'empty-beslutning': 'error' }, overrides: [{ files: ['gammel/**'], rules: { 'empty-beslutning': 'off' } }] }),
      'ny/002.txt': readFileSync(seedPath('002')),
      'gammel/002.txt': readFileSync(seedPath('002')),
    });
    const r = referat(['check', '--format', 'json', '.'], { cwd: dir });
    expect(JSON.parse(r.stdout).map((f: { file: string; severity: string }) => [f.file, f.severity])).toEqual([[path.join('ny', '002.txt'), 'error']]);
    expect(r.code).toBe(1);
  });
  it('uses --config instead, and exits 2 when that file is broken', () => {
    const dir = tempDirWith({ 'quiet.json': '{ "rules": { "empty-beslutning": "hint" } }', 'broken.json': '{ "rules": { "empty-beslutning": "loud" } }' });
    const quiet = referat(['check', '--config', path.join(dir, 'quiet.json'), '--format', 'json', seedPath('002')]);
    expect(quiet.code).toBe(0);
    expect(JSON.parse(quiet.stdout)[0].severity).toBe('hint');
    const broken = referat(['check', '--config', path.join(dir, 'broken.json'), seedPath('002')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('er ugyldig');
    expect(broken.stderr).toContain('»rules.empty-beslutning« skal være en af: off, hint, information, warning, error');
  });
  it('reports a broken config file found on the way as an error, and applies the defaults', () => {
    const dir = tempDirWith({ '.referatrc.json': '{ "rules": { ', 'a.txt': readFileSync(seedPath('000')) });
    const r = referat(['check', '--format', 'json', '.'], { cwd: dir });
    const findings = JSON.parse(r.stdout);
    // Only the config file's own problems: the document itself (000) is clean under the defaults.
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f).toMatchObject({ code: 'config-invalid', severity: 'error', file: path.join(dir, '.referatrc.json') });
    expect(findings[0].message).toContain('Ugyldig JSON');
    expect(r.code).toBe(1);
  });
});

describe('--version, --quiet and --max-warnings', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'da_DK.UTF-8', LC_ALL: '' } });
  const seeds = path.join(ROOT, 'fixtures', 'seeds');
  it('prints the version of package.json', () => {
    const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    expect(run(['--version']).stdout).toBe(`${version}\n`);
    expect(run(['-V']).status).toBe(0);
  });
  it('--quiet reports errors only, and warnings do not fail the run', () => {
    const quiet = run(['check', '--quiet', seeds]);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toBe('');
    expect(quiet.stderr).toContain('0 fejl, 0 advarsler, 0 andre i 0 af 5 filer');
    // An error still fails it.
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-quiet-'));
    writeFileSync(path.join(dir, '.referatrc.json'), '{ "rules": { "empty-beslutning": "error" } }');
    copyFileSync(seedPath('002'), path.join(dir, '002.txt'));
    const failing = run(['check', '--quiet', '--format', 'json', dir]);
    expect(failing.status).toBe(1);
    expect(JSON.parse(failing.stdout).map((f: { code: string }) => f.code)).toEqual(['empty-beslutning']);
  });
  it('--max-warnings N fails the run only past N warnings, and says so', () => {
    expect(run(['check', '--max-warnings', '3', seeds]).status).toBe(0);
    const over = run(['check', '--max-warnings', '2', seeds]);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('For mange advarsler: 3 (højst 2 med --max-warnings)');
    expect(run(['check', '--max-warnings=-1', seeds]).status).toBe(2);
  });
});
