// The folder the end-to-end runs open: three seeds as .txt files, a demo
// document with a few defects for the screenshots, seed 000 held again by two
// later meetings (a case history), and minutes as PDF (a real
// eDoc original, and seed 002 made into a PDF, with its empty decision on page 12).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { meetingOf, ROOT, seedPath, seedText } from '../../helpers';
import { referatPdf } from '../../pdfMaker';
import { encodeText } from '../../../server/src/text/encoding';

export async function makeWorkspace(dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  for (const seed of ['000', '001', '002']) copyFileSync(seedPath(seed), path.join(dir, `${seed}.txt`));
  const demo = readFileSync(seedPath('000'), 'utf8')
    .replace('Punkt 2: Dialogmøde mellem', 'Punkt 2: Dialogmøde mellem')
    .replace('Beslutning\n\nDrøftet.\n\nTina Mortensen deltog ikke i sagens behandling.\n\nFraværende Tina Boel van Ingen\n\nPunkt 3', 'Beslutnig\n\nDrøftet.\n\nTina Mortensen deltog ikke i sagens behandling.\n\nFraværende Tina Boel Ingen\n\nPunkt 3')
    .replace('Mødedato Tirsdag d. 25. juni 2024', 'Mødedato Onsdag d. 25. juni 2024');
  writeFileSync(path.join(dir, 'demo.txt'), demo);
  // The same cases in two later meetings: a case history across committees.
  writeFileSync(path.join(dir, 'oek-2024-08-14.txt'), meetingOf('Økonomiudvalget', '14-08-2024', 'Onsdag d. 14. august 2024'));
  writeFileSync(path.join(dir, 'byraad-2024-08-28.txt'), meetingOf('Byrådet', '28-08-2024', 'Onsdag d. 28. august 2024'));
  copyFileSync(path.join(ROOT, 'fixtures', 'corpus', 'ballerup_sfu_2012-12-04_edoc.pdf'), path.join(dir, 'edoc.pdf'));
  // Opened by no test but the overview's: it must become a referat as it opens.
  copyFileSync(seedPath('003'), path.join(dir, 'ny.txt'));
  // An older export in Windows-1252, with a dash and quotes that ISO-8859-1 lacks.
  const legacy = seedText('004').replace('Mødested Rådhuset, Mødelokale Domkirken - 129', 'Mødested Rådhuset, “Mødelokale Domkirken” – 129');
  writeFileSync(path.join(dir, 'cp1252.txt'), encodeText(legacy, 'windows-1252'));
  // Checked by a task only: its findings come through the problem matchers.
  mkdirSync(path.join(dir, 'opgave'), { recursive: true });
  copyFileSync(seedPath('001'), path.join(dir, 'opgave', 'opgave.txt'));
  // Never opened: Check all referater finds its heading typo.
  mkdirSync(path.join(dir, 'arkiv'), { recursive: true });
  writeFileSync(path.join(dir, 'arkiv', 'uaabnet.txt'), seedText('004').replace('\nBeslutning\n', '\nBeslutnig\n'));
  writeFileSync(path.join(dir, '002.pdf'), (await referatPdf(seedText('002'))).bytes);
  return dir;
}
