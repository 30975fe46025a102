// The language service: one entry point per feature over a cached model.
// Knows nothing of the LSP connection; server.ts adapts it.
import type { CodeAction, Diagnostic as LspDiagnostic, DocumentSymbol, FoldingRange, SelectionRange } from 'vscode-languageserver-types';
import { resolveLang, type Lang } from './i18n/messages';
import type { Position, Range, ReferatDocument } from './model/types';
import { parseReferat } from './parse/parser';
import type { Cancellation } from './features/cancellation';
import { documentSymbols } from './features/symbols';
import { foldingRanges } from './features/folding';
import { selectionRanges } from './features/selection';
import { toLspDiagnostic } from './features/diagnostics';
import { FIX_ALL_KIND, fixAllAction, quickFixes } from './features/codeActions';
import { DEFAULT_CONFIG, type ResolvedConfig } from './config/types';
import { parseOptionsOf } from './config/resolve';
import { runRules } from './rules/index';
import { fixAll, minimalEdit } from './rules/apply';
import type { Diagnostic } from './rules/types';

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
}

export class ReferatService {
  private readonly cache = new Map<string, CacheEntry>();
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
    const parseKey = JSON.stringify(options);
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.parseKey === parseKey) return hit;
    const entry: CacheEntry = { version: doc.version, parseKey, model: parseReferat(doc.getText(), options) };
    this.cache.set(doc.uri, entry);
    return entry;
  }

  /** Parses once per document version and config. */
  model(doc: TextSource, config: ResolvedConfig = DEFAULT_CONFIG): ReferatDocument {
    return this.entry(doc, config).model;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  documentSymbols(doc: TextSource, token: Cancellation, config: ResolvedConfig = DEFAULT_CONFIG): DocumentSymbol[] {
    return documentSymbols(this.model(doc, config), this.langFor(config), token);
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
    const configKey = JSON.stringify(config);
    if (entry.findings && entry.configKey === configKey) return entry.findings;
    const result = runRules(entry.model, config, () => token.isCancellationRequested);
    if (!token.isCancellationRequested) {
      entry.findings = result;
      entry.configKey = configKey;
    }
    return result;
  }

  diagnostics(doc: TextSource, config: ResolvedConfig, token: Cancellation): LspDiagnostic[] {
    const lang = this.langFor(config);
    return this.findings(doc, config, token).map((d) => toLspDiagnostic(d, doc.uri, lang, this.docsBase));
  }

  /** Quick fixes for `range`, and the fix-all source action when asked for (or nothing is filtered). */
  codeActions(doc: TextSource, config: ResolvedConfig, range: Range, only: string[] | undefined, token: Cancellation): CodeAction[] {
    const lang = this.langFor(config);
    const findings = this.findings(doc, config, token);
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
    const actions: CodeAction[] = [];
    if (wants('quickfix')) {
      actions.push(...quickFixes(findings, range, doc.uri, lang, (d) => toLspDiagnostic(d, doc.uri, lang, this.docsBase)));
    }
    if (wants(FIX_ALL_KIND) && findings.some((d) => d.fixes?.some((f) => f.safe))) {
      const before = doc.getText();
      const result = fixAll(before, config, parseOptionsOf(config), () => token.isCancellationRequested);
      const edit = minimalEdit(before, result.text);
      if (edit) actions.push(fixAllAction(doc.uri, lang, edit, result.applied.length));
    }
    return actions;
  }
}
