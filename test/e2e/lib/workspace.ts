// The folder the end-to-end runs open: three seeds as .txt files and a demo
// document with a few defects for the screenshots.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { seedPath } from '../../helpers';

export function makeWorkspace(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const seed of ['000', '001', '002']) copyFileSync(seedPath(seed), path.join(dir, `${seed}.txt`));
  const demo = readFileSync(seedPath('000'), 'utf8')
    .replace('Punkt 2: Dialogmøde mellem', 'Punkt 2: Dialogmøde mellem')
    .replace('Beslutning\n\nDrøftet.\n\nTina Mortensen deltog ikke i sagens behandling.\n\nFraværende Tina Boel van Ingen\n\nPunkt 3', 'Beslutnig\n\nDrøftet.\n\nTina Mortensen deltog ikke i sagens behandling.\n\nFraværende Tina Boel Ingen\n\nPunkt 3')
    .replace('Mødedato Tirsdag d. 25. juni 2024', 'Mødedato Onsdag d. 25. juni 2024');
  writeFileSync(path.join(dir, 'demo.txt'), demo);
  return dir;
}
