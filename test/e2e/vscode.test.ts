// The packaged extension in a real VS Code: code-server 1.139 in headless
// Chromium, the suite running inside its extension host. Also run with
// Restricted Mode (an untrusted folder).
import { statSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingPrerequisites, runInCodeServer } from './lib/codeServer';

const EXPECTED = [
  'the packaged extension is installed and a .txt referat opens as referat',
  'the installed grammar gives the expected scopes on 001',
  'diagnostics arrive for 001 and 002, and none for 000',
  'the outline and folding come from the server',
  'completion inside a Beslutning and after Fraværende',
  'go to definition from a TOC line',
  'a quick fix applied through the API makes its diagnostic disappear',
  'the commands rebuild the TOC, renumber the items and open the overview',
  'a PDF opens as referat: read-only text, outline, diagnostics with pages, saved as .txt',
  'a case through the meetings: the lens, the next and previous treatment',
  'the overview is one panel that follows the referat opened next',
  'a Windows-1252 file is read in that encoding, with its dash and quotes',
  'New referat writes a skeleton the server reads; snippets and Format Document work in it',
  'the walkthrough opens',
  'Check all referater fills the Problems view for a file that is not open',
  'a referat check task fills the Problems view through the problem matchers',
  'a rule code opens its page rendered and read-only',
  'a language server that dies is started again, and diagnostics follow edits as before',
];

describe('VS Code (code-server) end to end', () => {
  it('has what it needs (npm run setup:e2e)', () => {
    expect(missingPrerequisites()).toEqual([]);
  });

  it('runs the suite in a trusted folder and takes the README pictures', async () => {
    const shotsDir = process.env.REFERAT_SCREENSHOTS_DIR ? path.resolve(process.env.REFERAT_SCREENSHOTS_DIR) : mkdtempSync(path.join(tmpdir(), 'referat-shots-'));
    const run = await runInCodeServer({ mode: 'trusted', shotsDir, statusBar: /11 punkter\s*0\s*3/ });
    expect(run.version).toMatch(/^1\.\d+/);
    const failed = run.results.filter((r) => !r.ok);
    expect(failed, run.log).toEqual([]);
    expect(run.results.map((r) => r.name)).toEqual(EXPECTED);
    expect(run.punktTokenClasses.length, 'a Punkt line is drawn in several token colours').toBeGreaterThanOrEqual(2);
    // After the pictures, demo.txt is active: 11 items, no errors and its 3 warnings.
    expect(run.statusBarText).toMatch(/11 punkter\s*0\s*3/);
    expect(run.shots.map((s) => path.basename(s))).toEqual(['problems.webp', 'outline.webp', 'completion.webp', 'quickfix.webp', 'import.webp', 'history.webp', 'new-referat.webp']);
    // The Sagshistorik view as drawn: the case's four treatments in date order.
    expect(run.reads.history.map((r) => r.split(/\s+/)[0])).toEqual(['2024-06-25', '2024-06-25', '2024-08-14', '2024-08-28']);
    expect(run.reads.history[2]).toContain('Økonomiudvalget');
    for (const s of run.shots) expect(statSync(s).size).toBeGreaterThan(15_000);
  }, 10 * 60_000);

  it('runs the suite in Restricted Mode (an untrusted folder)', async () => {
    const run = await runInCodeServer({ mode: 'restricted', statusBar: /\d+ items/ });
    const failed = run.results.filter((r) => !r.ok);
    expect(failed, run.log).toEqual([]);
    expect(run.results.map((r) => r.name)).toEqual(EXPECTED);
    expect(run.statusBarText).toMatch(/\d+ items/);
  }, 10 * 60_000);
});
