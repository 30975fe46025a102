import type { SeveritySetting } from '../rules/types';

/** Settings shared by the extension (VS Code settings) and the CLI (`.referatrc.json`). */
export interface ReferatConfig {
  /** Severity per rule code; `off` turns a rule off. */
  rules: Record<string, SeveritySetting>;
  /** Item titles exempt from `missing-beslutning` (matched as words, any case). */
  exemptTitles: string[];
  headings: {
    /** Extra section headings. */
    sections: string[];
    /** Extra words that head a decision, like `Beslutning`. */
    decisions: string[];
  };
  /** Other names a member goes by in attendance lines: member → nicknames. */
  nicknames: Record<string, string[]>;
  language: 'auto' | 'da' | 'en';
  /** The agenda system to read documents as: `auto` chooses per document. */
  dialect: string;
  /** Documents larger than this many MB are not analysed; one diagnostic says so. */
  maxDocumentSize: number;
}

export type ResolvedConfig = ReferatConfig;

/** A partial config as a settings layer or a config file gives it. */
export interface ConfigLayer {
  rules?: Record<string, SeveritySetting>;
  exemptTitles?: string[];
  headings?: { sections?: string[]; decisions?: string[] };
  nicknames?: Record<string, string[]>;
  language?: 'auto' | 'da' | 'en';
  dialect?: string;
  maxDocumentSize?: number;
}

export const DEFAULT_CONFIG: ReferatConfig = {
  rules: {},
  exemptTitles: ['Underskriftsark', 'Underskriftsside'],
  headings: { sections: [], decisions: [] },
  nicknames: {},
  language: 'auto',
  dialect: 'auto',
  maxDocumentSize: 50,
};

/** Later layers win; lists replace, rule severities and nicknames merge by key. */
export function mergeConfig(base: ReferatConfig, ...layers: Array<ConfigLayer | undefined>): ReferatConfig {
  let out: ReferatConfig = { ...base, rules: { ...base.rules }, headings: { ...base.headings }, nicknames: { ...base.nicknames } };
  for (const layer of layers) {
    if (!layer) continue;
    out = {
      rules: { ...out.rules, ...(layer.rules ?? {}) },
      exemptTitles: layer.exemptTitles ?? out.exemptTitles,
      headings: {
        sections: layer.headings?.sections ?? out.headings.sections,
        decisions: layer.headings?.decisions ?? out.headings.decisions,
      },
      nicknames: { ...out.nicknames, ...(layer.nicknames ?? {}) },
      language: layer.language ?? out.language,
      dialect: layer.dialect ?? out.dialect,
      maxDocumentSize: layer.maxDocumentSize ?? out.maxDocumentSize,
    };
  }
  return out;
}
