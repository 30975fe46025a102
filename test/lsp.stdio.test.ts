import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DocumentSymbolRequest, FoldingRangeRequest, SelectionRangeRequest, DidChangeTextDocumentNotification, SymbolKind, type DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import { seedPath, seedText } from './helpers';
import { startServer, type LspSession } from './lspClient';

describe('the built server over stdio', () => {
  let session: LspSession;
  beforeAll(async () => {
    session = await startServer();
  });
  afterAll(async () => {
    if (session.process.exitCode === null) session.process.kill();
  });

  it('announces its capabilities', () => {
    const caps = session.initializeResult.capabilities;
    expect(caps.documentSymbolProvider).toBeTruthy();
    expect(caps.foldingRangeProvider).toBe(true);
    expect(caps.selectionRangeProvider).toBe(true);
  });

  it('answers documentSymbol and foldingRange for a seed', async () => {
    const uri = session.open(seedPath('003'), seedText('003'));
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toContain('8. Alle fagudvalg - Fagudvalgenes prioriteringer i 2018-19');
    const item8 = symbols.find((s) => s.name.startsWith('8.'))!;
    expect(item8.children!.filter((c) => c.kind === SymbolKind.Event)).toHaveLength(4);
    const folds = await session.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    expect(folds!.length).toBeGreaterThan(9 + 1);
    expect(folds).toContainEqual(expect.objectContaining({ startLine: 651 }));
  });

  it('follows edits and survives text that is not a referat', async () => {
    const uri = session.open('/tmp/not-a-referat.referat', 'hello');
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: '\f\r\nPunkt 1: Lukket:\nBeslutning fra\n\uFEFF' + '.'.repeat(10000) }],
    });
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(['1. Lukket: ']);
    const sel = await session.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri }, positions: [{ line: 1, character: 3 }] });
    expect(sel).toHaveLength(1);
  });

  it('shuts down cleanly', async () => {
    expect(await session.close()).toBe(0);
    expect(session.stderr()).toBe('');
  });
});
