// Splitting an edited text again splits only the lines the edit touched, and
// must give exactly the lines a whole split gives, for any edit and any hint
// that is no larger than what the edit really left alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resplitLines, splitLines } from '../server/src/text/lines';
import { UnchangedEnds } from '../server/src/text/unchanged';
import { commonEnds, seedText } from './helpers';

const piece = fc.constantFrom('a', 'Beslutning', ' ', '\t', '\n', '\r\n', '\r', '\f', '\n\f', '\ufeff', '\u00a0', 'æøå', '\n\n', 'Punkt 2: Sag');
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('splitting an edited text again', () => {
  it('gives the lines a whole split gives, for any edit and any hint within what the edit left', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.array(piece, { maxLength: 4 }), fc.nat(), fc.nat(), (before, at, cut, inserted, lessPrefix, lessSuffix) => {
        const from = before.length === 0 ? 0 : at % (before.length + 1);
        const to = Math.min(before.length, from + (cut % 4));
        const after = before.slice(0, from) + inserted.join('') + before.slice(to);
        const ends = commonEnds(before, after);
        const hint = { prefix: Math.max(0, ends.prefix - (lessPrefix % 3)), suffix: Math.max(0, ends.suffix - (lessSuffix % 3)) };
        const old = splitLines(before);
        // The parse blanks running headers and markers in its lines: the split must not take that over.
        if (old.length > 2) old.blank(1, 'furniture');
        expect([...resplitLines(after, { source: before, lines: old }, hint)]).toEqual([...splitLines(after)]);
      }),
      { numRuns: 3000, seed: 20261202 },
    );
  });

  it('takes the lines around a one-character edit over, and splits only the edited one', () => {
    const before = seedText('002');
    const lines = before.split('\n');
    const at = lines.findIndex((l) => l.length > 40);
    lines[at] = 'x' + lines[at];
    const after = lines.join('\n');
    const offset = before.split('\n').slice(0, at).join('\n').length + 1;
    const hint = { prefix: offset, suffix: before.length - offset };
    const taken = { before: 0, after: 0 };
    const old = splitLines(before);
    expect([...resplitLines(after, { source: before, lines: old }, hint, taken)]).toEqual([...splitLines(after)]);
    // All but the edited line and the one before it are taken over.
    expect(taken).toEqual({ before: at - 1, after: old.length - at - 1 });
  });

  it('knows, from the edits an editor sends, no more of the text to be unchanged than is', () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.array(piece, { maxLength: 3 })), { minLength: 1, maxLength: 6 }), (start, edits) => {
        const tracker = new UnchangedEnds();
        let current = start;
        for (const [at, cut, inserted] of edits) {
          const from = at % (current.length + 1);
          const to = Math.min(current.length, from + (cut % 5));
          tracker.edited('u', from, to, inserted.join('').length, current.length);
          current = current.slice(0, from) + inserted.join('') + current.slice(to);
        }
        const hint = tracker.take('u', start.length, current.length)!;
        const shortest = Math.min(start.length, current.length);
        let tail = 0;
        while (tail < shortest && start[start.length - 1 - tail] === current[current.length - 1 - tail]) tail++;
        expect(hint.prefix).toBeLessThanOrEqual(commonEnds(start, current).prefix);
        expect(Math.min(hint.suffix, shortest)).toBeLessThanOrEqual(tail);
        expect(resplitLines(current, { source: start, lines: splitLines(start) }, hint)).toEqual(splitLines(current));
        // Taken: counting starts again, and a read that does not add up is not trusted.
        expect(tracker.take('u', start.length, current.length)).toBeUndefined();
        tracker.edited('u', 0, 0, 1, current.length + 5);
        expect(tracker.take('u', current.length, current.length + 1)).toBeUndefined();
      }),
      { numRuns: 1000, seed: 20261202 },
    );
  });
});
