// One folder's .gitignore as rules of the `ignore` library: the CLI's walk
// and the workspace index read them alike.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The rules of `dir/.gitignore`; undefined where there is none or it cannot be read. */
export function readGitignore(dir: string): Ignore | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(dir, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  return ignore().add(text);
}
