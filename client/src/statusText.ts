// The status bar item's text: items, then errors and warnings apart, as
// VS Code's own problem counts show them. Pure, so it is tested without VS Code.

export interface Counts {
  items: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function statusBarText(c: Counts, lang: 'da' | 'en'): { text: string; tooltip: string } {
  const da = lang === 'da';
  const items = `${c.items} ${da ? (c.items === 1 ? 'punkt' : 'punkter') : c.items === 1 ? 'item' : 'items'}`;
  const parts = [`$(list-ordered) ${items}`, `$(error) ${c.errors}`, `$(warning) ${c.warnings}`];
  if (c.infos > 0) parts.push(`$(info) ${c.infos}`);
  const tooltip = da
    ? `Referat: ${items}, ${c.errors} fejl, ${c.warnings} advarsler${c.infos > 0 ? `, ${c.infos} andre` : ''} – klik for at åbne Problemer`
    : `Referat: ${items}, ${c.errors} errors, ${c.warnings} warnings${c.infos > 0 ? `, ${c.infos} others` : ''} – click to open Problems`;
  return { text: parts.join('  '), tooltip };
}
