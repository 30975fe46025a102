// `referat check`: the editor's diagnostics for many files, for CI and archives.
import * as path from 'node:path';
import type { Lang } from '../i18n/messages';
import { t } from '../i18n/messages';
import { parseReferat } from '../parse/parser';
import { runRules } from '../rules/index';
import { fixAll } from '../rules/apply';
import { ConfigResolver, parseOptionsOf } from '../config/resolve';
import { readConfigFile, type ConfigFile } from '../config/file';
import type { Finding } from './formats';
import { githubFindings, jsonFindings, sarifFindings, textFindings } from './formats';
import type { Loaded } from './files';
import { checkAll } from './pool';
import { printedPage } from '../model/pages';
import { encodeText } from '../text/encoding';
import { CHANGED, writeAtomically } from './write';
import { createTwoFilesPatch } from 'diff';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type CheckFormat = (typeof FORMATS)[number];

export interface CheckOptions {
  format: CheckFormat;
  config?: string;
  fix: boolean;
  lang: Lang;
  paths: string[];
  version: string;
  /** Files larger than this are refused with a message. */
  maxBytes?: number;
  /** With fix: show the fixes as a unified diff and write nothing (`--fix --dry-run`). */
  dryRun?: boolean;
  /** gitignore-style patterns of files and folders to leave out (`--ignore`). */
  ignore?: string[];
  /** Honour .gitignore files when walking folders (default true). */
  gitignore?: boolean;
  /** Worker threads for many files (`--jobs`); 1 checks in this thread. */
  jobs?: number;
  /** Report errors only, and let only they fail the run (`--quiet`). */
  quiet?: boolean;
  /** Warnings allowed before the run fails (`--max-warnings`); without it, any warning fails it. */
  maxWarnings?: number;
}

export interface CheckIO {
  out(s: string): void;
  err(s: string): void;
}

const EXIT_CLEAN = 0;
const EXIT_FOUND = 1;
const EXIT_USAGE = 2;

function configFindings(file: ConfigFile, lang: Lang): Finding[] {
  return file.problems.map((p) => ({
    file: file.path,
    line: p.range.start.line + 1,
    column: p.range.start.character + 1,
    endLine: p.range.end.line + 1,
    endColumn: p.range.end.character + 1,
    severity: 'error',
    code: 'config-invalid',
    message: `${p.message[lang]} ${t(lang, 'cli.configIgnored')}`,
  }));
}

export interface FileResult {
  findings: Finding[];
  /** With --fix --dry-run: the fixes as a unified diff. */
  diff?: string;
  messages: string[];
  hadFindings: boolean;
}

/** What one file needs besides itself: shared per process (or per worker). */
export interface CheckContext {
  options: Pick<CheckOptions, 'config' | 'fix' | 'dryRun' | 'lang'>;
  resolver: ConfigResolver;
  reportedConfigs: Set<string>;
}

export function checkContext(options: CheckContext['options']): CheckContext {
  return { options, resolver: new ConfigResolver(), reportedConfigs: new Set() };
}

/** Checks (and with --fix, fixes) one loaded file. */
export async function checkLoaded({ file, text: loadedText, encoding, lossy, imported, model }: Loaded, ctx: CheckContext): Promise<FileResult> {
  const { options, resolver, reportedConfigs } = ctx;
  const { lang } = options;
  const findings: Finding[] = [];
  const messages: string[] = [];
  const { config, file: configFile } = resolver.resolve(file, undefined, options.config && path.resolve(options.config));
  if (configFile && configFile.problems.length > 0 && !reportedConfigs.has(configFile.path)) {
    reportedConfigs.add(configFile.path);
    findings.push(...configFindings(configFile, lang));
  }
  const parseOptions = parseOptionsOf(config);
  let text = loadedText;
  let diff: string | undefined;
  if (options.fix && options.dryRun) {
    // Shown, not written: an imported or damaged file can be previewed too.
    const result = fixAll(text, config, parseOptions);
    if (result.applied.length > 0) {
      diff = createTwoFilesPatch(file, file, loadedText, result.text, undefined, undefined, { context: 2 });
      text = result.text;
      const codes = [...new Set(result.applied.map((a) => a.code))].join(', ');
      messages.push(t(lang, 'cli.wouldFix', file, result.applied.length, codes));
    }
  } else if (options.fix && imported) {
    messages.push(t(lang, 'cli.fixImported', file));
  } else if (options.fix && lossy) {
    messages.push(t(lang, 'cli.fixLossy', file));
  } else if (options.fix) {
    const result = fixAll(text, config, parseOptions);
    if (result.applied.length > 0) {
      try {
        await writeAtomically(file, encodeText(result.text, encoding), { replace: true, unchangedFrom: loadedText });
        text = result.text;
        const codes = [...new Set(result.applied.map((a) => a.code))].join(', ');
        messages.push(t(lang, 'cli.fixed', file, result.applied.length, codes));
      } catch (error) {
        if ((error as Error).message === CHANGED) messages.push(t(lang, 'cli.changedMeanwhile', file));
        else messages.push(t(lang, 'cli.writeFailed', file, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
      }
    }
  }
  // The parse made to recognise the file serves, when it was made with the same options and the text was not fixed.
  const doc = model && text === loadedText && Object.keys(parseOptions).length === 0 ? model : parseReferat(text, parseOptions);
  const diagnostics = runRules(doc, config);
  for (const d of diagnostics) {
    findings.push({
      file,
      ...(doc.hasFormFeeds ? { page: printedPage(doc, doc.lines.page(d.range.start.line)) } : {}),
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      severity: d.severity,
      code: d.code,
      message: d.message[lang],
      fixable: (d.fixes ?? []).some((f) => f.safe),
    });
  }
  return { findings, messages, hadFindings: diagnostics.length > 0, ...(diff ? { diff } : {}) };
}

export async function check(options: CheckOptions, io: CheckIO): Promise<number> {
  const { lang } = options;
  if (options.config) {
    const explicit = readConfigFile(options.config);
    if (explicit.problems.length > 0) {
      io.err(t(lang, 'cli.configBroken', options.config));
      for (const p of explicit.problems) io.err(`  ${options.config}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message[lang]}`);
      return EXIT_USAGE;
    }
  }
  const findings: Finding[] = [];
  // A broken config file is reported once, whichever worker met it first.
  const configSeen = new Set<string>();
  let filesWithFindings = 0;
  let read = 0;
  await checkAll(options, io.err, (result) => {
    read++;
    if (result.diff) io.out(result.diff.trimEnd());
    if (result.hadFindings) filesWithFindings++;
    for (const f of result.findings) {
      if (f.code === 'config-invalid') {
        const key = `${f.file}:${f.line}:${f.column}:${f.message}`;
        if (configSeen.has(key)) continue;
        configSeen.add(key);
      }
      findings.push(f);
    }
  });
  const reported = options.quiet ? findings.filter((f) => f.severity === 'error') : findings;
  switch (options.format) {
    case 'json':
      io.out(jsonFindings(reported));
      break;
    case 'sarif':
      io.out(sarifFindings(reported, lang, options.version));
      break;
    case 'github':
      if (reported.length > 0) io.out(githubFindings(reported));
      break;
    default: {
      if (reported.length > 0) io.out(textFindings(reported, lang));
      const count = (s: Finding['severity'][]) => reported.filter((f) => s.includes(f.severity)).length;
      if (read > 0) io.err(t(lang, 'cli.summary', count(['error']), count(['warning']), count(['information', 'hint']), options.quiet ? new Set(reported.map((f) => f.file)).size : filesWithFindings, read));
    }
  }
  if (read === 0) {
    io.err(t(lang, 'cli.noFiles'));
    return EXIT_USAGE;
  }
  const errors = reported.filter((f) => f.severity === 'error').length;
  const warnings = reported.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return EXIT_FOUND;
  if (options.maxWarnings === undefined) return warnings > 0 ? EXIT_FOUND : EXIT_CLEAN;
  if (warnings > options.maxWarnings) {
    io.err(t(lang, 'cli.tooManyWarnings', warnings, options.maxWarnings));
    return EXIT_FOUND;
  }
  return EXIT_CLEAN;
}
