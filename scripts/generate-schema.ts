// `npm run schema`: writes schemas/referatrc.schema.json from the rule registry.
import { writeFileSync } from 'node:fs';
import { buildSchemaText } from '../server/src/config/schema';

writeFileSync('schemas/referatrc.schema.json', buildSchemaText());
