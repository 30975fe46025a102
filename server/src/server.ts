// The language server's entry: in the main thread, the LSP connection
// (lsp.ts); in a worker thread it started, the workspace index's reader.
import { serveAsIndexWorker } from './index/indexPool';

if (!serveAsIndexWorker()) {
  // Loaded only here, so a worker never opens the connection on stdio.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./lsp');
}
