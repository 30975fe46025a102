import type { Item, Range, ReferatDocument } from '../model/types';
import { range } from '../text/lines';
import { foldText } from '../text/normalize';
import type { ResolvedConfig } from '../config/types';
import type { Finding, ItemChecker, Rule, RuleContext, Text } from './types';

/** The `Punkt N: …` line of an item: where item-level findings go. */
export function punktLine(doc: ReferatDocument, item: Item): Range {
  return doc.lines.range(item.headingRange.start.line);
}

/** How a message names an item: `Punkt 3`, or by its title where the text gives no number (a titled web page). */
export function itemName(item: Item): Text {
  if (!item.unnumbered) return text(`Punkt ${item.number}`, `Item ${item.number}`);
  const title = quote(item.title, 50);
  return text(`Punktet ${title}`, `The item ${title}`);
}

/** `»…«`, shortened for messages. */
export function quote(s: string, max = 70): string {
  return `»${s.length > max ? s.slice(0, max - 1) + '…' : s}«`;
}

export function text(da: string, en: string): Text {
  return { da, en };
}

/** An item whose title names a configured exemption (`Underskriftsark (B)`). */
export function isExempt(item: Item, config: ResolvedConfig): boolean {
  const title = ` ${foldText(item.title).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return config.exemptTitles.some((t) => {
    const word = foldText(t).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    return word !== '' && title.includes(` ${word} `);
  });
}

/** Position right after the last character of a line. */
export function endOfLine(doc: ReferatDocument, line: number): Range {
  const length = doc.lines.rawLength(line);
  return range(line, length, line, length);
}

/** The whole of one line including its break, for deleting it. */
export function wholeLine(doc: ReferatDocument, line: number): Range {
  return line + 1 < doc.lines.length ? range(line, 0, line + 1, 0) : range(line, 0, line, doc.lines.rawLength(line));
}

/** Two titles shown from the word where they start to differ: `»…Budget 2025-2028 (B)«`. */
export function differingTails(a: string, b: string): [string, string] {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  while (i > 0 && a[i - 1] !== ' ') i--;
  if (i < 20) return [quote(a), quote(b)];
  return [quote('…' + a.slice(i)), quote('…' + b.slice(i))];
}

/** No findings: one array for every item without any. */
export const NONE: readonly Finding[] = Object.freeze([]);

/** A rule that judges items one at a time: its whole-document check is the items' checks in order. */
export function itemRule(rule: Omit<Rule, 'check' | 'items'> & { items(ctx: RuleContext): ItemChecker }): Rule {
  return {
    ...rule,
    check(ctx) {
      const checker = rule.items(ctx);
      const out: Finding[] = [];
      for (const item of ctx.doc.items) for (const f of checker.check(item)) out.push(f);
      return out;
    },
  };
}
