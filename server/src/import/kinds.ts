// Which files can be imported, by name: small enough to load before any converter.

export type ImportKind = 'pdf' | 'html' | 'docx';

const BY_EXTENSION: Record<string, ImportKind> = { pdf: 'pdf', html: 'html', htm: 'html', xhtml: 'html', docx: 'docx' };

/** The kind of a file to import, by its name: `.pdf`, `.html`, `.htm`, `.docx`. */
export function importKindOf(file: string): ImportKind | undefined {
  const m = /\.([a-z]+)$/i.exec(file);
  return m ? BY_EXTENSION[m[1].toLowerCase()] : undefined;
}
