import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CodeActionRequest, CodeActionResolveRequest, DidChangeTextDocumentNotification, DocumentDiagnosticRequest, DidChangeWatchedFilesNotification, FileChangeType,
  type CodeAction, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT, seedPath, seedText } from './helpers';
import { pullDiagnostics, serversClosedAfterEach } from './lspClient';
import { parseReferat } from '../server/src/parse/parser';
import { runRules } from '../server/src/rules/index';
import { DEFAULT_CONFIG } from '../server/src/config/types';

const session = serversClosedAfterEach(afterEach);
const pull = pullDiagnostics;

describe('diagnostics over LSP', () => {
  it('pulls diagnostics with codes, links to the rule pages and related locations', async () => {
    const s = await session({ pull: true });
    expect(s.initializeResult.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false });
    const uri = s.open(seedPath('001'), seedText('001'));
    const items = await pull(s, uri);
    expect(items.map((d) => [d.range.start.line, d.code, d.severity])).toEqual([[13, 'toc-merged-line', 2], [13, 'toc-title-mismatch', 2]]);
    expect(items[0].source).toBe('referat');
    expect(items[0].message).toContain('smeltet sammen');
    expect(items[0].codeDescription!.href).toBe(pathToFileURL(path.join(ROOT, 'docs', 'rules', 'toc-merged-line.md')).toString());
    expect(items[1].relatedInformation![0]).toMatchObject({ location: { uri, range: { start: { line: 99 } } } });
    expect(await pull(s, s.open(seedPath('000'), seedText('000')))).toEqual([]);
  });

  it('pushes diagnostics to clients that cannot pull, and follows edits', async () => {
    const s = await session({});
    expect(s.initializeResult.capabilities.diagnosticProvider).toBeUndefined();
    const uri = pathToFileURL(seedPath('002')).toString();
    const first = s.nextDiagnostics(uri);
    s.open(seedPath('002'), seedText('002'));
    expect((await first).diagnostics.map((d) => [d.range.start.line, d.code])).toEqual([[318, 'empty-beslutning']]);
    const second = s.nextDiagnostics(uri);
    await s.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 318, character: 10 }, end: { line: 318, character: 10 } }, text: '\n\nGodkendt.' }],
    });
    expect((await second).diagnostics).toEqual([]);
  });

  it('answers a pull whose diagnostics did not change with the last report\'s id, as VS Code asks', async () => {
    const s = await session({ pull: true });
    const uri = s.open(seedPath('002'), seedText('002'));
    const report = (previousResultId?: string) =>
      s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) }) as Promise<{ kind: string; resultId?: string; items?: Array<{ code?: unknown; range: { start: { line: number } } }> }>;
    const change = (version: number, line: number, character: number, text: string) =>
      s.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }],
      });
    const first = await report();
    expect(first.kind).toBe('full');
    expect(first.items!.map((d) => [d.range.start.line, d.code])).toEqual([[318, 'empty-beslutning']]);
    expect(first.resultId).toBeTruthy();
    expect(await report(first.resultId)).toEqual({ kind: 'unchanged', resultId: first.resultId });
    // A word typed in an item's text changes no diagnostic.
    await change(2, 105, 0, 'Desuden ');
    expect(await report(first.resultId)).toEqual({ kind: 'unchanged', resultId: first.resultId });
    // Without the id the client holds, or with another, the report is sent whole.
    expect((await report()).kind).toBe('full');
    const fresh = await report('no-such-id');
    expect(fresh.kind).toBe('full');
    // A line added above the finding moves it: a new report.
    await change(3, 105, 0, '\n');
    const moved = await report(fresh.resultId);
    expect(moved.kind).toBe('full');
    expect(moved.resultId).not.toBe(fresh.resultId);
    expect(moved.items!.map((d) => [d.range.start.line, d.code])).toEqual([[319, 'empty-beslutning']]);
    // The finding fixed: a report without it.
    await change(4, 319, 10, '\n\nGodkendt.');
    const fixed = await report(moved.resultId);
    expect(fixed).toMatchObject({ kind: 'full', items: [] });
  });

  it('gives after every edit the diagnostics a fresh check of the text gives', async () => {
    const s = await session({ pull: true });
    let text = seedText('001').replace(/\n/g, '\r\n');
    const uri = s.open(seedPath('001'), text);
    let doc = TextDocument.create(uri, 'referat', 1, text);
    // Typing, deleting, breaking and joining lines, pasting a heading, across the document and its line breaks.
    const pieces = ['x', '', '\r\n', '\n', 'Beslutning\r\n', 'Punkt 4: Ny sag\r\n', ' ', '\f'];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 48271) % 2147483647) % n);
    for (let version = 2; version < 62; version++) {
      const from = random(text.length);
      const to = Math.min(text.length, from + random(8));
      const changes = [{ range: { start: doc.positionAt(from), end: doc.positionAt(to) }, text: pieces[random(pieces.length)] }];
      // Now and then two changes in one notification, as several cursors make them: each applies to the text the one before left.
      if (version % 5 === 0) {
        const after = TextDocument.update(TextDocument.create(uri, 'referat', 0, text), changes, 0);
        const at = random(after.getText().length);
        changes.push({ range: { start: after.positionAt(at), end: after.positionAt(at) }, text: pieces[random(pieces.length)] });
      }
      doc = TextDocument.update(doc, changes, version);
      text = doc.getText();
      await s.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
      const got = (await pull(s, uri)).map((d) => [d.code, d.range]);
      const want = runRules(parseReferat(text), DEFAULT_CONFIG).map((d) => [d.code, d.range]);
      expect(got, `after edit ${version - 1}`).toEqual(want);
    }
  });

  it('speaks English when the client asks for it', async () => {
    const s = await session({ pull: true, locale: 'en' });
    const items = await pull(s, s.open(seedPath('002'), seedText('002')));
    expect(items[0].message).toBe('The Beslutning of item 6 is empty: write what was decided.');
  });

  it('applies VS Code settings: severities, language', async () => {
    const s = await session({ pull: true, settings: { referat: { rules: { 'toc-merged-line': 'off', 'toc-title-mismatch': 'error' }, language: 'en' } } });
    const items = await pull(s, s.open(seedPath('001'), seedText('001')));
    expect(items.map((d) => [d.code, d.severity])).toEqual([['toc-title-mismatch', 1]]);
    expect(items[0].message).toMatch(/^The table of contents title/);
  });
});

describe('.referatrc.json over LSP', () => {
  it('applies the nearest config file and its overrides, and reports a broken one on the file itself', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-lsp-'));
    mkdirSync(path.join(dir, 'arkiv'));
    writeFileSync(path.join(dir, '.referatrc.json'), JSON.stringify({ rules: { 'empty-beslutning': 'error' }, overrides: [{ files: ['arkiv/**'], rules: { 'empty-beslutning': 'off' } }] }));
    const s = await session({ pull: true, rootDir: dir });
    const here = path.join(dir, 'a.txt');
    const archived = path.join(dir, 'arkiv', 'b.txt');
    expect((await pull(s, s.open(here, seedText('002')))).map((d) => [d.code, d.severity])).toEqual([['empty-beslutning', 1]]);
    expect(await pull(s, s.open(archived, seedText('002')))).toEqual([]);

    // Break the file: its own diagnostic appears, and the defaults apply.
    const configPath = path.join(dir, '.referatrc.json');
    const configUri = pathToFileURL(configPath).toString();
    writeFileSync(configPath, '{ "rules": { "toc-ordr": "warning" } }');
    const broken = s.nextDiagnostics(configUri);
    await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    expect((await pull(s, pathToFileURL(here).toString())).map((d) => [d.code, d.severity])).toEqual([['empty-beslutning', 2]]);
    const report = await broken;
    expect(report.diagnostics).toHaveLength(1);
    expect(report.diagnostics[0]).toMatchObject({ code: 'config-invalid', range: { start: { line: 0, character: 13 } } });
    expect(report.diagnostics[0].message).toContain('Ukendt regel »toc-ordr«');
    expect(s.refreshes()).toBeGreaterThan(0);
    expect(s.stderr()).toBe('');
  });
});

describe('code actions over LSP', () => {
  it('offers the split of the fused line as a preferred quick fix, and fix-all as a source action', async () => {
    const s = await session({ pull: true });
    const uri = s.open(seedPath('001'), seedText('001'));
    const diagnostics = await pull(s, uri);
    const actions = (await s.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics, only: ['quickfix'] },
    })) as CodeAction[];
    // The fix, then turning each finding on the line off for that line (the TOC is outside the items).
    expect(actions.map((a) => a.title)).toEqual(['Del linjen i 2 linjer (punkt 2 og 3)', 'Slå toc-merged-line fra for denne linje', 'Slå toc-title-mismatch fra for denne linje']);
    expect(actions[0].isPreferred).toBe(true);
    const edits = actions[0].edit!.changes![uri] as TextEdit[];
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'referat', 1, seedText('001')), edits);
    expect(fixed.split('\n')[14]).toBe('Budget 2025-2028 (B).....\t8');

    const all = (await s.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(all.map((a) => [a.kind, a.title])).toEqual([['source.fixAll.referat', 'Ret alle sikre referat-problemer (1)']]);
    expect(TextDocument.applyEdits(TextDocument.create(uri, 'referat', 1, seedText('001')), all[0].edit!.changes![uri] as TextEdit[])).toBe(fixed);
  });
  it('does not fix all for a request the cursor sends, and fills in Fix all only when it is chosen', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const eager = await session({ pull: true });
    const uri = eager.open(seedPath('001'), seedText('001'));
    await pull(eager, uri);
    // A client that cannot resolve gets no Fix all unless it asks for that kind.
    const plain = (await eager.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [] } })) as CodeAction[];
    expect(plain.filter((a) => a.kind?.startsWith('source.fixAll'))).toEqual([]);

    const lazy = await session({ pull: true, resolveEdits: true });
    const uri2 = lazy.open(seedPath('001'), seedText('001'));
    await pull(lazy, uri2);
    const offered = (await lazy.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uri2 }, range, context: { diagnostics: [] } })) as CodeAction[];
    const fixAll = offered.find((a) => a.kind === 'source.fixAll.referat')!;
    expect(fixAll.title).toBe('Ret alle sikre referat-problemer (1)');
    expect(fixAll.edit).toBeUndefined();
    const resolved = (await lazy.connection.sendRequest(CodeActionResolveRequest.type, fixAll)) as CodeAction;
    const fixed = TextDocument.applyEdits(TextDocument.create(uri2, 'referat', 1, seedText('001')), resolved.edit!.changes![uri2] as TextEdit[]);
    expect(fixed.split('\n')[14]).toBe('Budget 2025-2028 (B).....\t8');
  });
});
