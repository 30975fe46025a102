// A hostile or broken .referatrc.json is reported and ignored: never a
// crash, a hang or a read without end.
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfigText, readConfigFile } from '../server/src/config/file';

describe('a hostile config file', () => {
  it('refuses nesting deeper than 64 levels instead of overflowing the stack', () => {
    const text = '{"rules":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
    const file = parseConfigText(text);
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0].message.en).toContain('Nested too deeply');
  });
  it('reports thousands of unknown rules, each at its place', () => {
    const rules = Array.from({ length: 5000 }, (_, i) => `\n    "regel-${i}": "off"`).join(',');
    const file = parseConfigText(`{\n  "rules": {${rules}\n  }\n}\n`);
    expect(file.problems).toHaveLength(5000);
    expect(file.problems[4999].range.start).toEqual({ line: 5001, character: 4 });
    expect(file.problems[0].message.da).toBe('Ukendt regel »regel-0«.');
  });
  it('refuses a glob with too many wildcards', () => {
    const file = parseConfigText(JSON.stringify({ overrides: [{ files: ['*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b'], rules: {} }] }));
    expect(file.problems.map((p) => p.message.en)).toEqual(['The pattern in overrides[0] is too complex (at most 12 *).']);
  });
  it('does not read a config that is a link to /dev/zero, or too large', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'referat-rc-'));
    symlinkSync('/dev/zero', path.join(dir, '.referatrc.json'));
    expect(readConfigFile(path.join(dir, '.referatrc.json')).problems[0].message.en).toContain('not a regular file');
    const big = path.join(dir, 'big.json');
    writeFileSync(big, '{"exemptTitles": ["' + 'x'.repeat(2_000_000) + '"]}');
    expect(readConfigFile(big).problems[0].message.en).toMatch(/KB > 1024 KB/);
  });
});
