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

/** Where a defined name points now, or why it points nowhere. */
export type NamedPlace = { sheet: string; cell: string } | "sheet-gone" | "cell-gone";

const ONE_CELL = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?([0-9]+)$/;

/**
 * A single-cell name's formula ("=表1!$F$14", "='It''s'!$B$3") as a place. Excel rewrites the formula
 * when the world changes: "=#REF!$F$14" once the sheet is deleted, "=表1!#REF!" once the row is.
 */
export function placeOfName(formula: string): NamedPlace {
  const m = ONE_CELL.exec(formula.trim());
  if (!m) return formula.trim().startsWith("=#REF!") ? "sheet-gone" : "cell-gone";
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  if (sheet === "#REF") return "sheet-gone";
  return { sheet, cell: `${m[3]!.toUpperCase()}${m[4]!}` };
}
