// The language service: one entry point per feature over a cached model.
// Knows nothing of the LSP connection; server.ts adapts it.
import type { DocumentSymbol, FoldingRange, SelectionRange } from 'vscode-languageserver-types';
import type { Lang } from './i18n/messages';
import type { Position, ReferatDocument } from './model/types';
import { parseReferat, type ParseOptions } from './parse/parser';
import type { Cancellation } from './features/cancellation';
import { documentSymbols } from './features/symbols';
import { foldingRanges } from './features/folding';
import { selectionRanges } from './features/selection';

export interface TextSource {
  uri: string;
  version: number;
  getText(): string;
}

export class ReferatService {
  private readonly cache = new Map<string, { version: number; model: ReferatDocument }>();

  constructor(
    public lang: Lang = 'da',
    private parseOptions: ParseOptions = {},
  ) {}

  /** Parses once per document version. */
  model(doc: TextSource): ReferatDocument {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.model;
    const model = parseReferat(doc.getText(), this.parseOptions);
    this.cache.set(doc.uri, { version: doc.version, model });
    return model;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  setParseOptions(options: ParseOptions): void {
    this.parseOptions = options;
    this.cache.clear();
  }

  documentSymbols(doc: TextSource, token: Cancellation): DocumentSymbol[] {
    return documentSymbols(this.model(doc), this.lang, token);
  }

  foldingRanges(doc: TextSource, token: Cancellation): FoldingRange[] {
    return foldingRanges(this.model(doc), token);
  }

  selectionRanges(doc: TextSource, positions: Position[], token: Cancellation): SelectionRange[] {
    return selectionRanges(this.model(doc), positions, token);
  }
}
