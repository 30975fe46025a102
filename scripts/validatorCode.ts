// The validator of .referatrc.json as code (ajv's standalone output), so the
// server and the CLI validate without carrying ajv and compiling at run time.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';

export const VALIDATOR_FILE = 'server/src/config/validate.generated.ts';

export function validatorCode(schemaText: string): string {
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true } });
  const code = standaloneCode(ajv, ajv.compile(JSON.parse(schemaText)));
  return `// @ts-nocheck\n// Written by \`npm run schema\` (ajv standalone) from schemas/referatrc.schema.json; do not edit.\n${code}\n`;
}
