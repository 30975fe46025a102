import type { AttendanceLine, Decision, Item, Line, QuotedDecision, Section } from '../model/types';
import { JoinedText } from '../text/joined';
import { lineRange, range, spanRange, subRange } from '../text/lines';
import { isPageFooter } from './toc';
import { matchLabel } from './header';
import {
  CLOSED_PREFIX, ITEM_LINE, isNameListLine, matchAttendance, matchCaseNumber, matchDecision, matchHeading,
} from './lineKinds';
import { parseNameList } from './names';
import type { HeadingVocabulary } from './vocabulary';
import { HISTORY_HEADINGS } from './vocabulary';

export function isItemLine(text: string): boolean {
  return ITEM_LINE.test(text);
}

/** A line that has a role of its own, so it cannot continue a wrapped title. */
function isStructural(text: string, vocabulary: HeadingVocabulary): boolean {
  return (
    isItemLine(text) || matchCaseNumber(text) !== undefined || matchDecision(text, vocabulary) !== undefined ||
    matchHeading(text, vocabulary) !== undefined || matchAttendance(text) !== undefined ||
    matchLabel(text) !== undefined || isPageFooter(text) || /^intet\b/i.test(text)
  );
}

function lastNonBlank(lines: Line[], from: number, to: number): number {
  let k = to - 1;
  while (k > from && lines[k].text === '') k--;
  return k;
}

interface OpenSection {
  section: Section;
  inlineFrom?: number;
  decision?: Omit<Decision, 'section' | 'text' | 'empty'>;
}

/** Parses the item whose `Punkt` line is `start`, up to (not including) `end`. */
export function parseItem(lines: Line[], start: number, end: number, vocabulary: HeadingVocabulary): Item {
  const head = lines[start];
  const m = ITEM_LINE.exec(head.text)!;
  const number = Number(m[1]);
  const numberFrom = head.text.search(/\d/);
  const numberRange = subRange(head, numberFrom, numberFrom + m[1].length);

  // Title, with a wrapped continuation on the directly following line(s).
  const titleLines = [head];
  let k = start + 1;
  while (k < end && lines[k].text !== '' && !isStructural(lines[k].text, vocabulary) && titleLines.length < 3) {
    const prev = titleLines[titleLines.length - 1].text;
    if (prev.length < 60 && !/^\p{Ll}/u.test(lines[k].text)) break;
    titleLines.push(lines[k]);
    k++;
  }
  const joined = new JoinedText(titleLines, m[0].length);
  let titleFrom = 0;
  let closed = false;
  let closedRange;
  const closedMatch = CLOSED_PREFIX.exec(joined.text);
  if (closedMatch) {
    closed = true;
    closedRange = joined.rangeOf(0, closedMatch[0].replace(/\s+$/, '').length);
    titleFrom = closedMatch[0].length;
  }
  const title = joined.text.slice(titleFrom).trim();
  const titleRange = joined.rangeOf(titleFrom, joined.text.length);
  const headingRange = spanRange(lineRange(head), lineRange(titleLines[titleLines.length - 1]));

  const item: Item = {
    number,
    numberRange,
    title,
    titleRange,
    closed,
    ...(closedRange ? { closedRange } : {}),
    headingRange,
    range: spanRange(lineRange(head), lineRange(lines[lastNonBlank(lines, start, end)])),
    page: head.page,
    sections: [],
    decisions: [],
    quotedDecisions: [],
    attendance: [],
    preambleLines: [],
  };

  // Case number: the first non-blank line after the title.
  while (k < end && lines[k].text === '') k++;
  if (k < end) {
    const caseNumber = matchCaseNumber(lines[k].text);
    if (caseNumber) {
      item.caseNumber = { value: caseNumber.value, range: subRange(lines[k], caseNumber.from, lines[k].text.length) };
      k++;
    }
  }

  let open: OpenSection | undefined;
  let quote: QuotedDecision | undefined;
  const attendanceLines = new Set<number>();
  const closeSection = (before: number) => {
    if (!open) return;
    const s = open.section;
    const last = lastNonBlank(lines, s.headingRange.start.line, before);
    s.range = spanRange(s.headingRange, lineRange(lines[last]));
    if (open.decision) item.decisions.push(finishDecision(lines, open, attendanceLines));
    open = undefined;
  };

  for (let i = k; i < end; i++) {
    const line = lines[i];
    const text = line.text;
    if (text === '' || isPageFooter(text)) continue;

    const decision = matchDecision(text, vocabulary);
    if (decision?.kind === 'quoted') {
      quote = {
        ...(decision.committee ? { committee: decision.committee } : {}),
        headingRange: lineRange(line),
        range: lineRange(line),
      };
      item.quotedDecisions.push(quote);
      if (open) open.section.bodyLines.push(i);
      else item.preambleLines.push(i);
      continue;
    }
    const heading = decision ? undefined : matchHeading(text, vocabulary);
    if (decision || heading) {
      closeSection(i);
      quote = undefined;
      let name = heading ? text.slice(0, heading.length) : text.replace(/\s*:$/, '');
      if (decision?.inlineFrom !== undefined) name = text.slice(0, text.indexOf(':')).trim();
      const section: Section = {
        name,
        canonical: decision ? 'Beslutning' : heading!.canonical,
        kind: decision ? 'decision' : 'section',
        headingRange: lineRange(line),
        range: lineRange(line),
        bodyLines: [],
        ...(heading?.typo ? { typo: heading.typo } : {}),
      };
      item.sections.push(section);
      open = { section };
      if (decision) {
        open.decision = {
          ...(decision.committee ? { committee: decision.committee } : {}),
          ...(decision.date ? { date: decision.date, dateRange: subRange(line, decision.dateFrom!, decision.dateTo!) } : {}),
        };
        if (decision.inlineFrom !== undefined) open.inlineFrom = decision.inlineFrom;
      }
      // A near miss of `Beslutning` is still this item's decision.
      if (heading?.typo && heading.canonical === 'Beslutning') {
        section.kind = 'decision';
        open.decision = {};
      }
      continue;
    }

    const attendance = matchAttendance(text);
    if (attendance) {
      const names: Line[] = [];
      let from = attendance.namesFrom;
      let to = attendance.namesTo;
      let last = i;
      if (from >= to) {
        // `Afbud:` alone: the names stand on the next line(s).
        let j = i + 1;
        for (;;) {
          while (j < end && lines[j].text === '') j++;
          if (j >= end || !isNameListLine(lines[j].text) || names.length >= 5) break;
          names.push(lines[j]);
          last = j;
          j++;
        }
      }
      const nameJoined = names.length > 0 ? new JoinedText(names) : new JoinedText([line]);
      if (names.length > 0) {
        from = 0;
        to = nameJoined.text.length;
      }
      const record: AttendanceLine = {
        kind: attendance.kind,
        range: spanRange(lineRange(line), lineRange(lines[last])),
        names: parseNameList(nameJoined, from, to),
        inQuote: quote !== undefined || (open !== undefined && HISTORY_HEADINGS.has(open.section.canonical)),
      };
      item.attendance.push(record);
      for (let j = i; j <= last; j++) {
        if (lines[j].text === '') continue;
        attendanceLines.add(j);
        if (open) open.section.bodyLines.push(j);
        else item.preambleLines.push(j);
        if (quote) quote.range = spanRange(quote.range, lineRange(lines[j]));
      }
      i = last;
      continue;
    }

    if (open) open.section.bodyLines.push(i);
    else item.preambleLines.push(i);
    if (quote) quote.range = spanRange(quote.range, lineRange(line));
  }
  closeSection(end);
  return item;
}

function finishDecision(lines: Line[], open: OpenSection, attendanceLines: Set<number>): Decision {
  const section = open.section;
  const parts: Array<{ line: Line; from: number }> = [];
  if (open.inlineFrom !== undefined) parts.push({ line: lines[section.headingRange.start.line], from: open.inlineFrom });
  for (const i of section.bodyLines) if (!attendanceLines.has(i)) parts.push({ line: lines[i], from: 0 });
  const text = parts.map((p) => p.line.text.slice(p.from)).join('\n');
  const decision: Decision = { section, ...open.decision, text, empty: parts.length === 0 };
  if (parts.length > 0) {
    const first = parts[0];
    const last = parts[parts.length - 1];
    decision.textRange = range(first.line.index, first.line.start + first.from, last.line.index, last.line.end);
  }
  return decision;
}
