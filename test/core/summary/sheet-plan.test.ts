import { ruleTitle } from "../../../src/core/i18n/findings";
import { checkGrids } from "../../../src/core/check";
import { CellRange, columnLetters, parseA1, toA1 } from "../../../src/core/grid/address";
import { ymdToSerial } from "../../../src/core/grid/cell-value";
import { buildSummary } from "../../../src/core/summary/build";
import { SummaryModel } from "../../../src/core/summary/model";
import { CHART_SIZE, DATE_FORMAT, MONEY_FORMAT, PlanCell, PlanChart, SheetPlan, SUMMARY_SHEET, summarySheetPlan } from "../../../src/core/summary/sheet-plan";
import { cleanForm, sheetOf } from "../../support/form-grid";
import { fixtureGrids } from "../../support/fixtures";

let seedModel: SummaryModel;
beforeAll(async () => {
  seedModel = buildSummary([{ file: "seed-2024.xlsx", report: checkGrids(await fixtureGrids("seed-2024.xlsx"), "seed-2024.xlsx").report }]);
});

const cellAt = (plan: SheetPlan, row: number, col: number): PlanCell | undefined => plan.cells.get(toA1(row, col));
const tableOf = (plan: SheetPlan, name: string) => plan.tables.find((t) => t.name === name)!.range;
/** The header texts of a table, left to right. */
const headersOf = (plan: SheetPlan, r: CellRange) => Array.from({ length: r.right - r.left + 1 }, (_, i) => cellAt(plan, r.top, r.left + i)?.value);
/** The column of a table whose header is `header`. */
function col(plan: SheetPlan, r: CellRange, header: string): number {
  const i = headersOf(plan, r).indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return r.left + i;
}
/** The cells a chart covers: rows at Excel's default 15 pt, columns at the plan's widths (w characters ≈ w × 5.25 pt). */
function chartArea(plan: SheetPlan, c: PlanChart): CellRange {
  let right = c.anchor.col;
  for (let x = 0; ; right++) {
    x += (plan.columnWidths[right - 1] ?? 8.43) * 5.25;
    if (x >= c.width) break;
  }
  return { top: c.anchor.row, left: c.anchor.col, bottom: c.anchor.row + Math.ceil(c.height / 15) - 1, right };
}
const rangeText = (r: CellRange) => `${toA1(r.top, r.left)}:${toA1(r.bottom, r.right)}`;
const overlaps = (a: CellRange, b: CellRange) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

describe("the summary sheet plan", () => {
  test("headers in Chinese and in English; the sheet's name in each", () => {
    const zh = summarySheetPlan(seedModel, "zh");
    const en = summarySheetPlan(seedModel, "en");
    expect(zh.name).toBe(SUMMARY_SHEET.zh);
    expect(en.name).toBe(SUMMARY_SHEET.en);
    expect(cellAt(zh, 1, 1)?.value).toBe("绩效目标汇总表");
    expect(cellAt(en, 1, 1)?.value).toBe("Performance-target summary");
    const zhHead = headersOf(zh, tableOf(zh, "jixiao_projects"));
    const enHead = headersOf(en, tableOf(en, "jixiao_projects"));
    expect(zhHead).toEqual(expect.arrayContaining(["序号", "项目名称", "来源文件", "工作表", "主管部门", "实施单位", "项目性质", "项目类别", "计划开始日期", "计划完成日期", "项目资金总额", "年度资金申请总额", "当年财政拨款", "上年结转资金", "其他资金", "产出指标", "效益指标", "满意度指标", "成本指标", "错误", "警告", "状态", "备注"]));
    expect(enHead).toEqual(expect.arrayContaining(["No.", "Project", "File", "Sheet", "Department", "Implementer", "Annual amount", "Appropriation", "Errors", "Warnings", "Status", "Note"]));
    expect(enHead).toHaveLength(zhHead.length);
    expect(headersOf(zh, tableOf(zh, "jixiao_indicators"))).toEqual(expect.arrayContaining(["一级指标", "二级指标", "三级指标", "指标值（原文）", "运算符", "数值", "单位", "定量/定性", "问题", "单元格"]));
    expect(headersOf(en, tableOf(en, "jixiao_rules"))).toEqual(["Rule", "Rule id", "Severity", "Count"]);
    expect(headersOf(zh, tableOf(zh, "jixiao_rules"))).toEqual(["规则", "规则 id", "级别", "数量"]);
    // Every table's header names are unique and non-blank (Excel requires it).
    for (const plan of [zh, en]) {
      for (const t of plan.tables) {
        const h = headersOf(plan, t.range);
        expect(h.every((x) => typeof x === "string" && x.length > 0)).toBe(true);
        expect(new Set(h).size).toBe(h.length);
      }
    }
  });

  test("one row per project with its money under #,##0.00 and its dates as serials under yyyy-mm-dd", () => {
    const plan = summarySheetPlan(seedModel, "zh");
    const t = tableOf(plan, "jixiao_projects");
    const [annual, appropriation, start, end, name] = ["年度资金申请总额", "当年财政拨款", "计划开始日期", "计划完成日期", "项目名称"].map((h) => col(plan, t, h));
    seedModel.projects.forEach((p, i) => {
      const row = t.top + 1 + i;
      expect(cellAt(plan, row, name!)?.value).toBe(p.name);
      expect(cellAt(plan, row, annual!)).toMatchObject({ value: p.annualTotal, numberFormat: MONEY_FORMAT });
      expect(cellAt(plan, row, appropriation!)).toMatchObject({ value: p.appropriation, numberFormat: MONEY_FORMAT });
      expect(cellAt(plan, row, start!)).toEqual({ value: ymdToSerial({ year: 2024, month: 1, day: 1 }), numberFormat: DATE_FORMAT });
      expect(cellAt(plan, row, end!)).toEqual({ value: ymdToSerial({ year: 2024, month: 12, day: 31 }), numberFormat: DATE_FORMAT });
    });
    expect(MONEY_FORMAT).toBe("#,##0.00");
    expect(DATE_FORMAT).toBe("yyyy-mm-dd");
    // The small money table (the chart's source) is money too.
    const m = tableOf(plan, "jixiao_money");
    for (let row = m.top + 1; row <= m.bottom; row++) expect(cellAt(plan, row, m.right)?.numberFormat).toBe(MONEY_FORMAT);
  });

  test("the totals row sums exactly the data rows with SUBTOTAL, and its results are the model's totals", () => {
    const plan = summarySheetPlan(seedModel, "zh");
    const t = tableOf(plan, "jixiao_projects");
    const totalRow = t.bottom + 1;
    expect(t.bottom - t.top).toBe(seedModel.projects.length);
    const expected: Record<string, number> = {
      项目资金总额: seedModel.totals.projectTotal,
      年度资金申请总额: seedModel.totals.annualTotal,
      当年财政拨款: seedModel.totals.appropriation,
      上年结转资金: seedModel.totals.carryover,
      其他资金: seedModel.totals.other,
      指标数: seedModel.totals.indicators,
      错误: seedModel.totals.errors,
      警告: seedModel.totals.warnings,
      产出指标: seedModel.projects.reduce((n, p) => n + p.categories.产出指标, 0),
      满意度指标: seedModel.projects.reduce((n, p) => n + p.categories.满意度指标, 0),
    };
    for (const [header, value] of Object.entries(expected)) {
      const c = col(plan, t, header);
      const letters = columnLetters(c);
      expect([header, cellAt(plan, totalRow, c)?.formula]).toEqual([header, `SUBTOTAL(109,${letters}${t.top + 1}:${letters}${t.bottom})`]);
      expect([header, cellAt(plan, totalRow, c)?.value]).toEqual([header, value]);
    }
    expect(cellAt(plan, totalRow, col(plan, t, "年度资金申请总额"))).toMatchObject({ value: 16090900, numberFormat: MONEY_FORMAT });
    // The sums over the data rows are what the formulas will compute.
    const annual = col(plan, t, "年度资金申请总额");
    let sum = 0;
    for (let row = t.top + 1; row <= t.bottom; row++) sum += cellAt(plan, row, annual)!.value as number;
    expect(sum).toBe(16090900);
    expect(cellAt(plan, totalRow, 2)?.value).toBe("合计");
  });

  test("links name each project's form cell and each indicator's source cell", () => {
    const plan = summarySheetPlan(seedModel, "en");
    const t = tableOf(plan, "jixiao_projects");
    const name = col(plan, t, "Project");
    seedModel.projects.forEach((p, i) => {
      expect(cellAt(plan, t.top + 1 + i, name)).toMatchObject({ value: p.name, link: { file: "seed-2024.xlsx", sheet: p.sheet, cell: p.cell } });
    });
    expect(cellAt(plan, t.top + 1, name)?.link).toEqual({ file: "seed-2024.xlsx", sheet: "01 民营经济代表人士队伍建设", cell: "B3" });
    const ind = tableOf(plan, "jixiao_indicators");
    const cellCol = col(plan, ind, "Cell");
    seedModel.indicators.forEach((r, i) => {
      expect(cellAt(plan, ind.top + 1 + i, cellCol)).toMatchObject({ value: `${r.sheet}!${r.cell}`, link: { file: r.file, sheet: r.sheet, cell: r.cell } });
    });
    const links = [...plan.cells.values()].filter((c) => c.link);
    expect(links).toHaveLength(seedModel.projects.length + seedModel.indicators.length);
    for (const l of links) expect(parseA1(l.link!.cell)).not.toBeNull();
  });

  test("tables cover their header row and exactly their data rows, and do not overlap", () => {
    const plan = summarySheetPlan(seedModel, "zh");
    const rows: Record<string, number> = {
      jixiao_projects: seedModel.projects.length,
      jixiao_rules: seedModel.findingsByRule.length,
      jixiao_money: seedModel.projects.length,
      jixiao_indicators: seedModel.indicators.length,
      jixiao_copies: seedModel.copiedIndicators.length,
    };
    expect(plan.tables.map((t) => t.name)).toEqual(Object.keys(rows));
    for (const t of plan.tables) {
      expect([t.name, t.range.bottom - t.range.top]).toEqual([t.name, rows[t.name]]);
      expect(cellAt(plan, t.range.top, t.range.left)?.bold).toBe(true);
      expect(cellAt(plan, t.range.bottom + 1, t.range.left)?.value ?? null).toBeNull();
    }
    const r = tableOf(plan, "jixiao_rules");
    // Each rule by its title, its id in the next column, its count last.
    seedModel.findingsByRule.forEach((f, i) =>
      expect([1, 2, 4].map((c) => cellAt(plan, r.top + 1 + i, r.left + c - 1)?.value)).toEqual([ruleTitle(f.rule, "zh"), f.rule, f.count]),
    );
    const totalRow = { ...tableOf(plan, "jixiao_projects"), top: tableOf(plan, "jixiao_projects").bottom + 1, bottom: tableOf(plan, "jixiao_projects").bottom + 1 };
    const areas = [...plan.tables.map((t) => t.range), totalRow];
    for (let i = 0; i < areas.length; i++) for (let j = i + 1; j < areas.length; j++) expect(overlaps(areas[i]!, areas[j]!)).toBe(false);
    expect(plan.columnWidths.length).toBeGreaterThanOrEqual(tableOf(plan, "jixiao_projects").right);
  });

  test("charts only where there is data: findings by rule and money by project, over the small tables", () => {
    const plan = summarySheetPlan(seedModel, "zh");
    expect(plan.charts.map((c) => c.kind)).toEqual(["bar", "column"]);
    const [rules, money] = plan.charts;
    expect(rules!.categories).toEqual({ ...tableOf(plan, "jixiao_rules"), right: tableOf(plan, "jixiao_rules").left });
    expect(money!.values).toEqual({ ...tableOf(plan, "jixiao_money"), left: tableOf(plan, "jixiao_money").right });

    const clean = buildSummary([{ file: "clean.xlsx", report: checkGrids([sheetOf("表1", [{ spec: cleanForm() }])], "clean.xlsx").report }]);
    expect(clean.findingsByRule).toEqual([]);
    expect(summarySheetPlan(clean, "zh").charts.map((c) => c.kind)).toEqual(["column"]);
    expect(summarySheetPlan(buildSummary([]), "zh").charts).toEqual([]);
  });

  test("charts have a size and cover no table, no totals row and not each other (at 15-pt rows)", () => {
    // The seed, and one project only: its money table is one row, so the second chart goes under the first.
    const plans = [summarySheetPlan(seedModel, "zh"), summarySheetPlan(seedModel, "en"), summarySheetPlan({ ...seedModel, projects: seedModel.projects.slice(0, 1) }, "zh")];
    for (const plan of plans) {
      expect(plan.charts.length).toBeGreaterThan(0);
      const p = tableOf(plan, "jixiao_projects");
      const areas = [...plan.tables.map((t) => t.range), { ...p, top: p.bottom + 1, bottom: p.bottom + 1 }];
      const covered = plan.charts.map((c) => chartArea(plan, c));
      for (const c of plan.charts) expect([c.width, c.height]).toEqual([CHART_SIZE.width, CHART_SIZE.height]);
      expect(CHART_SIZE).toEqual({ width: 420, height: 240 });
      for (const c of covered) for (const a of areas) expect([rangeText(c), rangeText(a), overlaps(c, a)]).toEqual([rangeText(c), rangeText(a), false]);
      for (let i = 0; i < covered.length; i++) for (let j = i + 1; j < covered.length; j++) expect(overlaps(covered[i]!, covered[j]!)).toBe(false);
      // Right of the widest table beside each chart: the indicators (A..L) are beside them here.
      for (const c of covered) {
        const beside = areas.filter((a) => a.top <= c.bottom && c.top <= a.bottom);
        expect(c.left).toBeGreaterThan(Math.max(...beside.map((a) => a.right)));
      }
      const ind = tableOf(plan, "jixiao_indicators");
      if (covered.some((c) => c.bottom >= ind.top)) for (const c of plan.charts) expect(c.anchor.col).toBeGreaterThanOrEqual(ind.right + 2);
    }
    expect(plans[0]!.charts.map((c) => c.anchor.col)).toEqual([14, 14]);
  });

  test("an empty model still gives valid tables: headers, one blank data row, totals over that row", () => {
    const plan = summarySheetPlan(buildSummary([]), "en");
    expect(plan.tables).toHaveLength(5);
    for (const t of plan.tables) {
      expect(t.range.bottom).toBe(t.range.top + 1);
      const h = headersOf(plan, t.range);
      expect(h.every((x) => typeof x === "string" && x.length > 0)).toBe(true);
      expect(new Set(h).size).toBe(h.length);
    }
    const t = tableOf(plan, "jixiao_projects");
    const annual = col(plan, t, "Annual amount");
    expect(cellAt(plan, t.bottom + 1, annual)).toMatchObject({ value: 0, formula: `SUBTOTAL(109,${columnLetters(annual)}${t.bottom}:${columnLetters(annual)}${t.bottom})` });
    expect([...plan.cells.values()].some((c) => c.link)).toBe(false);
  });

  test("a consolidated summary notes duplicates and lists unreadable files", () => {
    const grids = (name: string) => [sheetOf("表1", [{ spec: cleanForm({ name }) }])];
    const model = buildSummary(
      [
        { file: "a.xlsx", report: checkGrids(grids("示例项目"), "a.xlsx").report },
        { file: "b.xlsx", report: checkGrids(grids("示例项目"), "b.xlsx").report },
      ],
      [{ file: "c.xlsx", reason: "文件不存在" }],
    );
    const plan = summarySheetPlan(model, "zh");
    const t = tableOf(plan, "jixiao_projects");
    const note = col(plan, t, "备注");
    expect(cellAt(plan, t.top + 1, note)?.value).toBe("");
    expect(cellAt(plan, t.top + 2, note)?.value).toBe("与 a.xlsx「表1」重名");
    expect(cellAt(plan, t.top + 2, col(plan, t, "来源文件"))?.value).toBe("b.xlsx");
    const values = [...plan.cells.values()].map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining(["未能读取的文件", "c.xlsx", "文件不存在"]));
  });
});
