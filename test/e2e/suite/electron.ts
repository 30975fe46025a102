// Entry point for @vscode/test-electron (extensionTestsPath): the same suite
// as in code-server, failing the run when a test fails.
import * as path from 'node:path';
import { runSuite } from './suite';

export async function run(): Promise<void> {
  const mode = process.env.REFERAT_E2E_MODE === 'restricted' ? 'restricted' : 'trusted';
  const results = await runSuite(mode, path.join(__dirname, 'onig.wasm'), (line) => console.log(line));
  const failed = results.filter((r) => !r.ok);
  console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
  if (failed.length > 0) throw new Error(failed.map((f) => `${f.name}: ${f.error}`).join('\n'));
}
