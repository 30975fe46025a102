import type { AttendanceLine, Item } from './types';
import { foldText } from '../text/normalize';

/**
 * An item's attendance with each person once per kind: minutes often write an
 * absence twice (`Afbud:` over the name, and `Afbud: Name` below). A line whose
 * names were all given already is left out; the model keeps every line.
 */
export function distinctAttendance(item: Item): Array<{ line: AttendanceLine; names: string[] }> {
  const seen = new Set<string>();
  const out: Array<{ line: AttendanceLine; names: string[] }> = [];
  for (const a of item.attendance) {
    const names = a.names.map((n) => n.name).filter((name) => {
      const key = `${a.kind}|${a.inQuote}|${foldText(name)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (names.length > 0 || a.names.length === 0) out.push({ line: a, names });
  }
  return out;
}
