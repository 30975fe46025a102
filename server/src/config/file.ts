// `.referatrc.json`: found by walking up from a document, parsed tolerantly
// (comments allowed), validated against the shipped schema. A broken file
// is reported with exact ranges and ignored, so the defaults apply.
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { ErrorObject } from 'ajv';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { minimatch } from 'minimatch';
import type { Range } from '../model/types';
import type { Text } from '../rules/types';
import { validate as validateSchema } from './validate.generated';
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

/** The schema's validator, compiled by ajv when the schema is written (`npm run schema`), not at start. */
const validate = validateSchema as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** Where each line starts, found once per text: a file with many problems costs one pass, not one per problem. */
let lastStarts: { text: string; starts: number[] } | undefined;

function lineStarts(text: string): number[] {
  if (lastStarts?.text !== text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    lastStarts = { text, starts };
  }
  return lastStarts.starts;
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  const starts = lineStarts(text);
  const at = Math.min(Math.max(0, offset), text.length);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: at - starts[lo] };
}

function rangeAt(text: string, offset: number, length: number): Range {
  return { start: positionAt(text, offset), end: positionAt(text, offset + length) };
}

/** Config files are small; a larger one (or /dev/zero behind a link) is refused, not read to the end. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Deeper nesting is no config: refused before a recursive parser could overflow the stack. */
const MAX_DEPTH = 64;
/** A glob with more wildcards than this is refused: minimatch would take exponential time on it. */
const MAX_GLOB_STARS = 12;

/** The deepest nesting of `{`/`[` outside strings and comments, or the offset where it passes `max`. */
function tooDeep(text: string, max: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '{' || c === '[') {
      if (++depth > max) return i;
    } else if (c === '}' || c === ']') depth--;
  }
  return undefined;
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
  const deep = tooDeep(text, MAX_DEPTH);
  if (deep !== undefined) {
    return { path: file, overrides: [], problems: [{ range: rangeAt(text, deep, 1), message: { da: `For dybt indlejret (mere end ${MAX_DEPTH} niveauer).`, en: `Nested too deeply (more than ${MAX_DEPTH} levels).` } }] };
  }
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
  if (problems.length === 0) {
    const overrides = ((value as { overrides?: Array<{ files?: unknown }> }).overrides ?? []);
    overrides.forEach((o, n) => (Array.isArray(o.files) ? o.files : []).forEach((glob: unknown) => {
      if (typeof glob === 'string' && (glob.split('*').length - 1 > MAX_GLOB_STARS || glob.length > 500)) {
        problems.push({ range: rangeAt(text, Math.max(0, text.indexOf(glob)), glob.length), message: { da: `Mønsteret i overrides[${n}] er for indviklet (højst ${MAX_GLOB_STARS} *).`, en: `The pattern in overrides[${n}] is too complex (at most ${MAX_GLOB_STARS} *).` } });
      }
    }));
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
    const stat = statSync(file);
    const problem = !stat.isFile() ? 'ikke en almindelig fil / not a regular file' : stat.size > MAX_CONFIG_BYTES ? `${Math.round(stat.size / 1024)} KB > ${MAX_CONFIG_BYTES / 1024} KB` : undefined;
    if (problem) return { path: file, overrides: [], problems: [{ range: rangeAt('', 0, 0), message: { da: `Kan ikke læse ${file}: ${problem}.`, en: `Cannot read ${file}: ${problem}.` } }] };
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
const matched = new WeakMap<ConfigFile, Map<string, ConfigLayer[]>>();

/** Globs are matched once per file, not on every request. */
export function layersFor(config: ConfigFile, file: string): ConfigLayer[] {
  if (!config.layer) return [];
  let cache = matched.get(config);
  if (!cache) matched.set(config, (cache = new Map()));
  const hit = cache.get(file);
  if (hit) return hit;
  const relative = path.relative(path.dirname(config.path), path.resolve(file)).split(path.sep).join('/');
  const matching = config.overrides.filter((o) => o.files.some((glob) => minimatch(relative, glob, { dot: true, matchBase: !glob.includes('/') })));
  const layers = [config.layer, ...matching.map((o) => o.layer)];
  if (cache.size > 10_000) cache.clear();
  cache.set(file, layers);
  return layers;
}
