import { CellFormulaValue, Workbook, Worksheet } from "exceljs";
import { checkGrids } from "../../src/core/check";
import { columnLetters, rangeToA1, toA1 } from "../../src/core/grid/address";
import { buildSummary } from "../../src/core/summary/build";
import { SummaryModel } from "../../src/core/summary/model";
import { MONEY_FORMAT, OWNER_NAME, SheetPlan, summarySheetPlan } from "../../src/core/summary/sheet-plan";
import { workbookToGrids } from "../../src/xlsx/grids";
import { writeSummarySheet } from "../../src/xlsx/summary-sheet";
import { ownedSummarySheet } from "../../src/xlsx/summary-owner";
import { loadFixture, roundTrip } from "./helpers";

const inWorkbook = { fileHref: () => null };
const SUMMARY = "绩效目标汇总";

let model: SummaryModel;
let plan: SheetPlan;
beforeAll(async () => {
  const wb = await loadFixture();
  model = buildSummary([{ file: "seed-2024.xlsx", report: checkGrids(workbookToGrids(wb), "seed-2024.xlsx").report }]);
  plan = summarySheetPlan(model, "zh");
});

/** The tables of a sheet as exceljs reads them back: name → A1 range. */
function tablesOf(ws: Worksheet): Record<string, string> {
  const tables = (ws as unknown as { tables: Record<string, { model: { name: string; tableRef: string } }> }).tables;
  return Object.fromEntries(Object.values(tables).map((t) => [t.model.name, t.model.tableRef]));
}

/** Every other sheet's values (and number formats), to show the summary leaves them alone. */
const formsOf = (wb: Workbook, except: readonly string[]) => workbookToGrids(wb).filter((g) => !except.includes(g.name));

const tableRange = (name: string) => plan.tables.find((t) => t.name === name)!.range;

describe("writeSummarySheet, round-tripped through a real .xlsx", () => {
  test("the sheet is there with its five tables, live totals, links and money formats", async () => {
    const wb = await loadFixture();
    expect(writeSummarySheet(wb, plan, inWorkbook)).toBe(SUMMARY);
    const back = await roundTrip(wb);
    const ws = back.getWorksheet(SUMMARY)!;
    expect(ws).toBeDefined();
    expect(ownedSummarySheet(back)).toBe(SUMMARY);
    expect(back.definedNames.getRanges(OWNER_NAME).ranges).toEqual([`'${SUMMARY}'!$A$1`]);

    expect(tablesOf(ws)).toEqual(Object.fromEntries(plan.tables.map((t) => [t.name, rangeToA1(t.range)])));
    expect(tablesOf(ws).jixiao_projects).toBe("A5:Y16");

    const projects = tableRange("jixiao_projects");
    const totalRow = projects.bottom + 1;
    const annual = ws.getCell(totalRow, 12);
    expect(ws.getCell(projects.top, 12).value).toBe("年度资金申请总额");
    expect(annual.value).toEqual({ formula: `SUBTOTAL(109,L${projects.top + 1}:L${projects.bottom})`, result: 16090900 });
    expect(annual.numFmt).toBe(MONEY_FORMAT);
    for (const [address, cell] of plan.cells) {
      if (!cell.formula) continue;
      expect([address, (ws.getCell(address).value as CellFormulaValue).formula]).toEqual([address, cell.formula]);
    }

    // Amounts are numbers under #,##0.00; dates come back as dates.
    model.projects.forEach((p, i) => {
      const c = ws.getCell(projects.top + 1 + i, 12);
      expect([c.value, c.numFmt]).toEqual([p.annualTotal, MONEY_FORMAT]);
    });
    expect(ws.getCell(projects.top + 1, 9).value).toEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(ws.getCell(projects.top + 1, 9).numFmt).toBe("yyyy-mm-dd");

    // Links: a HYPERLINK formula to each project's form cell, its text the project's name.
    model.projects.forEach((p, i) => {
      expect(ws.getCell(projects.top + 1 + i, 2).value).toEqual({ formula: `HYPERLINK("#'${p.sheet}'!${p.cell}","${p.name}")`, result: p.name });
    });
    const ind = tableRange("jixiao_indicators");
    const first = model.indicators[0]!;
    expect(ws.getCell(ind.top + 1, ind.right).value).toEqual({ formula: `HYPERLINK("#'${first.sheet}'!${first.cell}","${first.sheet}!${first.cell}")`, result: `${first.sheet}!${first.cell}` });
    expect(ws.getCell(projects.top + 1, 2).font).toMatchObject({ underline: true });
  });

  test("the source forms' values are unchanged", async () => {
    const original = await loadFixture();
    const wb = await loadFixture();
    writeSummarySheet(wb, plan, inWorkbook);
    const back = await roundTrip(wb);
    expect(formsOf(back, [SUMMARY])).toEqual(formsOf(await roundTrip(original), []));
    expect(back.worksheets.map((w) => w.name)).toEqual([...original.worksheets.map((w) => w.name), SUMMARY]);
  });

  test("rebuilding replaces jixiao's sheet: one summary sheet after two builds, every other sheet as it was", async () => {
    const wb = await loadFixture();
    writeSummarySheet(wb, plan, inWorkbook);
    const once = await roundTrip(wb);
    const before = formsOf(once, [SUMMARY]);
    // The second build is in English: the Chinese sheet must go, not stay beside it.
    const en = summarySheetPlan(model, "en");
    expect(writeSummarySheet(once, en, inWorkbook)).toBe("Target summary");
    const twice = await roundTrip(once);
    expect(twice.worksheets.filter((w) => w.name === SUMMARY || w.name === "Target summary").map((w) => w.name)).toEqual(["Target summary"]);
    expect(twice.definedNames.model.filter((n) => n.name === OWNER_NAME)).toHaveLength(1);
    expect(ownedSummarySheet(twice)).toBe("Target summary");
    expect(formsOf(twice, ["Target summary"])).toEqual(before);
    expect(Object.keys(tablesOf(twice.getWorksheet("Target summary")!)).sort()).toEqual(plan.tables.map((t) => t.name).sort());

    // And a third build in Chinese again: still one.
    writeSummarySheet(twice, plan, inWorkbook);
    const thrice = await roundTrip(twice);
    expect(thrice.worksheets.length).toBe(once.worksheets.length);
    expect(ownedSummarySheet(thrice)).toBe(SUMMARY);
  });

  test("a user's own sheet named 绩效目标汇总 is never touched: the summary takes 绩效目标汇总 (2)", async () => {
    const wb = await loadFixture();
    const mine = wb.addWorksheet(SUMMARY);
    mine.getCell("A1").value = "我自己的汇总";
    mine.getCell("B2").value = 123.45;
    mine.getCell("B2").numFmt = "0.0";
    const userCells = async (w: Workbook) => workbookToGrids(w).find((g) => g.name === SUMMARY);
    const expected = await userCells(await roundTrip(wb));

    expect(writeSummarySheet(wb, plan, inWorkbook)).toBe(`${SUMMARY} (2)`);
    const back = await roundTrip(wb);
    expect(await userCells(back)).toEqual(expected);
    expect(ownedSummarySheet(back)).toBe(`${SUMMARY} (2)`);
    expect(back.getWorksheet(`${SUMMARY} (2)`)!.getCell("A1").value).toBe("绩效目标汇总表");

    // Rebuilding replaces "(2)", not the user's sheet, and does not make a "(3)".
    expect(writeSummarySheet(back, plan, inWorkbook)).toBe(`${SUMMARY} (2)`);
    const again = await roundTrip(back);
    expect(await userCells(again)).toEqual(expected);
    expect(again.worksheets.map((w) => w.name).filter((n) => n.startsWith(SUMMARY))).toEqual([SUMMARY, `${SUMMARY} (2)`]);
  });

  test('sheet names compare case-insensitively, as in Excel: a user\'s "target summary" makes the summary "Target summary (2)"', async () => {
    const wb = await loadFixture();
    wb.addWorksheet("target summary").getCell("A1").value = "mine";
    expect(writeSummarySheet(wb, summarySheetPlan(model, "en"), inWorkbook)).toBe("Target summary (2)");
    const back = await roundTrip(wb);
    expect(back.getWorksheet("target summary")!.getCell("A1").value).toBe("mine");
    expect(ownedSummarySheet(back)).toBe("Target summary (2)");
  });

  test("a user's tables named like jixiao's keep their names; the summary's tables take free ones", async () => {
    const wb = await loadFixture();
    const mine = wb.addWorksheet("我的表");
    mine.addTable({ name: "jixiao_projects", ref: "A1", headerRow: true, columns: [{ name: "项目" }], rows: [["甲"]] });
    writeSummarySheet(wb, plan, inWorkbook);
    const back = await roundTrip(wb);
    expect(tablesOf(back.getWorksheet("我的表")!)).toEqual({ jixiao_projects: "A1:A2" });
    expect(Object.keys(tablesOf(back.getWorksheet(SUMMARY)!))).toEqual(["jixiao_projects_2", "jixiao_rules", "jixiao_money", "jixiao_indicators", "jixiao_copies"]);
  });

  test("links into other files: the relative path from fileHref, before the sheet and cell", async () => {
    const wb = new Workbook();
    writeSummarySheet(wb, plan, { fileHref: (file) => `../units/${file}` });
    const ws = (await roundTrip(wb)).getWorksheet(SUMMARY)!;
    const top = tableRange("jixiao_projects").top;
    expect((ws.getCell(top + 1, 2).value as CellFormulaValue).formula).toBe(`HYPERLINK("../units/seed-2024.xlsx#'01 民营经济代表人士队伍建设'!B3","民营经济代表人士队伍建设")`);
  });

  test("an empty summary is still a workbook Excel opens: tables with one blank row, totals of zero", async () => {
    const wb = new Workbook();
    const empty = summarySheetPlan(buildSummary([]), "zh");
    writeSummarySheet(wb, empty, inWorkbook);
    const ws = (await roundTrip(wb)).getWorksheet(SUMMARY)!;
    expect(tablesOf(ws)).toEqual(Object.fromEntries(empty.tables.map((t) => [t.name, rangeToA1(t.range)])));
    const projects = empty.tables[0]!.range;
    const c = ws.getCell(toA1(projects.bottom + 1, 12));
    expect((c.value as CellFormulaValue).formula).toBe(`SUBTOTAL(109,${columnLetters(12)}${projects.bottom}:${columnLetters(12)}${projects.bottom})`);
  });
});
