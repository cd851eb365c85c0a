/** A1 addresses. Rows and columns are 1-based, as Excel numbers them. */

export interface CellPos {
  row: number;
  col: number;
}

/** An inclusive rectangle of cells. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_COL = 16384;
const MAX_ROW = 1048576;

export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > MAX_COL) throw new RangeError(`column out of range: ${col}`);
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0) - 64;
    if (c < 1 || c > 26) return NaN;
    n = n * 26 + c;
  }
  return n;
}

/** Letters of the columns forms use, computed once: every logical cell is named, so this is hot. */
const COMMON_COLUMNS = Array.from({ length: 702 }, (_, i) => columnLetters(i + 1));

export function toA1(row: number, col: number): string {
  return `${COMMON_COLUMNS[col - 1] ?? columnLetters(col)}${row}`;
}

const A1_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses "B3", "$B$3"; returns null for anything else (including out-of-sheet addresses). */
export function parseA1(address: string): CellPos | null {
  const m = A1_RE.exec(address.trim());
  if (!m) return null;
  const col = columnNumber(m[1]!);
  const row = Number(m[2]);
  if (!(col >= 1 && col <= MAX_COL && row >= 1 && row <= MAX_ROW)) return null;
  return { row, col };
}

/** Parses "A1:F2", "A1", or "'Sheet 1'!A1:B2" (the sheet part is dropped). */
export function parseRange(address: string): CellRange | null {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [a, b] = local.split(":");
  const p = parseA1(a ?? "");
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rangeToA1(r: CellRange): string {
  const a = toA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${toA1(r.bottom, r.right)}`;
}

/** Sort order of addresses: by row, then column (the order a reader meets them). */
export function compareA1(a: string, b: string): number {
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) return a < b ? -1 : a > b ? 1 : 0;
  return p.row - q.row || p.col - q.col;
}
