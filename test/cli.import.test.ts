// `referat import`, and `check`/`outline` on PDF, HTML and Word files directly.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const CORPUS = path.join(ROOT, 'fixtures', 'corpus');
const EDOC = 'ballerup_sfu_2012-12-04_edoc';
const WEB = 'aarhus_tu_2025-10-01_firstagenda-web';

function referat(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'da_DK.UTF-8', LC_ALL: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workDir(...names: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'referat-import-'));
  for (const name of names) copyFileSync(path.join(CORPUS, name), path.join(dir, name));
  return dir;
}

describe('referat import', () => {
  it('refuses a web page that is not minutes, in import and in check, and writes nothing', () => {
    const dir = workDir(`${WEB}.html`);
    writeFileSync(path.join(dir, 'nyheder.html'), '<html><body><h1>Nyheder</h1><p>Byens nye bibliotek åbner.</p></body></html>');
    const r = referat(['import', path.join(dir, 'nyheder.html'), path.join(dir, `${WEB}.html`)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nyheder.html: Siden ligner ikke et referat');
    expect(existsSync(path.join(dir, 'nyheder.txt'))).toBe(false);
    expect(existsSync(path.join(dir, `${WEB}.txt`))).toBe(true);
    expect(referat(['check', path.join(dir, 'nyheder.html')]).stderr).toContain('Siden ligner ikke et referat');
  });
  it('writes a .txt beside each original, never over one without --force', () => {
    const dir = workDir(`${EDOC}.pdf`, `${WEB}.html`);
    const r = referat(['import', path.join(dir, `${EDOC}.pdf`), path.join(dir, `${WEB}.html`)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${EDOC}.txt (15 sider, 8 punkter)`);
    expect(r.stdout).toContain(`${WEB}.txt (6 punkter)`);
    const text = readFileSync(path.join(dir, `${EDOC}.txt`), 'utf8');
    expect(text.split('\f')).toHaveLength(16);
    writeFileSync(path.join(dir, `${EDOC}.txt`), 'min egen tekst\n');
    const again = referat(['import', path.join(dir, `${EDOC}.pdf`)]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('findes allerede; brug --force');
    expect(readFileSync(path.join(dir, `${EDOC}.txt`), 'utf8')).toBe('min egen tekst\n');
    expect(referat(['import', '--force', path.join(dir, `${EDOC}.pdf`)]).code).toBe(0);
    expect(readFileSync(path.join(dir, `${EDOC}.txt`), 'utf8')).toBe(text);
  });
  it('writes into --out-dir, or to -o for one file, and refuses -o for several', () => {
    const dir = workDir(`${EDOC}.pdf`, `${WEB}.html`);
    const out = path.join(dir, 'tekst');
    expect(referat(['import', '--out-dir', out, dir]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`${WEB}.txt`, `${EDOC}.txt`]);
    const one = path.join(dir, 'et.txt');
    expect(referat(['import', '-o', one, path.join(dir, `${WEB}.html`)]).code).toBe(0);
    expect(readFileSync(one, 'utf8')).toContain('Forvaltningen orienterer');
    const both = referat(['import', '-o', one, path.join(dir, `${EDOC}.pdf`), path.join(dir, `${WEB}.html`)]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('-o kan kun bruges med én fil');
  });
  it('reports each file it cannot read, writes nothing for it, and goes on with the rest', () => {
    const dir = workDir(`${WEB}.html`);
    copyFileSync(path.join(ROOT, 'fixtures', 'import', 'encrypted.pdf'), path.join(dir, 'hemmelig.pdf'));
    writeFileSync(path.join(dir, 'nyheder.html'), '<html><body><h1>Nyheder</h1><p>Byens nye bibliotek åbner.</p></body></html>');
    writeFileSync(path.join(dir, 'ødelagt.pdf'), '%PDF-1.7\n1 0 obj\n<< /Type /Catalog');
    const r = referat(['import', path.join(dir, 'hemmelig.pdf'), path.join(dir, 'nyheder.html'), path.join(dir, 'ødelagt.pdf'), path.join(dir, 'mangler.pdf'), path.join(dir, `${WEB}.html`)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('hemmelig.pdf: PDF-filen er krypteret');
    expect(r.stderr).toContain('nyheder.html: Siden ligner ikke et referat');
    expect(r.stderr).toContain('ødelagt.pdf: Filen er beskadiget');
    expect(r.stderr).toMatch(/Kan ikke læse .*mangler\.pdf: ENOENT/);
    expect(readdirSync(dir).sort()).toEqual([`${WEB}.html`, `${WEB}.txt`, 'hemmelig.pdf', 'nyheder.html', 'ødelagt.pdf']);
  });
});

describe('check and outline read PDF, HTML and Word files directly', () => {
  it('checks the originals with lines of the converted text and their pages', () => {
    const r = referat(['check', '--format', 'json', path.join(CORPUS, `${EDOC}.pdf`), path.join(CORPUS, `${WEB}.html`)]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    const dir = workDir(`${EDOC}.pdf`);
    // A decision removed from the text the PDF gives: the finding names its line and page.
    referat(['import', path.join(dir, `${EDOC}.pdf`)]);
    const text = readFileSync(path.join(dir, `${EDOC}.txt`), 'utf8').replace('Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 4', 'Bemærkning');
    writeFileSync(path.join(dir, 'ændret.txt'), text);
    const changed = referat(['check', path.join(dir, 'ændret.txt')]);
    expect(changed.stdout).toMatch(/ændret\.txt:\d+:1: advarsel missing-beslutning: Punkt 4 har ingen Beslutning.*\(side 7\)/);
  });
  it('outlines a PDF with its system and pages, and does not --fix it', () => {
    const outline = JSON.parse(referat(['outline', '--format', 'json', path.join(CORPUS, 'syddjurs_puk_2013-06-20_acadre.pdf')]).stdout);
    expect(outline[0]).toMatchObject({ dialect: 'acadre', items: [{ number: 715, page: 2, caseNumber: '12/27845' }] });
    const dir = workDir(`${EDOC}.pdf`);
    const before = readFileSync(path.join(dir, `${EDOC}.pdf`));
    const fix = referat(['check', '--fix', path.join(dir, `${EDOC}.pdf`)]);
    expect(fix.stderr).toContain('--fix retter ikke PDF-');
    expect(readFileSync(path.join(dir, `${EDOC}.pdf`)).equals(before)).toBe(true);
    expect(existsSync(path.join(dir, `${EDOC}.txt`))).toBe(false);
  });
});
