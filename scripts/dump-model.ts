import { readFileSync } from 'node:fs';
import { parseReferat } from '../server/src/parse/parser';
const f = process.argv[2];
const d = parseReferat(readFileSync(f, 'utf8'));
const h = d.header;
console.log('TITLE', h.title?.committee, JSON.stringify(h.title?.date));
console.log('DATE', h.meetingDate?.value, JSON.stringify(h.meetingDate?.date), h.meetingDate?.weekday, h.meetingDate?.time);
console.log('PLACE', h.place?.value);
console.log('MEMBERS', h.participants?.members.map(m => m.name + (m.note ? ` [${m.note}]` : '') + (m.segments.length > 1 ? ' (split)' : '')).join(' | '));
for (const e of d.toc?.entries ?? []) console.log('TOC', e.closed ? 'L' : ' ', JSON.stringify(e.title).slice(0, 60), e.pages, e.fused ? 'FUSED' : '', e.match, e.items.map(i => i + 1));
for (const it of d.items) {
  console.log(`ITEM ${it.number} ${it.closed ? '[L] ' : ''}${it.title.slice(0, 50)} | case=${it.caseNumber?.value} | lines ${it.range.start.line + 1}-${it.range.end.line + 1}`);
  console.log('   sections:', it.sections.map(s => s.canonical + (s.typo ? '(typo)' : '')).join(', '));
  for (const dec of it.decisions) console.log('   DEC', dec.committee ?? '-', JSON.stringify(dec.date), dec.empty ? 'EMPTY' : JSON.stringify(dec.text.slice(0, 50)));
  for (const q of it.quotedDecisions) console.log('   QUOTE', q.committee, q.range.start.line + 1, q.range.end.line + 1);
  for (const a of it.attendance) console.log('   ATT', a.kind, a.names.map(n => n.name + (n.note ? `(${n.note})` : '')).join(' | '), a.inQuote ? 'QUOTED' : '');
  if (it.preambleLines.length) console.log('   PRE', it.preambleLines.map(l => d.lines[l].text.slice(0, 30)));
}
