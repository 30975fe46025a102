// Starts the language client for referat documents, switches `.txt` files
// that are referater to the `referat` language, and adds the commands, the
// status bar item and the meeting overview.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, ExecuteCommandRequest, CloseAction, ErrorAction, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { RestartPolicy } from './restart';
import { DETECT_LINES, looksLikeReferat } from '../../server/src/parse/detect';
import { renderOverview, type OverviewData } from './overviewHtml';
import { IMPORT_SCHEME, registerImport } from './importView';
import { registerCaseHistory, type CaseTreatments } from './caseHistory';
import { statusBarText } from './statusText';

const LANGUAGE_ID = 'referat';
let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

function lang(): 'da' | 'en' {
  const setting = vscode.workspace.getConfiguration('referat').get<string>('language', 'auto');
  if (setting === 'da' || setting === 'en') return setting;
  return vscode.env.language.toLowerCase().startsWith('en') ? 'en' : 'da';
}

const say = (da: string, en: string) => (lang() === 'da' ? da : en);

function detectionEnabled(doc: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration('referat', doc.uri).get<boolean>('detectTxtFiles', true);
}

async function maybeSwitchLanguage(doc: vscode.TextDocument): Promise<void> {
  if (doc.languageId !== 'plaintext' || !doc.fileName.toLowerCase().endsWith('.txt')) return;
  if (!detectionEnabled(doc) || !looksLikeReferat(doc.getText(new vscode.Range(0, 0, DETECT_LINES, 0)))) return;
  await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

/** A server that dies is restarted, and the user told once; one that keeps dying is given up on, saying so. */
function restartHandler(): NonNullable<LanguageClientOptions['errorHandler']> {
  const policy = new RestartPolicy();
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const decision = policy.closed(Date.now());
      if (decision.notifyRestart) {
        void vscode.window.showWarningMessage(say('Referat-sprogserveren stoppede uventet og er startet igen.', 'The Referat language server stopped unexpectedly and was restarted.'));
      }
      if (decision.notifyStopped) {
        void vscode.window.showErrorMessage(say(
          'Referat-sprogserveren er stoppet fem gange på tre minutter og startes ikke igen. Genindlæs vinduet for at prøve igen, og se udskriften »Referat« for fejlen.',
          'The Referat language server stopped five times in three minutes and is not restarted. Reload the window to try again, and see the »Referat« output for the error.',
        ));
      }
      return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
    },
  };
}

/** The server starts only once a referat document is open. */
function ensureClient(context: vscode.ExtensionContext): Promise<void> {
  if (starting) return starting;
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
      { language: LANGUAGE_ID, scheme: 'vscode-remote' },
      // PDF, Word and web pages opened as referat.
      { language: LANGUAGE_ID, scheme: IMPORT_SCHEME },
    ],
    initializationOptions: { language: vscode.env.language },
    errorHandler: restartHandler(),
  };
  client = new LanguageClient('referat', 'Referat', serverOptions, clientOptions);
  context.subscriptions.push(client);
  starting = client.start();
  return starting;
}

function activeReferat(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === LANGUAGE_ID ? editor : undefined;
}

async function overviewOf(doc: vscode.TextDocument): Promise<OverviewData | null> {
  if (!client) return null;
  return client.sendRequest<OverviewData | null>('referat/overview', { uri: doc.uri.toString() });
}

async function runServerCommand(command: string, nothingToDo: string): Promise<void> {
  const editor = activeReferat();
  if (!editor || !client) {
    void vscode.window.showWarningMessage(say('Åbn et referat først.', 'Open a referat first.'));
    return;
  }
  const applied = await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [editor.document.uri.toString()] });
  if (!applied) void vscode.window.showInformationMessage(nothingToDo);
}

/** `$(list-ordered) 11 punkter  $(warning) 2`, opening the Problems view. */
function createStatusBar(context: vscode.ExtensionContext): void {
  const item = vscode.window.createStatusBarItem('referat.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Referat';
  item.command = 'workbench.actions.view.problems';
  context.subscriptions.push(item);
  let timer: NodeJS.Timeout | undefined;
  const update = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const editor = activeReferat();
      if (!editor) return item.hide();
      try {
        const data = await overviewOf(editor.document);
        if (!data) return item.hide();
        const mine = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'referat');
        const count = (severity: vscode.DiagnosticSeverity) => mine.filter((d) => d.severity === severity).length;
        const shown = statusBarText({
          items: data.items.length,
          errors: count(vscode.DiagnosticSeverity.Error),
          warnings: count(vscode.DiagnosticSeverity.Warning),
          infos: count(vscode.DiagnosticSeverity.Information) + count(vscode.DiagnosticSeverity.Hint),
        }, lang());
        item.text = shown.text;
        item.tooltip = shown.tooltip;
        item.show();
      } catch {
        item.hide();
      }
    }, 150);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === activeReferat()?.document && update()),
    vscode.languages.onDidChangeDiagnostics(update),
  );
  update();
}

/** Mødeoversigt: a side view of the meeting that follows the document. */
function showOverview(context: vscode.ExtensionContext): void {
  const editor = activeReferat();
  if (!editor) {
    void vscode.window.showWarningMessage(say('Åbn et referat først.', 'Open a referat first.'));
    return;
  }
  let doc = editor.document;
  const panel = vscode.window.createWebviewPanel('referat.overview', say('Mødeoversigt', 'Meeting overview'), vscode.ViewColumn.Beside, { enableScripts: true, localResourceRoots: [] });
  const render = async () => {
    const nonce = Array.from({ length: 24 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
    panel.webview.html = renderOverview(await overviewOf(doc).catch(() => null), lang(), nonce, panel.webview.cspSource);
  };
  let timer: NodeJS.Timeout | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void render(), 300);
  };
  const subscriptions = [
    vscode.workspace.onDidChangeTextDocument((e) => e.document === doc && later()),
    vscode.languages.onDidChangeDiagnostics((e) => e.uris.some((u) => u.toString() === doc.uri.toString()) && later()),
    vscode.window.onDidChangeActiveTextEditor((e) => {
      if (e?.document.languageId === LANGUAGE_ID && e.document !== doc) {
        doc = e.document;
        later();
      }
    }),
    panel.webview.onDidReceiveMessage(async (message: { type: string; line: number }) => {
      if (message.type !== 'reveal') return;
      const shown = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
      const position = new vscode.Position(message.line, 0);
      shown.selection = new vscode.Selection(position, position);
      shown.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    }),
  ];
  panel.onDidDispose(() => subscriptions.forEach((s) => s.dispose()));
  context.subscriptions.push(panel);
  void render();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // Activation does not wait for the server: it starts in the background.
  const onOpen = async (doc: vscode.TextDocument) => {
    try {
      await maybeSwitchLanguage(doc);
      if (doc.languageId === LANGUAGE_ID) await ensureClient(context);
    } catch (error) {
      void vscode.window.showErrorMessage(`Referat: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => void onOpen(doc)),
    vscode.commands.registerCommand('referat.updateToc', () => runServerCommand('referat.server.updateToc', say('Indholdsfortegnelsen er allerede opdateret.', 'The table of contents is up to date.'))),
    vscode.commands.registerCommand('referat.renumber', () => runServerCommand('referat.server.renumber', say('Punkterne er allerede nummereret 1, 2, 3, …', 'The items are already numbered 1, 2, 3, …'))),
    vscode.commands.registerCommand('referat.showOverview', () => showOverview(context)),
  );
  registerImport(context, say, lang);
  registerCaseHistory(context, async (uri, position) => {
    if (!client) return null;
    return client.sendRequest<CaseTreatments | null>('referat/treatments', { uri, position: { line: position.line, character: position.character } });
  }, say);
  createStatusBar(context);
  for (const doc of vscode.workspace.textDocuments) void onOpen(doc);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
  starting = undefined;
}
