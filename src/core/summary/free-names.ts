/**
 * Names for what a summary adds to a workbook, clear of what is there: Excel compares sheet names and table
 * names case-insensitively, and both writers (office.js and exceljs) must pick the same names.
 */

/** The wanted sheet name, or "name (2)", "name (3)" … when taken. */
export function freeSheetName(existing: readonly string[], wanted: string): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    // Sheet names hold at most 31 characters: the suffix must survive the cut, or the loop would never end.
    const n = `${wanted.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(n.toLowerCase())) return n;
  }
}

/** Each wanted table name, or "name_2", "name_3" … when taken (also by an earlier one of the wanted). */
export function freeTableNames(existing: readonly string[], wanted: readonly string[]): string[] {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  return wanted.map((w) => {
    let n = w;
    for (let i = 2; taken.has(n.toLowerCase()); i++) n = `${w}_${i}`;
    taken.add(n.toLowerCase());
    return n;
  });
}
