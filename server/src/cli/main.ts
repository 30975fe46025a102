// `referat` command line: the same parser as the editor, for CI and archives.
import { parseArgs } from 'node:util';
import { resolveLang, t, type Lang } from '../i18n/messages';
import { parseReferat } from '../parse/parser';
import { forEachReferat, MAX_FILE_BYTES, STDIN } from './files';
import { ConfigResolver, parseOptionsOf } from '../config/resolve';
import { outlineJson, outlineText } from './outline';
import { check, FORMATS, type CheckFormat } from './check';
import { importFiles } from './import';
import { exportAll, serveAsWorker } from './pool';
import { exportLines, type ExportDocument } from '../export/record';
import { toHtml, toMarkdown } from '../export/render';
import { caseKey, indexRecord, sortTreatments, titleCaseKey, treatmentOf, type Treatment } from '../index/workspaceIndex';
import { pathToFileURL } from 'node:url';

const VERSION = '0.6.0';

const EXIT_OK = 0;
const EXIT_USAGE = 2;

function envLang(): Lang {
  return resolveLang(process.env.REFERAT_LANG, process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
}

type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** Shared handling of a subcommand's arguments: --lang, --format, --help and paths. Returns an exit code when done. */
function parseCommand(argv: string[], lang: Lang, formats: readonly string[], options: OptionSpec = {}) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...options,
        format: { type: 'string' },
        lang: { type: 'string' },
        'max-size': { type: 'string' },
        ignore: { type: 'string', multiple: true },
        'no-gitignore': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${argumentError(error as NodeJS.ErrnoException, argvLang(argv, lang))}\n\n${t(argvLang(argv, lang), 'cli.usage')}\n`);
    return EXIT_USAGE;
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.lang !== undefined) {
    if (values.lang !== 'da' && values.lang !== 'en') {
      process.stderr.write(t(lang, 'cli.badValue', '--lang', String(values.lang)) + '\n');
      return EXIT_USAGE;
    }
    lang = values.lang;
  }
  if (values.help) {
    process.stdout.write(t(lang, 'cli.usage') + '\n');
    return EXIT_OK;
  }
  const format = String(values.format ?? formats[0]);
  if (!formats.includes(format)) {
    process.stderr.write(t(lang, 'cli.badValue', '--format', format) + '\n');
    return EXIT_USAGE;
  }
  let maxBytes = MAX_FILE_BYTES;
  if (values['max-size'] !== undefined) {
    const mb = Number(values['max-size']);
    if (!Number.isFinite(mb) || mb <= 0) {
      process.stderr.write(t(lang, 'cli.badValue', '--max-size', String(values['max-size'])) + '\n');
      return EXIT_USAGE;
    }
    maxBytes = Math.round(mb * 1024 * 1024);
  }
  if (parsed.positionals.length === 0) {
    process.stderr.write(`${t(lang, 'cli.noPaths')}\n\n${t(lang, 'cli.usage')}\n`);
    return EXIT_USAGE;
  }
  const listing = { ...(values.ignore ? { ignore: values.ignore as string[] } : {}), ...(values['no-gitignore'] ? { gitignore: false } : {}) };
  return { values, format, lang, paths: parsed.positionals, maxBytes, listing };
}

/** `--lang` read before the arguments are understood, so that a mistake in them is told in that language. */
function argvLang(argv: string[], lang: Lang): Lang {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? undefined : argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  return value === 'da' || value === 'en' ? value : lang;
}

/** Node's argument errors are English; they are told in the user's language. */
function argumentError(error: NodeJS.ErrnoException, lang: Lang): string {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return t(lang, 'cli.unknownOption', option);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return t(lang, 'cli.missingValue', option);
    default:
      return error.message;
  }
}

const err = (line: string) => process.stderr.write(line + '\n');

async function outline(argv: string[], envLanguage: Lang): Promise<number> {
  const command = parseCommand(argv, envLanguage, ['text', 'json']);
  if (typeof command === 'number') return command;
  const { format, lang, paths, maxBytes, listing } = command;
  const resolver = new ConfigResolver();
  const results: unknown[] = [];
  const read = await forEachReferat(paths, lang, err, async ({ file, text }) => {
    const doc = parseReferat(text, parseOptionsOf(resolver.resolve(file).config));
    if (doc.items.length === 0) err(t(lang, 'cli.noItems', file));
    if (format === 'json') results.push(outlineJson(file, doc));
    else process.stdout.write(outlineText(file, doc, lang) + '\n\n');
  }, maxBytes, listing);
  if (format === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  if (read === 0) {
    err(t(lang, 'cli.noFiles'));
    return EXIT_USAGE;
  }
  return EXIT_OK;
}

async function checkCommand(argv: string[], envLanguage: Lang): Promise<number> {
  const command = parseCommand(argv, envLanguage, FORMATS, { config: { type: 'string' }, fix: { type: 'boolean', default: false }, 'dry-run': { type: 'boolean', default: false }, jobs: { type: 'string', short: 'j' }, quiet: { type: 'boolean', short: 'q', default: false }, 'max-warnings': { type: 'string' } });
  if (typeof command === 'number') return command;
  const { values, format, lang, paths, maxBytes, listing } = command;
  const jobs = jobsOf(values.jobs, lang);
  if (jobs === EXIT_USAGE_JOBS) return EXIT_USAGE;
  const dryRun = values['dry-run'] === true;
  const refuse = dryRun && values.fix !== true ? 'cli.dryRunNeedsFix' : dryRun && format !== 'text' ? 'cli.dryRunFormat' : values.fix === true && !dryRun && paths.includes(STDIN) ? 'cli.stdinFix' : undefined;
  if (refuse) {
    process.stderr.write(t(lang, refuse) + '\n');
    return EXIT_USAGE;
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      process.stderr.write(t(lang, 'cli.badValue', '--max-warnings', String(values['max-warnings'])) + '\n');
      return EXIT_USAGE;
    }
  }
  return check(
    { format: format as CheckFormat, config: values.config as string | undefined, fix: values.fix === true, ...(dryRun ? { dryRun } : {}), ...listing, lang, paths, version: VERSION, maxBytes, ...(jobs ? { jobs } : {}), quiet: values.quiet === true, ...(maxWarnings !== undefined ? { maxWarnings } : {}) },
    { out: (s) => process.stdout.write(s + '\n'), err },
  );
}

async function exportCommand(argv: string[], envLanguage: Lang): Promise<number> {
  const command = parseCommand(argv, envLanguage, ['json', 'jsonl', 'markdown', 'html'], { jobs: { type: 'string', short: 'j' } });
  if (typeof command === 'number') return command;
  const { values, format, lang, paths, maxBytes, listing } = command;
  const jobs = jobsOf(values.jobs, lang);
  if (jobs === EXIT_USAGE_JOBS) return EXIT_USAGE;
  const records: ExportDocument[] = [];
  let read = 0;
  // On every core for many files; records come in file order.
  await exportAll({ paths, lang, maxBytes, ...listing, ...(jobs ? { jobs } : {}) }, err, (record) => {
    read++;
    // JSONL streams a document's lines as soon as it is read; the others are written at the end.
    if (format === 'jsonl') process.stdout.write(exportLines(record).join('\n') + '\n');
    else records.push(record);
  });
  if (format === 'json') process.stdout.write(JSON.stringify(records, null, 2) + '\n');
  if (format === 'markdown') process.stdout.write(toMarkdown(records, lang));
  if (format === 'html') process.stdout.write(toHtml(records, lang));
  if (read === 0) {
    err(t(lang, 'cli.noFiles'));
    return EXIT_USAGE;
  }
  return EXIT_OK;
}

/** Marks a --jobs value that was refused (the message is written). */
const EXIT_USAGE_JOBS = -1;

function jobsOf(value: unknown, lang: Lang): number | undefined | typeof EXIT_USAGE_JOBS {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) {
    process.stderr.write(t(lang, 'cli.badValue', '--jobs', String(value)) + '\n');
    return EXIT_USAGE_JOBS;
  }
  return jobs;
}

async function historyCommand(argv: string[], envLanguage: Lang): Promise<number> {
  const command = parseCommand(argv, envLanguage, ['text', 'json']);
  if (typeof command === 'number') return command;
  const { format, lang, maxBytes, listing } = command;
  const [caseNumber, ...given] = command.paths;
  const paths = given.length > 0 ? given : ['.'];
  const resolver = new ConfigResolver();
  const found: Array<Treatment & { file: string }> = [];
  // A case number, or the title of items that have none.
  const keys = [caseKey(caseNumber), titleCaseKey(caseNumber)].filter((k): k is string => k !== undefined);
  const read = await forEachReferat(paths, lang, err, async ({ file, text }) => {
    const record = indexRecord(pathToFileURL(file).toString(), parseReferat(text, parseOptionsOf(resolver.resolve(file).config)));
    for (const item of record?.items ?? []) {
      if (!item.caseKey || !keys.includes(item.caseKey)) continue;
      found.push({ file, ...treatmentOf(record!, item) });
    }
  }, maxBytes, listing);
  const treatments = sortTreatments(found) as Array<Treatment & { file: string }>;
  if (format === 'json') {
    process.stdout.write(JSON.stringify({
      case: caseNumber,
      treatments: treatments.map((x) => ({ file: x.file, line: x.range.start.line + 1, date: x.date ?? null, committee: x.committee ?? null, number: x.number, title: x.title, decision: x.decision ?? null })),
    }, null, 2) + '\n');
  } else {
    process.stdout.write(t(lang, 'history.title', caseNumber, treatments.length) + '\n');
    for (const x of treatments) {
      process.stdout.write(`  ${(x.date ?? '????-??-??').padEnd(10)}  ${x.committee ?? x.meeting}  ${t(lang, 'history.item', x.number, x.title)}${x.decision ? `  → ${x.decision}` : ''}  (${x.file}:${x.range.start.line + 1})\n`);
    }
  }
  if (read === 0) {
    err(t(lang, 'cli.noFiles'));
    return EXIT_USAGE;
  }
  return treatments.length > 0 ? EXIT_OK : 1;
}

async function importCommand(argv: string[], envLanguage: Lang): Promise<number> {
  const command = parseCommand(argv, envLanguage, ['text'], { out: { type: 'string', short: 'o' }, 'out-dir': { type: 'string' }, force: { type: 'boolean', default: false } });
  if (typeof command === 'number') return command;
  const { values, lang, paths, maxBytes } = command;
  return importFiles(
    { paths, lang, force: values.force === true, ...(values['max-size'] !== undefined ? { maxBytes } : {}), ...(values.out ? { out: String(values.out) } : {}), ...(values['out-dir'] ? { outDir: String(values['out-dir']) } : {}) },
    { out: (s) => process.stdout.write(s + '\n'), err },
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
    case 'import':
      return importCommand(rest, lang);
    case 'export':
      return exportCommand(rest, lang);
    case 'history':
      return historyCommand(rest, lang);
    case '--version':
    case '-V':
      process.stdout.write(`${VERSION}\n`);
      return EXIT_OK;
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

// A worker thread of `referat check` serves its files; the main thread runs the command.
if (!serveAsWorker()) {
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
}
