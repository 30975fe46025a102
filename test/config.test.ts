import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchemaText } from '../server/src/config/schema';
import { parseConfigText, layersFor } from '../server/src/config/file';
import { RULE_CODES, RULES } from '../server/src/rules/index';
import { ROOT } from './helpers';
import { VALIDATOR_FILE, validatorCode } from '../scripts/validatorCode';

describe('.referatrc.json schema and settings', () => {
  it('the committed schema is the one built from the rules (npm run schema)', () => {
    expect(readFileSync(path.join(ROOT, 'schemas', 'referatrc.schema.json'), 'utf8')).toBe(buildSchemaText());
  });
  it('the committed validator is the one ajv compiles from that schema (npm run schema)', () => {
    expect(readFileSync(path.join(ROOT, VALIDATOR_FILE), 'utf8')).toBe(validatorCode(buildSchemaText()));
  });
  it('VS Code settings list every rule with its default severity', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const props = pkg.contributes.configuration.properties['referat.rules'].properties;
    expect(Object.keys(props)).toEqual(RULE_CODES);
    for (const rule of RULES) expect(props[rule.code].default).toBe(rule.defaultSeverity);
    expect(pkg.contributes.jsonValidation).toEqual([{ fileMatch: '.referatrc.json', url: './schemas/referatrc.schema.json' }]);
  });
});

describe('parsing config files', () => {
  it('accepts comments and trailing commas', () => {
    const c = parseConfigText('{\n  // quiet\n  "rules": { "toc-order": "off", },\n  "language": "en",\n}');
    expect(c.problems).toEqual([]);
    expect(c.layer).toEqual({ rules: { 'toc-order': 'off' }, language: 'en' });
  });
  it('reports syntax errors and schema errors with exact ranges, in both languages', () => {
    const syntax = parseConfigText('{ "rules": ');
    expect(syntax.problems[0].message.da).toMatch(/^Ugyldig JSON/);
    const schema = parseConfigText('{\n  "rules": { "toc-order": "loud" },\n  "colour": 1\n}');
    expect(schema.problems.map((p) => [p.range.start.line, p.range.start.character, p.message.en])).toEqual([
      [1, 26, '»rules.toc-order« must be one of: off, hint, information, warning, error.'],
      [2, 2, 'Unknown setting »colour« in (root).'],
    ]);
    expect(schema.layer).toBeUndefined();
  });
  it('matches overrides relative to the config file', () => {
    const c = { ...parseConfigText('{ "exemptTitles": ["A"], "overrides": [{ "files": ["arkiv/**"], "exemptTitles": ["B"] }, { "files": ["*.referat"], "language": "en" }] }'), path: '/data/.referatrc.json' };
    expect(layersFor(c, '/data/arkiv/2018/x.txt')).toEqual([{ exemptTitles: ['A'] }, { exemptTitles: ['B'] }]);
    expect(layersFor(c, '/data/ny/x.referat')).toEqual([{ exemptTitles: ['A'] }, { language: 'en' }]);
    expect(layersFor(c, '/data/x.txt')).toEqual([{ exemptTitles: ['A'] }]);
  });
});
