/**
 * Single-cell references as Excel writes them in defined names and addresses: "=表1!$F$14",
 * "='It''s'!$B$3", "Sheet1!C3". Excel rewrites a name's formula when the world changes: "=#REF!$F$14" once
 * the sheet is deleted, "=表1!#REF!" once the row is.
 */

/** Where a reference points, or why it points nowhere. */
export type ReferencePlace = { sheet: string; cell: string } | "sheet-gone" | "cell-gone";

const ONE_CELL = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?([0-9]+)$/;

export function placeOfReference(reference: string): ReferencePlace {
  const text = reference.trim();
  const m = ONE_CELL.exec(text);
  if (!m) return text.startsWith("=#REF!") || text.startsWith("#REF!") ? "sheet-gone" : "cell-gone";
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  if (sheet === "#REF") return "sheet-gone";
  return { sheet, cell: `${m[3]!.toUpperCase()}${m[4]!}` };
}

/** "'绩效目标汇总'!$A$1" → 绩效目标汇总; null when the reference points nowhere. */
export function sheetOfReference(reference: string): string | null {
  const place = placeOfReference(reference);
  return typeof place === "string" ? null : place.sheet;
}
