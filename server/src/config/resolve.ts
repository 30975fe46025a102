import * as path from 'node:path';
import type { ParseOptions } from '../parse/parser';
import { findConfigFile, readConfigFile, layersFor, type ConfigFile } from './file';
import { DEFAULT_CONFIG, mergeConfig, type ConfigLayer, type ResolvedConfig } from './types';

export interface Resolved {
  config: ResolvedConfig;
  /** The config file that applied, if any; with problems it was ignored. */
  file?: ConfigFile;
}

/** Resolves the config of a document path: defaults < settings < nearest .referatrc.json < its matching overrides. */
export class ConfigResolver {
  private readonly files = new Map<string, ConfigFile>();
  /** Folder → its nearest config file (or none), so requests do not walk the disk each time. */
  private readonly found = new Map<string, string | undefined>();

  private nearest(file: string): string | undefined {
    const dir = path.dirname(path.resolve(file));
    if (!this.found.has(dir)) this.found.set(dir, findConfigFile(dir));
    return this.found.get(dir);
  }

  /** `explicit`: a config file named on the command line, used instead of searching. */
  resolve(file: string | undefined, settings?: ConfigLayer, explicit?: string): Resolved {
    const configPath = explicit ?? (file ? this.nearest(file) : undefined);
    if (!configPath) return { config: mergeConfig(DEFAULT_CONFIG, settings) };
    let config = this.files.get(configPath);
    if (!config) {
      config = readConfigFile(configPath);
      this.files.set(configPath, config);
    }
    const layers = file && config.problems.length === 0 ? layersFor(config, file) : config.problems.length === 0 ? [config.layer] : [];
    return { config: mergeConfig(DEFAULT_CONFIG, settings, ...layers), file: config };
  }

  /** Forget cached files (after one changed on disk). */
  invalidate(configPath?: string): void {
    // A config file may have appeared or gone: forget where they were found.
    this.found.clear();
    if (configPath) this.files.delete(configPath);
    else this.files.clear();
  }
}

export function parseOptionsOf(config: ResolvedConfig): ParseOptions {
  return {
    extraHeadings: config.headings.sections,
    extraDecisionHeadings: config.headings.decisions,
    ...(config.dialect !== 'auto' ? { dialect: config.dialect } : {}),
  };
}
