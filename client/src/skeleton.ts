// The "New referat" skeleton: the seeds' form (FirstAgenda) with today's date
// and weekday in Danish, a TOC, one item with the standard sections, as a
// snippet whose placeholders the user tabs through. Plain data, no VS Code.

const WEEKDAYS = ['Søndag', 'Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag'];
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

const two = (n: number) => String(n).padStart(2, '0');

/** A snippet: `${n:default}` placeholders; `$` and `}` in the text escaped. */
export function referatSkeleton(today: Date): string {
  const d = today.getDate();
  const m = today.getMonth();
  const y = today.getFullYear();
  const title = '${4:Godkendelse af dagsorden}';
  return [
    `REFERAT \${1:Økonomiudvalget} d. ${two(d)}-${two(m + 1)}-${y}`,
    `Mødedato ${WEEKDAYS[today.getDay()]} d. ${d}. ${MONTHS[m]} ${y} kl. \${2:16:00}`,
    'Mødested ${3:Byrådssalen}',
    'Mødedeltagere ${5:Anna Hansen, Bo Jensen, Carl Nielsen}',
    'Indholdsfortegnelse',
    `${title}.....\t2`,
    `Punkt 1: ${title}`,
    'Sagsfremstilling',
    '${6:Dagsordenen forelægges til godkendelse.}',
    'Indstilling',
    '${7:Det indstilles, at dagsordenen godkendes.}',
    'Beslutning',
    '${8:Godkendt.}$0',
  ].join('\n\n') + '\n';
}

/** The snippet as text, each placeholder its default: what a user gets by pressing Tab through it. */
export function expandSnippet(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
}
