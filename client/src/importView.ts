// "Open as referat" for PDF, Word and web pages: a read-only text view of the
// converted document (with the outline, diagnostics and navigation of any
// referat), and a command to save it as a .txt file. The conversion runs in
// the extension host on the file's bytes: nothing in the file is executed.
import * as vscode from 'vscode';
import { isMinutesText } from '../../server/src/parse/detect';
import type * as Importer from '../../server/src/import/index';

/** `.pdf`, `.docx`, `.html`: the files the view opens (kept here so the converter loads only when used). */
const IMPORTABLE = /\.(pdf|docx|html?|xhtml)$/i; // the names importKindOf knows

let importer: typeof Importer | undefined;

/** The converters weigh more than the rest of the extension: they load on first use, from their own bundle. */
function loadImporter(context: vscode.ExtensionContext): typeof Importer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  importer ??= require(context.asAbsolutePath('dist/import.js')) as typeof Importer;
  return importer;
}

export const IMPORT_SCHEME = 'referat-import';

type Say = (da: string, en: string) => string;

/** `referat-import:/…/minutes.pdf.referat?file`: the view of `file:/…/minutes.pdf`. */
export function viewUriOf(original: vscode.Uri): vscode.Uri {
  return original.with({ scheme: IMPORT_SCHEME, path: `${original.path}.referat`, query: original.scheme, fragment: '' });
}

export function originalOf(view: vscode.Uri): vscode.Uri {
  return view.with({ scheme: view.query || 'file', path: view.path.replace(/\.referat$/, ''), query: '' });
}

class ImportedDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();

  constructor(private readonly context: vscode.ExtensionContext) {}

  async convert(original: vscode.Uri): Promise<string> {
    const { importKindOf, importBytes } = loadImporter(this.context);
    const kind = importKindOf(original.path);
    if (!kind) throw new Error(original.path);
    const bytes = await vscode.workspace.fs.readFile(original);
    const { text } = await importBytes(bytes, kind, { isMinutes: isMinutesText });
    this.texts.set(viewUriOf(original).toString(), text);
    return text;
  }

  provideTextDocumentContent(uri: vscode.Uri): string | Thenable<string> {
    return this.texts.get(uri.toString()) ?? this.convert(originalOf(uri));
  }
}

export function registerImport(context: vscode.ExtensionContext, say: Say, lang: () => 'da' | 'en'): void {
  const documents = new ImportedDocuments(context);

  const open = async (target?: vscode.Uri): Promise<vscode.TextEditor | undefined> => {
    let original = target ?? vscode.window.activeTextEditor?.document.uri;
    if (!original || !IMPORTABLE.test(original.path)) {
      const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        filters: { [say('Referater (PDF, Word, web)', 'Minutes (PDF, Word, web)')]: ['pdf', 'docx', 'html', 'htm'] },
        openLabel: say('Åbn som referat', 'Open as referat'),
      });
      if (!picked || picked.length === 0) return undefined;
      original = picked[0];
    }
    try {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: say(`Læser ${basename(original)} …`, `Reading ${basename(original)} …`) },
        () => documents.convert(original!),
      );
    } catch (error) {
      const known = (error as Partial<Importer.ImportError>).text;
      const message = known ? known[lang()] : error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(`${basename(original)}: ${message}`);
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument(viewUriOf(original));
    const shown = await vscode.window.showTextDocument(doc, { preview: false });
    if (doc.languageId !== 'referat') await vscode.languages.setTextDocumentLanguage(doc, 'referat');
    return shown;
  };

  /** Saves the text view as a .txt file: where the user chooses, or at `destination` (which must not exist yet). */
  const save = async (target?: vscode.Uri, destination?: vscode.Uri): Promise<vscode.Uri | undefined> => {
    const view = target ?? vscode.window.activeTextEditor?.document.uri;
    if (!view || view.scheme !== IMPORT_SCHEME) {
      void vscode.window.showWarningMessage(say('Åbn en PDF-, Word- eller HTML-fil som referat først.', 'Open a PDF, Word or HTML file as referat first.'));
      return undefined;
    }
    const original = originalOf(view);
    const doc = await vscode.workspace.openTextDocument(view);
    const suggested = original.with({ path: original.path.replace(/\.[^./]+$/, '') + '.txt' });
    // The save dialog asks before it replaces a file; a given destination is never replaced.
    const chosen = destination ?? (await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { [say('Tekst', 'Text')]: ['txt'] } }));
    if (!chosen) return undefined;
    if (destination && (await vscode.workspace.fs.stat(destination).then(() => true, () => false))) {
      void vscode.window.showWarningMessage(say(`${basename(destination)} findes allerede.`, `${basename(destination)} exists already.`));
      return undefined;
    }
    await vscode.workspace.fs.writeFile(chosen, new TextEncoder().encode(doc.getText()));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(chosen));
    return chosen;
  };

  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(IMPORT_SCHEME, documents),
    vscode.commands.registerCommand('referat.openAsReferat', open),
    vscode.commands.registerCommand('referat.saveImportAsText', save),
    // "Open With…" on a PDF or Word file offers Referat; choosing it opens the text view.
    vscode.window.registerCustomEditorProvider('referat.import', {
      openCustomDocument: (uri) => ({ uri, dispose: () => undefined }),
      resolveCustomEditor: async (document, panel) => {
        panel.webview.html = `<!DOCTYPE html><html lang="${lang()}"><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${say('Åbner som referat …', 'Opening as referat …')}</p></body></html>`;
        const shown = await open(document.uri);
        if (shown) panel.dispose();
      },
    } satisfies vscode.CustomReadonlyEditorProvider, { supportsMultipleEditorsPerDocument: true }),
  );
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
