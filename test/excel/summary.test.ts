import { buildSummarySheet, validateAndMark } from "../../src/app/actions";
import { MONEY_FORMAT, OWNER_NAME } from "../../src/core/summary/sheet-plan";
import { SettingsSchema } from "../../src/core/settings";
import { ExcelWorkbook } from "../../src/excel";
import { FakeExcelHost, FakeWorkbook } from "../support/fake-excel";
import { fixtureGrids } from "../support/fixtures";
import { gridFromCells } from "../support/form-grid";

const settings = SettingsSchema.parse({});
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

async function seedHost(extra: Parameters<typeof gridFromCells>[] = []) {
  const grids = [...(await fixtureGrids("seed-2024.xlsx")), ...extra.map((a) => gridFromCells(...a))];
  const h = new FakeExcelHost(FakeWorkbook.fromGrids(grids));
  cleanups.push(h.install());
  return h;
}

const formsFingerprint = (h: FakeExcelHost) =>
  JSON.stringify(h.workbook.sheets.filter((s) => !s.name.startsWith("绩效目标汇总")).map((s) => [s.name, [...s.cells].filter(([, c]) => c.value !== "")]));

describe("the summary sheet in Excel", () => {
  test("is written in 2 round trips after a 2-round-trip read, and changes no form", async () => {
    const h = await seedHost();
    const forms = formsFingerprint(h);
    h.syncs = 0;
    const { sheet, model } = await buildSummarySheet(new ExcelWorkbook(), "seed-2024.xlsx", settings);
    expect(h.syncs).toBe(4);
    expect(sheet).toBe("绩效目标汇总");
    expect(formsFingerprint(h) === forms).toBe(true);
    const s = h.workbook.sheet(sheet);
    expect(s.tables.map((t) => t.name)).toEqual(["jixiao_projects", "jixiao_rules", "jixiao_money", "jixiao_indicators", "jixiao_copies"]);
    expect(s.tables[0]).toMatchObject({ address: "A5:X16", style: "TableStyleLight9" });
    expect(s.charts.map((c) => [c.type, c.title])).toEqual([["BarClustered", "二、按规则统计的问题"], ["ColumnClustered", "三、各项目年度资金申请总额"]]);
    // A totals row of live formulas under the projects, money in #,##0.00.
    expect(s.cells.get("L17")).toMatchObject({ formula: "=SUBTOTAL(109,L6:L16)", numberFormat: MONEY_FORMAT });
    expect(s.cells.get("L6")).toMatchObject({ value: 490000, numberFormat: MONEY_FORMAT });
    expect(model.totals.annualTotal).toBe(16090900);
    // Each project links to its form.
    expect(s.cells.get("B6")).toMatchObject({ value: "民营经济代表人士队伍建设", link: "'01 民营经济代表人士队伍建设'!B3" });
    expect(h.workbook.names.get(OWNER_NAME)).toEqual({ sheet, cell: "A1" });
  });

  test("targets written as text stay text (=1.00(次) is not turned into a formula)", async () => {
    const h = await seedHost();
    await buildSummarySheet(new ExcelWorkbook(), "seed-2024.xlsx", settings);
    const s = h.workbook.sheet("绩效目标汇总");
    const raws = [...s.cells.values()].filter((c) => c.value === "=1.00(次)");
    expect(raws.length).toBeGreaterThan(0);
    expect(raws.every((c) => c.formula === undefined && c.numberFormat === "@")).toBe(true);
  });

  test("rebuilding replaces only jixiao's sheet; a user's sheet of the same name is left alone", async () => {
    const h = await seedHost([["绩效目标汇总", [{ row: 1, col: 1, value: "我自己的汇总" }]]]);
    const first = await buildSummarySheet(new ExcelWorkbook(), "seed-2024.xlsx", settings);
    expect(first.sheet).toBe("绩效目标汇总 (2)");
    const second = await buildSummarySheet(new ExcelWorkbook(), "seed-2024.xlsx", settings);
    expect(second.sheet).toBe("绩效目标汇总 (2)");
    expect(h.workbook.sheets.filter((s) => s.name.startsWith("绩效目标汇总")).map((s) => s.name)).toEqual(["绩效目标汇总", "绩效目标汇总 (2)"]);
    expect(h.workbook.sheet("绩效目标汇总").cells.get("A1")!.value).toBe("我自己的汇总");
  });

  test("the summary sheet is not read as a form afterwards (no 'not a form' finding for it)", async () => {
    await seedHost();
    await buildSummarySheet(new ExcelWorkbook(), "seed-2024.xlsx", settings);
    const result = await validateAndMark(new ExcelWorkbook(), "seed-2024.xlsx", settings);
    expect(result.report.sheets.map((s) => s.name)).not.toContain("绩效目标汇总");
    expect(result.report.diagnostics.filter((d) => d.rule === "sheet/not-a-form")).toEqual([]);
  });
});
