// Older Danish exports are Windows-1252. VS Code reads them as UTF-8 unless
// told otherwise, losing æ, ø and å to U+FFFD; such a file is opened again in
// Windows-1252 (and saved in it), judged from its bytes as the CLI does.
import * as vscode from 'vscode';
import { decodeBytes } from '../../server/src/text/encoding';
import { DETECT_LINES, looksLikeReferat } from '../../server/src/parse/detect';

type Say = (da: string, en: string) => string;

/** `openTextDocument(uri, { encoding })` and `TextDocument.encoding` (VS Code 1.100 and later). */
type WithEncoding = vscode.TextDocument & { encoding?: string };
type OpenWithEncoding = (uri: vscode.Uri, options: { encoding: string }) => Thenable<vscode.TextDocument>;

/**
 * The document, read again in Windows-1252 when its bytes are that and it is
 * a referat (a `.referat` file, or a `.txt` file that reads as one once
 * decoded, when `.txt` files are detected); else as it was.
 */
export async function reopenIfWindows1252(doc: vscode.TextDocument, say: Say, detectTxt: boolean): Promise<vscode.TextDocument> {
  if (doc.uri.scheme !== 'file' || doc.isDirty || !/\.(txt|referat)$/i.test(doc.uri.path)) return doc;
  const encoding = (doc as WithEncoding).encoding;
  if ((encoding !== undefined && encoding !== 'utf8' && encoding !== 'utf8bom') || !doc.getText().includes('\uFFFD')) return doc;
  const bytes = await vscode.workspace.fs.readFile(doc.uri);
  const decoded = decodeBytes(bytes);
  if (decoded.encoding !== 'windows-1252') return doc;
  // Other text files are not this extension's to reopen.
  const isReferat = /\.referat$/i.test(doc.uri.path) || (detectTxt && looksLikeReferat(decoded.text.split(/\r?\n/, DETECT_LINES).join('\n')));
  if (!isReferat) return doc;
  if (encoding === undefined) {
    // An older VS Code: the user can reopen it with the encoding picker.
    const reopen = say('Genåbn med tegnsæt', 'Reopen with Encoding');
    const choice = await vscode.window.showWarningMessage(say(
      `${vscode.workspace.asRelativePath(doc.uri)} er ikke UTF-8 men Windows-1252: vælg »Genåbn med tegnsæt« og Windows 1252.`,
      `${vscode.workspace.asRelativePath(doc.uri)} is not UTF-8 but Windows-1252: choose »Reopen with Encoding« and Windows 1252.`,
    ), reopen);
    if (choice === reopen) await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
    return doc;
  }
  const reopened = await (vscode.workspace.openTextDocument as unknown as OpenWithEncoding)(doc.uri, { encoding: 'windows1252' });
  void vscode.window.setStatusBarMessage(say('Referat: filen er Windows-1252 og er læst i det tegnsæt', 'Referat: the file is Windows-1252 and was read in that encoding'), 8000);
  return reopened;
}
