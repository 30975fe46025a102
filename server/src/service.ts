// The language service: one entry point per feature over a cached model.
// Knows nothing of the LSP connection; server.ts adapts it.
import type { CodeAction, Diagnostic as LspDiagnostic, DocumentSymbol, FoldingRange, SelectionRange } from 'vscode-languageserver-types';
import { resolveLang, type Lang } from './i18n/messages';
import type { Position, Range, ReferatDocument } from './model/types';
import { parseReferat } from './parse/parser';
import { afterEdit } from './parse/reuse';
import { UnchangedEnds } from './text/unchanged';
import type { Cancellation } from './features/cancellation';
import { documentSymbols } from './features/symbols';
import { foldingRanges } from './features/folding';
import { selectionRanges } from './features/selection';
import { toLspDiagnostic } from './features/diagnostics';
import { formatEdits } from './features/format';
import { FIX_ALL_KIND, fixAllAction, quickFixes, suppressActions } from './features/codeActions';
import { DEFAULT_CONFIG, type ResolvedConfig } from './config/types';
import { parseOptionsOf } from './config/resolve';
import { printedPage } from './model/pages';
import { containsPosition } from './text/lines';
import { forwardingOf, type Forwarding } from './features/forwarding';
import { itemCaseKey } from './index/workspaceIndex';
import { runRules } from './rules/index';
import { fixAll, minimalEdit } from './rules/apply';
import type { Diagnostic } from './rules/types';
import type { CodeLens, CompletionItem, DocumentHighlight, Hover, Location, TextEdit } from 'vscode-languageserver-types';
import { completions } from './features/completion';
import { definition, highlights, references } from './features/navigation';
import { hover } from './features/hover';
import { prepareRename, renameMember } from './features/rename';
import { codeLenses } from './features/codeLens';
import { renumberEdits, updateTocEdits } from './features/commands';
import { overview, type Overview } from './features/overview';
import { itemReferences, type ItemReference } from './model/mentions';

export interface TextSource {
  uri: string;
  version: number;
  getText(): string;
}

interface CacheEntry {
  version: number;
  /** The parse options the model was made with. */
  parseKey: string;
  model: ReferatDocument;
  /** The config the findings were made with. */
  configKey?: string;
  findings?: Diagnostic[];
  references?: ItemReference[];
  /** Size in MB of a document over the configured maximum, which is not analysed. */
  tooLarge?: number;
}

const MB = 1024 * 1024;

/** The one finding of a document too large to analyse, on its first line. */
function tooLargeFinding(size: number, max: number): Diagnostic {
  return {
    code: 'document-too-large',
    severity: 'warning',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: {
      da: `Dokumentet er på omkring ${size} MB, over grænsen på ${max} MB, og analyseres ikke. Hæv grænsen med indstillingen referat.maxDocumentSize, eller tjek filen med »referat check --max-size«.`,
      en: `The document is about ${size} MB, over the limit of ${max} MB, and is not analysed. Raise the limit with the setting referat.maxDocumentSize, or check the file with »referat check --max-size«.`,
    },
  };
}

export class ReferatService {
  private readonly cache = new Map<string, CacheEntry>();
  /** The editor's edits since each document was last parsed: where its text is as it was. */
  readonly edits = new UnchangedEnds();
  /** The editor's display language and the client's locale, for `language: auto`. */
  clientLanguage?: string;
  locale?: string;
  /** URL of the folder holding the rule pages, for links from diagnostics. */
  docsBase?: string;

  constructor(private readonly fallbackLang: Lang = 'da') {}

  langFor(config: ResolvedConfig = DEFAULT_CONFIG): Lang {
    if (config.language !== 'auto') return config.language;
    if (!this.clientLanguage && !this.locale) return this.fallbackLang;
    return resolveLang(this.clientLanguage, this.locale);
  }

  private entry(doc: TextSource, config: ResolvedConfig): CacheEntry {
    const options = parseOptionsOf(config);
    const parseKey = `${JSON.stringify(options)}|${config.maxDocumentSize}`;
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.parseKey === parseKey) return hit;
    const text = doc.getText();
    // Characters stand in for bytes: close enough for a limit, and costs no pass over the text.
    const tooLarge = text.length > config.maxDocumentSize * MB ? Math.ceil(text.length / MB) : undefined;
    // The previous version's model, where the parse options are the same: its untouched items are taken over.
    const previous = hit && hit.parseKey === parseKey && !hit.tooLarge ? hit.model : undefined;
    // Where the edits since left the text as it was: the lines there are taken over, not split again.
    const unchanged = this.edits.take(doc.uri, hit && !hit.tooLarge ? hit.model.source.length : -1, text.length);
    const entry: CacheEntry = {
      version: doc.version,
      parseKey,
      model: parseReferat(tooLarge ? '' : text, options, afterEdit(previous, previous && unchanged)),
      ...(tooLarge ? { tooLarge } : {}),
    };
    this.cache.set(doc.uri, entry);
    return entry;
  }

  /** Parses once per document version and config. */
  model(doc: TextSource, config: ResolvedConfig = DEFAULT_CONFIG): ReferatDocument {
    return this.entry(doc, config).model;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.edits.forget(uri);
  }

  documentSymbols(doc: TextSource, token: Cancellation, config: ResolvedConfig = DEFAULT_CONFIG): DocumentSymbol[] {
    return documentSymbols(this.model(doc, config), this.langFor(config), token, config);
  }

  foldingRanges(doc: TextSource, token: Cancellation, config: ResolvedConfig = DEFAULT_CONFIG): FoldingRange[] {
    return foldingRanges(this.model(doc, config), token);
  }

  selectionRanges(doc: TextSource, positions: Position[], token: Cancellation, config: ResolvedConfig = DEFAULT_CONFIG): SelectionRange[] {
    return selectionRanges(this.model(doc, config), positions, token);
  }

  /** The findings of every enabled rule, cached per version and config. */
  findings(doc: TextSource, config: ResolvedConfig, token: Cancellation): Diagnostic[] {
    const entry = this.entry(doc, config);
    if (entry.tooLarge) return [tooLargeFinding(entry.tooLarge, config.maxDocumentSize)];
    const configKey = JSON.stringify(config);
    if (entry.findings && entry.configKey === configKey) return entry.findings;
    const result = runRules(entry.model, config, { isCancelled: () => token.isCancellationRequested, incremental: true });
    if (!token.isCancellationRequested) {
      entry.findings = result;
      entry.configKey = configKey;
    }
    return result;
  }

  diagnostics(doc: TextSource, config: ResolvedConfig, token: Cancellation): LspDiagnostic[] {
    const lang = this.langFor(config);
    const toLsp = this.toLsp(doc, config, lang);
    return this.findings(doc, config, token).map(toLsp);
  }

  /** Findings as LSP diagnostics, with the page where the text has page breaks. */
  private toLsp(doc: TextSource, config: ResolvedConfig, lang: Lang): (d: Diagnostic) => LspDiagnostic {
    const model = this.model(doc, config);
    return (d) => {
      const line = d.range.start.line;
      return toLspDiagnostic(d, doc.uri, lang, this.docsBase, model.hasFormFeeds && model.lines.has(line) ? printedPage(model, model.lines.page(line)) : undefined);
    };
  }

  /** Format Document: whitespace edits only (see features/format). */
  format(doc: TextSource, config: ResolvedConfig, token: Cancellation): TextEdit[] {
    if (token.isCancellationRequested) return [];
    return formatEdits(this.model(doc, config));
  }

  /**
   * Quick fixes for `range`, and the fix-all source action. Fixing all costs a
   * re-check per fix, so with `lazyFixAll` the action comes without its edit
   * (the client asks for it through codeAction/resolve when it is chosen);
   * without, it is computed only when the client asks for that kind by name,
   * not for every request the cursor sends.
   */
  codeActions(doc: TextSource, config: ResolvedConfig, range: Range, only: string[] | undefined, token: Cancellation, lazyFixAll = false): CodeAction[] {
    const lang = this.langFor(config);
    const findings = this.findings(doc, config, token);
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
    const asked = only?.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(o + '.')) ?? false;
    const actions: CodeAction[] = [];
    if (wants('quickfix')) {
      const toLsp = this.toLsp(doc, config, lang);
      actions.push(...quickFixes(findings, range, doc.uri, lang, toLsp));
      actions.push(...suppressActions(this.model(doc, config), findings, range, doc.uri, lang, toLsp));
    }
    const safe = findings.filter((d) => d.fixes?.some((f) => f.safe)).length;
    if (safe > 0 && wants(FIX_ALL_KIND)) {
      if (lazyFixAll) actions.push({ ...fixAllAction(doc.uri, lang, undefined, safe), data: { uri: doc.uri, version: doc.version } });
      else if (asked) {
        const edit = this.fixAllEdit(doc, config, token);
        if (edit) actions.push(fixAllAction(doc.uri, lang, edit.edit, edit.count));
      }
    }
    return actions;
  }

  /** The one edit that applies every safe fix, and how many fixes it holds. */
  fixAllEdit(doc: TextSource, config: ResolvedConfig, token: Cancellation): { edit: { range: Range; newText: string }; count: number } | undefined {
    const before = doc.getText();
    const result = fixAll(before, config, parseOptionsOf(config), () => token.isCancellationRequested);
    if (token.isCancellationRequested) return undefined;
    const edit = minimalEdit(before, result.text);
    return edit ? { edit, count: result.applied.length } : undefined;
  }

  private references(doc: TextSource, config: ResolvedConfig): ItemReference[] {
    const entry = this.entry(doc, config);
    entry.references ??= itemReferences(entry.model);
    return entry.references;
  }

  completions(doc: TextSource, position: Position, snippets: boolean, token: Cancellation, config: ResolvedConfig = DEFAULT_CONFIG): CompletionItem[] {
    return completions(this.model(doc, config), position, { snippets, lang: this.langFor(config) }, token);
  }

  definition(doc: TextSource, position: Position, config: ResolvedConfig = DEFAULT_CONFIG): Location[] {
    return definition(this.model(doc, config), doc.uri, position, this.references(doc, config));
  }

  findReferences(doc: TextSource, position: Position, includeDeclaration: boolean, config: ResolvedConfig = DEFAULT_CONFIG): Location[] {
    return references(this.model(doc, config), doc.uri, position, includeDeclaration, this.references(doc, config));
  }

  highlights(doc: TextSource, position: Position, config: ResolvedConfig = DEFAULT_CONFIG): DocumentHighlight[] {
    return highlights(this.model(doc, config), position, this.references(doc, config));
  }

  hover(doc: TextSource, position: Position, config: ResolvedConfig = DEFAULT_CONFIG): Hover | null {
    return hover(this.model(doc, config), position, this.langFor(config), this.references(doc, config));
  }

  /** The item the cursor is in, where it has a case number. */
  caseOfItemAt(doc: TextSource, position: Position, config: ResolvedConfig = DEFAULT_CONFIG): { label: string; key: string; item: number } | undefined {
    const item = this.model(doc, config).items.find((i) => position.line >= i.range.start.line && position.line <= i.range.end.line);
    const key = item ? itemCaseKey(item) : undefined;
    return item && key ? { label: item.caseNumber?.value ?? item.title, key, item: item.number } : undefined;
  }

  /** Items with a case number, for lenses on them, with where their decision sends the case. */
  casesOf(doc: TextSource, config: ResolvedConfig = DEFAULT_CONFIG): Array<{ caseNumber?: string; key: string; item: number; range: Range; forwarding?: Forwarding }> {
    return this.model(doc, config).items.flatMap((i) => {
      const key = itemCaseKey(i);
      if (!key) return [];
      const forwarding = forwardingOf(i);
      return [{ ...(i.caseNumber ? { caseNumber: i.caseNumber.value } : {}), key, item: i.number, range: i.headingRange, ...(forwarding ? { forwarding } : {}) }];
    });
  }

  /** The case number under the cursor, with its item's number. */
  caseNumberAt(doc: TextSource, position: Position, config: ResolvedConfig = DEFAULT_CONFIG): { value: string; item: number } | undefined {
    for (const item of this.model(doc, config).items) {
      const r = item.caseNumber?.range;
      if (r && containsPosition(r, position)) return { value: item.caseNumber!.value, item: item.number };
    }
    return undefined;
  }

  prepareRename(doc: TextSource, position: Position, config: ResolvedConfig = DEFAULT_CONFIG) {
    return prepareRename(this.model(doc, config), position);
  }

  rename(doc: TextSource, position: Position, newName: string, config: ResolvedConfig = DEFAULT_CONFIG): TextEdit[] | null {
    return renameMember(this.model(doc, config), position, newName);
  }

  codeLenses(doc: TextSource, token: Cancellation, config: ResolvedConfig = DEFAULT_CONFIG): CodeLens[] {
    return codeLenses(this.model(doc, config), config, this.langFor(config), token);
  }

  updateTocEdits(doc: TextSource, config: ResolvedConfig = DEFAULT_CONFIG): TextEdit[] {
    return updateTocEdits(this.model(doc, config));
  }

  renumberEdits(doc: TextSource, config: ResolvedConfig = DEFAULT_CONFIG): TextEdit[] {
    return renumberEdits(this.model(doc, config));
  }

  overview(doc: TextSource, config: ResolvedConfig, token: Cancellation): Overview {
    return overview(this.model(doc, config), this.findings(doc, config, token), this.langFor(config), config);
  }
}
