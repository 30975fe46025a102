// Rule pages, read-only and rendered: a diagnostic's code links to
// `referat-rule:/rules/<code>.md`, served from the installed extension's
// docs/rules, and opened as a Markdown preview instead of an editable file.
import * as vscode from 'vscode';

export const RULE_SCHEME = 'referat-rule';
/** The `docsBase` the server gives diagnostics' code links. */
export const RULE_DOCS_BASE = `${RULE_SCHEME}:/rules`;

export function registerRulePages(context: vscode.ExtensionContext): void {
  const root = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const name = uri.path.split('/').pop() ?? '';
      // Only the pages that ship, never a path outside them.
      if (!/^[a-z0-9-]+\.md$/i.test(name)) return undefined;
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, name)));
      } catch {
        return `# ${name}\n\nIngen side for denne regel. / No page for this rule.\n`;
      }
    },
  };
  const previewing = new Set<string>();
  const preview = async (editor: vscode.TextEditor | undefined) => {
    const uri = editor?.document.uri;
    if (!uri || uri.scheme !== RULE_SCHEME || previewing.has(uri.toString())) return;
    previewing.add(uri.toString());
    try {
      // The raw page gives way to its rendering in the same place.
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } finally {
      previewing.delete(uri.toString());
    }
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(RULE_SCHEME, provider),
    vscode.window.onDidChangeActiveTextEditor((e) => void preview(e)),
    vscode.commands.registerCommand('referat.openRulePage', async (code: string) => {
      await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.parse(`${RULE_DOCS_BASE}/${code}.md`));
    }),
  );
}
