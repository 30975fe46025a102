import type { Line, Range } from '../model/types';
import { range } from './lines';

interface Piece {
  line: Line;
  /** Offset of this piece in the joined string. */
  offset: number;
}

/** `Sundheds-` + `og Forebyggelse`: a Danish shared-ending hyphen keeps its space. */
const KEEPS_SPACE = /^(?:og|eller|samt|til|som|\/|,|&)(?:\s|$)/i;

/**
 * How two wrapped lines join: a word broken at a hyphen (`2030-` / `fremskrivning`)
 * joins without a space; anything else with `separator`.
 */
function joinerFor(prev: string, next: string, separator: string): string {
  if (separator === ' ' && /[\p{L}\d]-$/u.test(prev) && /^[\p{L}\d]/u.test(next) && !KEEPS_SPACE.test(next)) return '';
  return separator;
}

/**
 * Text that runs over several lines (a wrapped title or list), joined with
 * single spaces, that can map a substring back to ranges in the document.
 */
export class JoinedText {
  readonly text: string;
  private readonly pieces: Piece[];

  constructor(lines: Line[], firstFrom = 0, separator = ' ') {
    const pieces: Piece[] = [];
    let text = '';
    lines.forEach((line, i) => {
      const own = i === 0 ? line.text.slice(firstFrom) : line.text;
      if (i > 0) text += joinerFor(text, own, separator);
      pieces.push({ line, offset: text.length - (i === 0 ? firstFrom : 0) });
      text += own;
    });
    this.text = text;
    this.pieces = pieces;
  }

  private pieceAt(offset: number, preferEnd: boolean): Piece {
    let found = this.pieces[0];
    for (const p of this.pieces) {
      const startOfPiece = p === this.pieces[0] ? 0 : p.offset;
      if (preferEnd ? startOfPiece < offset : startOfPiece <= offset) found = p;
      else break;
    }
    return found;
  }

  private column(p: Piece, offset: number): number {
    const within = Math.max(0, Math.min(offset - p.offset, p.line.text.length));
    return p.line.start + within;
  }

  /** Ranges, one per line, covered by joined[from, to). */
  segments(from: number, to: number): Range[] {
    const out: Range[] = [];
    for (let i = 0; i < this.pieces.length; i++) {
      const p = this.pieces[i];
      const pStart = i === 0 ? 0 : p.offset;
      const pEnd = p.offset + p.line.text.length;
      const a = Math.max(from, pStart);
      const b = Math.min(to, pEnd);
      if (a < b) out.push(range(p.line.index, this.column(p, a), p.line.index, this.column(p, b)));
    }
    return out;
  }

  /** One range from the start of joined[from] to the end of joined[to - 1]. */
  rangeOf(from: number, to: number): Range {
    const a = this.pieceAt(from, false);
    const b = this.pieceAt(to, true);
    return range(a.line.index, this.column(a, from), b.line.index, this.column(b, to));
  }
}
