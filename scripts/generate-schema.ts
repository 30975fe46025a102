// `npm run schema`: writes schemas/referatrc.schema.json from the rule registry, and its validator as code.
import { writeFileSync } from 'node:fs';
import { buildSchemaText } from '../server/src/config/schema';
import { VALIDATOR_FILE, validatorCode } from './validatorCode';

const schema = buildSchemaText();
writeFileSync('schemas/referatrc.schema.json', schema);
writeFileSync(VALIDATOR_FILE, validatorCode(schema));
