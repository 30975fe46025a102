// User-facing strings, Danish first. Keys are stable; add both languages together.
export type Lang = 'da' | 'en';

const MESSAGES = {
  'symbol.header': { da: 'Mødeoplysninger', en: 'Meeting details' },
  'symbol.toc': { da: 'Indholdsfortegnelse', en: 'Table of contents' },
  'symbol.members': { da: 'Mødedeltagere', en: 'Participants' },
  'symbol.committee': { da: 'Udvalg', en: 'Committee' },
  'symbol.meetingDate': { da: 'Mødedato', en: 'Meeting date' },
  'symbol.place': { da: 'Mødested', en: 'Place' },
  'symbol.absent': { da: 'Fraværende', en: 'Absent' },
  'symbol.secretary': { da: 'Sekretær', en: 'Secretary' },
  'symbol.dialect': { da: 'system: {0}', en: 'system: {0}' },
  'detail.closed': { da: 'lukket', en: 'closed' },
  'detail.unnumbered': { da: 'uden nummer i teksten', en: 'no number in the text' },
  'detail.case': { da: 'sag {0}', en: 'case {0}' },
  'detail.page': { da: 'side {0}', en: 'page {0}' },
  'detail.pages': { da: 'sider {0}', en: 'pages {0}' },
  'detail.noDecision': { da: 'mangler beslutning', en: 'no decision' },
  'detail.emptyDecision': { da: 'tom beslutning', en: 'empty decision' },
  'detail.closedItem': { da: 'lukket punkt', en: 'closed item' },
  'detail.exempt': { da: 'ingen beslutning (undtaget)', en: 'no decision (exempt)' },
  'detail.items': { da: '{0} punkter', en: '{0} items' },
  'detail.quoted': { da: 'citeret beslutning', en: 'quoted decision' },
  'cli.usage': {
    da: 'Brug:\n  referat check [--format text|json|sarif|github] [--config FIL] [--fix [--dry-run]] [--quiet] [--max-warnings N] [--jobs N] [--max-size MB] [--lang da|en] STI...\n  referat outline [--format text|json] [--max-size MB] [--lang da|en] STI...\n  referat export [--format json|jsonl|markdown|html] [--jobs N] [--max-size MB] [--lang da|en] STI...\n  referat history [--format text|json] [--lang da|en] SAGSNR [STI...]\n  referat import [-o FIL | --out-dir MAPPE] [--force] [--max-size MB] [--lang da|en] FIL...\n\nSTI kan også være PDF-, HTML- og Word-filer (.pdf, .html, .docx); de læses som den tekst, »referat import« skriver. export skriver møde, punkter, sektionernes fulde tekst, beslutninger og fund som JSON (ét dokument pr. element) eller JSONL (én linje pr. punkt), efter schemas/referat-export.schema.json, eller som et læsbart dokument i Markdown eller HTML.\nhistory viser en sags behandlinger i udvalgene i datoorden (standard: mappen her); afslutter med 1, når sagen ikke findes.\nimport skriver en .txt-fil ved siden af originalen (eller i MAPPE) og overskriver aldrig uden --force.\nFiler over --max-size (standard 50 MB for tekst, 100 MB for import) afvises med en meddelelse. check og export fordeler mange filer på alle kerner (--jobs N sætter antallet, 1 slår det fra).\nSTI kan være filer, mapper og glob-mønstre, og - for standardinput. Navngivne filer tjekkes altid; i mapper læses *.referat og de *.txt-filer, der ligner et referat (punkter, beslutninger, indholdsfortegnelse, udvalg og dato). Filer og mapper, som .gitignore udelader, springes over (--no-gitignore læser dem); --ignore MØNSTER (gitignore-form, kan gentages) udelader flere.\n--fix --dry-run skriver rettelserne som en diff og ændrer ingen fil.\ncheck afslutter med 0, når intet på advarsels- eller fejlniveau er fundet, 1 når noget er, og 2 ved forkert brug eller når ingen fil kunne læses. --quiet viser kun fejl (og kun de giver 1); --max-warnings N tillader op til N advarsler.\nreferat --version viser versionen.',
    en: 'Usage:\n  referat check [--format text|json|sarif|github] [--config FILE] [--fix [--dry-run]] [--quiet] [--max-warnings N] [--jobs N] [--max-size MB] [--lang da|en] PATH...\n  referat outline [--format text|json] [--max-size MB] [--lang da|en] PATH...\n  referat export [--format json|jsonl|markdown|html] [--jobs N] [--max-size MB] [--lang da|en] PATH...\n  referat history [--format text|json] [--lang da|en] CASE [PATH...]\n  referat import [-o FILE | --out-dir DIR] [--force] [--max-size MB] [--lang da|en] FILE...\n\nPATH may also be PDF, HTML and Word files (.pdf, .html, .docx); they are read as the text »referat import« writes. export writes the meeting, the items, the full text of their sections, the decisions and the findings as JSON (one document per element) or JSONL (one line per item), as schemas/referat-export.schema.json describes, or as a readable document in Markdown or HTML.\nhistory shows the treatments of a case in the committees in date order (default: this folder); exits 1 when the case is not found.\nimport writes a .txt file beside the original (or into DIR) and never overwrites one without --force.\nFiles over --max-size (default 50 MB for text, 100 MB for import) are refused with a message. check and export spread many files over every core (--jobs N sets how many, 1 turns it off).\nPATH may be files, directories and globs, and - for standard input. Files named are always checked; in directories, *.referat files and the *.txt files that look like a referat (items, decisions, table of contents, committee and date) are read. Files and folders that .gitignore leaves out are skipped (--no-gitignore reads them); --ignore PATTERN (gitignore form, may be repeated) leaves out more.\n--fix --dry-run prints the fixes as a diff and changes no file.\ncheck exits 0 when nothing at warning or error level is found, 1 when something is, and 2 for bad usage or when no file could be read. --quiet shows errors only (and only they give 1); --max-warnings N allows up to N warnings.\nreferat --version prints the version.',
  },
  'history.title': { da: 'Sag {0}: {1} behandlinger', en: 'Case {0}: {1} treatments' },
  'history.item': { da: 'punkt {0}: {1}', en: 'item {0}: {1}' },
  'cli.tooManyWarnings': { da: 'For mange advarsler: {0} (højst {1} med --max-warnings)', en: 'Too many warnings: {0} (at most {1} with --max-warnings)' },
  'cli.unknownCommand': { da: 'Ukendt kommando: {0}', en: 'Unknown command: {0}' },
  'cli.unknownOption': { da: 'Ukendt tilvalg: {0}', en: 'Unknown option: {0}' },
  'cli.missingValue': { da: 'Tilvalget {0} mangler en værdi', en: 'The option {0} needs a value' },
  'cli.badValue': { da: 'Ugyldig værdi for {0}: {1}', en: 'Invalid value for {0}: {1}' },
  'cli.noPaths': { da: 'Angiv mindst én fil eller mappe.', en: 'Give at least one file or directory.' },
  'cli.unreadable': { da: 'Kan ikke læse {0}: {1}', en: 'Cannot read {0}: {1}' },
  'cli.notRegular': { da: 'Kan ikke læse {0}: ikke en almindelig fil', en: 'Cannot read {0}: not a regular file' },
  'cli.dryRunFormat': { da: '--dry-run skriver en diff og kan kun bruges med --format text', en: '--dry-run prints a diff and works with --format text only' },
  'cli.dryRunNeedsFix': { da: '--dry-run bruges sammen med --fix', en: '--dry-run goes with --fix' },
  'cli.stdinFix': { da: '--fix kan ikke skrive standardinput tilbage; brug --fix --dry-run for at se rettelserne som diff', en: '--fix cannot write standard input back; use --fix --dry-run to see the fixes as a diff' },
  'cli.wouldFix': { da: '{0}: ville rette {1} problem(er): {2}', en: '{0}: would fix {1} problem(s): {2}' },
  'cli.binary': { da: '{0}: binær fil, springes over', en: '{0}: binary file, skipped' },
  'cli.imported': { da: '{0} → {1} ({2})', en: '{0} → {1} ({2})' },
  'cli.importPages': { da: '{0} sider', en: '{0} pages' },
  'cli.importExists': { da: '{0} findes allerede; brug --force for at overskrive den', en: '{0} exists already; use --force to overwrite it' },
  'cli.importKind': { da: '{0}: kan kun importere PDF, HTML og DOCX', en: '{0}: can only import PDF, HTML and DOCX' },
  'cli.importOneOut': { da: '-o kan kun bruges med én fil; brug --out-dir til flere', en: '-o takes one file only; use --out-dir for several' },
  'cli.importFailed': { da: '{0}: {1}', en: '{0}: {1}' },
  'cli.fixImported': { da: '{0}: --fix retter ikke PDF-, HTML- og Word-filer; importér med »referat import« og ret tekstfilen', en: '{0}: --fix does not change PDF, HTML or Word files; import with »referat import« and fix the text file' },
  'cli.onPage': { da: '(side {0})', en: '(page {0})' },
  'cli.noItems': { da: '{0}: ingen punkter fundet (se reglen unreadable-structure)', en: '{0}: no items found (see the rule unreadable-structure)' },
  'cli.notReferat': { da: '{0}: ligner ikke et referat (ingen REFERAT-titel og ingen punkter), springes over', en: '{0}: does not look like a referat (no REFERAT title and no items), skipped' },
  'cli.latin1': { da: '{0}: ikke gyldig UTF-8, læst som Windows-1252', en: '{0}: not valid UTF-8, read as Windows-1252' },
  'cli.mixedEncoding': { da: '{0}: UTF-8 med enkelte ugyldige bytes (blandet tegnkodning); de er læst som �', en: '{0}: UTF-8 with a few invalid bytes (mixed encodings); they are read as �' },
  'cli.fixLossy': { da: '{0}: --fix skriver ikke en fil med blandet tegnkodning (de ugyldige bytes ville gå tabt); ret tegnkodningen først', en: '{0}: --fix does not write a file with mixed encodings (its invalid bytes would be lost); fix the encoding first' },
  'cli.noFiles': { da: 'Ingen referater fundet.', en: 'No referat files found.' },
  'cli.noMatch': { da: 'Ingen filer matcher {0}', en: 'No files match {0}' },
  'cli.configBroken': { da: 'Konfigurationsfilen {0} er ugyldig:', en: 'The config file {0} is invalid:' },
  'cli.configIgnored': { da: 'Filen ignoreres; standardindstillingerne gælder.', en: 'The file is ignored; the defaults apply.' },
  'cli.fixed': { da: '{0}: rettede {1} problem(er): {2}', en: '{0}: fixed {1} problem(s): {2}' },
  'cli.changedMeanwhile': { da: '{0}: filen blev ændret af et andet program under tjekket; den er ikke rettet', en: '{0}: the file was changed by another program during the check; it was not fixed' },
  'cli.checkFailed': { da: '{0}: ikke tjekket, en intern fejl stoppede tjekket ({1}); meld den gerne med filen', en: '{0}: not checked, an internal error stopped the check ({1}); please report it with the file' },
  'cli.writeFailed': { da: 'Kan ikke skrive {0}: {1}', en: 'Cannot write {0}: {1}' },
  'cli.summary': { da: '{0} fejl, {1} advarsler, {2} andre i {3} af {4} filer', en: '{0} errors, {1} warnings, {2} others in {3} of {4} files' },
  'cli.fixable': { da: '(kan rettes med --fix)', en: '(fixable with --fix)' },
  'severity.error': { da: 'fejl', en: 'error' },
  'severity.warning': { da: 'advarsel', en: 'warning' },
  'severity.information': { da: 'information', en: 'information' },
  'severity.hint': { da: 'tip', en: 'hint' },
  'outline.line': { da: 'linje {0}', en: 'line {0}' },
  'outline.decision': { da: 'Beslutning', en: 'Decision' },
  'outline.toc': { da: 'Indholdsfortegnelse: {0} linjer', en: 'Table of contents: {0} lines' },
  'outline.noToc': { da: 'Ingen indholdsfortegnelse', en: 'No table of contents' },
  'outline.agenda': { da: 'Dagsorden: punkterne har endnu ingen beslutninger', en: 'Agenda: the items have no decisions yet' },
  'outline.dialect': { da: 'Læst som: {0}', en: 'Read as: {0}' },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

export function t(lang: Lang, key: MessageKey, ...args: Array<string | number>): string {
  return MESSAGES[key][lang].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** `auto` and unknown locales: Danish unless the locale is English. */
export function resolveLang(setting: string | undefined, locale?: string): Lang {
  if (setting === 'da' || setting === 'en') return setting;
  return locale && locale.toLowerCase().startsWith('en') ? 'en' : 'da';
}
