// The shipped code opens no network connection and runs no program: only the
// LSP transport libraries touch `net` or `child_process` (the client starts
// its own bundled server), the CLI's worker threads run the CLI's own
// bundle (as the server's do for the workspace index), and nothing touches
// http, https, tls or dns.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const RISKY = /^(node:)?(net|http|https|http2|tls|dgram|dns|child_process|worker_threads|cluster|inspector)$/;
const TRANSPORT = /^node_modules\/(vscode-jsonrpc|vscode-languageclient|vscode-languageserver)\/|^node_modules\/vscode-languageserver\/node_modules\/vscode-jsonrpc\//;

/** The files that start worker threads, each on the bundle it is part of. */
const OWN_WORKERS = ['server/src/cli/pool.ts', 'server/src/index/indexPool.ts'];

const ENTRIES = [
  { entry: 'client/src/extension.ts', external: ['vscode'] },
  { entry: 'server/src/server.ts', external: [] },
  { entry: 'server/src/import/index.ts', external: [] },
  { entry: 'server/src/cli/main.ts', external: [] },
];

/** Which bundled files import which risky Node modules, as esbuild resolves the bundle. */
async function riskyImports(entry: string, external: string[]): Promise<Array<[string, string]>> {
  const result = await build({
    entryPoints: [path.join(ROOT, entry)], absWorkingDir: ROOT, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    write: false, metafile: true, external, mainFields: ['module', 'main'], define: { 'import.meta.url': 'importMetaUrl' }, logLevel: 'silent', outfile: 'out.js',
  });
  return Object.entries(result.metafile!.inputs).flatMap(([file, input]) => input.imports.filter((i) => i.external && RISKY.test(i.path)).map((i) => [file, i.path] as [string, string]));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('no network, no programs run', () => {
  it.each(ENTRIES)('$entry: only the LSP transport imports net or child_process, nothing imports http, https, tls or dns', async ({ entry, external }) => {
    const found = await riskyImports(entry, external);
    for (const [file, module] of found) {
      // The CLI's and the index's worker threads run their own bundle on more cores.
      if (OWN_WORKERS.includes(file) && module.replace(/^node:/, '') === 'worker_threads') continue;
      expect(file, `${file} imports ${module}`).toMatch(TRANSPORT);
      expect(module.replace(/^node:/, ''), `${file} imports ${module}`).toMatch(/^(net|child_process)$/);
    }
    // The converters and the CLI need neither.
    if (entry.startsWith('server/src/import/')) expect(found).toEqual([]);
    if (entry.startsWith('server/src/cli/')) expect(found.every(([file]) => OWN_WORKERS.includes(file))).toBe(true);
  }, 60_000);
  it('our own code calls no fetch, socket or eval', () => {
    const files = [...sources(path.join(ROOT, 'client', 'src')), ...sources(path.join(ROOT, 'server', 'src'))];
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|\beval\(|new Function\(|child_process|require\(['"](node:)?(net|http|https)['"]\)/);
    }
  });
});
