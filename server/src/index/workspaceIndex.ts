// Workspace symbols: every referat under the workspace folders, indexed in
// the background (committee, date, items), kept current as files change.
import { promises as fs, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Ignore } from 'ignore';
import { minimatch } from 'minimatch';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { Range, ReferatDocument } from '../model/types';
import { parseReferat } from '../parse/parser';
import { decodeBytes } from '../text/encoding';
import { detectFromModel } from '../parse/detect';
import { formatNumericDate, isoDate } from '../parse/dates';
import { foldText, titleKey } from '../text/normalize';
import { shortDecision } from '../features/summary';
import { readRecords } from './indexPool';
import { readGitignore } from './gitignore';

export interface IndexedItem {
  number: number;
  title: string;
  key: string;
  range: Range;
  /** The case number as written, and folded for lookup. */
  caseNumber?: string;
  caseKey?: string;
  /** This meeting's decision, in short. */
  decision?: string;
}

export interface IndexedDoc {
  uri: string;
  name: string;
  key: string;
  range: Range;
  committee?: string;
  /** ISO date of the meeting. */
  date?: string;
  items: IndexedItem[];
}

/** One treatment of a case: an item in one meeting. */
export interface Treatment {
  uri: string;
  meeting: string;
  committee?: string;
  date?: string;
  number: number;
  title: string;
  range: Range;
  decision?: string;
}

/** An indexed item as a treatment of its case. */
export function treatmentOf(doc: IndexedDoc, item: IndexedItem): Treatment {
  return { uri: doc.uri, meeting: doc.name, ...(doc.committee ? { committee: doc.committee } : {}), ...(doc.date ? { date: doc.date } : {}), number: item.number, title: item.title, range: item.range, ...(item.decision ? { decision: item.decision } : {}) };
}

/** Date order; meetings without a date last; then by file and item. */
export function sortTreatments(list: Treatment[]): Treatment[] {
  return list.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.uri.localeCompare(b.uri) || a.number - b.number);
}

export interface IndexProgress {
  report(done: number, total: number, message: string): void;
}

const SKIP = new Set(['node_modules', '.git', '.hg', '.svn']);
const MAX_FILE = 5 * 1024 * 1024;

/**
 * A string of its own. A title sliced from a document keeps the whole
 * document's text alive in the engine; the index holds thousands of titles
 * and none of the texts.
 */
function own(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}

function copyRange(r: Range): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

/** The index's record of a document, or undefined when it is not a referat. */
export function indexRecord(uri: string, doc: ReferatDocument): IndexedDoc | undefined {
  const title = doc.header.title;
  if (!title && doc.items.length === 0) return undefined;
  const date = title?.date ? formatNumericDate(title.date) : '';
  const name = title ? `${title.committee}${date ? ` ${date}` : ''}` : path.basename(uri);
  const committee = doc.header.committee?.value ?? title?.committee;
  const iso = isoDate(doc.header.meetingDate?.date ?? title?.date) ?? undefined;
  return {
    uri,
    name: own(name),
    key: own(foldText(name)),
    range: copyRange(title?.range ?? doc.items[0].headingRange),
    ...(committee ? { committee: own(committee) } : {}),
    ...(iso ? { date: iso } : {}),
    items: doc.items.map((i) => {
      const decision = shortDecision(i, 90);
      return {
        number: i.number,
        title: own(i.title),
        key: own(foldText(i.title)),
        range: copyRange(i.headingRange),
        ...(i.caseNumber ? { caseNumber: own(i.caseNumber.value) } : {}),
        ...(itemCaseKey(i) ? { caseKey: itemCaseKey(i) } : {}),
        ...(decision ? { decision: own(decision) } : {}),
      };
    }),
  };
}

/**
 * Reads a file into a record: undefined when it is not a referat or cannot be
 * read, `unchanged` when it is too large to index (what was indexed stays).
 */
export function readRecord(file: string): IndexedDoc | undefined | 'unchanged' {
  try {
    // Small files read at once: a thread-pool round trip per stat and read cost more than the reading.
    const stat = statSync(file);
    if (!stat.isFile() || stat.size > MAX_FILE) return 'unchanged';
    const { text } = decodeBytes(readFileSync(file));
    // One parse serves both the judgement and the index.
    const doc = parseReferat(text);
    if (/\.txt$/i.test(file) && !detectFromModel(doc).isReferat) return undefined;
    return indexRecord(pathToFileURL(file).toString(), doc);
  } catch {
    return undefined;
  }
}

/** A case number folded for lookup: `EMN-2025-010561`, ` emn-2025-010561 ` alike. */
export function caseKey(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, '');
}

/** Titles every meeting has: they name no case. */
const ROUTINE_TITLES = /^(?:godkendelse af (?:dagsorden|referat|protokol)|meddelelser|eventuelt|underskrift|orientering|gensidig orientering|nyt fra|lukket punkt|punkter til|temadrøftelse|spørgsmål)/;

/**
 * The key that ties an item to other meetings' treatments of the same case: its
 * case number, or, where it has none, a title distinctive enough to name one
 * (25 characters or more, and not a title every meeting has).
 */
export function itemCaseKey(item: { caseNumber?: { value: string }; title: string }): string | undefined {
  if (item.caseNumber) return caseKey(item.caseNumber.value);
  return titleCaseKey(item.title);
}

export function titleCaseKey(title: string): string | undefined {
  const folded = foldText(title);
  if (folded.length < 25 || ROUTINE_TITLES.test(folded)) return undefined;
  return `titel:${titleKey(title)}`;
}

export function isReferatFile(file: string): boolean {
  return /\.(referat|txt)$/i.test(file);
}

export class WorkspaceIndex {
  private readonly docs = new Map<string, IndexedDoc>();
  /** Case key → the documents that treat it: kept with the documents, so a lookup never walks the workspace. */
  private readonly byCase = new Map<string, Set<string>>();
  /** files.exclude globs, relative to a workspace folder. */
  private excludes: string[] = [];
  private folders: string[] = [];
  private ignores = new Map<string, Ignore | undefined>();

  private store(uri: string, record: IndexedDoc): void {
    this.drop(uri);
    this.docs.set(uri, record);
    for (const item of record.items) {
      if (!item.caseKey) continue;
      let uris = this.byCase.get(item.caseKey);
      if (!uris) this.byCase.set(item.caseKey, (uris = new Set()));
      uris.add(uri);
    }
  }

  private drop(uri: string): void {
    const old = this.docs.get(uri);
    if (!old) return;
    this.docs.delete(uri);
    for (const item of old.items) {
      const uris = item.caseKey ? this.byCase.get(item.caseKey) : undefined;
      if (!uris) continue;
      uris.delete(uri);
      if (uris.size === 0) this.byCase.delete(item.caseKey!);
    }
  }

  /** The documents indexed, by URI. */
  uris(): string[] {
    return [...this.docs.keys()];
  }

  get size(): number {
    return this.docs.size;
  }

  setExcludes(globs: string[]): void {
    this.excludes = globs;
  }

  /** Whether a path is excluded by files.exclude or a .gitignore on the way from its folder. */
  async isExcluded(file: string): Promise<boolean> {
    const folder = this.folders.find((f) => file === f || file.startsWith(f + path.sep));
    if (!folder) return false;
    const relative = path.relative(folder, file).split(path.sep).join('/');
    if (this.excludes.some((g) => minimatch(relative, g, { dot: true }) || minimatch(relative, `${g}/**`, { dot: true }))) return true;
    let dir = folder;
    for (const part of relative.split('/')) {
      const ig = this.ignoreFor(dir);
      const rest = path.relative(dir, file).split(path.sep).join('/');
      if (ig && rest !== '' && ig.ignores(rest)) return true;
      dir = path.join(dir, part);
    }
    return false;
  }

  private ignoreFor(dir: string): Ignore | undefined {
    if (!this.ignores.has(dir)) this.ignores.set(dir, readGitignore(dir));
    return this.ignores.get(dir);
  }

  /** Adds or replaces a document from its model; drops it when it is not a referat. */
  updateModel(uri: string, doc: ReferatDocument): void {
    const record = indexRecord(uri, doc);
    if (record) this.store(uri, record);
    else this.drop(uri);
  }

  remove(uri: string): void {
    this.drop(uri);
  }

  /** Reads one file from disk into the index (or out of it). */
  async updateFile(file: string): Promise<void> {
    const uri = pathToFileURL(file).toString();
    if (!isReferatFile(file) || (await this.isExcluded(file))) {
      this.drop(uri);
      return;
    }
    const record = readRecord(file);
    if (record === 'unchanged') return;
    if (record) this.store(uri, record);
    else this.drop(uri);
  }

  /** Walks the folders and indexes every referat, yielding to other work between files. */
  async build(folders: string[], progress?: IndexProgress, isCancelled: () => boolean = () => false): Promise<{ files: number; workers: number; error?: string }> {
    this.folders = folders.map((f) => path.resolve(f));
    this.ignores.clear();
    const files: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!SKIP.has(entry.name) && !(await this.isExcluded(full))) await walk(full);
        } else if (entry.isFile() && isReferatFile(entry.name) && !(await this.isExcluded(full))) {
          files.push(full);
        }
      }
    };
    for (const folder of this.folders) await walk(folder);
    // Read and parsed on worker threads where it pays; this thread only stores the records.
    const how = await readRecords(files, (i, record) => {
      if (i % 10 === 0) progress?.report(i, files.length, path.basename(files[i]));
      const uri = pathToFileURL(files[i]).toString();
      if (record && record !== 'unchanged') this.store(uri, record);
      else if (!record) this.drop(uri);
    }, isCancelled);
    progress?.report(files.length, files.length, '');
    return { files: files.length, ...how };
  }

  /** Every indexed treatment of a case, in date order (meetings without a date last). */
  /** Every treatment of the case with this key (`caseKey`, `itemCaseKey`), in date order. */
  treatments(key: string): Treatment[] {
    const out: Treatment[] = [];
    for (const uri of this.byCase.get(key) ?? []) {
      const doc = this.docs.get(uri)!;
      for (const item of doc.items) {
        if (item.caseKey !== key) continue;
        out.push(treatmentOf(doc, item));
      }
    }
    return sortTreatments(out);
  }

  /** Items and meetings whose title, committee or date contain every word of the query. */
  symbols(query: string, limit = 500): SymbolInformation[] {
    const words = foldText(query).split(' ').filter(Boolean);
    const out: SymbolInformation[] = [];
    const matches = (key: string) => words.every((w) => key.includes(w));
    for (const doc of [...this.docs.values()].sort((a, b) => a.uri.localeCompare(b.uri))) {
      if (matches(doc.key)) out.push({ name: doc.name, kind: SymbolKind.File, location: { uri: doc.uri, range: doc.range } });
      for (const item of doc.items) {
        if (out.length >= limit) return out;
        if (matches(`${item.key} ${doc.key}${item.caseKey ? ` ${item.caseKey}` : ''}`)) {
          out.push({ name: `${item.number}. ${item.title}`, kind: SymbolKind.Module, containerName: doc.name, location: { uri: doc.uri, range: item.range } });
        }
      }
    }
    return out;
  }
}
