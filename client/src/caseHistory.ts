// A case's path through the meetings: the Sagshistorik view for the item at
// the cursor, the code lens's list of treatments, and going to the previous
// or next treatment. The server answers from its workspace index.
import * as vscode from 'vscode';
import type { Treatment } from '../../server/src/index/workspaceIndex';

export interface CaseTreatments {
  caseNumber: string;
  item: number;
  treatments: Treatment[];
}

type Ask = (uri: string, position: vscode.Position) => Promise<CaseTreatments | null>;
type Say = (da: string, en: string) => string;

function rangeOf(t: Treatment): vscode.Range {
  return new vscode.Range(t.range.start.line, t.range.start.character, t.range.end.line, t.range.end.character);
}

function isCurrent(t: Treatment, found: CaseTreatments, uri: string): boolean {
  return t.uri === uri && t.number === found.item;
}

class HistoryProvider implements vscode.TreeDataProvider<Treatment> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  found: CaseTreatments | null = null;
  uri = '';

  constructor(private readonly say: Say) {}

  show(found: CaseTreatments | null, uri: string): void {
    this.found = found;
    this.uri = uri;
    this.changed.fire();
  }

  getChildren(): Treatment[] {
    return this.found?.treatments ?? [];
  }

  getTreeItem(t: Treatment): vscode.TreeItem {
    const current = this.found !== null && isCurrent(t, this.found, this.uri);
    const item = new vscode.TreeItem(`${t.date ?? '?'}  ${t.committee ?? t.meeting}`);
    item.description = `${this.say('punkt', 'item')} ${t.number}: ${t.decision ?? t.title}`;
    item.tooltip = new vscode.MarkdownString(`**${t.title}**\n\n${t.decision ?? ''}`);
    item.iconPath = new vscode.ThemeIcon(current ? 'circle-filled' : 'circle-outline');
    item.resourceUri = vscode.Uri.parse(t.uri);
    item.command = { command: 'vscode.open', title: '', arguments: [vscode.Uri.parse(t.uri), { selection: rangeOf(t) }] };
    if (current) item.accessibilityInformation = { label: `${item.label} (${this.say('dette møde', 'this meeting')})` };
    return item;
  }
}

export function registerCaseHistory(context: vscode.ExtensionContext, ask: Ask, say: Say): void {
  // The view shows once the extension runs (views cannot ask for the active editor's language).
  void vscode.commands.executeCommand('setContext', 'referat.active', true);
  const provider = new HistoryProvider(say);
  const view = vscode.window.createTreeView('referat.caseHistory', { treeDataProvider: provider });
  let pending: NodeJS.Timeout | undefined;
  const refresh = () => {
    clearTimeout(pending);
    pending = setTimeout(async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'referat') return;
      const uri = editor.document.uri.toString();
      const found = await ask(uri, editor.selection.active).catch(() => null);
      provider.show(found, uri);
      view.message = found
        ? say(`Sag ${found.caseNumber}: ${found.treatments.length} behandlinger`, `Case ${found.caseNumber}: ${found.treatments.length} treatments`)
        : say('Stil markøren i et punkt med et sagsnummer.', 'Put the cursor in an item with a case number.');
    }, 150);
  };
  const step = async (delta: number) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'referat') return;
    const uri = editor.document.uri.toString();
    const found = await ask(uri, editor.selection.active);
    const at = found ? found.treatments.findIndex((t) => isCurrent(t, found, uri)) : -1;
    const target = found && at >= 0 ? found.treatments[at + delta] : undefined;
    if (!target) {
      void vscode.window.showInformationMessage(found
        ? say(delta < 0 ? 'Der er ingen tidligere behandling af sagen.' : 'Der er ingen senere behandling af sagen.', delta < 0 ? 'There is no earlier treatment of the case.' : 'There is no later treatment of the case.')
        : say('Stil markøren i et punkt med et sagsnummer.', 'Put the cursor in an item with a case number.'));
      return;
    }
    await vscode.window.showTextDocument(vscode.Uri.parse(target.uri), { selection: rangeOf(target) });
  };
  context.subscriptions.push(
    view,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.window.onDidChangeTextEditorSelection(refresh),
    vscode.commands.registerCommand('referat.previousTreatment', () => step(-1)),
    vscode.commands.registerCommand('referat.nextTreatment', () => step(1)),
    // From the code lens: the other treatments in the references view.
    vscode.commands.registerCommand('referat.showTreatments', (uri: string, position: { line: number; character: number }, locations: Array<{ uri: string; range: Treatment['range'] }>) =>
      vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), new vscode.Position(position.line, position.character),
        locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character))))),
  );
  refresh();
}
