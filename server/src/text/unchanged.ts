// What an editor's edits left of a text since it was last read: its first and
// last characters, counted as each edit arrives, so the next parse can take
// over the lines there without comparing the two texts.
import type { Unchanged } from './lines';

interface Tracked extends Unchanged {
  /** The text's length when it was last read. */
  from: number;
  /** Its length now. */
  length: number;
}

export class UnchangedEnds {
  private readonly tracked = new Map<string, Tracked>();

  /** An edit replaced characters [start, end) of the document's text, then `length` long, with `inserted` characters. */
  edited(uri: string, start: number, end: number, inserted: number, length: number): void {
    let t = this.tracked.get(uri);
    if (!t) this.tracked.set(uri, (t = { prefix: length, suffix: length, from: length, length }));
    if (t.length !== length) {
      // An edit that was not seen: nothing is known to be unchanged.
      t.prefix = 0;
      t.suffix = 0;
    }
    t.prefix = Math.min(t.prefix, start);
    t.suffix = Math.min(t.suffix, length - end);
    t.length = length - (end - start) + inserted;
  }

  /** The whole text replaced. */
  replaced(uri: string, length: number): void {
    const t = this.tracked.get(uri);
    this.tracked.set(uri, { prefix: 0, suffix: 0, from: t?.from ?? -1, length });
  }

  /**
   * What the edits since the last read left of a text that was `from` long
   * and is `length` long now; counting starts again from this read. Undefined
   * when that is not known (no edits seen, or lengths that do not add up).
   */
  take(uri: string, from: number, length: number): Unchanged | undefined {
    const t = this.tracked.get(uri);
    this.tracked.delete(uri);
    if (!t || t.from !== from || t.length !== length) return undefined;
    return { prefix: t.prefix, suffix: t.suffix };
  }

  forget(uri: string): void {
    this.tracked.delete(uri);
  }
}
