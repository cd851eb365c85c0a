import { CellRange, parseA1, rangeToA1, toA1 } from "../core/grid/address";
import { sheetOfReference } from "../core/summary/owner";
import { OWNER_NAME, PlanCell, SheetPlan } from "../core/summary/sheet-plan";
import { qualified } from "./areas";

/**
 * Writes the summary plan as a sheet, in two round trips whatever its size: (1) the sheet names and which
 * sheet jixiao made last time (the OWNER_NAME defined name); (2) delete that sheet only, add the new one and
 * write it. A user's sheet of the same name is never replaced: the new sheet takes "name (2)".
 */
export async function writeSummaryPlan(context: Excel.RequestContext, plan: SheetPlan): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const owner = context.workbook.names.getItemOrNullObject(OWNER_NAME);
  const ownerRange = owner.getRangeOrNullObject();
  ownerRange.load("address");
  await context.sync();

  const owned = !owner.isNullObject && !ownerRange.isNullObject ? sheetOfReference(ownerRange.address) : null;
  if (!owner.isNullObject) owner.delete();
  if (owned) sheets.getItem(owned).delete();
  const taken = new Set(sheets.items.map((s) => s.name).filter((n) => n !== owned));
  const name = freeName(taken, plan.name);
  const ws = sheets.add(name);
  writeCells(ws, plan);
  for (const t of plan.tables) {
    const table = ws.tables.add(rangeToA1(t.range), true);
    table.name = t.name;
    table.style = "TableStyleLight9";
  }
  for (const c of plan.charts) addChart(ws, c);
  plan.columnWidths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w * 7));
  context.workbook.names.add(OWNER_NAME, ws.getRange("A1"));
  ws.activate();
  await context.sync();
  return name;
}



function freeName(taken: Set<string>, wanted: string): string {
  if (!taken.has(wanted)) return wanted;
  for (let i = 2; ; i++) {
    const n = `${wanted} (${i})`.slice(0, 31);
    if (!taken.has(n)) return n;
  }
}

/**
 * The plan's cells in one rectangle: number formats first (text cells as "@", so a target such as
 * "=1.00(次)" stays text and never becomes a formula), then values, then formulas, links and emphasis.
 */
function writeCells(ws: Excel.Worksheet, plan: SheetPlan): void {
  let bottom = 1;
  let right = 1;
  for (const address of plan.cells.keys()) {
    const p = parseA1(address)!;
    bottom = Math.max(bottom, p.row);
    right = Math.max(right, p.col);
  }
  const grid = <T>(f: (cell: PlanCell | undefined) => T): T[][] =>
    Array.from({ length: bottom }, (_, r) => Array.from({ length: right }, (_, c) => f(plan.cells.get(toA1(r + 1, c + 1)))));
  const all = ws.getRange(rangeToA1({ top: 1, left: 1, bottom, right }));
  all.numberFormat = grid((c) => (c?.numberFormat ?? (typeof c?.value === "string" ? "@" : "General")));
  all.values = grid((c) => (c?.formula ? "" : (c?.value ?? "")));
  for (const [address, cell] of plan.cells) {
    if (!cell.formula && !cell.link && !cell.bold && !cell.color) continue;
    const range = ws.getRange(address);
    if (cell.formula) range.formulas = [[`=${cell.formula}`]];
    if (cell.link && cell.value !== null) range.hyperlink = { documentReference: qualified(cell.link.sheet, cell.link.cell), textToDisplay: String(cell.value) };
    if (cell.bold) range.format.font.bold = true;
    if (cell.color) range.format.font.color = cell.color;
  }
}

function addChart(ws: Excel.Worksheet, chart: SheetPlan["charts"][number]): void {
  const body = (r: CellRange): CellRange => ({ ...r, top: r.top + 1 });
  const values = ws.getRange(rangeToA1(body(chart.values)));
  const c = ws.charts.add(chart.kind === "bar" ? "BarClustered" : "ColumnClustered", values, "Columns");
  c.series.getItemAt(0).setXAxisValues(ws.getRange(rangeToA1(body(chart.categories))));
  c.title.text = chart.title;
  c.legend.visible = false;
  c.setPosition(toA1(chart.anchor.row, chart.anchor.col));
}
