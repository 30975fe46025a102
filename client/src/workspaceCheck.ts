// "Check all referater in the workspace": the server checks every indexed file
// that is not open, and its findings go into the Problems view; a file that is
// then opened gets the editor's own diagnostics instead.
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';

type Say = (da: string, en: string) => string;

export function registerWorkspaceCheck(context: vscode.ExtensionContext, client: () => Promise<LanguageClient | undefined>, say: Say): void {
  const collection = vscode.languages.createDiagnosticCollection('referat-workspace');
  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument((doc) => collection.delete(doc.uri)),
    vscode.commands.registerCommand('referat.checkWorkspace', async () => {
      const c = await client();
      if (!c) return undefined;
      const results = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: say('Tjekker referater i arbejdsområdet', 'Checking referater in the workspace'), cancellable: true },
        (progress, token) => {
          // The server reports `done/total` on this token as it goes.
          const workDoneToken = `referat-check-${Date.now()}`;
          let shown = 0;
          const listening = c.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
            if (value.kind !== 'report') return;
            const percentage = value.percentage ?? shown;
            progress.report({ message: say(`${value.message} filer`, `${value.message} files`), increment: percentage - shown });
            shown = percentage;
          });
          return c.sendRequest<Array<{ uri: string; diagnostics: LspDiagnostic[] }>>('referat/checkWorkspace', { workDoneToken }, token).finally(() => listening.dispose());
        },
      );
      collection.clear();
      let errors = 0;
      let warnings = 0;
      for (const r of results) {
        const uri = vscode.Uri.parse(r.uri);
        if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === r.uri)) continue;
        const diagnostics = await c.protocol2CodeConverter.asDiagnostics(r.diagnostics);
        errors += diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
        warnings += diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
        collection.set(uri, diagnostics);
      }
      void vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window.showInformationMessage(say(
        `Tjekkede ${results.length} referater, der ikke er åbne: ${errors} fejl, ${warnings} advarsler.`,
        `Checked ${results.length} referater that are not open: ${errors} errors, ${warnings} warnings.`,
      ));
      return { files: results.length, errors, warnings };
    }),
  );
}
