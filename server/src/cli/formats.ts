// Output formats of `referat check`: findings as 1-based positions.
import type { Lang } from '../i18n/messages';
import { t } from '../i18n/messages';
import { RULES } from '../rules/index';
import type { Severity } from '../rules/types';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The rule pages shipped beside the CLI (`dist/../docs/rules`), as an absolute URL; SARIF viewers cannot resolve a relative one. */
function rulePagesUrl(): string | undefined {
  const dir = [path.join(__dirname, '..', 'docs', 'rules'), path.join(__dirname, '..', '..', '..', 'docs', 'rules')].find((d) => existsSync(d));
  return dir ? pathToFileURL(dir).toString() : undefined;
}

export interface Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
  /** The page the finding is on, where the text has page breaks. */
  page?: number;
  /** Not printed in JSON: whether `--fix` would fix it. */
  fixable?: boolean;
}

export function jsonFindings(findings: Finding[]): string {
  return JSON.stringify(findings.map(({ fixable: _fixable, ...f }) => f), null, 2);
}

/** `file:line:col: advarsel code: message`, the form editors' problem matchers read. */
export function textFindings(findings: Finding[], lang: Lang): string {
  return findings
    .map((f) => `${f.file}:${f.line}:${f.column}: ${t(lang, `severity.${f.severity}`)} ${f.code}: ${f.message}${f.page !== undefined ? ' ' + t(lang, 'cli.onPage', f.page) : ''}${f.fixable ? ' ' + t(lang, 'cli.fixable') : ''}`)
    .join('\n');
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: annotations on the pull request. */
export function githubFindings(findings: Finding[]): string {
  const command = (s: Severity) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'notice');
  return findings
    .map((f) => `::${command(f.severity)} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${escapeProperty(f.code)}::${escapeData(f.message)}`)
    .join('\n');
}

/** SARIF 2.1.0, for code scanning dashboards. */
export function sarifFindings(findings: Finding[], lang: Lang, version: string): string {
  const pages = rulePagesUrl();
  const level = (s: Severity) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'referat',
          version,
          rules: RULES.map((r) => ({
            id: r.code,
            shortDescription: { text: r.description[lang] },
            ...(pages ? { helpUri: `${pages}/${r.code}.md` } : {}),
            defaultConfiguration: { level: level(r.defaultSeverity) },
          })),
        },
      },
      results: findings.map((f) => ({
        ruleId: f.code,
        level: level(f.severity),
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: f.file.split('\\').join('/') },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        }],
      })),
    }],
  };
  return JSON.stringify(log, null, 2);
}
