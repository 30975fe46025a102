// The Mødeoversigt page, as a pure function of the server's overview data
// (tested without VS Code). No remote content: a strict CSP and a nonce.
import type { Overview } from '../../server/src/features/overview';

/** The server's answer to `referat/overview`. */
export type OverviewData = Overview;

const TEXT = {
  da: {
    heading: 'Mødeoversigt', place: 'Mødested', members: 'Mødedeltagere', closed: 'lukket', noDecision: 'mangler beslutning', exempt: 'ingen beslutning (undtaget)',
    emptyDecision: 'tom beslutning', problems: 'Problemer', none: 'Ingen problemer.', line: 'linje', caseNo: 'sag',
    absent: 'fraværende', apology: 'afbud', notParticipating: 'deltog ikke', empty: 'Intet referat åbent.',
  },
  en: {
    heading: 'Meeting overview', place: 'Place', members: 'Participants', closed: 'closed', noDecision: 'no decision', exempt: 'no decision (exempt)',
    emptyDecision: 'empty decision', problems: 'Problems', none: 'No problems.', line: 'line', caseNo: 'case',
    absent: 'absent', apology: 'apologies', notParticipating: 'did not take part', empty: 'No referat open.',
  },
};

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function renderOverview(data: OverviewData | null, lang: 'da' | 'en', nonce: string, cspSource: string): string {
  const t = TEXT[lang];
  const body = data ? renderBody(data, t) : `<p>${t.empty}</p>`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${t.heading}</title>
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1em; }
h1 { font-size: 1.3em; } h2 { font-size: 1.05em; margin: 1.2em 0 0.3em; }
.item { border-left: 3px solid var(--vscode-textLink-foreground); padding: 0.2em 0.8em; margin: 0.6em 0; cursor: pointer; }
.item.closed { border-color: var(--vscode-disabledForeground); }
.item.missing { border-color: var(--vscode-editorWarning-foreground); }
.muted { color: var(--vscode-descriptionForeground); }
.problem { cursor: pointer; }
.badge { background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); border-radius: 1em; padding: 0 0.5em; font-size: 0.85em; }
</style>
</head>
<body>
${body}
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (e) => {
  const target = e.target.closest('[data-line]');
  if (target) vscode.postMessage({ type: 'reveal', line: Number(target.dataset.line) });
});
</script>
</body>
</html>`;
}

function renderBody(d: OverviewData, t: (typeof TEXT)['da']): string {
  const parts: string[] = [];
  parts.push(`<h1>${escapeHtml(d.title ?? t.heading)}${d.date ? ` <span class="muted">${escapeHtml(d.date)}</span>` : ''}</h1>`);
  if (d.meetingDate) parts.push(`<p>${escapeHtml(d.meetingDate)}${d.place ? ` · ${escapeHtml(d.place)}` : ''}</p>`);
  if (d.members.length > 0) {
    parts.push(`<p><strong>${t.members}:</strong> ${d.members.map((m) => escapeHtml(m.name) + (m.note ? ` <span class="muted">(${escapeHtml(m.note)})</span>` : '')).join(', ')}</p>`);
  }
  for (const item of d.items) {
    const missing = !item.closed && !item.exempt && item.decisions.length === 0;
    const cls = ['item', item.closed ? 'closed' : '', missing ? 'missing' : ''].filter(Boolean).join(' ');
    const meta = [item.caseNumber ? `${t.caseNo} ${escapeHtml(item.caseNumber)}` : '', item.closed ? t.closed : ''].filter(Boolean).join(' · ');
    const decisions = item.decisions.length === 0
      ? (item.closed ? '' : `<div class="muted">${item.exempt ? t.exempt : t.noDecision}</div>`)
      : item.decisions.map((x) => `<div>${x.committee ? `<span class="muted">${escapeHtml(x.committee)}:</span> ` : ''}${x.empty ? `<em>${t.emptyDecision}</em>` : escapeHtml(x.text.split('\n')[0])}</div>`).join('');
    const attendance = item.attendance.filter((a) => !a.quoted).map((a) => `<div class="muted">${escapeHtml(t[a.kind as 'absent'] ?? a.kind)}: ${a.names.map(escapeHtml).join(', ')}</div>`).join('');
    const badge = item.problems > 0 ? ` <span class="badge">${item.problems}</span>` : '';
    parts.push(`<div class="${cls}" data-line="${item.line}"><h2>${item.number}. ${escapeHtml(item.title)}${badge}</h2>${meta ? `<div class="muted">${meta}</div>` : ''}${decisions}${attendance}</div>`);
  }
  parts.push(`<h2>${t.problems}</h2>`);
  parts.push(d.problems.length === 0 ? `<p class="muted">${t.none}</p>` : `<ul>${d.problems.map((p) => `<li class="problem" data-line="${p.line}">${t.line} ${p.line + 1}: ${escapeHtml(p.message)} <span class="muted">${escapeHtml(p.code)}</span></li>`).join('')}</ul>`);
  return parts.join('\n');
}
