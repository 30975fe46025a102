import { promises as fs, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { glob } from 'tinyglobby';
import { detectFromModel, looksLikeReferat } from '../parse/detect';
import { parseReferat } from '../parse/parser';
import type { ReferatDocument } from '../model/types';
import { t, type Lang } from '../i18n/messages';
import { importKindOf, type ImportKind } from '../import/kinds';
import { decodeBytes, type Encoding } from '../text/encoding';
import { importProblem, loadImporter } from './importer';
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
  | { kind: 'error'; file: string; reason: 'unreadable' | 'binary' | 'notReferat' | 'import'; detail?: string; message?: Text };

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** Expands directories recursively to `*.referat` and `*.txt` files, sorted; files are kept as given. */
export async function collectFiles(paths: string[]): Promise<{ files: string[]; missing: Array<{ file: string; detail: string }>; unmatched: string[] }> {
  const files: string[] = [];
  const unmatched: string[] = [];
  const missing: Array<{ file: string; detail: string }> = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      missing.push({ file: dir, detail: (error as Error).message });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      // Links are not followed inside a folder (no loops, nothing outside it); FIFOs and devices are not read.
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) await walk(full);
      } else if (entry.isFile() && (/\.(referat|txt)$/i.test(entry.name) || importKindOf(entry.name))) {
        files.push(full);
      }
    }
  };
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (error) {
      if (/[*?[{]/.test(p)) {
        // A glob: `arkiv/**/*.txt`.
        const matches = (await glob(p, { onlyFiles: true, dot: false })).sort();
        if (matches.length === 0) unmatched.push(p);
        for (const m of matches) if (/\.(referat|txt)$/i.test(m) || importKindOf(m)) files.push(m);
        continue;
      }
      missing.push({ file: p, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
      continue;
    }
    if (stat.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files, missing, unmatched };
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

export async function loadFile(file: string, explicit: boolean, maxBytes = MAX_FILE_BYTES): Promise<LoadResult> {
  let bytes: Buffer;
  try {
    // Read at once: for the many small files of an archive, a thread-pool round trip per call costs more than the reading.
    const stat = statSync(file);
    // Only regular files: a FIFO would wait forever, /dev/zero never end.
    if (!stat.isFile()) return { kind: 'error', file, reason: 'unreadable', detail: 'ikke en almindelig fil / not a regular file' };
    if (stat.size > maxBytes) return { kind: 'error', file, reason: 'unreadable', detail: tooLarge(stat.size, maxBytes) };
    bytes = readFileSync(file);
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
    const imported = await loadImporter().importBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), kind);
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
export async function listReferatFiles(paths: string[], lang: Lang, say: (line: string) => void): Promise<string[]> {
  const collected = await collectFiles(paths);
  const { missing, unmatched } = collected;
  // One file reached by two paths (a link, `a/../a`) is read once.
  const seen = new Set<string>();
  const files: string[] = [];
  for (const file of collected.files) {
    const real = await fs.realpath(file).catch(() => path.resolve(file));
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
): Promise<number> {
  let progress: Progress | undefined;
  const say = (line: string) => {
    progress?.clear();
    err(line);
  };
  const files = await listReferatFiles(paths, lang, say);
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
