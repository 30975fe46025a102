// Waiting on editor events with an upper bound, never a fixed sleep.
import * as vscode from 'vscode';

export function waitFor<T>(what: string, check: () => T | undefined | false | null, events: Array<vscode.Event<unknown>>, timeoutMs = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const done = (error?: Error, value?: T) => {
      clearTimeout(timer);
      subscriptions.forEach((s) => s.dispose());
      if (error) reject(error);
      else resolve(value as T);
    };
    const test = () => {
      try {
        const value = check();
        if (value !== undefined && value !== false && value !== null) done(undefined, value);
      } catch (error) {
        done(error as Error);
      }
    };
    const timer = setTimeout(() => done(new Error(`timed out waiting for ${what}`)), timeoutMs);
    for (const event of events) subscriptions.push(event(test));
    test();
  });
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

export function waitForDiagnostics(uri: vscode.Uri, what: string, check: (ds: vscode.Diagnostic[]) => boolean, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const ds = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'referat');
    return check(ds) ? ds : undefined;
  }, [vscode.languages.onDidChangeDiagnostics], timeoutMs);
}

/** Opens a workspace file and waits until the extension has made it a referat document. */
export async function openReferat(name: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const uri = vscode.Uri.joinPath(folder, name);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const doc = await waitFor(`${name} to open as referat`,
    () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'referat'),
    [vscode.workspace.onDidOpenTextDocument, vscode.window.onDidChangeActiveTextEditor]);
  await vscode.window.showTextDocument(doc);
  return doc;
}
