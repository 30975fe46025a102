// A case's history across meetings: a folder of meetings that share case
// numbers (made from seed 000), found in the CLI, in workspace symbols and
// in the hover on a case number, in date order.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CodeLensRequest, HoverRequest, WorkspaceSymbolRequest, type CodeLens, type Hover, type MarkupContent, type SymbolInformation } from 'vscode-languageserver-protocol/node';
import { forwardingOf } from '../server/src/features/forwarding';
import { parseReferat } from '../server/src/parse/parser';
import { doc } from './helpers';
import { meetingOf, ROOT, seedText } from './helpers';
import { serversClosedAfterEach } from './lspClient';

const CASE = '00.15.00G00-1-19';

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'referat-history-'));
  writeFileSync(path.join(dir, 'b-byraad.txt'), meetingOf('Byrådet', '28-08-2024', 'Onsdag d. 28. august 2024'));
  writeFileSync(path.join(dir, 'a-aiu.txt'), seedText('000'));
  writeFileSync(path.join(dir, 'c-oek.txt'), meetingOf('Økonomiudvalget', '14-08-2024', 'Onsdag d. 14. august 2024'));
  writeFileSync(path.join(dir, 'd-andet.txt'), seedText('004'));
  return dir;
}

const session = serversClosedAfterEach(afterEach);

describe('a case through the committees', () => {
  it('referat history lists every treatment in date order, as text and JSON', () => {
    const dir = folder();
    const run = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'history', ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'da_DK.UTF-8', LC_ALL: '' } });
    const json = run(['--format', 'json', CASE, dir]);
    expect(json.status).toBe(0);
    const found = JSON.parse(json.stdout) as { case: string; treatments: Array<{ file: string; date: string; committee: string; number: number; line: number; decision: string }> };
    expect(found.treatments.map((x) => [x.date, x.committee, path.basename(x.file), x.number, x.line])).toEqual([
      ['2024-06-25', 'Arbejdsmarkeds- og Integrationsudvalget', 'a-aiu.txt', 1, 26],
      ['2024-08-14', 'Økonomiudvalget', 'c-oek.txt', 1, 26],
      ['2024-08-28', 'Byrådet', 'b-byraad.txt', 1, 26],
    ]);
    expect(found.treatments[0].decision).toBe('Drøftet.');
    const text = run([` ${CASE.toUpperCase()} `, dir]);
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([`Sag  ${CASE.toUpperCase()} : 3 behandlinger`, expect.stringMatching(/^ {2}2024-06-25 {2}Arbejdsmarkeds- og Integrationsudvalget {2}punkt 1: Dialogmøde .* → Drøftet\. {2}\(.*a-aiu\.txt:26\)$/)]);
    expect(run(['24/9999', dir]).status).toBe(1);
  });

  it('workspace symbols find a case by its number, and the hover on it lists the other treatments', async () => {
    const dir = folder();
    const s = await session({ pull: true, rootDir: dir, settings: { referat: {}, files: { exclude: {} } } });
    const symbols = (await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: CASE })) as SymbolInformation[];
    expect(symbols.map((x) => path.basename(new URL(x.location.uri).pathname)).sort()).toEqual(['a-aiu.txt', 'b-byraad.txt', 'c-oek.txt']);
    const uri = s.open(path.join(dir, 'c-oek.txt'), meetingOf('Økonomiudvalget', '14-08-2024', 'Onsdag d. 14. august 2024'));
    const hover = (await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 27, character: 3 } })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    expect(value).toContain(`**Sag ${CASE}**: 2 andre behandlinger`);
    const lines = value.split('\n').filter((l) => l.startsWith('- ['));
    expect(lines).toEqual([
      `- [2024-06-25 Arbejdsmarkeds- og Integrationsudvalget, punkt 1](${pathToFileURL(path.join(dir, 'a-aiu.txt'))}#L26): Drøftet.`,
      `- [2024-08-28 Byrådet, punkt 1](${pathToFileURL(path.join(dir, 'b-byraad.txt'))}#L26): Drøftet.`,
    ]);
  });
});

describe('where a decision sends the case', () => {
  const item = (decision: string) => parseReferat(doc('Punkt 1: Lokalplan 12', 'Beslutning', decision)).items[0];
  it('reads the body a decision names, or that it goes on to whoever decides next', () => {
    expect(forwardingOf(item('Oversendes til Byrådet.'))).toEqual({ target: 'byrådet', targetText: 'Byrådet' });
    expect(forwardingOf(item('Udvalget anbefaler forslaget og sendes videre til endelig godkendelse i Kommunalbestyrelsen.'))).toEqual({ target: 'kommunalbestyrelsen', targetText: 'Kommunalbestyrelsen' });
    expect(forwardingOf(item('Anbefales godkendt.'))).toEqual({});
    expect(forwardingOf(item('Indstilles til godkendelse.'))).toEqual({});
    expect(forwardingOf(item('Godkendt.'))).toBeUndefined();
    expect(forwardingOf(item('Taget til efterretning.'))).toBeUndefined();
  });
  /** The lens titles on item 1 of seed 000 (line 26) with `decision` as its decision, among the meetings of `folder()`. */
  async function lensTitles(decision: string): Promise<string[]> {
    const dir = folder();
    const text = seedText('000').replace('Beslutning\n\nDrøftet.', `Beslutning\n\n${decision}`);
    writeFileSync(path.join(dir, 'a-aiu.txt'), text);
    const s = await session({ pull: true, rootDir: dir, settings: { referat: {}, files: { exclude: {} } } });
    await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: CASE });
    const uri = s.open(path.join(dir, 'a-aiu.txt'), text);
    return ((await s.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) as CodeLens[]).filter((l) => l.range.start.line === 25).map((l) => l.command!.title);
  }
  it('a lens shows the meeting the case went on to, when it is in the workspace', async () => {
    // Past the Økonomiudvalg's meeting, to the Byråd's.
    expect(await lensTitles('Oversendes til Byrådet.')).toContain('$(arrow-right) Videre til Byrådet 2024-08-28');
  });
  it('with no body named, the next meeting that treats the case', async () => {
    const titles = await lensTitles('Anbefales godkendt.');
    expect(titles).toContain('$(arrow-right) Videre til Økonomiudvalget 2024-08-14');
    expect(titles).toContain('$(history) 2 andre behandlinger af sag 00.15.00G00-1-19');
  });
});

describe('items without a case number', () => {
  it('are tied by a distinctive title, never by one every meeting has', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-titles-'));
    const minutes = (committee: string, date: string, decision: string) => doc(
      `REFERAT ${committee} d. ${date}`, `Mødedato Tirsdag d. ${date}`, 'Mødested Rådhuset', 'Mødedeltagere Anna Hansen, Bo Jensen',
      'Punkt 1: Godkendelse af dagsorden', 'Beslutning', 'Godkendt.',
      'Punkt 2: Renovering af svømmehallen i Vestbyen', 'Sagsfremstilling', 'Hallen trænger til renovering.', 'Beslutning', decision,
    );
    writeFileSync(path.join(dir, 'kultur.txt'), minutes('Kulturudvalget', '04-03-2025', 'Anbefales godkendt.'));
    writeFileSync(path.join(dir, 'byraad.txt'), minutes('Byrådet', '25-03-2025', 'Godkendt.'));
    const run = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'history', '--format', 'json', ...args], { encoding: 'utf8' });
    const found = JSON.parse(run(['Renovering af svømmehallen i Vestbyen', dir]).stdout) as { treatments: Array<{ date: string; committee: string; number: number }> };
    expect(found.treatments.map((x) => [x.date, x.committee, x.number])).toEqual([['2025-03-04', 'Kulturudvalget', 2], ['2025-03-25', 'Byrådet', 2]]);
    expect(run(['Godkendelse af dagsorden', dir]).status).toBe(1);
  });
});
