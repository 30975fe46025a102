// `referat check` and `referat export` on every core: many files go to
// worker threads (this same bundle, started with a marker in its workerData),
// one file at a time so a big file does not hold up the rest; results are
// taken in file order, so the output is the same as with one thread.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { t, type Lang } from '../i18n/messages';
import { checkContext, checkLoaded, type CheckOptions, type FileResult } from './check';
import { exportDocument, type ExportDocument } from '../export/record';
import { parseReferat } from '../parse/parser';
import { parseOptionsOf } from '../config/resolve';
import { runRules } from '../rules/index';
import { listReferatFiles, loadForCheck, MAX_FILE_BYTES, Progress, STDIN } from './files';

/** Below this many files a worker costs more to start than it saves. */
const MIN_FILES_PER_WORKER = 8;

/** What a worker does with each file: check it (and fix it), or export it. */
type Task = 'check' | 'export';

interface WorkerSetup {
  referatCheckWorker: true;
  task: Task;
  options: { config?: string; fix: boolean; dryRun?: boolean; lang: Lang; maxBytes: number };
}

interface Job {
  index: number;
  file: string;
  explicit: boolean;
}

interface Outcome {
  index: number;
  messages: string[];
  result?: FileResult;
  record?: ExportDocument;
  error?: string;
}

async function runOne(task: Task, job: Job, options: WorkerSetup['options'], ctx: ReturnType<typeof checkContext>): Promise<Outcome> {
  const { loaded, messages } = await loadForCheck(job.file, job.explicit, options.lang, options.maxBytes);
  if (!loaded) return { index: job.index, messages };
  if (task === 'export') {
    const config = ctx.resolver.resolve(loaded.file, undefined, options.config).config;
    const doc = parseReferat(loaded.text, parseOptionsOf(config));
    if (doc.items.length === 0) messages.push(t(options.lang, 'cli.noItems', loaded.file));
    return { index: job.index, messages, record: exportDocument(loaded.file, doc, runRules(doc, config), options.lang) };
  }
  const result = await checkLoaded(loaded, ctx);
  return { index: job.index, messages: [...messages, ...result.messages], result: { ...result, messages: [] } };
}

/** How many workers for `files` files: one per core, none for a few files. */
export function workersFor(files: number, jobs?: number): number {
  const cores = jobs ?? (Number(process.env.REFERAT_JOBS) || availableParallelism());
  return Math.max(1, Math.min(cores, Math.floor(files / MIN_FILES_PER_WORKER)));
}

/**
 * Checks every file the options name, giving each file's result to `take`
 * in file order, and messages (unreadable files, fixes) to `err` as they come.
 */
export async function checkAll(options: CheckOptions, err: (line: string) => void, take: (result: FileResult) => void): Promise<void> {
  await runAll('check', options, err, (o) => o.result && take(o.result));
}

/** Exports every file the paths name, giving each record to `take` in file order. */
export async function exportAll(options: Pick<CheckOptions, 'paths' | 'lang' | 'maxBytes' | 'jobs' | 'ignore' | 'gitignore'>, err: (line: string) => void, take: (record: ExportDocument) => void): Promise<void> {
  await runAll('export', { ...options, fix: false, format: 'json', version: '' }, err, (o) => o.record && take(o.record));
}

async function runAll(task: Task, options: CheckOptions, err: (line: string) => void, take: (outcome: Outcome) => void): Promise<void> {
  let progress: Progress | undefined;
  const say = (line: string) => {
    progress?.clear();
    err(line);
  };
  const files = await listReferatFiles(options.paths, options.lang, say, { ...(options.ignore ? { ignore: options.ignore } : {}), ...(options.gitignore === false ? { gitignore: false } : {}) });
  progress = new Progress(files.length);
  const explicit = new Set(options.paths);
  const setup: WorkerSetup['options'] = { ...(options.config ? { config: options.config } : {}), fix: options.fix, ...(options.dryRun ? { dryRun: true } : {}), lang: options.lang, maxBytes: options.maxBytes ?? MAX_FILE_BYTES };
  const jobs = files.map((file, index) => ({ index, file, explicit: explicit.has(file) }));
  // Standard input belongs to this thread.
  const workers = files.includes(STDIN) ? 1 : workersFor(files.length, options.jobs);
  // In order: a result waits until every file before it is done.
  const ready = new Map<number, Outcome>();
  let next = 0;
  const settle = (outcome: Outcome) => {
    ready.set(outcome.index, outcome);
    for (let o = ready.get(next); o; o = ready.get(next)) {
      ready.delete(next);
      next++;
      for (const m of o.messages) say(m);
      if (o.error) say(o.error);
      take(o);
      progress!.show(next - 1, files[next - 1]);
    }
  };
  if (workers <= 1 || !canStartWorkers()) {
    const ctx = checkContext(setup);
    for (const job of jobs) {
      progress.show(job.index, job.file);
      // A file that breaks the check is reported, as a worker reports it, and the rest are checked.
      settle(await runOne(task, job, setup, ctx).catch((error: unknown) => failedOutcome(job, error, setup.lang)));
    }
  } else {
    await runInWorkers(task, jobs, workers, setup, settle);
  }
  progress.clear();
}

/** Workers run this bundle again; a bundle that is not a file on disk (vitest on the sources) cannot. */
function canStartWorkers(): boolean {
  return /\.c?js$/.test(__filename);
}

function runInWorkers(task: Task, jobs: Job[], count: number, options: WorkerSetup['options'], settle: (o: Outcome) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let queued = 0;
    let done = 0;
    let alive = count;
    const workers: Worker[] = [];
    const feed = (w: Worker) => {
      if (queued < jobs.length) w.postMessage(jobs[queued++]);
      else void w.terminate();
    };
    for (let n = 0; n < count; n++) {
      const setup: WorkerSetup = { referatCheckWorker: true, task, options };
      const w = new Worker(__filename, { workerData: setup });
      workers.push(w);
      w.on('message', (outcome: Outcome) => {
        settle(outcome);
        done++;
        if (done === jobs.length) {
          for (const other of workers) void other.terminate();
          resolve();
        } else feed(w);
      });
      w.on('error', (error) => {
        for (const other of workers) void other.terminate();
        reject(error);
      });
      w.on('exit', () => {
        alive--;
        if (alive === 0 && done < jobs.length) reject(new Error('the check workers stopped before every file was checked'));
      });
      feed(w);
    }
  });
}

function failedOutcome(job: Job, error: unknown, lang: Lang): Outcome {
  return { index: job.index, messages: [], error: t(lang, 'cli.checkFailed', job.file, error instanceof Error ? error.message : String(error)) };
}

/** In a worker: check the files the main thread sends, one at a time. Returns whether this thread is one. */
export function serveAsWorker(): boolean {
  const setup = workerData as WorkerSetup | undefined;
  if (isMainThread || !setup?.referatCheckWorker || !parentPort) return false;
  const port = parentPort;
  const ctx = checkContext(setup.options);
  port.on('message', (job: Job) => {
    runOne(setup.task, job, setup.options, ctx).then(
      (outcome) => port.postMessage(outcome),
      (error: unknown) => port.postMessage(failedOutcome(job, error, setup.options.lang)),
    );
  });
  return true;
}
