import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../server/src/rules/index';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { ROOT } from './helpers';

const VSIX = path.join(ROOT, 'referat.vsix');

function listZip(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('the packaged .vsix (npm run package)', () => {
  it('holds only what runs and what the Marketplace shows', async () => {
    expect(existsSync(VSIX), 'run `npm run package` first').toBe(true);
    const names = (await listZip(VSIX)).filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length).toLowerCase()).sort();
    const docs = names.filter((n) => n.startsWith('docs/rules/'));
    expect(names.filter((n) => !n.startsWith('docs/'))).toEqual([
      'changelog.md', 'dist/extension.js', 'dist/import.js', 'dist/server.js', 'images/icon.png', 'language-configuration.json',
      'license.txt', 'package.json', 'package.nls.da.json', 'package.nls.json', 'readme.md', 'schemas/referatrc.schema.json',
      'snippets/referat.code-snippets', 'syntaxes/referat.tmlanguage.json',
    ]);
    // The walkthrough's pages, and every picture the README shows (the extension's details page renders it from the .vsix).
    expect(names.filter((n) => n.startsWith('docs/walkthrough/'))).toEqual(['docs/walkthrough/check.md', 'docs/walkthrough/open.md', 'docs/walkthrough/overview.md', 'docs/walkthrough/problems.md']);
    const pictures = [...readFileSync(path.join(ROOT, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1].toLowerCase());
    expect(pictures.length).toBeGreaterThan(5);
    for (const p of pictures) expect(names, p).toContain(p);
    // The rule pages, which diagnostics link to, offline.
    expect(docs).toContain('docs/rules/missing-beslutning.md');
    expect(docs).toHaveLength(RULES.length + 2); // one page per rule, document-too-large and the index
  });
  it('is small', () => {
    // About 1 MB of code and 0.4 MB of README pictures.
    expect(statSync(VSIX).size).toBeLessThan(1.5 * 1024 * 1024);
  });
});
