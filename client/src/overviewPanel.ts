// Mødeoversigt: one side panel that shows the active referat and follows the
// editor to the next one, including a .txt file that only becomes a referat
// once it is opened. Running the command again reveals the same panel.
import * as vscode from 'vscode';
import { renderOverview, type OverviewData } from './overviewHtml';

type Say = (da: string, en: string) => string;

export class OverviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private doc: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly languageId: string,
    private readonly load: (doc: vscode.TextDocument) => Promise<OverviewData | null>,
    private readonly lang: () => 'da' | 'en',
    private readonly say: Say,
  ) {}

  /** What the panel shows, for tests and the status of the command. */
  get shown(): { open: boolean; uri?: string } {
    return { open: this.panel !== undefined, ...(this.doc ? { uri: this.doc.uri.toString() } : {}) };
  }

  show(doc: vscode.TextDocument): void {
    if (this.panel) {
      this.follow(doc);
      this.panel.reveal(undefined, true);
      return;
    }
    this.doc = doc;
    const panel = vscode.window.createWebviewPanel('referat.overview', this.say('Mødeoversigt', 'Meeting overview'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
    this.panel = panel;
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => e.document === this.doc && this.later()),
      vscode.languages.onDidChangeDiagnostics((e) => this.doc && e.uris.some((u) => u.toString() === this.doc!.uri.toString()) && this.later()),
      vscode.window.onDidChangeActiveTextEditor((e) => e && this.follow(e.document)),
      // A .txt file becomes a referat after it opened: its editor was active before it had the language.
      vscode.workspace.onDidOpenTextDocument((d) => d.languageId === this.languageId && vscode.window.activeTextEditor?.document.uri.toString() === d.uri.toString() && this.follow(d)),
      panel.webview.onDidReceiveMessage((message: { type: string; line: number }) => this.reveal(message)),
      panel.onDidDispose(() => this.closed()),
    );
    void this.render();
  }

  private follow(doc: vscode.TextDocument): void {
    if (doc.languageId !== this.languageId || doc === this.doc) return;
    this.doc = doc;
    this.later(0);
  }

  private later(ms = 300): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), ms);
  }

  private async render(attempt = 0): Promise<void> {
    const panel = this.panel;
    const doc = this.doc;
    if (!panel || !doc) return;
    const data = await this.load(doc).catch(() => null);
    if (panel !== this.panel || doc !== this.doc) return;
    // A document just opened may not have reached the server yet: ask again shortly.
    if (!data && attempt < 10) {
      this.timer = setTimeout(() => void this.render(attempt + 1), 200);
      return;
    }
    const nonce = Array.from({ length: 24 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
    // The language may have changed since the panel opened.
    panel.title = this.say('Mødeoversigt', 'Meeting overview');
    panel.webview.html = renderOverview(data, this.lang(), nonce, panel.webview.cspSource);
  }

  private async reveal(message: { type: string; line: number }): Promise<void> {
    if (message.type !== 'reveal' || !this.doc) return;
    const shown = await vscode.window.showTextDocument(this.doc, vscode.ViewColumn.One);
    const position = new vscode.Position(message.line, 0);
    shown.selection = new vscode.Selection(position, position);
    shown.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  }

  private closed(): void {
    clearTimeout(this.timer);
    this.subscriptions.splice(0).forEach((s) => s.dispose());
    this.panel = undefined;
    this.doc = undefined;
  }

  dispose(): void {
    this.panel?.dispose();
    this.closed();
  }
}
