// `.referatrc.json`: found by walking up from a document, parsed tolerantly
// (comments allowed), validated against the shipped schema. A broken file
// is reported with exact ranges and ignored, so the defaults apply.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { minimatch } from 'minimatch';
import type { Range } from '../model/types';
import type { Text } from '../rules/types';
import schema from '../../../schemas/referatrc.schema.json';
import type { ConfigLayer } from './types';

export const CONFIG_FILE_NAME = '.referatrc.json';

export interface ConfigProblem {
  message: Text;
  range: Range;
}

export interface ConfigFile {
  path: string;
  layer?: ConfigLayer;
  overrides: Array<{ files: string[]; layer: ConfigLayer }>;
  problems: ConfigProblem[];
}

const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: Math.min(offset, text.length) - lineStart };
}

function rangeAt(text: string, offset: number, length: number): Range {
  return { start: positionAt(text, offset), end: positionAt(text, offset + length) };
}

function schemaMessage(error: ErrorObject): Text {
  const where = error.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(rod)';
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = (error.params as { additionalProperty: string }).additionalProperty;
      return where.endsWith('rules') || where === 'rules'
        ? { da: `Ukendt regel »${name}«.`, en: `Unknown rule »${name}«.` }
        : { da: `Ukendt indstilling »${name}« i ${where}.`, en: `Unknown setting »${name}« in ${where.replace('(rod)', '(root)')}.` };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: string[] }).allowedValues.join(', ');
      return { da: `»${where}« skal være en af: ${allowed}.`, en: `»${where}« must be one of: ${allowed}.` };
    }
    case 'type':
      return { da: `»${where}« skal være af typen ${(error.params as { type: string }).type}.`, en: `»${where}« must be of type ${(error.params as { type: string }).type}.` };
    case 'required':
      return { da: `»${where}« mangler »${(error.params as { missingProperty: string }).missingProperty}«.`, en: `»${where}« lacks »${(error.params as { missingProperty: string }).missingProperty}«.` };
    default:
      return { da: `»${where}«: ${error.message ?? 'ugyldig værdi'}.`, en: `»${where}«: ${error.message ?? 'invalid value'}.` };
  }
}

/** Parses the text of a config file; problems carry ranges in that text. */
export function parseConfigText(text: string, file = CONFIG_FILE_NAME): ConfigFile {
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: ConfigProblem[] = errors.map((e) => ({
    range: rangeAt(text, e.offset, Math.max(1, e.length)),
    message: { da: `Ugyldig JSON: ${printParseErrorCode(e.error)}.`, en: `Invalid JSON: ${printParseErrorCode(e.error)}.` },
  }));
  if (problems.length === 0 && !validate(value)) {
    const tree = parseTree(text, [], { allowTrailingComma: true });
    for (const error of validate.errors ?? []) {
      const segments = error.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
      if (error.keyword === 'additionalProperties') segments.push((error.params as { additionalProperty: string }).additionalProperty);
      let node = tree ? findNodeAtLocation(tree, segments) : undefined;
      // Point at the key of an unknown property, not its value.
      if (node && error.keyword === 'additionalProperties' && node.parent?.children?.[0]) node = node.parent.children[0];
      problems.push({ range: node ? rangeAt(text, node.offset, node.length) : rangeAt(text, 0, 1), message: schemaMessage(error) });
    }
  }
  problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  if (problems.length > 0) return { path: file, overrides: [], problems };
  const { overrides = [], $schema: _schema, ...layer } = (value ?? {}) as ConfigLayer & { overrides?: Array<{ files: string[] } & ConfigLayer>; $schema?: string };
  return {
    path: file,
    layer,
    overrides: overrides.map(({ files, ...rest }) => ({ files, layer: rest })),
    problems: [],
  };
}

/** Reads a config file; an unreadable file is a problem, not an exception. */
export function readConfigFile(file: string): ConfigFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { path: file, overrides: [], problems: [{ range: rangeAt('', 0, 0), message: { da: `Kan ikke læse ${file}: ${reason}.`, en: `Cannot read ${file}: ${reason}.` } }] };
  }
  return parseConfigText(text, file);
}

/** The nearest `.referatrc.json` in `dir` or a folder above it (not above `stopAt`). */
export function findConfigFile(dir: string, stopAt?: string): string | undefined {
  let current = path.resolve(dir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current || current === stop) return undefined;
    current = parent;
  }
}

/** The config file's base layer and the overrides whose globs match `file`. */
export function layersFor(config: ConfigFile, file: string): ConfigLayer[] {
  if (!config.layer) return [];
  const relative = path.relative(path.dirname(config.path), path.resolve(file)).split(path.sep).join('/');
  const matching = config.overrides.filter((o) => o.files.some((glob) => minimatch(relative, glob, { dot: true, matchBase: !glob.includes('/') })));
  return [config.layer, ...matching.map((o) => o.layer)];
}
