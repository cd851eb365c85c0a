import { HostError } from "../app/ports";
import { CellRange, parseA1, rangeToA1, toA1 } from "../core/grid/address";
import { ownedSheet } from "../core/summary/owner";
import { OWNER_NAME, PlanCell, SheetPlan } from "../core/summary/sheet-plan";
import { sheetOfReference } from "../core/grid/reference";
import { freeSheetName, freeTableNames } from "../core/summary/free-names";
import { qualified } from "./areas";
import { COMMAND_BYTES, REQUEST_BYTES, jsonBytes } from "./budget";

/**
 * Cells per band of whole rows. Requests themselves are sized in bytes (budget.ts): Excel on the web refuses
 * a request over 5 MB, and a cell of Chinese text takes 3 bytes a character in the values array.
 */
export const CELLS_PER_SYNC = 20_000;

/**
 * A column width of `w` characters in points. Range.format.columnWidth is in points, while the plan (like the
 * exceljs writer, which stores it as the file's <col width>) counts characters of the default font: Excel
 * shows such a column as w × 7 px (the maximum digit width of Calibri 11, padding included), and 7 px at
 * 96 dpi is 5.25 pt.
 */
export const columnWidthPoints = (w: number): number => w * 5.25;

/**
 * Writes the summary plan as a sheet. Round trip 1 reads the sheet names, the table names, whether the
 * workbook's structure is protected and which sheet jixiao made last time (the OWNER_NAME defined name,
 * trusted only on a sheet named as jixiao names its summary); round trip 2 writes the new sheet's cells,
 * round trip 3 hides the owner name, puts the new sheet in the old one's place and adds tables and charts. A
 * summary over `requestBytes` takes more requests. A user's sheet of the same name is never replaced:
 * the new sheet takes "name (2)"; a user's table of the same name makes ours "name_2".
 *
 * The old summary stays until the new one is complete: the new sheet is written under a temporary name and
 * carries the owner name from the start; the last request deletes the old sheet and gives the new one its
 * name, then adds tables and charts. A protected structure is refused before any write; if a request fails,
 * the temporary sheet is removed and the owner name goes back to the old summary.
 */
export async function writeSummaryPlan(context: Excel.RequestContext, plan: SheetPlan, requestBytes: number = REQUEST_BYTES): Promise<string> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name");
  workbook.tables.load("items/name,items/worksheet/name");
  workbook.protection.load("protected");
  const names = workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  if (workbook.protection.protected) throw new HostError("protected", "the workbook's structure is protected: no sheet can be added");
  const owner = ownerNameOf(names);
  const owned = owner ? ownedSheet(sheetOfReference(owner.formula)) : null;
  const isOwned = (sheet: string | undefined) => owned !== null && sheet !== undefined && sheet.toLowerCase() === owned.toLowerCase();
  const existing = sheets.items.map((s) => s.name);
  const name = freeSheetName(existing.filter((n) => !isOwned(n)), plan.name);
  const temporary = freeSheetName(existing, `~jixiao ${Date.now().toString(36)}`);
  // The old sheet's tables go with it; a host that cannot say where a table is keeps its name taken.
  const tableNames = freeTableNames(
    workbook.tables.items.filter((t) => !isOwned(sheetOfTable(t))).map((t) => t.name),
    plan.tables.map((t) => t.name),
  );

  try {
    if (owner) names.getItem(owner.name).delete();
    const ws = sheets.add(temporary);
    names.add(OWNER_NAME, ws.getRange("A1"));
    plan.columnWidths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = columnWidthPoints(w)));
    for (const chunk of cellChunks(ws, plan, requestBytes)) {
      for (const write of chunk) write();
      // One request per chunk is the point here: each stays under the request size cap.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    // Out of Name Manager (jixiao's bookkeeping), in a request after the one that added it: set with
    // names.add it is often lost (office-js#3878, #3949).
    names.getItem(OWNER_NAME).visible = false;
    if (owned) sheets.getItem(owned).delete();
    ws.name = name;
    plan.tables.forEach((t, i) => {
      // A Range, not its address: "Excel.TableCollection.add" resolves a bare address against the active
      // worksheet, which is the user's sheet, not this one.
      const table = ws.tables.add(ws.getRange(rangeToA1(t.range)), true);
      table.name = tableNames[i]!;
      table.style = "TableStyleLight9";
    });
    for (const c of plan.charts) addChart(ws, c);
    ws.activate();
    await context.sync();
  } catch (e) {
    await undoHalfWritten(context, temporary, owned);
    throw e;
  }
  return name;
}

/** The sheet of a table, when the host loaded it (items/worksheet/name). */
function sheetOfTable(t: Excel.Table): string | undefined {
  try {
    return (t as { worksheet?: { name?: string } }).worksheet?.name;
  } catch {
    return undefined;
  }
}

/**
 * After a failed write: deletes the temporary sheet if it is still there, and gives the owner name back to the
 * old summary if that still stands. Once the new sheet has its name the old one is gone; the new one, its
 * cells complete, stays as the summary and the next build replaces it. Best effort: the original failure is
 * the one to report.
 */
async function undoHalfWritten(context: Excel.RequestContext, temporary: string, owned: string | null): Promise<void> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const names = context.workbook.names;
    names.load("items/name,items/formula");
    await context.sync();
    const has = (n: string) => sheets.items.some((s) => s.name.toLowerCase() === n.toLowerCase());
    if (!has(temporary)) return;
    const owner = ownerNameOf(names);
    if (owner) names.getItem(owner.name).delete();
    sheets.getItem(temporary).delete();
    if (owned && has(owned)) {
      names.add(OWNER_NAME, sheets.getItem(owned).getRange("A1"));
      await context.sync();
      names.getItem(OWNER_NAME).visible = false; // a request after the add (office-js#3878, #3949)
    }
    await context.sync();
  } catch {
    // the original failure is the one to report
  }
}

/**
 * The owner name among the loaded names. Found in the collection rather than through getItemOrNullObject and
 * getRangeOrNullObject: what a method called on a null object does is not something to rely on.
 */
function ownerNameOf(names: Excel.NamedItemCollection): { name: string; formula: string } | undefined {
  return names.items.find((n) => n.name.toLowerCase() === OWNER_NAME.toLowerCase());
}

/**
 * The plan's cells as queued writes, grouped so that no group's request exceeds `requestBytes`: bands of whole rows
 * (number formats first, text cells as "@", so a target such as "=1.00(次)" stays text and never becomes a
 * formula; then values), then the single cells with formulas, links and emphasis, which come after their
 * band's values.
 */
function cellChunks(ws: Excel.Worksheet, plan: SheetPlan, requestBytes: number): (() => void)[][] {
  let bottom = 1;
  let right = 1;
  for (const address of plan.cells.keys()) {
    const p = parseA1(address)!;
    bottom = Math.max(bottom, p.row);
    right = Math.max(right, p.col);
  }
  const writes: { cost: number; write: () => void }[] = [];
  // Two arrays (formats and values) per band.
  const bandRows = Math.max(1, Math.floor(CELLS_PER_SYNC / (2 * right)));
  for (let top = 1; top <= bottom; top += bandRows) {
    const last = Math.min(bottom, top + bandRows - 1);
    const grid = <T>(f: (cell: PlanCell | undefined) => T): T[][] =>
      Array.from({ length: last - top + 1 }, (_, r) => Array.from({ length: right }, (_, c) => f(plan.cells.get(toA1(top + r, c + 1)))));
    const formats = grid((c) => (c?.numberFormat ?? (typeof c?.value === "string" ? "@" : "General")));
    const values = grid((c) => (c?.formula ? "" : (c?.value ?? "")));
    writes.push({
      cost: 2 * COMMAND_BYTES + jsonBytes(formats) + jsonBytes(values),
      write: () => {
        const band = ws.getRange(rangeToA1({ top, left: 1, bottom: last, right }));
        band.numberFormat = formats;
        band.values = values;
      },
    });
  }
  for (const [address, cell] of plan.cells) {
    if (!cell.formula && !cell.link && !cell.bold && !cell.color) continue;
    const link = cell.link && cell.value !== null ? { documentReference: qualified(cell.link.sheet, cell.link.cell), textToDisplay: String(cell.value) } : null;
    writes.push({
      cost: 4 * COMMAND_BYTES + jsonBytes(cell.formula ?? "") + jsonBytes(link ?? "") + jsonBytes(cell.color ?? ""),
      write: () => {
        const range = ws.getRange(address);
        if (cell.formula) range.formulas = [[`=${cell.formula}`]];
        if (link) range.hyperlink = link;
        if (cell.bold) range.format.font.bold = true;
        if (cell.color) range.format.font.color = cell.color;
      },
    });
  }
  const chunks: (() => void)[][] = [[]];
  let used = 0;
  for (const w of writes) {
    if (used > 0 && used + w.cost > requestBytes) {
      chunks.push([]);
      used = 0;
    }
    chunks[chunks.length - 1]!.push(w.write);
    used += w.cost;
  }
  return chunks;
}

function addChart(ws: Excel.Worksheet, chart: SheetPlan["charts"][number]): void {
  const body = (r: CellRange): CellRange => ({ ...r, top: r.top + 1 });
  const values = ws.getRange(rangeToA1(body(chart.values)));
  const c = ws.charts.add(chart.kind === "bar" ? "BarClustered" : "ColumnClustered", values, "Columns");
  c.series.getItemAt(0).setXAxisValues(ws.getRange(rangeToA1(body(chart.categories))));
  c.title.text = chart.title;
  c.legend.visible = false;
  c.width = chart.width;
  c.height = chart.height;
  c.setPosition(toA1(chart.anchor.row, chart.anchor.col));
}
