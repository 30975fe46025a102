import { existsSync, promises as fs, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { glob } from 'tinyglobby';
import ignore, { type Ignore } from 'ignore';
import { detectFromModel, isMinutesText, looksLikeReferat } from '../parse/detect';
import { parseReferat } from '../parse/parser';
import type { ReferatDocument } from '../model/types';
import { t, type Lang } from '../i18n/messages';
import { importKindOf, type ImportKind } from '../import/kinds';
import { decodeBytes, type Encoding } from '../text/encoding';
import { importProblem, loadImporter } from './importer';
import { readGitignore } from '../index/gitignore';
import type { Text } from '../rules/types';

export interface Loaded {
  file: string;
  text: string;
  /** The encoding the file came in, to write fixes back in. */
  encoding: Encoding;
  /** Stray bytes were replaced in reading: the file is not written back. */
  lossy: boolean;
  /** Set for a PDF, web page or Word file: the text is its conversion. */
  imported?: { kind: ImportKind; pages?: number };
  /** The text parsed with the default options, when reading it needed a parse. */
  model?: ReferatDocument;
}

export type LoadResult =
  | ({ kind: 'ok' } & Loaded)
  | { kind: 'error'; file: string; reason: 'unreadable' | 'notRegular' | 'binary' | 'notReferat' | 'import'; detail?: string; message?: Text };

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** `-` among the paths: the text comes on standard input. */
export const STDIN = '-';
/** The name findings give standard input. */
export const STDIN_NAME = '<stdin>';

/** What to leave out when listing files. */
export interface Listing {
  /** gitignore-style patterns relative to the working folder (`--ignore`), applied to every file and folder. */
  ignore?: string[];
  /** Honour `.gitignore` files when walking folders (default true; `--no-gitignore` turns it off). */
  gitignore?: boolean;
}

interface Rules {
  base: string;
  rules: Ignore;
}

const posix = (p: string) => p.split(path.sep).join('/');

/** Whether `file` (a folder when `dir`) is left out by rules read relative to their base. */
function ignoredBy(rules: Rules[], file: string, dir: boolean): boolean {
  for (const { base, rules: r } of rules) {
    const rel = posix(path.relative(base, path.resolve(file)));
    // Paths outside the rules' folder are not theirs to judge.
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    if (r.ignores(dir ? rel + '/' : rel)) return true;
  }
  return false;
}

function gitignoreIn(dir: string): Rules | undefined {
  const rules = readGitignore(dir);
  return rules ? { base: path.resolve(dir), rules } : undefined;
}

/** The .gitignore files above `dir` up to its repository's root (the folder with `.git`), outermost first. */
function gitignoresAbove(dir: string): Rules[] {
  const chain: string[] = [];
  for (let d = path.resolve(dir); ; ) {
    const parent = path.dirname(d);
    if (parent === d) return []; // not in a repository: only the folders walked count
    d = parent;
    chain.unshift(d);
    if (existsSync(path.join(d, '.git'))) break;
  }
  return chain.map(gitignoreIn).filter((r): r is Rules => r !== undefined);
}

/** Expands directories recursively to `*.referat`, `*.txt` and PDF, HTML and Word files, sorted; files are kept as given. */
export async function collectFiles(paths: string[], listing: Listing = {}): Promise<{ files: string[]; missing: Array<{ file: string; detail: string }>; unmatched: string[] }> {
  const files: string[] = [];
  const unmatched: string[] = [];
  const missing: Array<{ file: string; detail: string }> = [];
  const given: Rules[] = listing.ignore?.length ? [{ base: process.cwd(), rules: ignore().add(listing.ignore) }] : [];
  const useGitignore = listing.gitignore !== false;
  // A glob's matches are judged by the .gitignore files of their folder and above it, read once per folder.
  const seenFolders = new Map<string, Rules[]>();
  const gitignoresOf = (dir: string): Rules[] => {
    let rules = seenFolders.get(dir);
    if (!rules) {
      const here = gitignoreIn(dir);
      rules = [...gitignoresAbove(dir), ...(here ? [here] : [])];
      seenFolders.set(dir, rules);
    }
    return rules;
  };
  const walk = async (dir: string, rules: Rules[]): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      missing.push({ file: dir, detail: (error as Error).message });
      return;
    }
    const here = useGitignore ? gitignoreIn(dir) : undefined;
    const inside = here ? [...rules, here] : rules;
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      // Links are not followed inside a folder (no loops, nothing outside it); FIFOs and devices are not read.
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !ignoredBy(inside, full, true)) await walk(full, inside);
      } else if (entry.isFile() && (/\.(referat|txt)$/i.test(entry.name) || importKindOf(entry.name)) && !ignoredBy(inside, full, false)) {
        files.push(full);
      }
    }
  };
  for (const p of paths) {
    if (p === STDIN) {
      files.push(p);
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (error) {
      if (/[*?[{]/.test(p)) {
        // A glob: `arkiv/**/*.txt`.
        const matches = (await glob(p, { onlyFiles: true, dot: false })).sort();
        if (matches.length === 0) unmatched.push(p);
        for (const m of matches) {
          if (!/\.(referat|txt)$/i.test(m) && !importKindOf(m)) continue;
          if (!ignoredBy(given, m, false) && !(useGitignore && ignoredBy(gitignoresOf(path.dirname(m)), m, false))) files.push(m);
        }
        continue;
      }
      missing.push({ file: p, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
      continue;
    }
    if (stat.isDirectory()) {
      if (!ignoredBy(given, p, true)) await walk(p, [...given, ...(useGitignore ? gitignoresAbove(p) : [])]);
    } else if (!ignoredBy(given, p, false)) files.push(p);
  }
  return { files, missing, unmatched };
}

let stdinBytes: Buffer | undefined;

/** Standard input, read once however often `-` is named. */
function readStdin(): Buffer {
  stdinBytes ??= readFileSync(0);
  return stdinBytes;
}

/**
 * Reads a file in its encoding (UTF-8, UTF-16 with BOM, else Windows-1252). A file
 * found in a directory must look like a referat; `*.referat` files always do.
 */
/** A referat is rarely over a few MB; a larger file is refused with a message, not read until memory runs out (`--max-size`). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return `${Number(mb.toFixed(mb < 1 ? 2 : mb < 10 ? 1 : 0))} MB`;
}

function tooLarge(size: number, max: number): string {
  return `${megabytes(size)} > ${megabytes(max)} (--max-size)`;
}

export async function loadFile(given: string, explicit: boolean, maxBytes = MAX_FILE_BYTES): Promise<LoadResult> {
  let bytes: Buffer;
  const file = given === STDIN ? STDIN_NAME : given;
  try {
    if (given === STDIN) {
      bytes = readStdin();
      if (bytes.length > maxBytes) return { kind: 'error', file, reason: 'unreadable', detail: tooLarge(bytes.length, maxBytes) };
    } else {
      // Read at once: for the many small files of an archive, a thread-pool round trip per call costs more than the reading.
      const stat = statSync(file);
      // Only regular files: a FIFO would wait forever, /dev/zero never end.
      if (!stat.isFile()) return { kind: 'error', file, reason: 'notRegular' };
      if (stat.size > maxBytes) return { kind: 'error', file, reason: 'unreadable', detail: tooLarge(stat.size, maxBytes) };
      bytes = readFileSync(file);
    }
  } catch (error) {
    return { kind: 'error', file, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
  const importKind = importKindOf(file);
  if (importKind) return loadImport(file, bytes, importKind, explicit);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 8000).includes(0)) return { kind: 'error', file, reason: 'binary' };
  const { text, encoding, lossy } = decodeBytes(bytes);
  // A file the user named is checked whatever it looks like; found in a folder, it must look like a referat.
  if (!explicit && !/\.referat$/i.test(file)) {
    // Judged from the whole parse, which the check can then use again.
    const model = parseReferat(text);
    if (!detectFromModel(model).isReferat) return { kind: 'error', file, reason: 'notReferat' };
    return { kind: 'ok', file, text, encoding, lossy, model };
  }
  return { kind: 'ok', file, text, encoding, lossy };
}

/** A PDF, web page or Word file, converted; found in a folder, it must turn out to be minutes. */
async function loadImport(file: string, bytes: Buffer, kind: ImportKind, explicit: boolean): Promise<LoadResult> {
  try {
    const imported = await loadImporter().importBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), kind, { isMinutes: isMinutesText });
    if (!explicit && !looksLikeReferat(imported.text)) return { kind: 'error', file, reason: 'notReferat' };
    return { kind: 'ok', file, text: imported.text, encoding: 'utf-8', lossy: false, imported: { kind, ...(imported.pages ? { pages: imported.pages } : {}) } };
  } catch (error) {
    const known = importProblem(error);
    if (!known) throw error;
    if (!explicit && known.problem === 'notMinutes') return { kind: 'error', file, reason: 'notReferat' };
    return { kind: 'error', file, reason: 'import', message: known.text };
  }
}

/** The files the paths name, each once, having reported on `say` what is missing or matched nothing. */
export async function listReferatFiles(paths: string[], lang: Lang, say: (line: string) => void, listing: Listing = {}): Promise<string[]> {
  const collected = await collectFiles(paths, listing);
  const { missing, unmatched } = collected;
  // One file reached by two paths (a link, `a/../a`) is read once.
  const seen = new Set<string>();
  const files: string[] = [];
  for (const file of collected.files) {
    const real = file === STDIN ? STDIN : await fs.realpath(file).catch(() => path.resolve(file));
    if (seen.has(real)) continue;
    seen.add(real);
    files.push(file);
  }
  for (const m of missing) say(t(lang, 'cli.unreadable', m.file, m.detail));
  for (const u of unmatched) say(t(lang, 'cli.noMatch', u));
  return files;
}

/**
 * Loads one file, with the messages to show for it: why it cannot be read, or
 * a note on its encoding. `loaded` is absent for a file that is not read
 * (files found in a folder that are not referater are skipped quietly).
 */
export async function loadForCheck(file: string, explicit: boolean, lang: Lang, maxBytes = MAX_FILE_BYTES): Promise<{ loaded?: Loaded; messages: string[] }> {
  const result = await loadFile(file, explicit, maxBytes);
  if (result.kind === 'error') {
    if (result.reason === 'notReferat' && !explicit) return { messages: [] };
    if (result.reason === 'import') return { messages: [t(lang, 'cli.importFailed', file, result.message![lang])] };
    if (result.reason === 'notRegular') return { messages: [t(lang, 'cli.notRegular', file)] };
    const key = result.reason === 'binary' ? 'cli.binary' : result.reason === 'notReferat' ? 'cli.notReferat' : 'cli.unreadable';
    return { messages: [t(lang, key, file, result.detail ?? '')] };
  }
  const messages = result.lossy ? [t(lang, 'cli.mixedEncoding', file)] : result.encoding === 'windows-1252' ? [t(lang, 'cli.latin1', file)] : [];
  const { kind: _kind, ...loaded } = result;
  return { loaded, messages };
}

/**
 * Reads every referat the paths name, reporting on `err` what cannot be read
 * (missing, unmatched globs, binary, not a referat) and going on with the rest.
 * Returns how many files were read.
 */
export async function forEachReferat(
  paths: string[],
  lang: Lang,
  err: (line: string) => void,
  visit: (loaded: Loaded) => Promise<void>,
  maxBytes = MAX_FILE_BYTES,
  listing: Listing = {},
): Promise<number> {
  let progress: Progress | undefined;
  const say = (line: string) => {
    progress?.clear();
    err(line);
  };
  const files = await listReferatFiles(paths, lang, say, listing);
  progress = new Progress(files.length);
  const explicit = new Set(paths);
  let read = 0;
  for (const [n, file] of files.entries()) {
    progress.show(n, file);
    const { loaded, messages } = await loadForCheck(file, explicit.has(file), lang, maxBytes);
    for (const m of messages) say(m);
    if (!loaded) continue;
    read++;
    progress.clear();
    await visit(loaded);
  }
  progress.clear();
  return read;
}

/** `[3/120] arkiv/2019/referat.pdf` on one line that is rewritten, only on a terminal and for many files. */
export class Progress {
  private shown = false;
  private readonly enabled: boolean;

  constructor(private readonly total: number) {
    this.enabled = total > 1 && process.stderr.isTTY === true;
  }

  show(n: number, file: string): void {
    if (!this.enabled) return;
    const width = Math.max(20, (process.stderr.columns ?? 80) - 12);
    const name = file.length > width ? '…' + file.slice(file.length - width + 1) : file;
    process.stderr.write(`\r\x1b[K[${n + 1}/${this.total}] ${name}`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}
