// Why a file could not be turned into text: one clear message each, and
// nothing is written.
import type { Text } from '../rules/types';

export type ImportProblem = 'encrypted' | 'damaged' | 'scanned' | 'tooLarge' | 'notMinutes' | 'unsupported' | 'empty';

export class ImportError extends Error {
  constructor(readonly problem: ImportProblem, readonly text: Text) {
    super(text.en);
  }
}

export function importError(problem: ImportProblem, detail = ''): ImportError {
  const messages: Record<ImportProblem, Text> = {
    encrypted: { da: 'PDF-filen er krypteret eller beskyttet med adgangskode og kan ikke læses.', en: 'The PDF is encrypted or password-protected and cannot be read.' },
    damaged: { da: `Filen er beskadiget og kan ikke læses${detail ? ` (${detail.replace(/\.$/, '')})` : ''}.`, en: `The file is damaged and cannot be read${detail ? ` (${detail.replace(/\.$/, '')})` : ''}.` },
    scanned: { da: 'PDF-filen har intet tekstlag (en skannet side?): der er ingen tekst at læse. Kør tekstgenkendelse (OCR) først.', en: 'The PDF has no text layer (a scanned page?): there is no text to read. Run text recognition (OCR) first.' },
    tooLarge: { da: `Filen er for stor til at blive læst${detail ? ` (${detail})` : ''}.`, en: `The file is too large to read${detail ? ` (${detail})` : ''}.` },
    notMinutes: { da: 'Siden ligner ikke et referat: den har hverken punkter, beslutninger, udvalg eller mødedato.', en: 'The page does not look like minutes: it has no items, decisions, committee or meeting date.' },
    unsupported: { da: `Filtypen kan ikke importeres${detail ? ` (${detail})` : ''}: brug PDF, HTML eller DOCX.`, en: `This kind of file cannot be imported${detail ? ` (${detail})` : ''}: use PDF, HTML or DOCX.` },
    empty: { da: 'Filen indeholder ingen tekst.', en: 'The file holds no text.' },
  };
  return new ImportError(problem, messages[problem]);
}
