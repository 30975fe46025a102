// Bundles the extension client, the language server and the CLI with esbuild.
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's UMD build loads its parts at run time; its ES module build bundles.
  mainFields: ['module', 'main'],
  // ES module builds may read import.meta.url; give them this bundle's own URL.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // PDF, Word and HTML conversion (pdf.js, mammoth, parse5): loaded by the extension only when a file is opened as referat.
  build({ ...common, entryPoints: ['server/src/import/index.ts'], outfile: 'dist/import.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } }),
]);
