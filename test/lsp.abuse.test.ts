// The server over a real stdio session, under abuse: it answers every
// request (empty or an error), keeps serving, and gives memory back.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CodeActionRequest, CompletionRequest, DefinitionRequest, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  DocumentDiagnosticRequest, DocumentSymbolRequest, FoldingRangeRequest, HoverRequest, ReferencesRequest, SelectionRangeRequest, CodeLensRequest,
  CancellationTokenSource,
} from 'vscode-languageserver-protocol/node';
import { seedPath, seedText } from './helpers';
import { pullDiagnostics, serversClosedAfterEach, type LspSession } from './lspClient';

const session = serversClosedAfterEach(afterEach);
const pull = pullDiagnostics;

/** Every position-taking request at `position`, and the rest, for `uri`. */
function everyRequest(s: LspSession, uri: string, position: { line: number; character: number }) {
  const textDocument = { uri };
  const range = { start: position, end: position };
  const c = s.connection;
  return Promise.all([
    c.sendRequest(DocumentSymbolRequest.type, { textDocument }),
    c.sendRequest(FoldingRangeRequest.type, { textDocument }),
    c.sendRequest(SelectionRangeRequest.type, { textDocument, positions: [position] }),
    c.sendRequest(CompletionRequest.type, { textDocument, position }),
    c.sendRequest(HoverRequest.type, { textDocument, position }),
    c.sendRequest(DefinitionRequest.type, { textDocument, position }),
    c.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } }),
    c.sendRequest(CodeActionRequest.type, { textDocument, range, context: { diagnostics: [] } }),
    c.sendRequest(CodeLensRequest.type, { textDocument }),
    c.sendRequest(DocumentDiagnosticRequest.type, { textDocument }),
  ]);
}

/** The server's resident memory, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

describe('the server under abuse', () => {
  it('answers requests for unknown documents and positions outside the document, and keeps serving', async () => {
    const s = await session({ pull: true });
    const unknown = await everyRequest(s, 'file:///nowhere/unknown.referat', { line: 3, character: 4 });
    expect(unknown.slice(0, 9).map((r) => (Array.isArray(r) ? r.length : r))).toEqual([0, 0, 0, 0, null, 0, 0, 0, 0]);
    const uri = s.open(seedPath('001'), seedText('001'));
    for (const position of [{ line: 100_000, character: 0 }, { line: 5, character: 100_000 }, { line: 0, character: 0 }, { line: 2 ** 31 - 1, character: 2 ** 31 - 1 }]) {
      await everyRequest(s, uri, position);
    }
    expect(((await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as unknown[]).length).toBeGreaterThan(3);
    expect(s.process.exitCode).toBeNull();
  });

  it('follows 1,000 rapid edits with cancelled pulls, and a stale version, to the right diagnostics', async () => {
    const s = await session({ pull: true });
    const text = seedText('002');
    const uri = s.open(seedPath('002'), text);
    const line = text.split('\n').length - 1;
    const pulls: Array<Promise<unknown>> = [];
    for (let v = 2; v <= 1001; v++) {
      void s.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: v % 2 === 0 ? 'x' : '' }],
      });
      const source = new CancellationTokenSource();
      pulls.push(s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }, source.token).catch((e) => e));
      if (v % 3 === 0) source.cancel();
    }
    // Every request got an answer: a report, or the error for a cancelled request.
    const answers = await Promise.all(pulls);
    expect(answers).toHaveLength(1000);
    // A change whose version is older than the document's is still a change the editor made.
    void s.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 5 },
      contentChanges: [{ text: seedText('000') }],
    });
    expect(await pull(s, uri)).toEqual([]);
    expect(s.process.exitCode).toBeNull();
  });

  it('ignores invalid settings values and a config file that is not JSON, reporting the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-abuse-'));
    writeFileSync(path.join(dir, '.referatrc.json'), '{ "rules": { "toc-merged-line": "off" }, ]] not json');
    const file = path.join(dir, '001.txt');
    writeFileSync(file, seedText('001'));
    const s = await session({ pull: true, rootDir: dir, settings: { referat: { rules: { 'toc-title-mismatch': 'loud' }, language: 5, dialect: 'nonsense', maxDocumentSize: 'big', exemptTitles: 'x' } } });
    const configUri = pathToFileURL(path.join(dir, '.referatrc.json')).toString();
    const configProblems = s.nextDiagnostics(configUri);
    const uri = s.open(file, seedText('001'));
    const items = await pull(s, uri);
    // The broken file is ignored, so toc-merged-line is still reported.
    expect(items.map((d) => d.code)).toContain('toc-merged-line');
    expect((await configProblems).diagnostics[0].code).toBe('config-invalid');
    void s.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    expect((await pull(s, uri)).length).toBeGreaterThan(0);
    expect(s.process.exitCode).toBeNull();
  });

  it('does not analyse a document over referat.maxDocumentSize, and says so once', async () => {
    const s = await session({ pull: true, settings: { referat: { maxDocumentSize: 1 } } });
    const big = seedText('002').repeat(80);
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const uri = s.open(path.join(tmpdir(), 'stor.referat'), big);
    const items = await pull(s, uri);
    expect(items.map((d) => [d.code, d.range.start.line])).toEqual([['document-too-large', 0]]);
    expect(items[0].message).toMatch(/over grænsen på 1 MB/);
    expect(await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })).toEqual([]);
  });

  it('gives its memory back after opening and closing 1,000 documents', async () => {
    const s = await session({ pull: true });
    // About 120 KB each: were the models kept, 1,000 of them would hold hundreds of MB.
    const text = seedText('002').repeat(4);
    const warm = s.open('/tmp/warm.referat', text);
    const cycle = async (from: number, count: number) => {
      for (let n = from; n < from + count; n++) {
        const uri = pathToFileURL(`/tmp/referat-${n}.referat`).toString();
        s.open(`/tmp/referat-${n}.referat`, text);
        await pull(s, uri);
        await s.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      }
      await pull(s, warm);
    };
    // The heap grows to its working size first; the baseline is taken there.
    await cycle(0, 200);
    const baseline = rssMb(s.process.pid!);
    await cycle(200, Number(process.env.ABUSE_N ?? 1000));
    const after = rssMb(s.process.pid!);
    console.log(`server memory: ${baseline.toFixed(0)} MB before, ${after.toFixed(0)} MB after 1,000 documents`);
    expect(after - baseline).toBeLessThan(60);
  }, 120_000);
});
