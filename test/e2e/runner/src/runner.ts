// Test-only extension: runs the end-to-end suite inside the extension host
// and talks to the harness through files in REFERAT_E2E_DIR.
import { existsSync, writeFileSync, appendFileSync, renameSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { runSuite } from '../../suite/suite';
import { openReferat, waitFor, waitForDiagnostics } from '../../suite/wait';

function fileEvent(file: string, timeoutMs: number): Promise<void> {
  // Polls for a file the harness writes (there is no event across processes).
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if (existsSync(file)) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error(`no ${path.basename(file)}`));
      setTimeout(tick, 100);
    };
    tick();
  });
}

/** Asks the harness for a screenshot once `selector` shows (after clicking `clicks`), and the texts `read` matches, and waits for it. */
async function shot(dir: string, n: number, name: string, selector?: string, clicks: string[] = [], read?: string): Promise<void> {
  // Written aside and renamed: the harness polls for the name and must never read a half-written file.
  const request = path.join(dir, `shot-${n}.json`);
  writeFileSync(`${request}.part`, JSON.stringify({ name, selector, clicks, read }));
  renameSync(`${request}.part`, request);
  await fileEvent(path.join(dir, `shot-${n}.done`), 60_000);
}

/** Runs a workbench command that may not exist in every VS Code build. */
async function tryCommand(id: string): Promise<void> {
  await vscode.commands.executeCommand(id).then(undefined, () => undefined);
}

async function screenshots(dir: string): Promise<void> {
  // The suite's own notices (the server it restarted) are not part of the pictures.
  await tryCommand('notifications.clearAll');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await tryCommand('workbench.action.closeAuxiliaryBar');
  const doc = await openReferat('demo.txt');
  const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  await waitForDiagnostics(doc.uri, 'demo diagnostics', (x) => x.length >= 3);
  const show = (line: number, character = 0) => {
    const p = new vscode.Position(line, character);
    editor.selection = new vscode.Selection(p, p);
    editor.revealRange(new vscode.Range(p, p), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  const lineOf = (text: string) => Array.from({ length: doc.lineCount }, (_, i) => doc.lineAt(i).text).findIndex((l) => l.startsWith(text));

  show(lineOf('Beslutnig'));
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  await shot(dir, 1, 'problems', '.markers-panel .monaco-list-row');

  await vscode.commands.executeCommand('workbench.action.closePanel');
  show(0);
  await vscode.commands.executeCommand('outline.focus');
  // Collapsing the Folders section gives the Outline the side bar.
  await shot(dir, 2, 'outline', '.outline-pane .monaco-list-row', ['.pane-header:has-text("workspace")']);

  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  const decision = lineOf('Drøftet.');
  await editor.edit((e) => e.insert(new vscode.Position(decision, 0), '\n'));
  show(decision);
  await vscode.commands.executeCommand('editor.action.triggerSuggest');
  await shot(dir, 3, 'completion', '.suggest-widget.visible .monaco-list-row');
  await vscode.commands.executeCommand('hideSuggestWidget');
  await vscode.commands.executeCommand('undo');

  const typo = lineOf('Beslutnig');
  show(typo, 2);
  await vscode.commands.executeCommand('editor.action.quickFix');
  await shot(dir, 4, 'quickfix', '.action-widget .monaco-list-row');
  await vscode.commands.executeCommand('workbench.action.files.revert');

  // A real eDoc PDF opened as referat, with its outline: the running headers are gone.
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const pdf = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('referat.openAsReferat', vscode.Uri.joinPath(folder, 'edoc.pdf'));
  if (pdf) {
    const at = Array.from({ length: pdf.document.lineCount }, (_, i) => pdf.document.lineAt(i).text).findIndex((l) => l.startsWith('2.   Bygnings'));
    const p = new vscode.Position(Math.max(0, at - 14), 0);
    pdf.selection = new vscode.Selection(p, p);
    pdf.revealRange(new vscode.Range(p, p), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('outline.focus');
    await shot(dir, 5, 'import', '.outline-pane .monaco-list-row');
  }
  // The Sagshistorik view for item 1 of the Økonomiudvalg's meeting: the case's four treatments.
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const oek = await openReferat('oek-2024-08-14.txt');
  const oekEditor = await vscode.window.showTextDocument(oek);
  const at = new vscode.Position(27, 3);
  oekEditor.selection = new vscode.Selection(at, at);
  oekEditor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  await tryCommand('referat.caseHistory.focus');
  await tryCommand('notifications.clearAll');
  // Back to the editor, so its code lenses are drawn.
  await vscode.window.showTextDocument(oek);
  await shot(dir, 6, 'history', '.codelens-decoration', [], '.pane:has(.pane-header:has-text("Sagshistorik")) .monaco-list-row');
  // New referat: the skeleton with its first field selected, and the item snippet offered.
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await tryCommand('workbench.action.closeSidebar');
  const fresh = await vscode.commands.executeCommand<vscode.TextEditor>('referat.newReferat');
  const end = new vscode.Position(fresh.document.lineCount - 1, 0);
  await fresh.insertSnippet(new vscode.SnippetString('\npun'), end);
  await vscode.commands.executeCommand('editor.action.triggerSuggest');
  await shot(dir, 7, 'new-referat', '.suggest-widget.visible .monaco-list-row');
  await vscode.commands.executeCommand('hideSuggestWidget');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await tryCommand('workbench.action.toggleSidebarVisibility');
  // The harness reads the drawn editor and status bar of demo.txt last.
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await openReferat('demo.txt');
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const dir = process.env.REFERAT_E2E_DIR;
  if (!dir) return;
  const mode = process.env.REFERAT_E2E_MODE === 'restricted' ? 'restricted' : 'trusted';
  const log = (line: string) => appendFileSync(path.join(dir, 'log.txt'), line + '\n');
  log(`runner active in ${mode} mode, VS Code ${vscode.version}, language ${vscode.env.language}`);
  try {
    await waitFor('a workspace folder', () => vscode.workspace.workspaceFolders?.length, [vscode.workspace.onDidChangeWorkspaceFolders], 30_000);
    const results = await runSuite(mode, path.join(context.extensionPath, 'dist', 'onig.wasm'), log);
    writeFileSync(path.join(dir, 'results.json'), JSON.stringify({ mode, version: vscode.version, results }, null, 2));
    if (process.env.REFERAT_E2E_SHOTS === '1') await screenshots(dir);
  } catch (error) {
    log(`runner failed: ${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    writeFileSync(path.join(dir, 'finished'), '');
  }
}

export function deactivate(): void {}
