// The JSON schema of .referatrc.json, built from the rule registry so the two
// cannot drift; scripts/generate-schema.ts writes it to schemas/.
import { RULES } from '../rules/index';
import { DIALECT_IDS } from '../dialects/index';

export function buildSchemaText(): string {
  const severity = { $ref: '#/definitions/severity' };
  const rules = { type: 'object', additionalProperties: false, description: 'Alvorlighed pr. regel / severity per rule.', properties: Object.fromEntries(RULES.map((r) => [r.code, { ...severity, description: `${r.description.da} / ${r.description.en} (default: ${r.defaultSeverity})` }])) };
  const strings = { type: 'array', items: { type: 'string' } };
  const layer = {
    rules,
    exemptTitles: { ...strings, description: 'Punkttitler, der ikke behøver en Beslutning / item titles exempt from missing-beslutning.', default: ['Underskriftsark', 'Underskriftsside'] },
    headings: { type: 'object', additionalProperties: false, properties: { sections: { ...strings, description: 'Ekstra sektionsoverskrifter / extra section headings.' }, decisions: { ...strings, description: 'Ekstra ord for Beslutning / extra decision headings.' } } },
    nicknames: { type: 'object', description: 'Medlem → kaldenavne / member → nicknames.', additionalProperties: strings },
    language: { enum: ['auto', 'da', 'en'], description: 'Sprog for meddelelser / language of messages.' },
    dialect: { enum: ['auto', ...DIALECT_IDS], description: 'Dagsordenssystem, referaterne læses som (auto: vælges pr. dokument) / agenda system to read the minutes as (auto: chosen per document).' },
    maxDocumentSize: { type: 'number', exclusiveMinimum: 0, default: 50, description: 'Største dokument i MB, der analyseres i editoren / largest document in MB analysed in the editor.' },
  };
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'referatrc.schema.json',
    title: 'Referat: .referatrc.json',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      ...layer,
      overrides: {
        type: 'array',
        description: 'Indstillinger for bestemte stier / settings for some paths.',
        items: { type: 'object', required: ['files'], additionalProperties: false, properties: { files: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'Glob-mønstre i forhold til denne fil / globs relative to this file.' }, ...layer } },
      },
    },
    definitions: { severity: { enum: ['off', 'hint', 'information', 'warning', 'error'] } },
  };
  return JSON.stringify(schema, null, 2) + '\n';
}
