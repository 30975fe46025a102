// `referat` command line: the same parser as the editor, for CI and archives.
import { parseArgs } from 'node:util';
import { resolveLang, t, type Lang } from '../i18n/messages';
import { parseReferat } from '../parse/parser';
import { collectFiles, loadFile } from './files';
import { outlineJson, outlineText } from './outline';
import { check, FORMATS, type CheckFormat } from './check';

const VERSION = '0.2.0';

const EXIT_OK = 0;
const EXIT_USAGE = 2;

function envLang(): Lang {
  return resolveLang(process.env.REFERAT_LANG, process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
}

async function outline(argv: string[], lang: Lang): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${t(lang, 'cli.usage')}\n`);
    return EXIT_USAGE;
  }
  if (values.lang !== undefined) {
    if (values.lang !== 'da' && values.lang !== 'en') {
      process.stderr.write(t(lang, 'cli.badValue', '--lang', values.lang) + '\n');
      return EXIT_USAGE;
    }
    lang = values.lang;
  }
  if (values.help) {
    process.stdout.write(t(lang, 'cli.usage') + '\n');
    return EXIT_OK;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json') {
    process.stderr.write(t(lang, 'cli.badValue', '--format', String(format)) + '\n');
    return EXIT_USAGE;
  }
  if (positionals.length === 0) {
    process.stderr.write(`${t(lang, 'cli.noPaths')}\n\n${t(lang, 'cli.usage')}\n`);
    return EXIT_USAGE;
  }
  const { files, missing, unmatched } = await collectFiles(positionals);
  for (const m of missing) process.stderr.write(t(lang, 'cli.unreadable', m.file, m.detail) + '\n');
  for (const u of unmatched) process.stderr.write(t(lang, 'cli.noMatch', u) + '\n');
  const explicit = new Set(positionals);
  const results: unknown[] = [];
  let read = 0;
  for (const file of files) {
    const loaded = await loadFile(file, explicit.has(file));
    if (loaded.kind === 'error') {
      // Files found while walking a directory that are not referater are skipped quietly.
      if (loaded.reason === 'notReferat' && !explicit.has(file)) continue;
      const key = loaded.reason === 'binary' ? 'cli.binary' : loaded.reason === 'notReferat' ? 'cli.notReferat' : 'cli.unreadable';
      process.stderr.write(t(lang, key, file, loaded.detail ?? '') + '\n');
      continue;
    }
    if (loaded.latin1) process.stderr.write(t(lang, 'cli.latin1', file) + '\n');
    read++;
    const doc = parseReferat(loaded.text);
    if (format === 'json') results.push(outlineJson(file, doc));
    else process.stdout.write(outlineText(file, doc, lang) + '\n\n');
  }
  if (format === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  if (read === 0) {
    process.stderr.write(t(lang, 'cli.noFiles') + '\n');
    return EXIT_USAGE;
  }
  return EXIT_OK;
}

async function checkCommand(argv: string[], lang: Lang): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        config: { type: 'string' },
        fix: { type: 'boolean', default: false },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${t(lang, 'cli.usage')}\n`);
    return EXIT_USAGE;
  }
  if (values.lang !== undefined) {
    if (values.lang !== 'da' && values.lang !== 'en') {
      process.stderr.write(t(lang, 'cli.badValue', '--lang', values.lang) + '\n');
      return EXIT_USAGE;
    }
    lang = values.lang;
  }
  if (values.help) {
    process.stdout.write(t(lang, 'cli.usage') + '\n');
    return EXIT_OK;
  }
  if (!(FORMATS as readonly string[]).includes(values.format)) {
    process.stderr.write(t(lang, 'cli.badValue', '--format', values.format) + '\n');
    return EXIT_USAGE;
  }
  if (positionals.length === 0) {
    process.stderr.write(`${t(lang, 'cli.noPaths')}\n\n${t(lang, 'cli.usage')}\n`);
    return EXIT_USAGE;
  }
  return check(
    { format: values.format as CheckFormat, config: values.config, fix: values.fix, lang, paths: positionals, version: VERSION },
    { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') },
  );
}

export async function main(argv: string[]): Promise<number> {
  const lang = envLang();
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return checkCommand(rest, lang);
    case 'outline':
      return outline(rest, lang);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(t(lang, 'cli.usage') + '\n');
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    default:
      process.stderr.write(`${t(lang, 'cli.unknownCommand', command)}\n\n${t(lang, 'cli.usage')}\n`);
      return EXIT_USAGE;
  }
}

// A closed pipe (`referat outline … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`referat: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
