// LSP adapter: look up the document and its config, call the service, and
// never let an error escape a handler (a crash would cost every feature).
// Started by server.ts in the main thread.
import * as path from 'node:path';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { decodeBytes } from './text/encoding';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification, DocumentDiagnosticReportKind, CodeActionKind,
  type CancellationToken, type InitializeResult, type TextDocumentIdentifier, type Diagnostic as LspDiagnostic,
  type CodeLens, type CodeLensParams, type Hover, type HoverParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DIALECT_IDS } from './dialects/index';
import { ReferatService } from './service';
import { ConfigResolver } from './config/resolve';
import { CONFIG_FILE_NAME, type ConfigFile } from './config/file';
import type { ConfigLayer, ResolvedConfig } from './config/types';
import { FIX_ALL_KIND } from './features/codeActions';
import { COMMANDS } from './features/commands';
import { WorkspaceIndex, caseKey, isReferatFile, type Treatment } from './index/workspaceIndex';
import { isBody } from './features/forwarding';
import { sameDiagnostics } from './features/diagnostics';
import { WorkDoneProgress, WorkDoneProgressCreateRequest, type WorkspaceEdit } from 'vscode-languageserver/node';

const connection = createConnection(ProposedFeatures.all);

// Whatever goes wrong in one request must not take the server down with it.
process.on('unhandledRejection', (error) => log(`unhandled rejection: ${describe(error)}`));
const service = new ReferatService();
// Each edit's place is noted before it is applied, so the next parse knows which lines it left alone.
const documents = new TextDocuments<TextDocument>({
  create: TextDocument.create,
  update(document, changes, version) {
    for (const change of changes) {
      if ('range' in change) {
        const a = document.offsetAt(change.range.start);
        const b = document.offsetAt(change.range.end);
        service.edits.edited(document.uri, Math.min(a, b), Math.max(a, b), change.text.length, document.getText().length);
      } else {
        service.edits.replaced(document.uri, change.text.length);
      }
      TextDocument.update(document, [change], version);
    }
    return document;
  },
});
const resolver = new ConfigResolver();

let canPull = false;
let canRefresh = false;
/** The client can be asked to fetch code lenses again (they name other meetings' treatments, known once the index is built). */
let canRefreshLenses = false;
let canConfigure = false;
let canWatch = false;
let canSnippet = false;
let canProgress = false;
/** The client can fill in a code action's edit later (codeAction/resolve). */
let canResolveEdit = false;
let workspaceFolders: string[] = [];
const index = new WorkspaceIndex();
let indexReady: Promise<void> = Promise.resolve();
/** VS Code settings per document URI (section `referat`). */
const settingsCache = new Map<string, Promise<ConfigLayer | undefined>>();
/** Config files with problems, whose diagnostics are shown on the file itself. */
const brokenConfigs = new Set<string>();

function log(message: string): void {
  connection.console.error(`referat: ${message}`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}

function filePathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** VS Code's `referat.*` settings as a config layer. */
function settingsFor(uri: string): Promise<ConfigLayer | undefined> {
  if (!canConfigure) return Promise.resolve(undefined);
  let cached = settingsCache.get(uri);
  if (!cached) {
    cached = connection.workspace.getConfiguration({ scopeUri: uri, section: 'referat' }).then(
      (s: Record<string, unknown> | null) => (s ? settingsLayer(s) : undefined),
      () => undefined,
    );
    settingsCache.set(uri, cached);
  }
  return cached;
}

function settingsLayer(s: Record<string, unknown>): ConfigLayer {
  const headings = (s.headings ?? {}) as { sections?: string[]; decisions?: string[] };
  const layer: ConfigLayer = {};
  if (s.rules && typeof s.rules === 'object') layer.rules = s.rules as ConfigLayer['rules'];
  if (Array.isArray(s.exemptTitles)) layer.exemptTitles = s.exemptTitles as string[];
  if (Array.isArray(headings.sections) || Array.isArray(headings.decisions)) {
    layer.headings = { sections: headings.sections ?? [], decisions: headings.decisions ?? [] };
  }
  if (s.nicknames && typeof s.nicknames === 'object') layer.nicknames = s.nicknames as Record<string, string[]>;
  if (s.language === 'da' || s.language === 'en' || s.language === 'auto') layer.language = s.language;
  if (typeof s.dialect === 'string' && (s.dialect === 'auto' || DIALECT_IDS.includes(s.dialect))) layer.dialect = s.dialect;
  // Invalid values (a string, a negative number) keep the default.
  if (typeof s.maxDocumentSize === 'number' && Number.isFinite(s.maxDocumentSize) && s.maxDocumentSize > 0) layer.maxDocumentSize = s.maxDocumentSize;
  return layer;
}

async function configFor(uri: string): Promise<ResolvedConfig> {
  const settings = await settingsFor(uri);
  const { config, file } = resolver.resolve(filePathOf(uri), settings);
  if (file) reportConfigProblems(file, config);
  return config;
}

/** A broken .referatrc.json gets diagnostics on itself; the defaults apply meanwhile. */
function reportConfigProblems(file: ConfigFile, config: ResolvedConfig): void {
  const uri = pathToFileURL(file.path).toString();
  if (file.problems.length === 0) {
    if (brokenConfigs.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    return;
  }
  if (brokenConfigs.has(uri)) return;
  brokenConfigs.add(uri);
  const lang = service.langFor(config);
  const note = lang === 'da' ? ' Filen ignoreres; standardindstillingerne gælder.' : ' The file is ignored; the defaults apply.';
  void connection.sendDiagnostics({
    uri,
    diagnostics: file.problems.map((p) => ({ range: p.range, severity: 1, source: 'referat', code: 'config-invalid', message: p.message[lang] + note })),
  });
}

/** Runs a feature for an open document; logs and falls back on any error. */
function withDocument<P extends { textDocument: TextDocumentIdentifier }, R>(
  name: string,
  fallback: R,
  run: (doc: TextDocument, config: ResolvedConfig, params: P, token: CancellationToken) => R,
): (params: P, token: CancellationToken) => Promise<R> {
  return async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return fallback;
    try {
      return run(doc, await configFor(doc.uri), params, token);
    } catch (error) {
      log(`${name} failed for ${doc.uri}: ${describe(error)}`);
      return fallback;
    }
  };
}

/** `**Sag 24/6823**: 2 andre behandlinger` and one line each, linking to the item. */
function treatmentsMarkdown(caseNumber: string, others: Treatment[], lang: 'da' | 'en'): string {
  const head = lang === 'da'
    ? `**Sag ${caseNumber}**: ${others.length === 0 ? 'ingen andre behandlinger i arbejdsområdet' : `${others.length} ${others.length === 1 ? 'anden behandling' : 'andre behandlinger'}`}`
    : `**Case ${caseNumber}**: ${others.length === 0 ? 'no other treatments in the workspace' : `${others.length} other treatment${others.length === 1 ? '' : 's'}`}`;
  const lines = others.slice(0, 20).map((x) => {
    const where = `${x.date ?? '?'} ${x.committee ?? x.meeting}, ${lang === 'da' ? 'punkt' : 'item'} ${x.number}`;
    return `- [${where}](${x.uri}#L${x.range.start.line + 1})${x.decision ? `: ${x.decision}` : ''}`;
  });
  return [head, ...lines].join('\n');
}

connection.onInitialize((params): InitializeResult => {
  const options = (params.initializationOptions ?? {}) as { language?: string; docsBase?: string };
  service.clientLanguage = options.language;
  service.locale = params.locale;
  const docs = path.join(__dirname, '..', 'docs', 'rules');
  service.docsBase = options.docsBase ?? (existsSync(docs) ? pathToFileURL(docs).toString() : undefined);
  const caps = params.capabilities;
  canPull = !!caps.textDocument?.diagnostic;
  canRefresh = !!caps.workspace?.diagnostics?.refreshSupport;
  canRefreshLenses = !!caps.workspace?.codeLens?.refreshSupport;
  canConfigure = !!caps.workspace?.configuration;
  canWatch = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  canSnippet = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
  canProgress = !!caps.window?.workDoneProgress;
  canResolveEdit = caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') ?? false;
  workspaceFolders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
    .map((f) => filePathOf(f.uri))
    .filter((f): f is string => f !== undefined);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Referat' },
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
      completionProvider: { triggerCharacters: [' ', ':', ','] },
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      hoverProvider: true,
      renameProvider: { prepareProvider: true },
      codeLensProvider: { resolveProvider: false },
      workspaceSymbolProvider: true,
      documentFormattingProvider: true,
      executeCommandProvider: { commands: [COMMANDS.updateToc, COMMANDS.renumber] },
      ...(canPull ? { diagnosticProvider: { identifier: 'referat', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'referat-language-server', version: '0.6.0' },
  };
});

connection.onInitialized(() => {
  if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'referat' });
  if (canWatch) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.{referat,txt}' }],
    });
  }
  indexReady = buildIndex();
});

/** Builds the workspace symbol index in the background, with progress shown. */
async function buildIndex(): Promise<void> {
  if (workspaceFolders.length === 0) return;
  try {
    const files = canConfigure ? ((await connection.workspace.getConfiguration('files')) as { exclude?: Record<string, boolean> } | null) : null;
    index.setExcludes(Object.entries(files?.exclude ?? {}).filter(([, on]) => on).map(([glob]) => glob));
    const token = 'referat-index';
    let progress = false;
    if (canProgress) {
      progress = await connection.sendRequest(WorkDoneProgressCreateRequest.type, { token }).then(() => true, () => false);
    }
    if (progress) void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'begin', title: 'Referat', message: service.langFor() === 'da' ? 'Indekserer referater' : 'Indexing referater', percentage: 0 });
    const started = Date.now();
    const built = await index.build(workspaceFolders, {
      report(done, total, message) {
        if (progress) void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'report', message, percentage: total ? Math.round((100 * done) / total) : 100 });
      },
    });
    connection.console.info(`referat: indexed ${index.size} of ${built.files} files in ${Date.now() - started} ms${built.workers ? ` on ${built.workers} worker threads` : ''}`);
    if (built.error) log(`index workers could not start (${built.error}); read in the server's thread`);
    // Open documents are indexed from the editor's text, which may be newer.
    for (const doc of documents.all()) index.updateModel(doc.uri, service.model(doc, await configFor(doc.uri)));
    if (progress) void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'end', message: String(index.size) });
    if (canRefreshLenses) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  } catch (error) {
    log(`indexing failed: ${describe(error)}`);
  }
}

connection.onDocumentSymbol(withDocument('documentSymbol', [], (doc, config, _p, token) => service.documentSymbols(doc, token, config)));
connection.onFoldingRanges(withDocument('foldingRange', [], (doc, config, _p, token) => service.foldingRanges(doc, token, config)));
connection.onSelectionRanges(withDocument('selectionRange', [], (doc, config, p, token) => service.selectionRanges(doc, p.positions, token, config)));
connection.onCodeAction(withDocument('codeAction', [], (doc, config, p, token) => service.codeActions(doc, config, p.range, p.context.only, token, canResolveEdit)));
// "Fix all", chosen: now its edit is computed, for the version it was offered for.
connection.onCodeActionResolve(async (action, token) => {
  const data = action.data as { uri?: string; version?: number } | undefined;
  const doc = data?.uri ? documents.get(data.uri) : undefined;
  if (!doc || doc.version !== data!.version || action.kind !== FIX_ALL_KIND) return action;
  try {
    const result = service.fixAllEdit(doc, await configFor(doc.uri), token);
    return result ? { ...action, edit: { changes: { [doc.uri]: [result.edit] } } } : action;
  } catch (error) {
    log(`codeAction/resolve failed for ${doc.uri}: ${describe(error)}`);
    return action;
  }
});

connection.onDocumentFormatting(withDocument('formatting', [], (doc, config, _p, token) => service.format(doc, config, token)));
connection.onCompletion(withDocument('completion', [], (doc, config, p, token) => service.completions(doc, p.position, canSnippet, token, config)));
connection.onDefinition(withDocument('definition', [], (doc, config, p) => service.definition(doc, p.position, config)));
connection.onReferences(withDocument('references', [], (doc, config, p) => service.findReferences(doc, p.position, p.context.includeDeclaration, config)));
connection.onDocumentHighlight(withDocument('documentHighlight', [], (doc, config, p) => service.highlights(doc, p.position, config)));
const hoverWithTreatments = withDocument<HoverParams, Hover | null>('hover', null, (doc, config, p) => {
  const hover = service.hover(doc, p.position, config);
  // On a case number: the case's other treatments in the workspace.
  const at = service.caseNumberAt(doc, p.position, config);
  if (!at) return hover;
  const others = index.treatments(caseKey(at.value)).filter((x) => !(x.uri === doc.uri && x.number === at.item));
  const lang = service.langFor(config);
  const text = treatmentsMarkdown(at.value, others, lang);
  const before = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? `${hover.contents.value}\n\n---\n\n` : '';
  return { contents: { kind: 'markdown', value: before + text } };
});
connection.onHover(async (params, token) => {
  await indexCurrent();
  return hoverWithTreatments(params, token);
});
connection.onPrepareRename(withDocument('prepareRename', null, (doc, config, p) => service.prepareRename(doc, p.position, config)));
connection.onRenameRequest(withDocument('rename', null, (doc, config, p) => {
  const edits = service.rename(doc, p.position, p.newName, config);
  return edits ? { changes: { [doc.uri]: edits } } : null;
}));
const lensesWithTreatments = withDocument<CodeLensParams, CodeLens[]>('codeLens', [], (doc, config, _p, token) => {
  const lenses = service.codeLenses(doc, token, config);
  // An item whose case other meetings treat too: how many, opening them.
  const lang = service.langFor(config);
  for (const c of service.casesOf(doc, config)) {
    const all = index.treatments(c.key);
    const others = all.filter((x) => !(x.uri === doc.uri && x.number === c.item));
    if (others.length === 0) continue;
    // Where the decision sends the case, when that meeting is in the workspace.
    const next = c.forwarding ? nextTreatment(all, doc.uri, c.item, c.forwarding.target) : undefined;
    if (next) {
      const where = `${next.committee ?? next.meeting}${next.date ? ` ${next.date}` : ''}`;
      lenses.push({ range: c.range, command: { title: `$(arrow-right) ${lang === 'da' ? 'Videre til' : 'Went on to'} ${where}`, command: 'referat.showTreatments', arguments: [doc.uri, c.range.start, [{ uri: next.uri, range: next.range }]] } });
    }
    const what = c.caseNumber ? (lang === 'da' ? `af sag ${c.caseNumber}` : `of case ${c.caseNumber}`) : lang === 'da' ? 'af punktet' : 'of the item';
    const title = lang === 'da' ? `$(history) ${others.length} ${others.length === 1 ? 'anden behandling' : 'andre behandlinger'} ${what}` : `$(history) ${others.length} other treatment${others.length === 1 ? '' : 's'} ${what}`;
    lenses.push({ range: c.range, command: { title, command: 'referat.showTreatments', arguments: [doc.uri, c.range.start, others.map((x) => ({ uri: x.uri, range: x.range }))] } });
  }
  return lenses;
});
connection.onCodeLens(async (params, token) => {
  await indexCurrent();
  return lensesWithTreatments(params, token);
});

/** The first later treatment, by the body the decision names if it names one. */
function nextTreatment(all: Treatment[], uri: string, item: number, target: string | undefined): Treatment | undefined {
  const at = all.findIndex((x) => x.uri === uri && x.number === item);
  if (at < 0) return undefined;
  const here = all[at];
  const later = all.slice(at + 1).filter((x) => !here.date || !x.date || x.date > here.date);
  return target ? later.find((x) => isBody(x.committee, target)) : later[0];
}

/** The case of the item at a position, and every treatment of it in the workspace, in date order. */
connection.onRequest('referat/treatments', async (params: { uri: string; position: { line: number; character: number } }) => {
  const doc = documents.get(params.uri);
  if (!doc) return null;
  try {
    const config = await configFor(doc.uri);
    const at = service.caseOfItemAt(doc, params.position, config);
    if (!at) return null;
    await indexReady;
    await indexCurrent();
    return { caseNumber: at.label, item: at.item, treatments: index.treatments(at.key) };
  } catch (error) {
    log(`treatments failed: ${describe(error)}`);
    return null;
  }
});
connection.onWorkspaceSymbol(async (params) => {
  try {
    await indexReady;
    await indexCurrent();
    return index.symbols(params.query);
  } catch (error) {
    log(`workspaceSymbol failed: ${describe(error)}`);
    return [];
  }
});

connection.onExecuteCommand(async (params) => {
  const uri = String(params.arguments?.[0] ?? '');
  const doc = documents.get(uri);
  if (!doc) return false;
  try {
    const config = await configFor(uri);
    const edits = params.command === COMMANDS.updateToc ? service.updateTocEdits(doc, config) : params.command === COMMANDS.renumber ? service.renumberEdits(doc, config) : [];
    if (edits.length === 0) return false;
    const edit: WorkspaceEdit = { changes: { [uri]: edits } };
    return (await connection.workspace.applyEdit(edit)).applied;
  } catch (error) {
    log(`${params.command} failed: ${describe(error)}`);
    return false;
  }
});

// "Check all referater": the diagnostics of every indexed file that is not open
// (open ones have their own). A client that sends a `workDoneToken` hears how
// many files are done, at most every 100 ms and after the last.
connection.onRequest('referat/checkWorkspace', async (params: { workDoneToken?: string | number } | undefined, token) => {
  await indexReady;
  const results: Array<{ uri: string; diagnostics: LspDiagnostic[] }> = [];
  const uris = index.uris().filter((uri) => !documents.get(uri) && filePathOf(uri) !== undefined);
  const progressToken = params?.workDoneToken;
  let reported = 0;
  const report = (done: number) => {
    if (progressToken === undefined) return;
    reported = Date.now();
    const percentage = uris.length ? Math.round((100 * done) / uris.length) : 100;
    void connection.sendProgress(WorkDoneProgress.type, progressToken, { kind: 'report', message: `${done}/${uris.length}`, percentage });
  };
  for (let n = 0; n < uris.length && !token.isCancellationRequested; n++) {
    const uri = uris[n];
    const file = filePathOf(uri)!;
    try {
      const { text } = decodeBytes(await readFile(file));
      const config = await configFor(uri);
      results.push({ uri, diagnostics: service.diagnostics({ uri, version: -1, getText: () => text }, config, token) });
      // Not kept: a workspace of thousands of files would stay in memory.
      service.forget(uri);
    } catch (error) {
      log(`checking ${file} failed: ${describe(error)}`);
    }
    if (Date.now() - reported >= 100 || n === uris.length - 1) report(n + 1);
  }
  return results;
});

/** The meeting overview for the client's side view. */
connection.onRequest('referat/overview', async (params: { uri: string }) => {
  const doc = documents.get(params.uri);
  if (!doc) return null;
  try {
    return service.overview(doc, await configFor(doc.uri), { isCancellationRequested: false });
  } catch (error) {
    log(`overview failed: ${describe(error)}`);
    return null;
  }
});

/** The last full report per open document: a pull that finds the same diagnostics is answered with its id alone. */
const reports = new Map<string, { resultId: string; items: LspDiagnostic[] }>();
let nextResultId = 1;
// Ids of this run only: a client that outlived a restarted server holds ids the new one never gave.
const RUN = `${process.pid.toString(36)}.${Date.now().toString(36)}`;

connection.languages.diagnostics.on(async (params, token) => {
  const uri = params.textDocument.uri;
  const items = await withDocument('diagnostic', [] as LspDiagnostic[], (doc, config, _p, t) => service.diagnostics(doc, config, t))(params, token);
  // Work cut short, or a document that is not open, is not a report to build on.
  if (token.isCancellationRequested || !documents.get(uri)) return { kind: DocumentDiagnosticReportKind.Full, items };
  const last = reports.get(uri);
  if (last && params.previousResultId === last.resultId && sameDiagnostics(last.items, items)) {
    return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
  }
  const resultId = `${RUN}.${nextResultId++}`;
  reports.set(uri, { resultId, items });
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
});

// Push diagnostics for clients that cannot pull them, a moment after typing stops.
const pending = new Map<string, NodeJS.Timeout>();
function schedulePush(uri: string, delay = 200): void {
  if (canPull) return;
  clearTimeout(pending.get(uri));
  pending.set(uri, setTimeout(() => {
    pending.delete(uri);
    void push(uri);
  }, delay));
}

async function push(uri: string): Promise<void> {
  const doc = documents.get(uri);
  if (!doc) return;
  const diagnostics = await withDocument('diagnostic', [] as LspDiagnostic[], (d, config, _p, t) => service.diagnostics(d, config, t))(
    { textDocument: { uri } },
    { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) },
  );
  if (documents.get(uri)?.version === doc.version) await connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
}

function refreshAll(): void {
  if (!canPull) for (const doc of documents.all()) schedulePush(doc.uri, 0);
  else if (canRefresh) connection.languages.diagnostics.refresh().catch((error: unknown) => log(`diagnostic refresh failed: ${describe(error)}`));
}

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  refreshAll();
  // files.exclude may have changed: index again, in the background.
  indexReady = indexReady.then(buildIndex);
});

connection.onDidChangeWatchedFiles(async (params) => {
  let configChanged = false;
  for (const change of params.changes) {
    const file = filePathOf(change.uri);
    if (!file) continue;
    if (path.basename(file) === CONFIG_FILE_NAME) {
      configChanged = true;
      resolver.invalidate(file);
      if (brokenConfigs.delete(change.uri)) void connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
    } else if (isReferatFile(file) && !documents.get(change.uri)) {
      await indexReady;
      if (change.type === 3) index.remove(change.uri);
      else await index.updateFile(file);
    }
  }
  if (configChanged) refreshAll();
});

/** Keeps the workspace index current with what the editor shows. */
async function indexOpen(doc: TextDocument): Promise<void> {
  try {
    index.updateModel(doc.uri, service.model(doc, await configFor(doc.uri)));
  } catch (error) {
    log(`indexing ${doc.uri} failed: ${describe(error)}`);
  }
}

/**
 * Open documents edited since the index last read them. The index is brought
 * up to date before anything reads it, and a moment after typing stops: not
 * on every keystroke, which would copy every item's summary each time.
 */
const staleOpen = new Set<string>();
let indexTimer: NodeJS.Timeout | undefined;

async function indexCurrent(): Promise<void> {
  clearTimeout(indexTimer);
  for (const uri of [...staleOpen]) {
    staleOpen.delete(uri);
    const doc = documents.get(uri);
    if (doc) await indexOpen(doc);
  }
}

documents.onDidOpen((e) => schedulePush(e.document.uri, 0));
documents.onDidChangeContent((e) => {
  schedulePush(e.document.uri);
  staleOpen.add(e.document.uri);
  clearTimeout(indexTimer);
  indexTimer = setTimeout(() => void indexCurrent(), 500);
});
documents.onDidClose((e) => {
  staleOpen.delete(e.document.uri);
  service.forget(e.document.uri);
  reports.delete(e.document.uri);
  // The editor's text may not have been saved: index what is on disk.
  const file = filePathOf(e.document.uri);
  if (file) void indexReady.then(() => index.updateFile(file));
  else index.remove(e.document.uri);
  settingsCache.delete(e.document.uri);
  clearTimeout(pending.get(e.document.uri));
  if (!canPull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
