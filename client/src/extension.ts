// Starts the language client for referat documents, and switches `.txt`
// files that are referater to the `referat` language.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { looksLikeReferat } from '../../server/src/parse/detect';

const LANGUAGE_ID = 'referat';
let client: LanguageClient | undefined;

function detectionEnabled(doc: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration('referat', doc.uri).get<boolean>('detectTxtFiles', true);
}

async function maybeSwitchLanguage(doc: vscode.TextDocument): Promise<void> {
  if (doc.languageId !== 'plaintext' || !doc.fileName.toLowerCase().endsWith('.txt')) return;
  if (!detectionEnabled(doc) || !looksLikeReferat(doc.getText(new vscode.Range(0, 0, 50, 0)))) return;
  await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

/** The server starts only once a referat document is open. */
async function ensureClient(context: vscode.ExtensionContext): Promise<void> {
  if (client) return;
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
    ],
    initializationOptions: { language: vscode.env.language },
  };
  client = new LanguageClient('referat', 'Referat', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const onOpen = async (doc: vscode.TextDocument) => {
    await maybeSwitchLanguage(doc);
    if (doc.languageId === LANGUAGE_ID) await ensureClient(context);
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((doc) => void onOpen(doc)));
  await Promise.all(vscode.workspace.textDocuments.map(onOpen));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
