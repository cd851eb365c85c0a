import type { Cell, CellValue as ExcelValue, Workbook, Worksheet } from "exceljs";
import { CellRange, parseRange } from "../core/grid/address";
import { CellValue, isDateFormat } from "../core/grid/cell-value";
import { SheetGrid } from "../core/grid/sheet-grid";

/** exceljs's ValueType enum, copied so that this module does not need the runtime import. */
const enum T {
  Null = 0, Merge = 1, Number = 2, String = 3, Date = 4, Hyperlink = 5, Formula = 6,
  SharedString = 7, RichText = 8, Boolean = 9, Error = 10,
}

const MS_PER_DAY = 86400000;
const EPOCH_UTC = Date.UTC(1899, 11, 30);

export function workbookToGrids(wb: Workbook, onSheet?: (done: number, total: number) => void): SheetGrid[] {
  const sheets = wb.worksheets;
  return sheets.map((ws, i) => {
    const grid = worksheetToGrid(ws);
    onSheet?.(i + 1, sheets.length);
    return grid;
  });
}

/**
 * One worksheet as the core sees it. Covered cells of a merge are left null: exceljs repeats the master's
 * value into them, and reading it there would double every merged label. Rows stay jagged so that a stray
 * cell far away costs one entry, not a rectangle.
 */
export function worksheetToGrid(ws: Worksheet): SheetGrid {
  const entries: { row: number; col: number; value: CellValue; format: string | undefined }[] = [];
  let top = Infinity;
  let left = Infinity;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if ((cell.type as number) === T.Merge) return;
      const value = toCellValue(cell);
      if (value === null) return;
      if (r < top) top = r;
      if (c < left) left = c;
      const format = typeof value !== "number" ? undefined : (cell.type as number) === T.Date ? dateFormat(cell.numFmt) : cell.numFmt || undefined;
      entries.push({ row: r, col: c, value, format });
    });
  });
  const merges = mergesOf(ws);
  for (const m of merges) {
    if (m.top < top) top = m.top;
    if (m.left < left) left = m.left;
  }
  if (!Number.isFinite(top)) {
    top = 1;
    left = 1;
  }
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  for (const e of entries) {
    const i = e.row - top;
    const j = e.col - left;
    (values[i] ??= [])[j] = e.value;
    if (e.format) (numberFormats[i] ??= [])[j] = e.format;
  }
  return { name: ws.name, origin: { row: top, col: left }, values, numberFormats, merges };
}

function mergesOf(ws: Worksheet): CellRange[] {
  // `_merges` is exceljs's own index, one entry per merge; `ws.model.merges` gives the same list but rebuilds
  // the whole sheet model to do it, so it is only the fallback should a future exceljs rename the field.
  const index = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
  if (index) return Object.values(index).map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
  return (ws.model.merges ?? []).map((a) => parseRange(a)).filter((r): r is CellRange => r !== null);
}

export function toCellValue(cell: Cell): CellValue {
  if ((cell.type as number) === T.Formula) return formulaValue(cell);
  return convert(cell.value, cell.type as number);
}

/**
 * A formula reads as its cached result. Without one (a program wrote the formula and never calculated it)
 * it is its own state, not a blank: a blank would drop the row or say "not filled in" about a cell that is.
 */
function formulaValue(cell: Cell): CellValue {
  const result = (cell.value as { result?: unknown } | null)?.result;
  if (result !== null && result !== undefined) return guess(result as ExcelValue);
  // `cell.formula` is a shared formula's own text, translated from its master; the value holds only the master's address.
  const formula = cell.formula || (cell.value as { formula?: unknown } | null)?.formula;
  return { formula: typeof formula === "string" ? formula : "" };
}

function convert(v: ExcelValue | undefined, type: number): CellValue {
  if (v === null || v === undefined) return null;
  switch (type) {
    case T.Number:
      return typeof v === "number" ? v : null;
    case T.String:
    case T.SharedString:
      return typeof v === "string" ? v : String(v);
    case T.Boolean:
      return Boolean(v);
    case T.Date:
      return v instanceof Date ? dateToSerial(v) : null;
    case T.Error:
      return { error: String((v as { error?: unknown }).error ?? "#VALUE!") };
    case T.RichText:
      return ((v as { richText?: { text?: string }[] }).richText ?? []).map((p) => p.text ?? "").join("");
    case T.Hyperlink: {
      const text = (v as { text?: unknown }).text;
      if (typeof text === "string") return text;
      if (text && typeof text === "object" && "richText" in text) return convert(text as ExcelValue, T.RichText);
      return null;
    }
    default:
      return guess(v);
  }
}

function guess(v: ExcelValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === "object") {
    if ("error" in v) return { error: String((v as { error: unknown }).error) };
    if ("richText" in v) return convert(v, T.RichText);
    if ("text" in v) return convert(v, T.Hyperlink);
    if ("result" in v) {
      const result = (v as { result: unknown }).result;
      return result === null || result === undefined ? null : guess(result as ExcelValue);
    }
  }
  return null;
}

/** A Date cell keeps its own format when that format shows a date; the core relies on it to see a date. */
function dateFormat(numFmt: string | undefined): string {
  return numFmt && isDateFormat(numFmt) ? numFmt : "yyyy-mm-dd";
}

/** exceljs hands dates as JS Dates at UTC midnight; the core wants Excel serials. */
export function dateToSerial(d: Date): number {
  const t = d.getTime();
  if (!Number.isFinite(t)) return NaN;
  return (t - EPOCH_UTC) / MS_PER_DAY;
}
