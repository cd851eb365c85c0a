import { CellValue } from "../core/grid/cell-value";
import { SheetGrid } from "../core/grid/sheet-grid";
import { CellRange } from "../core/grid/address";

/** One block of a sheet as office.js returns it: values, their types and formats, from a top-left cell. */
export interface RangeBlock {
  /** 1-based top-left. */
  row: number;
  col: number;
  values: unknown[][];
  valueTypes?: string[][];
  numberFormat?: unknown[][];
}

/**
 * office.js hands empty cells as "", error cells as their text ("#N/A") and dates as serial numbers under a
 * date format: this turns that into the core's CellValue, errors told apart by `valueTypes`.
 */
export function toCellValue(v: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: typeof v === "string" && v ? v : "#VALUE!" };
  if (type === "Empty" || v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v;
  return String(v);
}

/** Builds a sheet grid from one or more blocks (a whole used range, or bands of a huge one). */
export function gridFromBlocks(name: string, blocks: RangeBlock[], merges: CellRange[]): SheetGrid {
  if (!blocks.length) return { name, origin: { row: 1, col: 1 }, values: [], numberFormats: [], merges };
  const top = Math.min(...blocks.map((b) => b.row));
  const left = Math.min(...blocks.map((b) => b.col));
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  for (const b of blocks) {
    b.values.forEach((rowValues, i) => {
      const r = b.row - top + i;
      rowValues.forEach((v, j) => {
        const value = toCellValue(v, b.valueTypes?.[i]?.[j]);
        if (value === null) return;
        const c = b.col - left + j;
        (values[r] ??= [])[c] = value;
        const fmt = b.numberFormat?.[i]?.[j];
        if (typeof value === "number" && typeof fmt === "string" && fmt !== "General") (numberFormats[r] ??= [])[c] = fmt;
      });
    });
  }
  return { name, origin: { row: top, col: left }, values, numberFormats, merges };
}
