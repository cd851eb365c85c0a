import { CellRange } from "../grid/address";
import { GridView, LogicalCell } from "../grid/sheet-grid";
import { labelMatchKey } from "./labels";

export interface LabelHit {
  cell: LogicalCell;
  /** The text's match key (labelMatchKey). */
  key: string;
}

/**
 * Every text cell of a sheet with its match key, computed once and shared by the locator and the
 * readers. Keys are cached across sheets: forms repeat the same labels hundreds of times.
 */
export class SheetLabels {
  private readonly rows: LabelHit[][] = [];
  private readonly top: number;

  constructor(readonly view: GridView, keyCache: Map<string, string> = new Map()) {
    this.top = view.top;
    for (let r = view.top; r <= view.bottom; r++) {
      const cells = view.rowCells(r);
      let hits: LabelHit[] | undefined;
      for (const cell of cells) {
        if (typeof cell.value !== "string") continue;
        let key = keyCache.get(cell.value);
        if (key === undefined) {
          key = labelMatchKey(cell.value);
          keyCache.set(cell.value, key);
        }
        (hits ??= []).push({ cell, key });
      }
      if (hits) this.rows[r - this.top] = hits;
    }
  }

  /** Text cells starting on `row`, optionally within columns. */
  onRow(row: number, left = -Infinity, right = Infinity): LabelHit[] {
    const hits = this.rows[row - this.top];
    if (!hits) return [];
    return left === -Infinity && right === Infinity ? hits : hits.filter((h) => h.cell.col >= left && h.cell.col <= right);
  }

  /** Text cells inside a rectangle, in reading order. */
  inRegion(region: CellRange): LabelHit[] {
    const out: LabelHit[] = [];
    for (let r = Math.max(region.top, this.top); r <= region.bottom; r++) {
      const hits = this.rows[r - this.top];
      if (!hits) continue;
      for (const h of hits) if (h.cell.col >= region.left && h.cell.col <= region.right) out.push(h);
    }
    return out;
  }

  /** All text cells, in reading order. */
  all(): LabelHit[] {
    return this.rows.flatMap((hits) => hits ?? []);
  }
}
