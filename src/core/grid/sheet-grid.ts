import { CellRange, toA1 } from "./address";
import { CellValue, isBlank } from "./cell-value";

/**
 * A snapshot of one sheet's used range: what the adapters hand the core. `values[i][j]` is the cell at
 * row `origin.row + i`, column `origin.col + j`. Only a merge's top-left cell carries its value; the
 * cells it covers are null (adapters must not repeat the master's value into them).
 */
export interface SheetGrid {
  name: string;
  origin: { row: number; col: number };
  values: CellValue[][];
  /** Same shape as `values` where present; "General" is assumed for missing entries. */
  numberFormats?: (string | null | undefined)[][];
  merges: CellRange[];
}

/** One logical cell: a single cell or a merged area, named by its top-left address. */
export interface LogicalCell {
  row: number;
  col: number;
  address: string;
  value: CellValue;
  numberFormat?: string;
  /** The merge this cell belongs to, or a 1×1 range. */
  range: CellRange;
}

/**
 * Read access to a grid through its merges: any cell of a merged area answers with the area's
 * top-left cell. Built once per sheet; O(merged cells) memory.
 */
export class GridView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly grid: SheetGrid;
  private readonly coveredBy = new Map<number, CellRange>();
  private readonly width: number;

  constructor(grid: SheetGrid) {
    this.grid = grid;
    this.name = grid.name;
    this.top = grid.origin.row;
    this.left = grid.origin.col;
    const rows = grid.values.length;
    let cols = 0;
    for (const r of grid.values) if (r && r.length > cols) cols = r.length;
    this.bottom = this.top + Math.max(rows, 1) - 1;
    this.right = this.left + Math.max(cols, 1) - 1;
    for (const m of grid.merges) {
      if (m.bottom > this.bottom) this.bottom = m.bottom;
      if (m.right > this.right) this.right = m.right;
    }
    this.width = this.right + 2;
    for (const m of grid.merges) {
      if (!validRange(m)) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.coveredBy.set(r * this.width + c, m);
      }
    }
  }

  /** The raw value stored at exactly this cell (null for covered cells and outside the grid). */
  rawValue(row: number, col: number): CellValue {
    const v = this.grid.values[row - this.top]?.[col - this.left];
    return v === undefined ? null : v;
  }

  numberFormat(row: number, col: number): string | undefined {
    const f = this.grid.numberFormats?.[row - this.top]?.[col - this.left];
    return f ?? undefined;
  }

  mergeAt(row: number, col: number): CellRange | undefined {
    return this.coveredBy.get(row * this.width + col);
  }

  /** The logical cell that shows at (row, col): the merge's master when the cell is merged. */
  cell(row: number, col: number): LogicalCell {
    const m = this.mergeAt(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    const numberFormat = this.numberFormat(r, c);
    const cell: LogicalCell = {
      row: r,
      col: c,
      address: toA1(r, c),
      value: this.rawValue(r, c),
      range: m ?? { top: r, left: c, bottom: r, right: c },
    };
    if (numberFormat !== undefined) cell.numberFormat = numberFormat;
    return cell;
  }

  /** True when (row, col) is the top-left of its logical cell, i.e. the place its content starts. */
  isMaster(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !m || (m.top === row && m.left === col);
  }

  /** Logical cells whose content starts on this row, left to right, blanks skipped. */
  rowCells(row: number, fromCol = this.left, toCol = this.right): LogicalCell[] {
    // Rows may be jagged or missing: only stored entries can start a cell.
    const stored = this.grid.values[row - this.top];
    const cells: LogicalCell[] = [];
    if (!stored) return cells;
    const last = Math.min(toCol, this.left + stored.length - 1);
    for (let c = Math.max(fromCol, this.left); c <= last; c++) {
      const v = stored[c - this.left];
      if (v === undefined || isBlank(v) || !this.isMaster(row, c)) continue;
      cells.push(this.cell(row, c));
    }
    return cells;
  }
}

function validRange(m: CellRange): boolean {
  return (
    Number.isInteger(m.top) && Number.isInteger(m.left) && Number.isInteger(m.bottom) && Number.isInteger(m.right) &&
    m.top >= 1 && m.left >= 1 && m.bottom >= m.top && m.right >= m.left &&
    // A pathological merge (a whole column) would blow the index up; forms never need one.
    (m.bottom - m.top + 1) * (m.right - m.left + 1) <= 1_000_000
  );
}
