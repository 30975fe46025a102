// The parts of the extension that run without VS Code: the overview page and
// the manifest's commands.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderOverview, escapeHtml } from '../client/src/overviewHtml';
import { ReferatService } from '../server/src/service';
import { DEFAULT_CONFIG } from '../server/src/config/types';
import { notCancelled } from '../server/src/features/cancellation';
import { ROOT, seedText } from './helpers';

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
  it('have Danish titles with an English fallback', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const en = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
    const da = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.da.json'), 'utf8'));
    const commands = pkg.contributes.commands as Array<{ command: string; title: string }>;
    expect(commands.map((c) => c.command)).toEqual(['referat.updateToc', 'referat.renumber', 'referat.showOverview', 'referat.openAsReferat', 'referat.saveImportAsText', 'referat.previousTreatment', 'referat.nextTreatment', 'referat.showTreatments']);
    expect(commands.map((c) => da[c.title.slice(1, -1)])).toEqual(['Opdater indholdsfortegnelse', 'Nummerér punkter', 'Mødeoversigt', 'Åbn som referat (PDF, Word, webside)', 'Gem som tekstfil (.txt)', 'Gå til sagens forrige behandling', 'Gå til sagens næste behandling', 'Vis sagens andre behandlinger']);
    expect(commands.map((c) => en[c.title.slice(1, -1)])).toEqual(['Update table of contents', 'Renumber items', 'Meeting overview', 'Open as referat (PDF, Word, web page)', 'Save as text file (.txt)', 'Go to previous treatment of the case', 'Go to next treatment of the case', "Show the case's other treatments"]);
    // The Sagshistorik view, in the explorer, for referat documents.
    expect(pkg.contributes.views.explorer).toEqual([expect.objectContaining({ id: 'referat.caseHistory', name: '%referat.caseHistory.name%' })]);
    expect(da['referat.caseHistory.name']).toBe('Sagshistorik');
    // Referater have long lines: they wrap by default.
    expect(pkg.contributes.configurationDefaults).toEqual({ '[referat]': { 'editor.wordWrap': 'on' } });
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
  });
});
