// A file that breaks the check (a bug in a rule) is reported by name, and
// the files after it are still checked: one bad file never stops a run over
// an archive.
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT } from './helpers';

vi.mock('../server/src/rules/index', async (importOriginal) => {
  const real = await importOriginal<typeof import('../server/src/rules/index')>();
  return {
    ...real,
    runRules: (doc: Parameters<typeof real.runRules>[0], ...rest: [Parameters<typeof real.runRules>[1]]) => {
      if (doc.source.includes('BRYD TJEKKET')) throw new TypeError('Cannot read properties of undefined');
      return real.runRules(doc, ...rest);
    },
  };
});

describe('a file whose check throws', () => {
  it('is named with the error, in Danish, and the next file is checked', async () => {
    const { checkAll } = await import('../server/src/cli/pool');
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-failure-'));
    const seed = readFileSync(path.join(ROOT, 'fixtures', 'rules', 'missing-toc', 'triggers.txt'), 'utf8');
    writeFileSync(path.join(dir, 'a.txt'), `${seed}\nBRYD TJEKKET\n`);
    writeFileSync(path.join(dir, 'b.txt'), seed);
    const messages: string[] = [];
    const files: string[] = [];
    await checkAll({ format: 'json', fix: false, lang: 'da', paths: [dir], version: '0', jobs: 1 }, (m) => messages.push(m), (r) => files.push(...new Set(r.findings.map((f) => path.basename(f.file)))));
    expect(messages).toEqual([`${path.join(dir, 'a.txt')}: ikke tjekket, en intern fejl stoppede tjekket (Cannot read properties of undefined); meld den gerne med filen`]);
    // One result, the second file's, with its finding.
    expect(files).toEqual(['b.txt']);
  });
});
