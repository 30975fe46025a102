// The server inside another editor: Debian's Neovim, headless, with its
// built-in LSP client (which only takes pushed diagnostics).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, seedPath, seedText } from '../helpers';

function nvimVersion(): string | undefined {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0] : undefined;
}

function runNeovim(seed: string, line: number, character: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'referat-nvim-'));
  const file = path.join(dir, path.basename(seedPath(seed)).replace(/\.txt$/, '.referat'));
  copyFileSync(seedPath(seed), file);
  const out = path.join(dir, 'result.json');
  const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${path.join(ROOT, 'test', 'e2e', 'nvim', 'check.lua')}`], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      REFERAT_NODE: process.execPath,
      REFERAT_SERVER: path.join(ROOT, 'dist', 'server.js'),
      REFERAT_FILE: file,
      REFERAT_OUT: out,
      REFERAT_LINE: String(line),
      REFERAT_CHAR: String(character),
    },
  });
  let result;
  try {
    result = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    throw new Error(`Neovim wrote no result (exit ${r.status}): ${r.stderr}${r.stdout}`);
  }
  return result as { ok: boolean; error?: string; name: string; diagnostics: Array<{ line: number; code: string; message: string }>; symbols: string[]; completion: string[] };
}

describe('Neovim', () => {
  it('is installed (npm run setup:e2e installs Debian’s neovim)', () => {
    expect(nvimVersion(), 'nvim not found: run `npm run setup:e2e`').toMatch(/^NVIM v0\.\d+/);
  });

  it('receives pushed diagnostics, document symbols and completion items for 001', () => {
    // Complete at the start of the line after Punkt 9's text (line 456), inside the last item.
    const lines = seedText('001').split('\n');
    const result = runNeovim('001', lines.length - 1, 0);
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.line, d.code]).sort()).toEqual([[13, 'toc-merged-line'], [13, 'toc-title-mismatch']]);
    expect(result.diagnostics[0].message).toMatch(/smeltet sammen|afviger/);
    expect(result.symbols).toContain('9. Underskriftsark (B)');
    expect(result.symbols).toHaveLength(2 + 9);
    expect(result.completion).toContain('Punkt 10: ');
  });

  it('completes members after Fraværende in 000', () => {
    const lines = seedText('000').split('\n');
    const at = lines.indexOf('Fraværende Tina Boel van Ingen');
    const result = runNeovim('000', at, 'Fraværende '.length);
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([]);
    expect(result.completion).toContain('Albert Vinther Krogh');
  });
});
