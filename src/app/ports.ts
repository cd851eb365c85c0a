import { SheetGrid } from "../core/grid/sheet-grid";
import { CellMark } from "../core/marks";

/**
 * What the front ends know about where a workbook lives. The Excel adapter (office.js) and the .xlsx
 * adapter (exceljs) implement these; the pane, the ribbon commands and the CLI call only them.
 */
export interface WorkbookReader {
  /** Every sheet as a grid; `onSheet` reports progress for long reads. */
  readGrids(onSheet?: (done: number, total: number) => void): Promise<SheetGrid[]>;
}

export interface MarkOutcome {
  cellsMarked: number;
  /** Marks that could not be written, with the reason (a protected sheet, a missing sheet). */
  skipped: { sheet: string; cell: string; reason: string }[];
}

export interface Highlighter {
  /** Paints the marks, replacing any marks jixiao made before. Never changes a value. */
  mark(marks: readonly CellMark[]): Promise<MarkOutcome>;
}
