import { CellRange } from "../grid/address";
import { GridView, LogicalCell } from "../grid/sheet-grid";
import { LabelClass, Role } from "./labels";
import { ReadCache } from "./read-cache";

export interface LabelHit {
  cell: LogicalCell;
  label: LabelClass;
}

export function hasRole(hit: LabelHit, role: Role): boolean {
  return hit.label.roles.includes(role);
}

/**
 * Every text cell of a sheet with its classification, worked out once and shared by the locator and
 * the readers. Classifications are cached by text across sheets (ReadCache).
 */
export class SheetLabels {
  private readonly rows: LabelHit[][] = [];
  private readonly top: number;

  constructor(
    readonly view: GridView,
    readonly cache: ReadCache = new ReadCache(),
  ) {
    this.top = view.top;
    for (let r = view.top; r <= view.bottom; r++) {
      let hits: LabelHit[] | undefined;
      for (const cell of view.rowCells(r)) {
        if (typeof cell.value === "string") (hits ??= []).push({ cell, label: this.classify(cell.value) });
      }
      if (hits) this.rows[r - this.top] = hits;
    }
  }

  classify(text: string): LabelClass {
    return this.cache.label(text);
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
