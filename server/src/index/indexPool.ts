// Reading a workspace's referater into index records on worker threads (the
// server's own bundle, started with a marker in its workerData), so indexing
// uses every core and the server's own thread stays free for requests.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readRecord, type IndexedDoc } from './workspaceIndex';

type Record = IndexedDoc | undefined | 'unchanged';

/** Below this many files per worker, starting one costs more than it saves. */
const MIN_FILES_PER_WORKER = 50;
/** Files sent to a worker at a time: fewer messages, and still even work. */
const BATCH = 16;

interface Batch {
  from: number;
  files: string[];
}

interface Done {
  from: number;
  records: Record[];
}

/** Workers run this bundle again; the sources under vitest are not one. */
function canStartWorkers(): boolean {
  return /\.c?js$/.test(__filename) && isMainThread;
}

/**
 * Reads every file into a record, calling `take` for each as it is done (in
 * any order). Yields to other work between files when it reads them itself.
 */
export async function readRecords(files: string[], take: (index: number, record: Record) => void, isCancelled: () => boolean = () => false): Promise<{ workers: number; error?: string }> {
  const workers = Math.min(availableParallelism(), Math.floor(files.length / MIN_FILES_PER_WORKER));
  let error: string | undefined;
  if (workers >= 2 && canStartWorkers()) {
    try {
      await inWorkers(files, workers, take, isCancelled);
      return { workers };
    } catch (e) {
      // A worker that cannot start (a locked-down host) leaves the reading to this thread.
      error = e instanceof Error ? e.message : String(e);
    }
  }
  for (let i = 0; i < files.length && !isCancelled(); i++) {
    take(i, readRecord(files[i]));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { workers: 0, ...(error ? { error } : {}) };
}

function inWorkers(files: string[], count: number, take: (index: number, record: Record) => void, isCancelled: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    let settled = false;
    const pool: Worker[] = [];
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of pool) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (w: Worker) => {
      if (next >= files.length || isCancelled()) {
        if (done >= next) finish();
        return;
      }
      const batch: Batch = { from: next, files: files.slice(next, next + BATCH) };
      next += batch.files.length;
      w.postMessage(batch);
    };
    for (let n = 0; n < count; n++) {
      const w = new Worker(__filename, { workerData: { referatIndexWorker: true } });
      pool.push(w);
      w.on('message', (result: Done) => {
        result.records.forEach((record, k) => take(result.from + k, record));
        done += result.records.length;
        if (done >= files.length) finish();
        else feed(w);
      });
      w.on('error', (error) => finish(error));
      w.on('exit', () => {
        if (!settled && done < files.length) finish(new Error('an index worker stopped'));
      });
      feed(w);
    }
  });
}

/** In a worker: read the batches the main thread sends. Returns whether this thread is one. */
export function serveAsIndexWorker(): boolean {
  const data = workerData as { referatIndexWorker?: boolean } | undefined;
  if (isMainThread || !data?.referatIndexWorker || !parentPort) return false;
  const port = parentPort;
  port.on('message', (batch: Batch) => {
    const done: Done = { from: batch.from, records: batch.files.map((f) => readRecord(f)) };
    port.postMessage(done);
  });
  return true;
}
