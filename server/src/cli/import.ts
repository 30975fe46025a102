// `referat import`: PDF, web pages and Word files to referat text files.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../i18n/messages';
import { t } from '../i18n/messages';
import { importKindOf } from '../import/kinds';
import { importProblem, loadImporter } from './importer';
import { isMinutesText } from '../parse/detect';
import { parseReferat } from '../parse/parser';
import { collectFiles, Progress } from './files';
import { writeAtomically } from './write';

export interface ImportOptions {
  paths: string[];
  /** One output file, for one input. */
  out?: string;
  /** A folder for the `.txt` files; else each goes beside its original. */
  outDir?: string;
  force: boolean;
  /** Larger files are refused with a message (`--max-size`). */
  maxBytes?: number;
  lang: Lang;
}

export interface ImportIO {
  out(s: string): void;
  err(s: string): void;
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

function targetFor(file: string, options: ImportOptions): string {
  if (options.out) return options.out;
  const name = path.basename(file).replace(/\.[^.]+$/, '') + '.txt';
  return path.join(options.outDir ?? path.dirname(file), name);
}

export async function importFiles(options: ImportOptions, plainIo: ImportIO): Promise<number> {
  // A progress line on a terminal for many files, cleared before anything else is written.
  let progress: Progress | undefined;
  const io: ImportIO = {
    out: (s) => {
      progress?.clear();
      plainIo.out(s);
    },
    err: (s) => {
      progress?.clear();
      plainIo.err(s);
    },
  };
  const { lang } = options;
  const { files, missing, unmatched } = await collectFiles(options.paths);
  for (const m of missing) io.err(t(lang, 'cli.unreadable', m.file, m.detail));
  for (const u of unmatched) io.err(t(lang, 'cli.noMatch', u));
  const explicit = new Set(options.paths);
  const inputs = files.filter((f) => importKindOf(f) || explicit.has(f));
  if (options.out && inputs.length > 1) {
    io.err(t(lang, 'cli.importOneOut'));
    return EXIT_USAGE;
  }
  if (options.outDir) await fs.mkdir(options.outDir, { recursive: true });
  let done = 0;
  let failed = missing.length + unmatched.length;
  progress = new Progress(inputs.length);
  for (const [n, file] of inputs.entries()) {
    progress.show(n, file);
    const kind = importKindOf(file);
    if (!kind) {
      io.err(t(lang, 'cli.importKind', file));
      failed++;
      continue;
    }
    const target = targetFor(file, options);
    try {
      if (!options.force && (await fs.stat(target).then(() => true, () => false))) {
        io.err(t(lang, 'cli.importExists', target));
        failed++;
        continue;
      }
      // Only regular files: a FIFO would wait forever, /dev/zero never end.
      const regular = await fs.stat(file).then((st) => st.isFile(), () => false);
      if (!regular) {
        io.err(t(lang, 'cli.unreadable', file, 'ikke en almindelig fil / not a regular file'));
        failed++;
        continue;
      }
      const bytes = await fs.readFile(file);
      const imported = await loadImporter().importBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), kind, {
        isMinutes: isMinutesText,
        ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
      });
      await writeAtomically(target, new TextEncoder().encode(imported.text), { replace: options.force });
      const doc = parseReferat(imported.text);
      const pages = imported.pages !== undefined ? t(lang, 'cli.importPages', imported.pages) + ', ' : '';
      io.out(t(lang, 'cli.imported', file, target, pages + t(lang, 'detail.items', doc.items.length)));
      if (doc.items.length === 0) io.err(t(lang, 'cli.noItems', target));
      done++;
    } catch (error) {
      failed++;
      const known = importProblem(error);
      if (known) io.err(t(lang, 'cli.importFailed', file, known.text[lang]));
      else if ((error as NodeJS.ErrnoException).code === 'EEXIST') io.err(t(lang, 'cli.importExists', target));
      else io.err(t(lang, 'cli.writeFailed', target, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
    }
  }
  progress.clear();
  if (inputs.length === 0) {
    io.err(t(lang, 'cli.noFiles'));
    return EXIT_USAGE;
  }
  return failed > 0 || done === 0 ? EXIT_FAILED : EXIT_OK;
}
