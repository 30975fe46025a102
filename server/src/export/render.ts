// The export as a readable document: Markdown, or an HTML page that needs
// nothing else (no script, no outside style), with headings per item and
// this meeting's decisions set apart.
import type { ExportDocument, ExportItem } from './record';
import type { Lang } from '../i18n/messages';

const WORDS = {
  da: { meeting: 'Møde', date: 'Dato', time: 'Kl.', place: 'Sted', members: 'Deltagere', absent: 'Fraværende', closed: 'Lukket', caseNumber: 'Sag', pages: 'Side', decision: 'Beslutning', history: 'Tidligere behandling', attachments: 'Bilag', findings: 'Fund', system: 'System', noItems: 'Ingen punkter kunne læses.' },
  en: { meeting: 'Meeting', date: 'Date', time: 'Time', place: 'Place', members: 'Participants', absent: 'Absent', closed: 'Closed', caseNumber: 'Case', pages: 'Page', decision: 'Decision', history: 'Earlier treatment', attachments: 'Attachments', findings: 'Findings', system: 'System', noItems: 'No items could be read.' },
} as const;

function people(list: Array<{ name: string; note: string | null }>): string {
  return list.map((m) => (m.note ? `${m.name} (${m.note})` : m.name)).join(', ');
}

function pages(item: ExportItem): string | undefined {
  if (item.startPage === null) return item.tocPage === null ? undefined : String(item.tocPage);
  return item.endPage !== null && item.endPage !== item.startPage ? `${item.startPage}–${item.endPage}` : String(item.startPage);
}

/** Markdown that escapes nothing it need not: only characters that would start markup at a line's start. */
function mdLine(s: string): string {
  return s.replace(/^([#>*+-]|\d+[.)])(\s)/, '\\$1$2');
}

function mdText(s: string): string {
  return s.split('\n').map(mdLine).join('\n');
}

export function toMarkdown(records: ExportDocument[], lang: Lang): string {
  const w = WORDS[lang];
  const out: string[] = [];
  for (const r of records) {
    const m = r.meeting;
    out.push(`# ${m.committee ?? r.source.file}${m.date ? ` – ${m.date}` : ''}`, '');
    const facts = [
      m.date && `**${w.date}:** ${m.date}${m.time ? ` ${w.time} ${m.time}` : ''}`,
      m.place && `**${w.place}:** ${m.place}`,
      m.members.length > 0 && `**${w.members}:** ${people(m.members)}`,
      m.absent.length > 0 && `**${w.absent}:** ${people(m.absent)}`,
      `**${w.system}:** ${r.source.dialectName}`,
    ].filter(Boolean);
    out.push(...facts.map((f) => `- ${f}`), '');
    if (r.items.length === 0) out.push(`*${w.noItems}*`, '');
    for (const item of r.items) {
      out.push(`## ${item.number}. ${item.title}${item.closed ? ` (${w.closed})` : ''}`, '');
      const meta = [item.caseNumber && `${w.caseNumber} ${item.caseNumber}`, pages(item) && `${w.pages} ${pages(item)}`].filter(Boolean);
      if (meta.length > 0) out.push(`*${meta.join(' · ')}*`, '');
      for (const s of item.sections) {
        const decision = item.decisions.find((d) => d.line === s.startLine);
        if (decision) {
          const label = decision.thisMeeting ? w.decision : w.history;
          const by = [decision.committee, decision.date].filter(Boolean).join(', ');
          out.push(`> **${label}${by ? ` (${by})` : ''}:** ${s.heading !== 'Beslutning' && s.heading !== label ? `*${s.heading}*` : ''}`);
          out.push(...(decision.text || '–').split('\n').map((l) => `> ${mdLine(l)}`.trimEnd()), '');
        } else {
          out.push(`### ${s.heading}`, '', mdText(s.text), '');
        }
      }
    }
    if (r.diagnostics.length > 0) {
      out.push(`## ${w.findings}`, '', ...r.diagnostics.map((d) => `- ${d.line}:${d.column} \`${d.code}\` ${d.message}`), '');
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function htmlText(s: string): string {
  return s.split(/\n\n+/).map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`).join('\n');
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-top:1px solid #ccc;padding-top:1rem}h3{font-size:1rem;margin-bottom:.2rem}
.meta{color:#555;font-style:italic}.decision{border-left:4px solid #2e7d32;background:#eef6ee;padding:.5rem 1rem;margin:1rem 0}
.history{border-left:4px solid #999;background:#f4f4f4;padding:.5rem 1rem;margin:1rem 0}.closed{color:#8a1c1c}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}`;

export function toHtml(records: ExportDocument[], lang: Lang): string {
  const w = WORDS[lang];
  const body: string[] = [];
  for (const r of records) {
    const m = r.meeting;
    body.push(`<article><h1>${esc(m.committee ?? r.source.file)}${m.date ? ` – ${esc(m.date)}` : ''}</h1><dl>`);
    if (m.date) body.push(`<dt>${w.date}</dt><dd><time datetime="${esc(m.date)}${m.time ? `T${esc(m.time)}` : ''}">${esc(m.date)}${m.time ? ` ${w.time} ${esc(m.time)}` : ''}</time></dd>`);
    if (m.place) body.push(`<dt>${w.place}</dt><dd>${esc(m.place)}</dd>`);
    if (m.members.length > 0) body.push(`<dt>${w.members}</dt><dd>${esc(people(m.members))}</dd>`);
    if (m.absent.length > 0) body.push(`<dt>${w.absent}</dt><dd>${esc(people(m.absent))}</dd>`);
    body.push(`<dt>${w.system}</dt><dd>${esc(r.source.dialectName)}</dd></dl>`);
    if (r.items.length === 0) body.push(`<p><em>${w.noItems}</em></p>`);
    for (const item of r.items) {
      body.push(`<section id="punkt-${item.number}"><h2>${item.number}. ${esc(item.title)}${item.closed ? ` <span class="closed">(${w.closed})</span>` : ''}</h2>`);
      const meta = [item.caseNumber && `${w.caseNumber} ${item.caseNumber}`, pages(item) && `${w.pages} ${pages(item)}`].filter(Boolean) as string[];
      if (meta.length > 0) body.push(`<p class="meta">${esc(meta.join(' · '))}</p>`);
      for (const s of item.sections) {
        const decision = item.decisions.find((d) => d.line === s.startLine);
        if (decision) {
          const by = [decision.committee, decision.date].filter(Boolean).join(', ');
          body.push(`<div class="${decision.thisMeeting ? 'decision' : 'history'}"><h3>${esc(decision.thisMeeting ? w.decision : w.history)}${by ? ` (${esc(by)})` : ''}</h3>${htmlText(decision.text || '–')}</div>`);
        } else {
          body.push(`<h3>${esc(s.heading)}</h3>${htmlText(s.text)}`);
        }
      }
      body.push('</section>');
    }
    if (r.diagnostics.length > 0) body.push(`<h2>${w.findings}</h2><ul>${r.diagnostics.map((d) => `<li>${d.line}:${d.column} <code>${esc(d.code)}</code> ${esc(d.message)}</li>`).join('')}</ul>`);
    body.push('</article>');
  }
  const title = records.length === 1 ? `${records[0].meeting.committee ?? records[0].source.file}${records[0].meeting.date ? ` – ${records[0].meeting.date}` : ''}` : WORDS[lang].meeting;
  return `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title><style>${STYLE}</style></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}
