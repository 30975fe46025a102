// Runs the end-to-end suite in code-server (VS Code in the browser) with the
// packaged .vsix, opened in Debian's Chromium through playwright-core.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { makeWorkspace } from './workspace';

/** The project root: the nearest folder above this file with our package.json (also when bundled into dist/). */
function findRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'referat') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no referat package.json above ${__dirname}`);
  }
}

export const ROOT = findRoot();
const HARNESS = path.join(ROOT, 'test', 'e2e', 'harness');
const NODE24_BIN = path.join(HARNESS, 'node24', 'node_modules', 'node', 'bin');
const CODE_SERVER = path.join(HARNESS, 'node_modules', '.bin', 'code-server');
export const CHROMIUM = '/usr/bin/chromium';

/** What is missing to run in code-server, if anything. */
export function missingPrerequisites(): string[] {
  const missing: string[] = [];
  if (!existsSync(CODE_SERVER)) missing.push('code-server (test/e2e/harness)');
  if (!existsSync(path.join(NODE24_BIN, 'node'))) missing.push('Node 24 (test/e2e/harness/node24)');
  if (!existsSync(CHROMIUM)) missing.push('Debian chromium');
  if (!existsSync(path.join(ROOT, 'referat.vsix'))) missing.push('referat.vsix (npm run package)');
  return missing;
}

/** Bundles the runner extension with the suite and packages it as a .vsix. */
export async function buildRunnerVsix(outDir: string): Promise<string> {
  const dir = path.join(outDir, 'runner');
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  await build({
    entryPoints: [path.join(ROOT, 'test', 'e2e', 'runner', 'src', 'runner.ts')],
    outfile: path.join(dir, 'dist', 'runner.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning',
  });
  copyFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'), path.join(dir, 'dist', 'onig.wasm'));
  for (const f of ['package.json', 'README.md']) copyFileSync(path.join(ROOT, 'test', 'e2e', 'runner', f), path.join(dir, f));
  copyFileSync(path.join(ROOT, 'LICENSE'), path.join(dir, 'LICENSE'));
  const vsix = path.join(outDir, 'runner.vsix');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '-o', vsix], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`packaging the runner failed: ${r.stderr}${r.stdout}`);
  return vsix;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export interface RunOptions {
  mode: 'trusted' | 'restricted';
  /** The status bar text to wait for before reading it. */
  statusBar?: RegExp;
  /** Where to save screenshots; none are taken without it. */
  shotsDir?: string;
  timeoutMs?: number;
}

export interface RunResult {
  results: Array<{ name: string; ok: boolean; error?: string }>;
  version: string;
  log: string;
  shots: string[];
  /** The texts a screenshot request asked to read, by picture name (the Sagshistorik rows as drawn). */
  reads: Record<string, string[]>;
  /** Distinct token colour classes on the first rendered `Punkt` line. */
  punktTokenClasses: string[];
  trustedInWorkbench: boolean | undefined;
  statusBarText: string;
}

/** A PNG re-encoded as lossy WebP in a blank page (no workbench CSP in the way). */
async function toWebp(browser: { newPage(): Promise<{ evaluate<T, A>(f: (a: A) => Promise<T>, a: A): Promise<T>; close(): Promise<void> }> }, png: Buffer): Promise<Buffer> {
  const blank = await browser.newPage();
  try {
    // Runs in the page, which has the DOM this file's types lack.
    const encode = `(async (data) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + data;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      canvas.getContext('2d').drawImage(img, 0, 0);
      return canvas.toDataURL('image/webp', 0.8).split(',')[1];
    })`;
    const b64 = await blank.evaluate((args: { encode: string; data: string }) => (0, eval)(args.encode)(args.data) as Promise<string>, { encode, data: png.toString('base64') });
    return Buffer.from(b64, 'base64');
  } finally {
    await blank.close();
  }
}

export async function runInCodeServer(options: RunOptions): Promise<RunResult> {
  const tmp = mkdtempSync(path.join(tmpdir(), `referat-e2e-${options.mode}-`));
  const userData = path.join(tmp, 'user-data');
  const extensions = path.join(tmp, 'extensions');
  const comm = path.join(tmp, 'comm');
  const workspace = await makeWorkspace(path.join(tmp, 'workspace'));
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  mkdirSync(comm, { recursive: true });
  writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'security.workspace.trust.enabled': options.mode === 'restricted',
    'security.workspace.trust.startupPrompt': 'never',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'git.enabled': false,
    'editor.minimap.enabled': false,
    'workbench.colorTheme': 'Default Light Modern',
    'chat.disableAIFeatures': true,
    // The trusted run (and its pictures) in Danish; Restricted Mode follows VS Code (English).
    ...(options.mode === 'trusted' ? { 'referat.language': 'da' } : {}),
  }, null, 2));
  const env = {
    ...process.env,
    PATH: `${NODE24_BIN}${path.delimiter}${process.env.PATH}`,
    XDG_CONFIG_HOME: path.join(tmp, 'config'),
    XDG_DATA_HOME: path.join(tmp, 'data'),
    REFERAT_E2E_DIR: comm,
    REFERAT_E2E_MODE: options.mode,
    // The CLI the task test runs, as a user's tasks.json would.
    REFERAT_E2E_CLI: path.join(ROOT, 'dist', 'cli.js'),
    REFERAT_E2E_SHOTS: options.shotsDir ? '1' : '0',
  };
  const runner = await buildRunnerVsix(tmp);
  const install = spawnSync(CODE_SERVER, ['--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', path.join(ROOT, 'referat.vsix'), '--install-extension', runner], { env, encoding: 'utf8', timeout: 120_000 });
  if (install.status !== 0) throw new Error(`installing the extensions failed: ${install.stderr}${install.stdout}`);

  const port = await freePort();
  let serverLog = '';
  const server: ChildProcess = spawn(CODE_SERVER, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-getting-started-override', '--user-data-dir', userData, '--extensions-dir', extensions, workspace,
  ], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.on('data', (d) => (serverLog += d));
  server.stderr!.on('data', (d) => (serverLog += d));
  const { chromium } = await import(path.join(HARNESS, 'node_modules', 'playwright-core', 'index.js'));
  let browser;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    const shots: string[] = [];
    const reads: Record<string, string[]> = {};
    const deadline = Date.now() + (options.timeoutMs ?? 6 * 60_000);
    for (let n = 1; !existsSync(path.join(comm, 'finished')); ) {
      if (Date.now() > deadline) throw new Error(`the suite did not finish in time. Log:\n${readLog(comm)}\ncode-server:\n${serverLog.slice(-3000)}`);
      const request = path.join(comm, `shot-${n}.json`);
      if (existsSync(request) && options.shotsDir) {
        const { name, selector, clicks = [], read } = JSON.parse(readFileSync(request, 'utf8')) as { name: string; selector?: string; clicks?: string[]; read?: string };
        for (const click of clicks) await page.click(click, { timeout: 10_000 }).catch(() => undefined);
        if (selector) await page.waitForSelector(selector, { timeout: 20_000 }).catch(() => undefined);
        await page.waitForTimeout(800); // let the widget finish its animation
        mkdirSync(options.shotsDir, { recursive: true });
        // WebP, encoded by Chromium itself: the pictures ship in the .vsix for the
        // extension's page, and a PNG or JPEG of the workbench is three times the size.
        const file = path.join(options.shotsDir, `${name}.webp`);
        writeFileSync(file, await toWebp(browser, await page.screenshot({ type: 'png' })));
        shots.push(file);
        if (read) reads[name] = await page.locator(read).allInnerTexts();
        writeFileSync(path.join(comm, `shot-${n}.done`), '');
        n++;
        continue;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    // Highlighting as drawn: the token colour classes on a `Punkt` line.
    // Browser-side code as text: it runs in the page, not here.
    const punktTokenClasses: string[] = await page.evaluate(`(() => {
      const line = [...document.querySelectorAll('.view-line')].find((l) => (l.textContent || '').startsWith('Punkt'));
      return line ? [...new Set([...line.querySelectorAll('span[class*="mtk"]')].map((s) => s.className))] : [];
    })()`);
    // The status bar item, as drawn: `11 punkter` / `11 items` and the problem count.
    // It updates a moment after the last editor opens: wait for the expected text, then read it.
    if (options.statusBar) {
      await page.waitForFunction(`[...document.querySelectorAll('.statusbar-item')].some((e) => new RegExp(${JSON.stringify(options.statusBar.source)}).test(e.textContent || ''))`, undefined, { timeout: 15_000 }).catch(() => undefined);
    }
    const statusBarText: string = await page.evaluate(`[...document.querySelectorAll('.statusbar-item')].map((e) => e.textContent || '').find((t) => /\\d+ (punkter|items)/.test(t)) || ''`);
    const trustedInWorkbench: boolean = await page.evaluate(`!document.querySelector('[aria-label*="Restricted Mode"]')`);
    const resultsFile = path.join(comm, 'results.json');
    if (!existsSync(resultsFile)) throw new Error(`the suite wrote no results. Log:\n${readLog(comm)}\ncode-server:\n${serverLog.slice(-3000)}`);
    const parsed = JSON.parse(readFileSync(resultsFile, 'utf8'));
    return { results: parsed.results, version: parsed.version, log: readLog(comm), shots, reads, punktTokenClasses, statusBarText, trustedInWorkbench };
  } finally {
    await browser?.close().catch(() => undefined);
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

function readLog(comm: string): string {
  const file = path.join(comm, 'log.txt');
  return existsSync(file) ? readFileSync(file, 'utf8') : '(no log)';
}
