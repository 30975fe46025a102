// `npm run test:vscode`: the end-to-end suite in desktop VS Code, downloaded
// by @vscode/test-electron (needs VS Code's update servers, so not here; in
// this project's CI the same suite runs in code-server instead).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { ROOT, buildRunnerVsix } from './codeServer';
import { makeWorkspace } from './workspace';

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'referat-electron-'));
  const suiteDir = path.join(tmp, 'suite');
  mkdirSync(suiteDir, { recursive: true });
  await build({
    entryPoints: [path.join(ROOT, 'test', 'e2e', 'suite', 'electron.ts')],
    outfile: path.join(suiteDir, 'index.js'),
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning',
  });
  copyFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'), path.join(suiteDir, 'onig.wasm'));
  await buildRunnerVsix(tmp); // its folder is an inert development extension without REFERAT_E2E_DIR

  const vscodeExecutablePath = await downloadAndUnzipVSCode('stable');
  const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
  for (const mode of ['trusted', 'restricted'] as const) {
    const userData = path.join(tmp, `user-data-${mode}`);
    const extensions = path.join(tmp, `extensions-${mode}`);
    mkdirSync(path.join(userData, 'User'), { recursive: true });
    writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
      'security.workspace.trust.enabled': mode === 'restricted',
      'security.workspace.trust.startupPrompt': 'never',
      'workbench.startupEditor': 'none',
      'extensions.autoUpdate': false,
      'update.mode': 'none',
      'telemetry.telemetryLevel': 'off',
      ...(mode === 'trusted' ? { 'referat.language': 'da' } : {}),
    }));
    const install = spawnSync(cli, [...cliArgs, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', path.join(ROOT, 'referat.vsix')], { encoding: 'utf8', stdio: 'inherit' });
    if (install.status !== 0) throw new Error('installing referat.vsix failed');
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: path.join(tmp, 'runner'),
      extensionTestsPath: path.join(suiteDir, 'index.js'),
      extensionTestsEnv: { REFERAT_E2E_MODE: mode },
      launchArgs: [await makeWorkspace(path.join(tmp, `workspace-${mode}`)), '--user-data-dir', userData, '--extensions-dir', extensions],
    });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
