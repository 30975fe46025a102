// The converters (pdf.js, mammoth, parse5) are a bundle of their own,
// dist/import.js, loaded for the first PDF, web page or Word file: checking
// text files does not pay for them.
import * as path from 'node:path';
import type * as Importer from '../import/index';
import type { Text } from '../rules/types';

let importer: typeof Importer | undefined;

export function loadImporter(): typeof Importer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  importer ??= require(path.join(__dirname, 'import.js')) as typeof Importer;
  return importer;
}

/** An ImportError from the other bundle (so not `instanceof` here). */
export function importProblem(error: unknown): { problem: string; text: Text } | undefined {
  const e = error as { problem?: unknown; text?: Text };
  return typeof e?.problem === 'string' && e.text ? { problem: e.problem, text: e.text } : undefined;
}
