import { CellRange, parseRange } from "../core/grid/address";

/**
 * Splits a RangeAreas address ("'01 民营，经济'!A1:F1, '01 民营，经济'!A2:F2" or "Sheet1!B3") into ranges.
 * Sheet names may be quoted and hold commas or doubled quotes, so the split respects quotes.
 */
export function parseAreas(address: string): CellRange[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i]!;
    if (ch === "'") {
      // '' inside a quoted name is a literal quote.
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => parseRange(p))
    .filter((r): r is CellRange => r !== null);
}

/** "Sheet1!A1:F20" → its top-left row/column (1-based), or null. */
export function topLeftOf(address: string): { row: number; col: number } | null {
  const r = parseRange(address);
  return r ? { row: r.top, col: r.left } : null;
}

/** A sheet-qualified address for office.js calls that want one ('It''s'!B3). */
export function qualified(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

