// A minimal LSP client over stdio for tests: spawns the built server.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  ShutdownRequest, ExitNotification, DidOpenTextDocumentNotification, ConfigurationRequest, RegistrationRequest,
  PublishDiagnosticsNotification, DocumentDiagnosticRequest, type ProtocolConnection, type InitializeResult, type PublishDiagnosticsParams,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './helpers';

export interface LspSession {
  connection: ProtocolConnection;
  process: ChildProcess;
  initializeResult: InitializeResult;
  stderr: () => string;
  /** How often the server asked the client to pull diagnostics again. */
  refreshes: () => number;
  /** The `$/progress` values the server sent; with `token`, those sent on it alone. */
  progress: (token?: string | number) => unknown[];
  /** What the server logged (window/logMessage). */
  logs: () => string[];
  open(file: string, text: string, languageId?: string): string;
  /** Resolves with the next diagnostics pushed for `uri`. */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams>;
  close(): Promise<number | null>;
}

export async function startServer(options: StartOptions = {}): Promise<LspSession> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting = new Map<string, Array<(p: PublishDiagnosticsParams) => void>>();
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    const list = waiting.get(p.uri) ?? [];
    waiting.delete(p.uri);
    for (const resolve of list) resolve(p);
  });
  connection.onRequest(ConfigurationRequest.type, (p) => p.items.map((item) => (item.section ? options.settings?.[item.section] ?? null : null)));
  const progress: Array<{ token: string | number; value: unknown }> = [];
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('$/progress', (...params: unknown[]) => {
    progress.push(params[0] as { token: string | number; value: unknown });
  });
  connection.onRequest(RegistrationRequest.type, () => undefined);
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  let refreshes = 0;
  connection.onRequest('workspace/diagnostic/refresh', () => {
    refreshes++;
    return null;
  });
  connection.listen();
  // Fail at once, with the server's own words, if it dies instead of answering.
  const died = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`))));
  const initializeResult = await Promise.race([died, connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(options.rootDir ?? ROOT).toString(),
    capabilities: {
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } },
          ...(options.resolveEdits ? { resolveSupport: { properties: ['edit'] }, dataSupport: true } : {}),
        },
      },
      window: { workDoneProgress: options.progress === true },
      workspace: { configuration: options.settings !== undefined, didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
    },
    locale: options.locale ?? 'da',
    workspaceFolders: null,
  })]);
  died.catch(() => undefined);
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    process: child,
    initializeResult,
    stderr: () => stderr,
    refreshes: () => refreshes,
    progress: (token) => progress.filter((p) => token === undefined || p.token === token).map((p) => p.value),
    logs: () => logs,
    nextDiagnostics(uri) {
      return new Promise((resolve) => waiting.set(uri, [...(waiting.get(uri) ?? []), resolve]));
    },
    open(file, text, languageId = 'referat') {
      const uri = pathToFileURL(file).toString();
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
      return uri;
    },
    async close() {
      if (child.exitCode !== null) throw new Error(`server had already exited with ${child.exitCode}: ${stderr}`);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}

export interface StartOptions {
  locale?: string;
  /** Ask for pull diagnostics (textDocument/diagnostic); else the server pushes. */
  pull?: boolean;
  /** Answer workspace/configuration: section name (`referat`, `files`) → settings. */
  settings?: Record<string, unknown>;
  /** Let the server fill in code actions' edits later (codeAction/resolve), as VS Code does. */
  resolveEdits?: boolean;
  /** Accept work-done progress from the server (window/workDoneProgress/create). */
  progress?: boolean;
  rootDir?: string;
}

/**
 * Servers started through the returned function are shut down after each
 * test (call it at a test file's top level).
 */
export function serversClosedAfterEach(afterEach: (fn: () => Promise<void>) => void): (options?: StartOptions) => Promise<LspSession> {
  const sessions: LspSession[] = [];
  afterEach(async () => {
    for (const s of sessions.splice(0)) if (s.process.exitCode === null) await s.close();
  });
  return async (options = {}) => {
    const s = await startServer(options);
    sessions.push(s);
    return s;
  };
}

/** The diagnostics the server gives when asked (textDocument/diagnostic), as a full report. */
export async function pullDiagnostics(s: LspSession, uri: string) {
  const report = (await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
  return report.items;
}
