// Starts the language client for referat documents, switches `.txt` files
// that are referater to the `referat` language, and adds the commands, the
// status bar item and the meeting overview.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, ExecuteCommandRequest, CloseAction, ErrorAction, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { RestartPolicy } from './restart';
import { DETECT_LINES, looksLikeReferat } from '../../server/src/parse/detect';
import type { OverviewData } from './overviewHtml';
import { OverviewPanel } from './overviewPanel';
import { registerRulePages, RULE_DOCS_BASE } from './rulePages';
import { reopenIfWindows1252 } from './legacyEncoding';
import { referatSkeleton } from './skeleton';
import { registerWorkspaceCheck } from './workspaceCheck';
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
    // Rule pages open rendered and read-only (rulePages.ts).
    initializationOptions: { language: vscode.env.language, docsBase: RULE_DOCS_BASE },
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

/** "New referat": an untitled referat with today's date, filled in by tabbing through its fields. */
async function newReferat(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(referatSkeleton(new Date())));
  return editor;
}

/** What the extension gives other extensions (and the end-to-end suite): what the overview shows. */
export interface ReferatApi {
  overview(): { open: boolean; uri?: string };
}

export async function activate(context: vscode.ExtensionContext): Promise<ReferatApi> {
  // Activation does not wait for the server: it starts in the background.
  const overview = new OverviewPanel(LANGUAGE_ID, (doc) => overviewOf(doc), lang, say);
  const onOpen = async (opened: vscode.TextDocument) => {
    try {
      const doc = await reopenIfWindows1252(opened, say, detectionEnabled(opened));
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
    overview,
    vscode.commands.registerCommand('referat.showOverview', () => {
      const editor = activeReferat();
      if (!editor) return void vscode.window.showWarningMessage(say('Åbn et referat først.', 'Open a referat first.'));
      overview.show(editor.document);
    }),
    vscode.commands.registerCommand('referat.newReferat', () => newReferat()),
  );
  registerRulePages(context);
  registerWorkspaceCheck(context, async () => {
    await ensureClient(context);
    return client;
  }, say);
  registerImport(context, say, lang);
  registerCaseHistory(context, async (uri, position) => {
    if (!client) return null;
    return client.sendRequest<CaseTreatments | null>('referat/treatments', { uri, position: { line: position.line, character: position.character } });
  }, say);
  createStatusBar(context);
  for (const doc of vscode.workspace.textDocuments) void onOpen(doc);
  return { overview: () => overview.shown };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
  starting = undefined;
}
