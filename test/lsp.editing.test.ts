import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DocumentDiagnosticRequest, DidChangeTextDocumentNotification,
  CompletionRequest, DefinitionRequest, RenameRequest, PrepareRenameRequest, WorkspaceSymbolRequest, HoverRequest,
  CodeLensRequest, ExecuteCommandRequest, DocumentFormattingRequest, CodeActionRequest, type CodeAction, ApplyWorkspaceEditRequest, DidChangeWatchedFilesNotification, FileChangeType,
  type CompletionItem, type CompletionList, type Location, type WorkspaceEdit, type SymbolInformation, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { seedPath, seedText } from './helpers';
import { startServer, type LspSession } from './lspClient';
import { WorkspaceIndex } from '../server/src/index/workspaceIndex';

const sessions: LspSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) if (s.process.exitCode === null) await s.close();
});

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'referat-ws-'));
  mkdirSync(path.join(dir, '2024'));
  mkdirSync(path.join(dir, 'build'));
  mkdirSync(path.join(dir, 'skjult'));
  copyFileSync(seedPath('000'), path.join(dir, '2024', 'lemvig.txt'));
  copyFileSync(seedPath('001'), path.join(dir, '2024', 'vejen.referat'));
  copyFileSync(seedPath('003'), path.join(dir, 'lejre-2018.txt'));
  copyFileSync(seedPath('002'), path.join(dir, 'build', 'ignored.txt'));
  copyFileSync(seedPath('004'), path.join(dir, 'skjult', 'excluded.txt'));
  writeFileSync(path.join(dir, 'noter.txt'), 'Ikke et referat: budget\n');
  writeFileSync(path.join(dir, '.gitignore'), 'build/\n');
  return dir;
}

describe('workspace index', () => {
  it('finds the budget items of every meeting, honouring .gitignore and files.exclude', async () => {
    const dir = workspace();
    const index = new WorkspaceIndex();
    index.setExcludes(['**/skjult']);
    await index.build([dir]);
    expect(index.size).toBe(3);
    const budget = index.symbols('budget');
    expect(budget.map((s) => `${path.basename(s.location.uri)} ${s.name}`)).toEqual([
      'lemvig.txt 3. Direktionens forslag til et flerårigt budget i balance 2025-2028',
      'vejen.referat 2. Budgetopfølgning pr. 31.03.2024 for drift, anlæg, finansiering og finansforskydninger - Udvalget for arbejdsmarked og integration (C)',
      'vejen.referat 3. Budget 2025-2028 (B)',
    ]);
    // Only in build/ (.gitignore) and skjult/ (files.exclude):
    expect(index.symbols('JAI')).toEqual([]);
    expect(index.symbols('Krogsbølle')).toEqual([]);
    expect(index.symbols('job arbejdsmarked 2018')[0]).toMatchObject({ name: 'Udvalget for Job & Arbejdsmarked 07-03-2018', kind: 1 });
    expect(index.symbols('dagsorden').map((s) => s.containerName)).toEqual(['Udvalget for Job & Arbejdsmarked 07-03-2018']);
  });
});

describe('editing over LSP', () => {
  it('completes, goes to definition, hovers and shows code lenses', async () => {
    const s = await startServer({ pull: true });
    sessions.push(s);
    const text = seedText('000').replace('Fraværende Tina Boel van Ingen\n\nPunkt 2', 'Fraværende \n\nPunkt 2');
    const uri = s.open(seedPath('000'), text);
    const line = text.split('\n').indexOf('Fraværende ');
    const result = (await s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character: 11 } })) as CompletionItem[] | CompletionList;
    const items = Array.isArray(result) ? result : result.items;
    expect(items.map((i) => i.label)[0]).toBe('Jens Lønberg Pedersen');
    const def = (await s.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: 15, character: 4 } })) as Location[];
    expect(def).toEqual([{ uri, range: expect.objectContaining({ start: { line: 109, character: 0 } }) }]);
    const hover = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 15, character: 4 } });
    expect(JSON.stringify(hover)).toContain('Lukket punkt');
    const lenses = await s.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    expect(lenses!.map((l) => l.command!.title)[0]).toBe('Beslutning: Drøftet.');
  });

  it('formats a document (whitespace only) and offers the turn-off quick fix', async () => {
    const s = await startServer({ pull: true });
    sessions.push(s);
    const text = seedText('000').replace('\n\nBeslutning\n\nDrøftet.', '\nBeslutning  \nDrøftet.');
    const uri = s.open(seedPath('000'), text);
    const edits = (await s.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } })) as TextEdit[];
    const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'referat', 1, text), edits);
    expect(formatted).toBe(seedText('000'));
    expect(s.initializeResult.capabilities.documentFormattingProvider).toBe(true);
    // The turn-off action for a finding, over LSP: a marker line before the item.
    const typo = text.replace('\nBeslutning  \nDrøftet.', '\nBeslutnig\nDrøftet.');
    s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: typo }] });
    const line = typo.split('\n').indexOf('Beslutnig');
    const actions = (await s.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line, character: 0 }, end: { line, character: 0 } }, context: { diagnostics: [] } })) as CodeAction[];
    const off = actions.find((a) => a.title === 'Slå heading-typo fra for punkt 1');
    expect(off, actions.map((a) => a.title).join(' | ')).toBeDefined();
    const turnedOff = TextDocument.applyEdits(TextDocument.create(uri, 'referat', 2, typo), off!.edit!.changes![uri]);
    expect(turnedOff.split('\n')[typo.split('\n').findIndex((l) => l.startsWith('Punkt 1:'))]).toBe('<!-- referat-disable-next-item heading-typo -->');
  });
  it('renames a member everywhere', async () => {
    const s = await startServer({ pull: true });
    sessions.push(s);
    const uri = s.open(seedPath('002'), seedText('002'));
    const prepared = await s.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: { line: 29, character: 9 } });
    expect(prepared).toMatchObject({ placeholder: 'Claus Jørgensen' });
    const edit = (await s.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: { line: 29, character: 9 }, newName: 'Claus Jørgensen Holm' })) as WorkspaceEdit;
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'referat', 1, seedText('002')), edit.changes![uri] as TextEdit[]);
    // Mødedeltagere and two Afbud lines in each of the five items that have them.
    expect(after.match(/Claus Jørgensen Holm/g)).toHaveLength(1 + 5 * 2);
    expect(after).toContain('Claus Jørgensen Holm (Afbud)');
  });

  it('indexes a large workspace on worker threads with the same symbols, and answers requests meanwhile', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-big-'));
    for (let n = 0; n < 240; n++) {
      const sub = path.join(dir, String(2000 + (n % 12)));
      mkdirSync(sub, { recursive: true });
      writeFileSync(path.join(sub, `r${n}.txt`), seedText(`00${n % 5}`).replace(/^REFERAT (\S+)/m, `REFERAT $1${n}`));
    }
    // Not a referat, and not indexed.
    writeFileSync(path.join(dir, '2000', 'noter.txt'), 'Indkøbsliste\n\nmælk, brød\n');
    const s = await startServer({ pull: true, rootDir: dir, progress: true, settings: { referat: {}, files: { exclude: {} } } });
    sessions.push(s);
    // A request sent while indexing is answered.
    const uri = s.open(seedPath('000'), seedText('000'));
    expect(await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })).toMatchObject({ kind: 'full' });
    const all = (await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Underskriftsark' })) as SymbolInformation[];
    expect(s.progress().at(-1)).toMatchObject({ kind: 'end', message: '241' });
    // Seed 001's signature item, in each of its 48 copies.
    expect(all.filter((x) => x.name === '9. Underskriftsark (B)')).toHaveLength(48);
    expect(new Set(all.map((x) => x.location.uri)).size).toBe(48);
    // Read on worker threads where there are cores for them, and said so in the log.
    expect(s.logs().join('\n')).toMatch(availableParallelism() >= 2 ? /indexed \d+ of 241 files in \d+ ms on \d worker threads/ : /indexed \d+ of 241 files/);
  }, 60_000);

  it('checks every referat that is not open, reporting how many files are done on the token it was given', async () => {
    const dir = workspace();
    const s = await startServer({ pull: true, rootDir: dir, settings: { referat: {}, files: { exclude: { '**/skjult': true } } } });
    sessions.push(s);
    const open = s.open(path.join(dir, '2024', 'lemvig.txt'), seedText('000'));
    const results = (await s.connection.sendRequest('referat/checkWorkspace', { workDoneToken: 'check-1' })) as Array<{ uri: string; diagnostics: Array<{ code: string }> }>;
    // The open file has its own diagnostics; the other two referater (not build/, not skjult/) are checked.
    expect(results.map((r) => path.basename(r.uri)).sort()).toEqual(['lejre-2018.txt', 'vejen.referat']);
    expect(results.map((r) => r.uri)).not.toContain(open);
    const reports = s.progress('check-1') as Array<{ kind: string; message: string; percentage: number }>;
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.at(-1)).toEqual({ kind: 'report', message: '2/2', percentage: 100 });
    // Without a token, the check says nothing on the way.
    const before = s.progress().length;
    expect(await s.connection.sendRequest('referat/checkWorkspace', {})).toHaveLength(2);
    expect(s.progress().length).toBe(before);
  });

  it('answers workspace symbols from the background index and keeps it current', async () => {
    const dir = workspace();
    const s = await startServer({ pull: true, rootDir: dir, progress: true, settings: { referat: {}, files: { exclude: { '**/skjult': true } } } });
    sessions.push(s);
    const symbols = (await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'budget' })) as SymbolInformation[];
    // Indexing showed progress from begin to end.
    const kinds = s.progress().map((p) => (p as { kind: string }).kind);
    expect(kinds[0]).toBe('begin');
    expect(kinds.at(-1)).toBe('end');
    expect(s.progress().at(-1)).toMatchObject({ message: '3' });
    // build/ is in .gitignore, skjult/ in files.exclude: their meetings are not found.
    expect(await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'JAI' })).toEqual([]);
    expect(await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Krogsbølle' })).toEqual([]);
    expect(((await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Lejre' })) as SymbolInformation[]).length).toBeGreaterThan(0);
    expect(symbols.map((x) => x.name)).toEqual([
      '3. Direktionens forslag til et flerårigt budget i balance 2025-2028',
      '2. Budgetopfølgning pr. 31.03.2024 for drift, anlæg, finansiering og finansforskydninger - Udvalget for arbejdsmarked og integration (C)',
      '3. Budget 2025-2028 (B)',
    ]);
    // A new file on disk is indexed when the client reports it.
    const added = path.join(dir, '2024', 'ny.referat');
    writeFileSync(added, readFileSync(seedPath('004'), 'utf8').replaceAll('Godkendelse af referat', 'Budget for kaffe'));
    await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(added).toString(), type: FileChangeType.Created }] });
    await new Promise((r) => setTimeout(r, 200));
    const again = (await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'budget' })) as SymbolInformation[];
    expect(again.map((x) => x.name), s.stderr()).toContain('11. Budget for kaffe');
    // An open document's edits are in the index for the next request that reads it, without waiting for typing to stop.
    const open = s.open(added, readFileSync(added, 'utf8'));
    const line = readFileSync(added, 'utf8').split('\n').findIndex((l) => l.startsWith('Punkt 11: Budget for kaffe'));
    const at = readFileSync(added, 'utf8').split('\n')[line].indexOf('kaffe');
    await s.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: open, version: 2 },
      contentChanges: [{ range: { start: { line, character: at }, end: { line, character: at + 'kaffe'.length } }, text: 'frugt' }],
    });
    const edited = ((await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'budget' })) as SymbolInformation[]).map((x) => x.name);
    expect(edited, JSON.stringify(edited)).toContain('11. Budget for frugt');
    expect(edited).not.toContain('11. Budget for kaffe');
  });

  it('runs the commands through workspace/applyEdit', async () => {
    const s = await startServer({ pull: true });
    sessions.push(s);
    let applied: WorkspaceEdit | undefined;
    s.connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      applied = p.edit;
      return { applied: true };
    });
    const uri = s.open(seedPath('001'), seedText('001'));
    expect(s.initializeResult.capabilities.executeCommandProvider!.commands).toEqual(['referat.server.updateToc', 'referat.server.renumber']);
    expect(await s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'referat.server.updateToc', arguments: [uri] })).toBe(true);
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'referat', 1, seedText('001')), applied!.changes![uri] as TextEdit[]);
    expect(after.split('\n').slice(12, 15)).toEqual([
      'Temadrøftelse - Nytteindsats - Arbejdspligt (B).....\t3',
      'Budgetopfølgning pr. 31.03.2024 for drift, anlæg, finansiering og finansforskydninger - Udvalget for arbejdsmarked og integration (C).....\t5',
      'Budget 2025-2028 (B).....\t8',
    ]);
    // Nothing to renumber: no edit, and the command says so.
    expect(await s.connection.sendRequest(ExecuteCommandRequest.type, { command: 'referat.server.renumber', arguments: [uri] })).toBe(false);
  });
});
