import ExcelJS from "exceljs";
import { isCellError } from "../../src/core/grid/cell-value";
import { SheetGrid } from "../../src/core/grid/sheet-grid";
import { rangeToA1 } from "../../src/core/grid/address";

/** Writes in-memory grids as a real .xlsx (values, number formats, merges), for CLI tests and the bench. */
export function workbookFromGrids(grids: SheetGrid[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    g.values.forEach((row, i) => {
      row?.forEach((v, j) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(g.origin.row + i, g.origin.col + j);
        cell.value = isCellError(v) ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
        const fmt = g.numberFormats?.[i]?.[j];
        if (fmt) cell.numFmt = fmt;
      });
    });
    for (const m of g.merges) ws.mergeCells(rangeToA1(m));
  }
  return wb;
}

export async function writeGrids(path: string, grids: SheetGrid[]): Promise<void> {
  await workbookFromGrids(grids).xlsx.writeFile(path);
}
