// Real minutes from three other agenda systems (fixtures/corpus, with the
// hand-counted truth in its README): every text conversion given with them
// reads exactly as the truth says, and `check` gives none of them a warning.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReferat } from '../server/src/parse/parser';
import { detectReferat } from '../server/src/parse/detect';
import { acadreTruth, edocTruth, webTruth, type Source } from './corpusTruth';
import { ROOT, seedText } from './helpers';

const CORPUS = path.join(ROOT, 'fixtures', 'corpus');

function textSource(name: string): Source {
  const text = readFileSync(path.join(CORPUS, name), 'utf8');
  const doc = parseReferat(text);
  return { text: () => text, doc: () => doc };
}

describe.each(['pdftotext-layout', 'pdftotext'])('eDoc, Ballerup (%s)', (mode) => edocTruth(textSource(`ballerup_sfu_2012-12-04_edoc.${mode}.txt`)));
describe.each(['pdftotext-layout', 'pdftotext'])('Acadre, Syddjurs (%s)', (mode) => acadreTruth(textSource(`syddjurs_puk_2013-06-20_acadre.${mode}.txt`)));
describe('FirstAgenda web page, Aarhus (lynx -dump)', () => webTruth(textSource('aarhus_tu_2025-10-01_firstagenda-web.lynx.txt')));

describe('the seeds', () => {
  it('are read as FirstAgenda PDF minutes', () => {
    for (const name of ['000', '001', '002', '003', '004']) {
      expect(parseReferat(seedText(name)).dialect.id, name).toBe('firstagenda-pdf');
      expect(detectReferat(seedText(name)).isReferat, name).toBe(true);
    }
  });
});
