// Writing a file so that a failure loses nothing: the bytes go to a temporary
// file beside it, which is then renamed over it (or linked, when nothing may
// be replaced). A failed write (disk full) leaves the old file as it was.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { decodeBytes } from '../text/encoding';

export const CHANGED = 'changed meanwhile';

export interface WriteOptions {
  /** Replace an existing file; else an existing file is an EEXIST error, even one that appeared meanwhile. */
  replace: boolean;
  /** The text the file held when it was read: if it holds other text now, nothing is written (CHANGED). */
  unchangedFrom?: string;
}

export async function writeAtomically(file: string, bytes: Uint8Array, options: WriteOptions): Promise<void> {
  // Through a link to the file it names, and with its permissions.
  const target = options.replace ? await fs.realpath(file).catch(() => file) : file;
  const mode = options.replace ? (await fs.stat(target).catch(() => undefined))?.mode : undefined;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  await fs.writeFile(temp, bytes, { flag: 'wx', ...(mode !== undefined ? { mode } : {}) });
  try {
    if (options.unchangedFrom !== undefined && decodeBytes(await fs.readFile(target)).text !== options.unchangedFrom) throw new Error(CHANGED);
    if (options.replace) await fs.rename(temp, target);
    else {
      await fs.link(temp, target);
      await fs.unlink(temp);
    }
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}
