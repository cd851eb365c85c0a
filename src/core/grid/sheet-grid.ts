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
 * top-left cell. Built once per sheet in O(merges · log merges); memory is O(merges), whatever their area,
 * so one merge over a whole sheet costs what a two-cell merge does.
 */
export class GridView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly grid: SheetGrid;
  private readonly merges: MergeIndex | null;

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
    const valid: Ranked[] = [];
    grid.merges.forEach((m, order) => {
      if (validRange(m)) valid.push({ m, order });
    });
    this.merges = valid.length ? buildIndex(valid) : null;
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
    return this.merges ? lookup(this.merges, row, col) : undefined;
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
    m.top >= 1 && m.left >= 1 && m.bottom >= m.top && m.right >= m.left
  );
}

/** A merge and its place in the grid's list: where merges overlap (Excel never saves that), the later one wins. */
interface Ranked {
  m: CellRange;
  order: number;
}

/**
 * A centred interval tree over rows. Every merge kept at a node spans the node's centre row, so merges that
 * do not overlap (all Excel saves) are disjoint in columns there: sorted by left column, one binary search
 * finds the only candidate. A lookup walks one path down, O(log² merges). A node whose merges do overlap
 * (a hand-made file) is searched in full, which keeps "the later merge wins" of the per-cell map it replaces.
 */
interface MergeIndex {
  center: number;
  /** Merges spanning `center`, by left column. */
  here: Ranked[];
  overlapping: boolean;
  above: MergeIndex | null;
  below: MergeIndex | null;
}

function buildIndex(items: Ranked[]): MergeIndex | null {
  if (items.length === 0) return null;
  // The median of the merges' middle rows splits them roughly in half each level.
  const mids = items.map((x) => (x.m.top + x.m.bottom) >>> 1).sort((a, b) => a - b);
  const center = mids[mids.length >> 1]!;
  const here: Ranked[] = [];
  const above: Ranked[] = [];
  const below: Ranked[] = [];
  for (const x of items) {
    if (x.m.bottom < center) above.push(x);
    else if (x.m.top > center) below.push(x);
    else here.push(x);
  }
  here.sort((a, b) => a.m.left - b.m.left || a.order - b.order);
  let overlapping = false;
  for (let i = 1; i < here.length; i++) if (here[i]!.m.left <= here[i - 1]!.m.right) overlapping = true;
  return { center, here, overlapping, above: buildIndex(above), below: buildIndex(below) };
}

function lookup(root: MergeIndex, row: number, col: number): CellRange | undefined {
  // The whole path is walked: merges of different nodes can overlap too, and the later one must win.
  let best: Ranked | undefined;
  const consider = (x: Ranked) => {
    if (covers(x.m, row, col) && (!best || x.order > best.order)) best = x;
  };
  for (let node: MergeIndex | null = root; node; node = row < node.center ? node.above : row > node.center ? node.below : null) {
    const here = node.here;
    if (node.overlapping) {
      for (const x of here) consider(x);
      continue;
    }
    // The last merge starting at or left of `col`: the only one here that can cover it.
    let lo = 0;
    let hi = here.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (here[mid]!.m.left <= col) lo = mid + 1;
      else hi = mid - 1;
    }
    if (hi >= 0) consider(here[hi]!);
  }
  return best?.m;
}

function covers(m: CellRange, row: number, col: number): boolean {
  return row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;
}
