// The end-to-end suite: runs inside a real VS Code extension host (code-server
// here, or VS Code via @vscode/test-electron) against the installed .vsix.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar } from 'vscode-textmate';
import { codeOf, openReferat, waitFor, waitForDiagnostics } from './wait';

export interface TestResult {
  name: string;
  ok: boolean;
  error?: string;
  ms: number;
}

type Test = [string, () => Promise<void>];

const EXTENSION_ID = 'referat-tools.referat';
/** The language the extension speaks: referat.language, else VS Code's display language. */
const english = () => {
  const setting = vscode.workspace.getConfiguration('referat').get<string>('language', 'auto');
  return setting === 'en' || (setting === 'auto' && vscode.env.language.toLowerCase().startsWith('en'));
};

function tests(mode: 'trusted' | 'restricted', wasm: string): Test[] {
  return [
    ['the packaged extension is installed and a .txt referat opens as referat', async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, 'the referat extension is installed');
      const doc = await openReferat('001.txt');
      assert.equal(doc.languageId, 'referat');
      await ext.activate();
      assert.ok(ext.isActive, 'the extension is active');
      assert.ok((await vscode.languages.getLanguages()).includes('referat'));
      if (mode === 'restricted') assert.equal(vscode.workspace.isTrusted, false, 'the folder is untrusted (Restricted Mode)');
      else assert.equal(vscode.workspace.isTrusted, true);
    }],
    ['the installed grammar gives the expected scopes on 001', async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      const grammarPath = path.join(ext.extensionPath, ext.packageJSON.contributes.grammars[0].path);
      const bytes = readFileSync(wasm);
      await oniguruma.loadWASM(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)).catch(() => undefined);
      const registry = new Registry({
        onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
        loadGrammar: async () => parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath),
      });
      const grammar = (await registry.loadGrammar('text.referat'))!;
      const doc = await openReferat('001.txt');
      let state = INITIAL;
      const scopes = new Set<string>();
      for (let l = 0; l < 40; l++) {
        const r = grammar.tokenizeLine(doc.lineAt(l).text, state);
        state = r.ruleStack;
        r.tokens.forEach((t) => t.scopes.forEach((s) => scopes.add(s)));
      }
      for (const s of ['keyword.other.title.referat', 'keyword.other.label.referat', 'constant.numeric.page.referat', 'keyword.control.item.referat', 'constant.numeric.case-number.referat', 'keyword.control.decision.referat']) {
        assert.ok(scopes.has(s), `scope ${s}`);
      }
    }],
    ['diagnostics arrive for 001 and 002, and none for 000', async () => {
      const d001 = await openReferat('001.txt');
      const ds = await waitForDiagnostics(d001.uri, '001 diagnostics', (x) => x.length >= 2);
      assert.deepEqual(ds.map((d) => [d.range.start.line, codeOf(d)]).sort(), [[13, 'toc-merged-line'], [13, 'toc-title-mismatch']]);
      const d002 = await openReferat('002.txt');
      const ds2 = await waitForDiagnostics(d002.uri, '002 diagnostics', (x) => x.length >= 1);
      assert.deepEqual(ds2.map((d) => [d.range.start.line, codeOf(d)]), [[318, 'empty-beslutning']]);
      // 000 is clean: prove the server has read it by making a typo appear and disappear.
      const d000 = await openReferat('000.txt');
      const editor = await vscode.window.showTextDocument(d000);
      const line = 55; // `Beslutning` in Punkt 1
      assert.equal(d000.lineAt(line).text, 'Beslutning');
      await editor.edit((e) => e.replace(new vscode.Range(line, 0, line, 10), 'Beslutnig'));
      await waitForDiagnostics(d000.uri, 'a heading typo in 000', (x) => x.some((d) => codeOf(d) === 'heading-typo'));
      await editor.edit((e) => e.replace(new vscode.Range(line, 0, line, 9), 'Beslutning'));
      const none = await waitForDiagnostics(d000.uri, '000 to be clean again', (x) => x.length === 0);
      assert.deepEqual(none, []);
    }],
    ['the outline and folding come from the server', async () => {
      const doc = await openReferat('001.txt');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      assert.ok(symbols && symbols.length === 2 + 9, `11 symbols, got ${symbols?.length}`);
      assert.equal(symbols[10].name, '9. Underskriftsark (B)');
      assert.ok(symbols[2].children.some((c) => c.name.startsWith('Beslutning Udvalget for arbejdsmarked og integration')));
      const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
      assert.ok(folds.some((f) => f.start === 10 && f.end === 19), 'the TOC folds');
      assert.ok(folds.some((f) => f.start === 21), 'Punkt 1 folds');
    }],
    ['completion inside a Beslutning and after Fraværende', async () => {
      const doc = await openReferat('000.txt');
      const inDecision = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(57, 0));
      const labels = inDecision.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.ok(labels.includes('Drøftet.'), 'this document’s decision phrase');
      assert.ok(labels.includes('Taget til efterretning.'));
      assert.equal(doc.lineAt(61).text, 'Fraværende Tina Boel van Ingen');
      const afterAbsent = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(61, 11));
      const names = afterAbsent.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.ok(names.includes('Albert Vinther Krogh'), `members offered, got ${names.slice(0, 5).join(', ')}`);
    }],
    ['go to definition from a TOC line', async () => {
      const doc = await openReferat('001.txt');
      const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, new vscode.Position(14, 3));
      assert.equal(locations.length, 1);
      const target = 'targetRange' in locations[0] ? locations[0].targetRange : locations[0].range;
      assert.equal(target.start.line, 255); // Punkt 4: Ledelsesinformation
    }],
    ['a quick fix applied through the API makes its diagnostic disappear', async () => {
      const doc = await openReferat('001.txt');
      const ds = await waitForDiagnostics(doc.uri, '001 diagnostics', (x) => x.some((d) => codeOf(d) === 'toc-merged-line'));
      const merged = ds.find((d) => codeOf(d) === 'toc-merged-line')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, merged.range, vscode.CodeActionKind.QuickFix.value);
      const split = actions.find((a) => a.isPreferred && a.title.startsWith(english() ? 'Split the line' : 'Del linjen'));
      assert.ok(split?.edit, `the split fix is offered, got ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(split.edit));
      await waitForDiagnostics(doc.uri, 'the fused line diagnostic to go', (x) => !x.some((d) => codeOf(d) === 'toc-merged-line'));
      assert.equal(doc.lineAt(14).text, 'Budget 2025-2028 (B).....\t8');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }],
    ['the commands rebuild the TOC, renumber the items and open the overview', async () => {
      const doc = await openReferat('001.txt');
      await waitForDiagnostics(doc.uri, '001 diagnostics', (x) => x.some((d) => codeOf(d) === 'toc-merged-line'));
      await vscode.commands.executeCommand('referat.updateToc');
      assert.equal(doc.lineAt(14).text, 'Budget 2025-2028 (B).....\t8');
      await waitForDiagnostics(doc.uri, 'a clean TOC', (x) => x.length === 0);
      await vscode.commands.executeCommand('workbench.action.files.revert');

      const d002 = await openReferat('002.txt');
      const editor = await vscode.window.showTextDocument(d002);
      assert.ok(d002.lineAt(65).text.startsWith('Punkt 3:'));
      await editor.edit((e) => e.replace(new vscode.Range(65, 6, 65, 7), '7'));
      await waitForDiagnostics(d002.uri, 'a numbering problem', (x) => x.some((d) => codeOf(d) === 'punkt-numbering'));
      await vscode.commands.executeCommand('referat.renumber');
      assert.ok(d002.lineAt(65).text.startsWith('Punkt 3:'));
      await waitForDiagnostics(d002.uri, 'the numbering problem to go', (x) => !x.some((d) => codeOf(d) === 'punkt-numbering'));
      await vscode.commands.executeCommand('workbench.action.files.revert');

      const title = english() ? 'Meeting overview' : 'Mødeoversigt';
      const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
      await vscode.commands.executeCommand('referat.showOverview');
      const tab = await waitFor(`the ${title} tab`, () => tabs().find((t) => t.label === title), [vscode.window.tabGroups.onDidChangeTabs]);
      assert.ok(tab.input instanceof vscode.TabInputWebview, 'the overview is a webview');
      await vscode.window.tabGroups.close(tab);
    }],
    ['a PDF opens as referat: read-only text, outline, diagnostics with pages, saved as .txt', async () => {
      const folder = vscode.workspace.workspaceFolders![0].uri;
      const edoc = vscode.Uri.joinPath(folder, 'edoc.pdf');
      // The converter loads and runs in this extension host.
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const importer = require(path.join(ext.extensionPath, 'dist', 'import.js')) as { importBytes(b: Uint8Array, k: string): Promise<{ pages?: number }> };
      const direct = await importer.importBytes(await vscode.workspace.fs.readFile(edoc), 'pdf').catch((e: Error) => e);
      assert.ok(!(direct instanceof Error), `the PDF converts: ${direct instanceof Error ? direct.stack : ''}`);
      assert.equal(direct.pages, 15);
      const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('referat.openAsReferat', edoc);
      assert.ok(editor, 'the PDF opened');
      const view = editor.document;
      assert.equal(view.uri.scheme, 'referat-import');
      assert.equal(view.languageId, 'referat');
      // Typing into the view changes nothing: it is read-only.
      const before = view.getText();
      await vscode.commands.executeCommand('type', { text: 'x' });
      assert.equal(view.getText(), before, 'the view is read-only');
      const outline = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', view.uri);
      assert.deepEqual(outline.slice(2).map((s) => s.name.split(' ')[0]), ['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.'], `8 items, got ${outline.map((s) => s.name).join(' | ')}`);
      assert.ok((outline[0].detail ?? '').includes('eDoc'), 'the outline says which system');
      // Seed 002 as a PDF: its empty decision, with the page it is on.
      const made = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('referat.openAsReferat', vscode.Uri.joinPath(folder, '002.pdf'));
      const ds = await waitForDiagnostics(made!.document.uri, 'the PDF’s diagnostics', (x) => x.some((d) => codeOf(d) === 'empty-beslutning'));
      const empty = ds.find((d) => codeOf(d) === 'empty-beslutning')!;
      assert.match(empty.message, english() ? /\(page 12\)$/ : /\(side 12\)$/);
      // Open With… offers Referat for a PDF.
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.commands.executeCommand('vscode.openWith', edoc, 'referat.import');
      await waitFor('the PDF to open through Open With', () => vscode.window.activeTextEditor?.document.uri.scheme === 'referat-import', [vscode.window.onDidChangeActiveTextEditor]);
      // Saved as text, it is a referat file like any other.
      const target = vscode.Uri.joinPath(folder, `edoc-${mode}.txt`);
      const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('referat.saveImportAsText', view.uri, target);
      assert.equal(saved?.toString(), target.toString());
      const text = await openReferat(`edoc-${mode}.txt`);
      assert.equal(text.getText(), view.getText());
    }],
    ['a case through the meetings: the lens, the next and previous treatment', async () => {
      const doc = await openReferat('oek-2024-08-14.txt');
      const editor = await vscode.window.showTextDocument(doc);
      const at = new vscode.Position(27, 3); // item 1's case number
      editor.selection = new vscode.Selection(at, at);
      // 000.txt, demo.txt (both 25 June) and the Byråd's meeting treat item 1's case too.
      const lenses = await waitForValue('the case lens', async () => {
        const all = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
        return all.find((l) => l.range.start.line === 25 && /3 (andre behandlinger|other treatments)/.test(l.command?.title ?? ''));
      });
      assert.equal(lenses.command?.command, 'referat.showTreatments');
      await vscode.commands.executeCommand('referat.nextTreatment');
      await waitFor('the next treatment to open', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('byraad-2024-08-28.txt'), [vscode.window.onDidChangeActiveTextEditor]);
      assert.equal(vscode.window.activeTextEditor!.selection.active.line, 25, 'at item 1');
      await vscode.commands.executeCommand('referat.previousTreatment');
      await waitFor('the previous treatment to open', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('oek-2024-08-14.txt'), [vscode.window.onDidChangeActiveTextEditor]);
      await vscode.commands.executeCommand('referat.previousTreatment');
      await waitFor('the earlier treatment to open', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('demo.txt'), [vscode.window.onDidChangeActiveTextEditor]);
    }],
    ['the overview is one panel that follows the referat opened next', async () => {
      const api = vscode.extensions.getExtension<{ overview(): { open: boolean; uri?: string } }>(EXTENSION_ID)!.exports;
      const title = english() ? 'Meeting overview' : 'Mødeoversigt';
      const panels = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.label === title);
      await openReferat('001.txt');
      await vscode.commands.executeCommand('referat.showOverview');
      await waitFor('the overview of 001', () => api.overview().uri?.endsWith('/001.txt'), [vscode.window.tabGroups.onDidChangeTabs]);
      // A .txt file never opened before: plain text first, then a referat; the overview follows it.
      await openReferat('ny.txt');
      await poll('the overview to follow ny.txt', () => (api.overview().uri?.endsWith('/ny.txt') ? true : undefined));
      await vscode.commands.executeCommand('referat.showOverview');
      await poll('one overview panel', () => (panels().length === 1 ? true : undefined), 3000).catch(() => undefined);
      assert.equal(panels().length, 1, 'running the command again reveals the panel, not a second one');
      await vscode.window.tabGroups.close(panels());
      assert.equal(api.overview().open, false);
    }],
    ['a Windows-1252 file is read in that encoding, with its dash and quotes', async () => {
      const doc = await openReferat('cp1252.txt');
      const text = await waitFor('the file read as Windows-1252', () => (doc.getText().includes('“Mødelokale Domkirken” – 129') ? doc.getText() : undefined), [vscode.workspace.onDidChangeTextDocument]);
      assert.ok(!text.includes('\uFFFD'), 'no letter lost');
      assert.equal((doc as vscode.TextDocument & { encoding?: string }).encoding, 'windows1252');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      assert.ok(symbols[0].name.includes('Social- og Arbejdsmarkedsudvalget'), `the header is read, got ${symbols[0]?.name}`);
    }],
    ['New referat writes a skeleton the server reads; snippets and Format Document work in it', async () => {
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('referat.newReferat');
      const doc = editor.document;
      assert.equal(doc.languageId, 'referat');
      assert.equal(doc.uri.scheme, 'untitled');
      const now = new Date();
      const dd = String(now.getDate()).padStart(2, '0');
      const mm = String(now.getMonth() + 1).padStart(2, '0');
      assert.ok(doc.lineAt(0).text.endsWith(` d. ${dd}-${mm}-${now.getFullYear()}`), doc.lineAt(0).text);
      // The cursor is in the first field, the committee.
      assert.equal(doc.getText(editor.selection), 'Økonomiudvalget');
      const symbols = await waitForValue('the skeleton’s outline', async () => {
        const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
        return s && s.length === 3 ? s : undefined;
      });
      assert.equal(symbols[2].name, '1. Godkendelse af dagsorden');
      // The snippets are offered on an empty line.
      await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount - 1, 0), '\n'));
      const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(doc.lineCount - 1, 0));
      const snippet = completions.items.find((i) => i.kind === vscode.CompletionItemKind.Snippet && (typeof i.label === 'string' ? i.label : i.label.label) === 'punkt');
      assert.ok(snippet, 'the punkt snippet');
      // Format Document: trailing spaces go.
      await editor.edit((e) => e.insert(doc.lineAt(2).range.end, '   '));
      const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 4, insertSpaces: true });
      assert.ok(edits.some((e) => e.range.start.line === 2 && e.newText === ''), `a trailing-space edit, got ${JSON.stringify(edits)}`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }],
    ['the walkthrough opens', async () => {
      const before = vscode.window.tabGroups.all.flatMap((g) => g.tabs).length;
      await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#referat.gettingStarted`, false);
      await waitFor('the walkthrough tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).length > before || undefined, [vscode.window.tabGroups.onDidChangeTabs]);
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      assert.equal(ext.packageJSON.contributes.walkthroughs[0].steps.length, 4);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }],
    ['Check all referater fills the Problems view for a file that is not open', async () => {
      const folder = vscode.workspace.workspaceFolders![0].uri;
      const unopened = vscode.Uri.joinPath(folder, 'arkiv', 'uaabnet.txt');
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'the file is not open');
      const result = await vscode.commands.executeCommand<{ files: number; warnings: number }>('referat.checkWorkspace');
      assert.ok(result.files >= 1 && result.warnings >= 1, JSON.stringify(result));
      const found = await waitForDiagnostics(unopened, 'the unopened file’s findings', (ds) => ds.some((d) => codeOf(d) === 'heading-typo'));
      assert.equal(found.filter((d) => codeOf(d) === 'heading-typo').length, 1);
      // Opened, the file has the editor's diagnostics, not both.
      await openReferat('arkiv/uaabnet.txt');
      await waitForDiagnostics(unopened, 'one heading-typo once open', (ds) => ds.filter((d) => codeOf(d) === 'heading-typo').length === 1);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      assert.equal(vscode.languages.getDiagnostics(unopened).filter((d) => codeOf(d) === 'heading-typo').length, 1);
    }],
    ['a referat check task fills the Problems view through the problem matchers', async () => {
      // Tasks do not run in Restricted Mode: VS Code asks for trust first.
      if (mode === 'restricted') return assert.equal(vscode.workspace.isTrusted, false);
      const folder = vscode.workspace.workspaceFolders![0];
      const name = 'Tjek referater';
      const execution = new vscode.ProcessExecution(process.execPath, [process.env.REFERAT_E2E_CLI!, 'check', 'opgave'], { cwd: folder.uri.fsPath, env: { REFERAT_LANG: 'da' } });
      const task = new vscode.Task({ type: 'referat-e2e' }, folder, name, 'referat', execution, ['$referat-error', '$referat-warning', '$referat-info']);
      const ended = new Promise<number | undefined>((resolve) => {
        const sub = vscode.tasks.onDidEndTaskProcess((e) => {
          if (e.execution.task.name !== name) return;
          sub.dispose();
          resolve(e.exitCode);
        });
      });
      await vscode.tasks.executeTask(task);
      assert.equal(await ended, 1, 'referat check found something');
      const uri = vscode.Uri.joinPath(folder.uri, 'opgave', 'opgave.txt');
      const found = await waitFor('the task’s findings', () => {
        const ds = vscode.languages.getDiagnostics(uri);
        return ds.length >= 2 ? ds : undefined;
      }, [vscode.languages.onDidChangeDiagnostics]);
      assert.deepEqual(found.map((d) => [d.range.start.line, d.range.start.character, codeOf(d), d.severity, d.source]).sort(), [
        [13, 0, 'toc-merged-line', vscode.DiagnosticSeverity.Warning, 'referat'],
        [13, 0, 'toc-title-mismatch', vscode.DiagnosticSeverity.Warning, 'referat'],
      ]);
      assert.match(found[0].message, /sidetal|Titlen/);
    }],
    ['a rule code opens its page rendered and read-only', async () => {
      const doc = await openReferat('001.txt');
      const ds = await waitForDiagnostics(doc.uri, '001 diagnostics', (x) => x.some((d) => codeOf(d) === 'toc-merged-line'));
      const code = ds.find((d) => codeOf(d) === 'toc-merged-line')!.code as { value: string; target: vscode.Uri };
      assert.equal(code.target.scheme, 'referat-rule');
      await vscode.commands.executeCommand('vscode.open', code.target);
      const preview = await waitFor('the rendered rule page', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview')), [vscode.window.tabGroups.onDidChangeTabs]);
      assert.ok(!vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputText && t.input.uri.scheme === 'referat-rule'), 'no raw page left open');
      const page = await vscode.workspace.openTextDocument(code.target);
      assert.match(page.getText(), /^# `toc-merged-line`/);
      await vscode.window.tabGroups.close(preview);
    }],
    ['a language server that dies is started again, and diagnostics follow edits as before', async () => {
      const doc = await openReferat('000.txt');
      await waitForDiagnostics(doc.uri, '000 to be read', (x) => x.length === 0);
      const first = serverPids();
      assert.equal(first.length, 1, `one server runs, got ${first.join(', ')}`);
      process.kill(first[0], 'SIGKILL');
      const second = await poll('a new server process', () => {
        const now = serverPids();
        return now.length === 1 && now[0] !== first[0] ? now[0] : undefined;
      });
      assert.notEqual(second, first[0]);
      const editor = await vscode.window.showTextDocument(doc);
      const line = 55;
      await editor.edit((e) => e.replace(new vscode.Range(line, 0, line, 10), 'Beslutnig'));
      await waitForDiagnostics(doc.uri, 'a heading typo after the restart', (x) => x.some((d) => codeOf(d) === 'heading-typo'));
      await editor.edit((e) => e.replace(new vscode.Range(line, 0, line, 9), 'Beslutning'));
      await waitForDiagnostics(doc.uri, '000 clean again after the restart', (x) => x.length === 0);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }],
  ];
}

/** The extension host's children running the bundled language server. */
function serverPids(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out.split('\n').filter((l) => /dist[\\/]server\.js/.test(l)).map((l) => Number(l.trim().split(/\s+/)[0]));
}

/** Polls an async check until it gives a value, within a bound (lenses come once the index is built). */
async function waitForValue<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Polls a condition no event announces (another process), within a bound. */
async function poll<T>(what: string, check: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function runSuite(mode: 'trusted' | 'restricted', wasm: string, log: (line: string) => void): Promise<TestResult[]> {
  const results: TestResult[] = [];
  for (const [name, fn] of tests(mode, wasm)) {
    const started = Date.now();
    try {
      await fn();
      results.push({ name, ok: true, ms: Date.now() - started });
      log(`ok   ${name}`);
    } catch (error) {
      results.push({ name, ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error), ms: Date.now() - started });
      log(`FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return results;
}

export { waitFor };
