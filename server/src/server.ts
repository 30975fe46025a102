// LSP adapter: look up the document, call the service, and never let an
// error escape a handler (a crash would cost the user every feature at once).
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type CancellationToken, type InitializeResult, type TextDocumentIdentifier,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveLang } from './i18n/messages';
import { ReferatService } from './service';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = new ReferatService();

/** Runs a feature for an open document; logs and falls back on any error. */
function withDocument<P extends { textDocument: TextDocumentIdentifier }, R>(
  name: string,
  fallback: R,
  run: (doc: TextDocument, params: P, token: CancellationToken) => R,
): (params: P, token: CancellationToken) => R {
  return (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return fallback;
    try {
      return run(doc, params, token);
    } catch (error) {
      connection.console.error(`referat: ${name} failed for ${doc.uri}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return fallback;
    }
  };
}

connection.onInitialize((params): InitializeResult => {
  const options = (params.initializationOptions ?? {}) as { language?: string };
  service.lang = resolveLang(options.language, params.locale);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Referat' },
      foldingRangeProvider: true,
      selectionRangeProvider: true,
    },
    serverInfo: { name: 'referat-language-server', version: '0.1.0' },
  };
});

connection.onDocumentSymbol(withDocument('documentSymbol', [], (doc, _p, token) => service.documentSymbols(doc, token)));
connection.onFoldingRanges(withDocument('foldingRange', [], (doc, _p, token) => service.foldingRanges(doc, token)));
connection.onSelectionRanges(withDocument('selectionRange', [], (doc, p, token) => service.selectionRanges(doc, p.positions, token)));

documents.onDidClose((e) => service.forget(e.document.uri));
documents.listen(connection);
connection.listen();
