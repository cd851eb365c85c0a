import type { Workbook, Worksheet } from "exceljs";
import { freeSheetName, freeTableNames } from "../core/summary/free-names";
import { CellRange, toA1 } from "../core/grid/address";
import { OWNER_NAME, PlanCell, SheetPlan } from "../core/summary/sheet-plan";
import { ownedSummarySheet } from "./summary-owner";

export interface WriteSummaryOptions {
  /**
   * How a link to a form is written: null for a cell in this workbook ("#'Sheet'!B3"); otherwise the path of
   * the source file relative to the written summary ("../unit/forms.xlsx#'Sheet'!B3").
   */
  fileHref: (file: string) => string | null;
}

/**
 * Writes the summary plan as a sheet of `wb`. A sheet jixiao made before (marked by the OWNER_NAME defined
 * name) is replaced in place; a user's sheet of the same name is never touched: the new sheet takes another
 * name. Charts are not written (exceljs cannot), the plan's small tables carry the same figures.
 */
export function writeSummarySheet(wb: Workbook, plan: SheetPlan, options: WriteSummaryOptions): string {
  const owned = ownedSummarySheet(wb);
  if (owned) {
    const old = wb.getWorksheet(owned);
    if (old) wb.removeWorksheet(old.id);
  }
  const name = freeSheetName(wb.worksheets.map((w) => w.name), plan.name);
  const ws = wb.addWorksheet(name);
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // Table names are unique in a workbook: a user's sheet may hold tables named like ours (a copy of an earlier
  // summary); a clash makes Excel "repair" the file and drop the tables.
  const existing = wb.worksheets.flatMap((w) => Object.keys((w as unknown as { tables: Record<string, unknown> }).tables ?? {}));
  const tableNames = freeTableNames(existing, plan.tables.map((t) => t.name));
  plan.tables.forEach((t, i) => addTable(ws, plan, tableNames[i]!, t.range));
  for (const [address, cell] of plan.cells) writeCell(ws, address, cell, options);
  removeOwnerName(wb);
  wb.definedNames.add(`'${name.replace(/'/g, "''")}'!$A$1`, OWNER_NAME);
  return name;
}

function removeOwnerName(wb: Workbook): void {
  const model = wb.definedNames.model.filter((n) => n.name !== OWNER_NAME);
  wb.definedNames.model = model;
}


/** An Excel table over the plan's cells: header names from the plan's header row, filter buttons on. */
function addTable(ws: Worksheet, plan: SheetPlan, name: string, r: CellRange): void {
  const header: string[] = [];
  const seen = new Set<string>();
  for (let c = r.left; c <= r.right; c++) {
    let h = String(plan.cells.get(toA1(r.top, c))?.value ?? `Column${c - r.left + 1}`);
    while (seen.has(h)) h += " ";
    seen.add(h);
    header.push(h);
  }
  const rows: (string | number | null)[][] = [];
  for (let row = r.top + 1; row <= r.bottom; row++) {
    const values: (string | number | null)[] = [];
    for (let c = r.left; c <= r.right; c++) values.push(plan.cells.get(toA1(row, c))?.value ?? null);
    rows.push(values);
  }
  ws.addTable({
    name,
    ref: toA1(r.top, r.left),
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: header.map((h) => ({ name: h, filterButton: true })),
    rows,
  });
}

const BASE_FONT = { name: "Calibri", size: 11, family: 2 } as const;

function writeCell(ws: Worksheet, address: string, cell: PlanCell, options: WriteSummaryOptions): void {
  const target = ws.getCell(address);
  if (cell.formula) target.value = { formula: cell.formula, result: cell.value ?? undefined } as never;
  else if (cell.link && cell.value !== null) {
    const href = options.fileHref(cell.link.file);
    const local = `'${cell.link.sheet.replace(/'/g, "''")}'!${cell.link.cell}`;
    const location = href === null ? `#${local}` : `${href}#${local}`;
    const text = String(cell.value);
    // A HYPERLINK formula, not a cell hyperlink: exceljs 4 writes every hyperlink as an external relationship
    // and repeats the whole address in the `location` attribute, which Excel appends to it ("#'S'!B3##'S'!B3"),
    // so neither a jump inside the workbook nor one into another file would work. Excel's formulas take text
    // constants of at most 255 characters; a longer one stays plain text.
    target.value = location.length <= 255 && text.length <= 255 ? ({ formula: `HYPERLINK(${quoted(location)},${quoted(text)})`, result: text } as never) : text;
  } else target.value = cell.value;
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  if (cell.bold || cell.color || cell.link) {
    // A font needs its name and size: without them LibreOffice falls back to a serif face. exceljs writes
    // Calibri 11 as every workbook's default font, so these match the sheet's plain cells.
    target.font = { ...BASE_FONT, ...(cell.bold ? { bold: true } : {}), ...(cell.color ? { color: { argb: `FF${cell.color.slice(1)}` } } : {}), ...(cell.link ? { color: { argb: "FF0563C1" }, underline: true } : {}) };
  }
}

/** A text constant inside a formula. */
function quoted(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
