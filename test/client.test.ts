// The parts of the extension that run without VS Code: the overview page and
// the manifest's commands.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderOverview, escapeHtml } from '../client/src/overviewHtml';
import { ReferatService } from '../server/src/service';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import { notCancelled } from '../server/src/features/cancellation';
import { ROOT, seedPath, seedText } from './helpers';
import { expandSnippet, referatSkeleton } from '../client/src/skeleton';
import { parseReferat } from '../server/src/parse/parser';
import { runRules } from '../server/src/rules/index';

const overview = (seed: string) => new ReferatService('da').overview({ uri: 'file:///x', version: 1, getText: () => seedText(seed) }, DEFAULT_CONFIG, notCancelled);

describe('Mødeoversigt page', () => {
  it('shows items, decisions, attendance per item and problems, in Danish', () => {
    const html = renderOverview(overview('002'), 'da', 'abc123', 'vscode-resource:');
    expect(html).toContain('<h1>Udvalget for Job, Arbejdsmarked og Integration - 2022-2025 <span class="muted">08-05-2024</span></h1>');
    expect(html).toContain('<h2>3. JAI - Integration på beskæftigelsesområdet</h2>');
    expect(html).toContain('<div>Indstillingen tiltrådt.</div>');
    expect(html).toContain('<div class="muted">afbud: Claus Jørgensen</div>');
    expect(html).toContain('data-line="318">linje 319: Beslutningen i punkt 6 er tom');
    expect(html).toContain('<em>tom beslutning</em>');
    expect(html).toContain("script-src 'nonce-abc123'");
    expect(html).not.toMatch(/https?:\/\//);
  });
  it('marks closed items, and says an exempt item needs no decision as the outline and the lens do, in English', () => {
    const html = renderOverview(overview('001'), 'en', 'n', 'x');
    expect(html).toContain('<div class="item closed" data-line="446">');
    expect(html).toContain('<div class="item" data-line="450"><h2>9. Underskriftsark (B)</h2><div class="muted">no decision (exempt)</div></div>');
    expect(renderOverview(overview('002'), 'en', 'n', 'x')).toContain('6. JAI - Godkendelse af referat <span class="badge">1</span>');
  });
  it('escapes the document’s text', () => {
    expect(escapeHtml('<script>"x" & \'y\'</script>')).toBe('&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;');
    const data = { ...overview('000'), title: '<img src=x onerror=alert(1)>' };
    expect(renderOverview(data, 'da', 'n', 'x')).not.toContain('<img');
    expect(renderOverview(null, 'da', 'n', 'x')).toContain('Intet referat åbent.');
  });
});

describe('commands in the manifest', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const en = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
  const da = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.da.json'), 'utf8'));
  const commands = pkg.contributes.commands as Array<{ command: string; title: string }>;
  const DA = ['Opdater indholdsfortegnelse', 'Nummerér punkter', 'Mødeoversigt', 'Åbn som referat (PDF, Word, webside)', 'Gem som tekstfil (.txt)', 'Gå til sagens forrige behandling', 'Gå til sagens næste behandling', 'Vis sagens andre behandlinger', 'Nyt referat', 'Tjek alle referater i arbejdsområdet', 'Vis reglens side'];
  const EN = ['Update table of contents', 'Renumber items', 'Meeting overview', 'Open as referat (PDF, Word, web page)', 'Save as text file (.txt)', 'Go to previous treatment of the case', 'Go to next treatment of the case', "Show the case's other treatments", 'New referat', 'Check all referater in the workspace', "Show the rule's page"];
  it('are found in the palette by their Danish and their English title, whatever VS Code’s language', () => {
    expect(commands.map((c) => c.command)).toEqual(['referat.updateToc', 'referat.renumber', 'referat.showOverview', 'referat.openAsReferat', 'referat.saveImportAsText', 'referat.previousTreatment', 'referat.nextTreatment', 'referat.showTreatments', 'referat.newReferat', 'referat.checkWorkspace', 'referat.openRulePage']);
    // Danish VS Code shows the Danish title first, any other the English one; both hold both.
    expect(commands.map((c) => da[c.title.slice(1, -1)])).toEqual(DA.map((d, n) => `${d} / ${EN[n]}`));
    expect(commands.map((c) => en[c.title.slice(1, -1)])).toEqual(EN.map((e, n) => `${e} / ${DA[n]}`));
  });
  it('has the case history view, word wrap and no format on save for referat files', () => {
    // The Sagshistorik view, in the explorer, for referat documents.
    expect(pkg.contributes.views.explorer).toEqual([expect.objectContaining({ id: 'referat.caseHistory', name: '%referat.caseHistory.name%' })]);
    expect(da['referat.caseHistory.name']).toBe('Sagshistorik');
    // Referater have long lines: they wrap by default; the formatter runs when asked, not on save.
    expect(pkg.contributes.configurationDefaults).toEqual({ '[referat]': { 'editor.wordWrap': 'on', 'editor.formatOnSave': false } });
  });
  it('contributes snippets that expand to text the parser reads, and a walkthrough whose pages ship', () => {
    expect(pkg.contributes.snippets).toEqual([{ language: 'referat', path: './snippets/referat.code-snippets' }]);
    const snippets = JSON.parse(readFileSync(path.join(ROOT, 'snippets', 'referat.code-snippets'), 'utf8')) as Record<string, { prefix: string[]; body: string[] }>;
    const body = (name: string) => expandSnippet(snippets[name].body.join('\n').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1'));
    // An item snippet appended to a clean seed gives one more item, with its decision, and no finding but the TOC's.
    const withItem = seedText('000').trimEnd() + '\n\n' + body('Punkt').replace('Punkt 2:', 'Punkt 12:') + '\n';
    const parsed = parseReferat(withItem);
    expect(parsed.items.at(-1)).toMatchObject({ number: 12, title: 'Titel', decisions: [expect.objectContaining({ text: 'Godkendt.' })] });
    expect(runRules(parsed, DEFAULT_CONFIG).map((d) => d.code)).toEqual(['toc-missing']);
    expect(body('Slå regel fra')).toBe('<!-- referat-disable-next-item missing-beslutning -->');
    expect(parseReferat(body('Slå regel fra')).suppressions).toHaveLength(1);
    const [walkthrough] = pkg.contributes.walkthroughs as Array<{ id: string; steps: Array<{ media: { markdown: string }; description: string }> }>;
    expect(walkthrough.id).toBe('referat.gettingStarted');
    const ignore = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    expect(ignore).toContain('!docs/walkthrough/*.md');
    expect(ignore).toContain('!snippets/referat.code-snippets');
    for (const step of walkthrough.steps) {
      expect(existsSync(path.join(ROOT, step.media.markdown)), step.media.markdown).toBe(true);
      expect(da[step.description.slice(1, -1)]).toMatch(/\(command:referat\.|\(command:workbench\./);
    }
  });
});

describe('New referat', () => {
  it('writes a skeleton with today’s date and weekday that the parser reads without a finding', () => {
    for (const day of [new Date(2026, 11, 2), new Date(2025, 0, 5), new Date(2024, 1, 29)]) {
      const text = expandSnippet(referatSkeleton(day));
      const doc = parseReferat(text);
      expect(doc.header.meetingDate?.date).toEqual({ year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() });
      expect(doc.header.title?.date).toEqual(doc.header.meetingDate?.date);
      expect(doc.items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden']);
      expect(doc.toc?.entries.map((e) => e.title)).toEqual(['Godkendelse af dagsorden']);
      // date-mismatch checks the weekday: none here.
      expect(runRules(doc, DEFAULT_CONFIG)).toEqual([]);
    }
    expect(expandSnippet(referatSkeleton(new Date(2026, 11, 2)))).toMatch(/^REFERAT Økonomiudvalget d\. 02-12-2026\n\nMødedato Onsdag d\. 2\. december 2026 kl\. 16:00\n/);
  });
});

describe('the problem matchers', () => {
  const matchers = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).contributes.problemMatchers) as Array<{ name: string; severity: string; owner: string; pattern: { regexp: string; file: number; line: number; column: number; code: number; message: number } }>;
  it('read every line of referat check’s text output, in Danish and in English, with the right severity', () => {
    expect(matchers.map((m) => [m.name, m.severity, m.owner])).toEqual([['referat-error', 'error', 'referat'], ['referat-warning', 'warning', 'referat'], ['referat-info', 'info', 'referat']]);
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-matcher-'));
    writeFileSync(path.join(dir, '.referatrc.json'), JSON.stringify({ rules: { 'toc-merged-line': 'error', 'empty-beslutning': 'information' } }));
    copyFileSync(seedPath('001'), path.join(dir, '001.txt'));
    copyFileSync(seedPath('002'), path.join(dir, '002.txt'));
    for (const lang of ['da', 'en']) {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--lang', lang, '.'], { cwd: dir, encoding: 'utf8' });
      const lines = r.stdout.trim().split('\n');
      expect(lines).toHaveLength(3);
      const read = lines.map((line) => {
        const hits = matchers.map((m) => ({ m, hit: new RegExp(m.pattern.regexp).exec(line) })).filter((x) => x.hit);
        expect(hits, line).toHaveLength(1);
        const { m, hit } = hits[0];
        return [hit![m.pattern.file], Number(hit![m.pattern.line]), Number(hit![m.pattern.column]), hit![m.pattern.code], m.severity, hit![m.pattern.message].length > 20];
      });
      expect(read).toEqual([
        ['001.txt', 14, 1, 'toc-merged-line', 'error', true],
        ['001.txt', 14, 1, 'toc-title-mismatch', 'warning', true],
        ['002.txt', 319, 1, 'empty-beslutning', 'info', true],
      ]);
    }
  });
});

describe('the status bar item', () => {
  it('counts errors and warnings apart, and others only when there are some', async () => {
    const { statusBarText } = await import('../client/src/statusText');
    expect(statusBarText({ items: 11, errors: 0, warnings: 3, infos: 0 }, 'da')).toEqual({
      text: '$(list-ordered) 11 punkter  $(error) 0  $(warning) 3',
      tooltip: 'Referat: 11 punkter, 0 fejl, 3 advarsler – klik for at åbne Problemer',
    });
    expect(statusBarText({ items: 2, errors: 1, warnings: 0, infos: 2 }, 'en').text).toBe('$(list-ordered) 2 items  $(error) 1  $(warning) 0  $(info) 2');
    // One item is one punkt.
    expect(statusBarText({ items: 1, errors: 0, warnings: 0, infos: 0 }, 'da').text).toBe('$(list-ordered) 1 punkt  $(error) 0  $(warning) 0');
    expect(statusBarText({ items: 1, errors: 0, warnings: 0, infos: 0 }, 'en').tooltip).toMatch(/^Referat: 1 item, /);
  });
});
