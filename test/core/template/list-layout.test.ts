import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SheetGrid } from "../../../src/core/grid/sheet-grid";
import { Indicator } from "../../../src/core/template/model";
import { readWorkbook } from "../../../src/core/template/read-workbook";
import { ReportSchema } from "../../../src/core/report/schema";
import { checkSheets, findingsOf } from "../../support/check";
import { cleanForm, gridFromCells, sheetOf } from "../../support/form-grid";
import { LIST_COLUMNS, ListOptions, ListProject, ListRow, layList, townshipProjects } from "../../support/list-grid";
import { run } from "../../support/run-cli";
import { writeGrids } from "../../support/write-xlsx";

const NAMES = ["乡村道路养护", "村级公益事业补助", "农村环境卫生整治", "困难群众临时救助", "乡村文化活动"];
const BUDGETS = [450_000, 800_000, 600_000, 300_000, 180_000];
const DEPT = "830001-某乡人民政府";

const readList = (rows: ListRow[] = townshipProjects(), opts: ListOptions = {}) => readWorkbook([layList("表", rows, opts).grid]).forms;
const checkList = (rows: ListRow[] = townshipProjects(), opts: ListOptions = {}, settings = {}) => checkSheets([layList("表", rows, opts).grid], settings);
/** What an indicator says, without where it stands: the same whatever the layout or the order of rows. */
const meaning = (i: Indicator) => [i.level1, i.level2, i.name, i.raw, i.target];
/** An indicator without its addresses: the two layouts put the same cells in other places. */
/** An indicator without its addresses: the target cells keep their texts, not where they stand. */
const withoutCells = (i: Indicator) => ({
  ...Object.fromEntries(Object.entries(i).filter(([k]) => !/Cell$|^cell$|^row$/.test(k))),
  cells: Object.fromEntries(Object.entries(i.cells).map(([k, part]) => [k, part?.text])),
});
const cellsOf = (g: SheetGrid) =>
  g.values.flatMap((row, i) => (row ?? []).flatMap((value, j) => {
    if (value === null || value === undefined) return [];
    const format = g.numberFormats?.[i]?.[j] ?? undefined;
    return [{ row: g.origin.row + i, col: g.origin.col + j, value, ...(format ? { format } : {}) }];
  }));
const projectsOf = (rows: ListRow[]) => rows.filter((r): r is ListProject => "indicators" in r);

describe("the list layout: many projects on one sheet, one row per indicator", () => {
  test("five projects with merged project columns: five forms, 31 indicators, each with its cells; a clean sheet", () => {
    const laid = layList("表", townshipProjects());
    const result = checkSheets([laid.grid]);
    const forms = result.workbook.forms;
    expect(forms.map((f) => f.fields.projectName.text)).toEqual(NAMES);
    expect(forms.map((f) => f.fields.projectName.cell)).toEqual(laid.projectRows.map((r) => laid.cellOf("项目名称", r)));
    expect(forms.map((f) => f.fields.department?.text)).toEqual(NAMES.map(() => DEPT));
    expect(forms.map((f) => f.funds.annualTotal?.amount)).toEqual(BUDGETS);
    expect(forms.map((f) => f.funds.annualTotal?.cell)).toEqual(laid.projectRows.map((r) => laid.cellOf("预算数", r)));
    expect(forms[0]!.goals.annualGoal).toMatchObject({ text: "完成辖区道路日常养护，保障群众安全出行。", cell: laid.cellOf("年度目标", laid.projectRows[0]!) });
    expect(forms.map((f) => f.indicators.length)).toEqual([7, 6, 7, 6, 5]);
    expect(forms.map((f) => [f.year, f.title?.text])).toEqual(NAMES.map(() => [2024, "部门预算项目绩效目标申报表(2024年度)"]));
    const first = laid.projectRows[0]!;
    expect(forms[0]!.indicators[0]).toMatchObject({
      level1: "产出指标", level1Cell: laid.cellOf("一级指标", first), level2Cell: laid.cellOf("二级指标", first),
      name: "养护道路里程", nameCell: laid.cellOf("三级指标", first), raw: "≥ 35 公里",
      cell: laid.cellOf("指标值", first),
      cells: { value: { cell: laid.cellOf("指标值", first) }, op: { cell: laid.cellOf("指标性质", first) }, unit: { cell: laid.cellOf("度量单位", first) } },
      target: { ok: true, target: { kind: "quantitative", op: "≥", number: 35, unit: "公里" } },
    });
    expect(result.report.totals).toMatchObject({ projects: 5, indicators: 31, errors: 0, warnings: 0, info: 0, annualTotal: 2_330_000 });
    expect(result.report.sheets).toEqual([{ name: "表", forms: 5, blankForms: 0 }]);
    expect(result.report.diagnostics).toEqual([]);
  });

  test("an indicator of the list is the very Indicator the block's split layout reads", () => {
    const [listed] = readList();
    const block = readWorkbook([sheetOf("S", [{
      spec: cleanForm({ indicators: [["产出指标", "数量指标", "养护道路里程", { nature: "≥", value: 35, unit: "公里" }]] }),
      opts: { split: true, extraColumns: ["权重", "指标方向性"] },
    }])]).forms[0]!.indicators[0]!;
    expect(withoutCells(listed!.indicators[0]!)).toEqual(withoutCells(block));
    expect(Object.keys(listed!.indicators[0]!).sort()).toEqual(Object.keys(block).sort());
  });

  test("project columns written on the first row and blank below read as merged ones", () => {
    const merged = readList();
    const blank = readList(townshipProjects(), { projectColumns: "blank" });
    expect(blank.map((f) => [f.fields.projectName.cell, f.fields.department?.text, f.funds.annualTotal?.amount, f.goals.annualGoal?.text, f.region]))
      .toEqual(merged.map((f) => [f.fields.projectName.cell, f.fields.department?.text, f.funds.annualTotal?.amount, f.goals.annualGoal?.text, f.region]));
    expect(blank.map((f) => f.indicators)).toEqual(merged.map((f) => f.indicators));
    expect(checkList(townshipProjects(), { projectColumns: "blank" }).report.diagnostics).toEqual([]);
  });

  test("a 单位名称 left blank is the one above it, also the subtotal's when the project is the first below it", () => {
    const rows = townshipProjects();
    for (const p of projectsOf(rows).slice(1)) p.department = null;
    const laid = layList("表", rows, { projectColumns: "blank" });
    const forms = readWorkbook([laid.grid]).forms;
    expect(forms.map((f) => f.fields.department?.cell)).toEqual(NAMES.map(() => laid.cellOf("单位名称", laid.projectRows[0]!)));
    (rows[1] as ListProject).department = null;
    const bare = readWorkbook([layList("表", rows, { projectColumns: "blank" }).grid]).forms;
    expect(bare.map((f) => f.fields.department?.text)).toEqual(NAMES.map(() => "830-某乡部门"));
  });

  test("department subtotal rows are group headers, not projects, wherever they stand", () => {
    const rows = townshipProjects();
    rows.splice(3, 0, { department: "831-某乡另一部门", amount: 1_080_000 });
    for (const projectColumns of ["merged", "blank"] as const) {
      const result = checkList(rows, { projectColumns });
      expect(result.report.projects.map((p) => p.name)).toEqual(NAMES);
      expect(result.report.totals).toMatchObject({ projects: 5, indicators: 31, annualTotal: 2_330_000 });
      expect(result.report.diagnostics).toEqual([]);
    }
  });

  test("indicator rows not ordered by 一级 are read all the same, with nothing to report", () => {
    const rows = townshipProjects();
    const shuffled = rows.map((r) => ("indicators" in r ? { ...r, indicators: [...r.indicators].reverse() } : r));
    const forms = readList(shuffled);
    const sorted = (fs: typeof forms) => fs.map((f) => f.indicators.map(meaning).map((m) => JSON.stringify(m)).sort());
    expect(sorted(forms)).toEqual(sorted(readList(rows)));
    expect(forms[0]!.indicators[0]!.level1).toBe("满意度指标");
    expect(checkList(shuffled).report.diagnostics).toEqual([]);
  });

  test("a 金额单位:万元 line above the table: amounts in 元, the report in 元 with the unit named", () => {
    const rows = townshipProjects().map((r) => ("indicators" in r ? { ...r, budget: (r.budget as number) / 10_000 } : { ...r, amount: (r.amount as number) / 10_000 }));
    const result = checkList(rows, { unitLine: "金额单位:万元" });
    expect(result.workbook.forms.map((f) => f.funds.annualTotal?.amount)).toEqual(BUDGETS);
    expect(result.workbook.forms.map((f) => f.fundsScale)).toEqual(NAMES.map(() => 10000));
    expect(result.report.projects.map((p) => p.fundsUnit)).toEqual(NAMES.map(() => "万元"));
    expect(result.report.totals.annualTotal).toBe(2_330_000);
    expect(result.report.diagnostics).toEqual([]);
  });

  test("a unit in the 预算数 label, and 万元 suffixes on every amount, say 万元 too; a 元 line leaves amounts as they are", () => {
    const inWan = projectsOf(townshipProjects()).map((p) => ({ ...p, budget: (p.budget as number) / 10_000 }));
    expect(readList(inWan, { unitLine: null, labels: { 预算数: "预算数(万元)" } }).map((f) => f.funds.annualTotal?.amount)).toEqual(BUDGETS);
    const suffixed = inWan.map((p) => ({ ...p, budget: `${p.budget as number}万元` }));
    expect(readList(suffixed, { unitLine: null }).map((f) => [f.funds.annualTotal?.amount, f.fundsScale])).toEqual(BUDGETS.map((b) => [b, 10000]));
    expect(readList().map((f) => f.fundsScale)).toEqual(NAMES.map(() => 1));
  });

  test("columns in another order, synonyms and no title or unit line: the same projects and indicators", () => {
    const columns = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "项目名称", "单位名称", "年度目标", "预算数", "指标方向性"];
    expect([...columns].sort()).toEqual([...LIST_COLUMNS].sort());
    const moved = readList(townshipProjects(), { columns, title: null, unitLine: null, labels: { 项目名称: "项目支出名称", 三级指标: "指标名称", 年度目标: "年度绩效目标" } });
    const plain = readList();
    expect(moved.map((f) => [f.fields.projectName.text, f.fields.department?.text, f.funds.annualTotal?.amount, f.goals.annualGoal?.text]))
      .toEqual(plain.map((f) => [f.fields.projectName.text, f.fields.department?.text, f.funds.annualTotal?.amount, f.goals.annualGoal?.text]));
    expect(moved.map((f) => f.indicators.map(meaning))).toEqual(plain.map((f) => f.indicators.map(meaning)));
    expect(moved[0]!.fields.projectName.cell).toBe("H3");
    expect(checkSheets([layList("表", townshipProjects(), { columns }).grid]).report.diagnostics).toEqual([]);
  });

  test("a table starting at C5 with a footer below: cells are the sheet's, the footer ends the table", () => {
    const laid = layList("表", townshipProjects(), { origin: { row: 5, col: 3 } });
    const footer = gridFromCells("表", [
      ...cellsOf(laid.grid),
      { row: 50, col: 3, value: "填表人：张三" },
      { row: 51, col: 5, value: "备用指标" },
      { row: 51, col: 10, value: "=1.00(次)" },
    ], laid.grid.merges);
    const forms = readWorkbook([footer]).forms;
    expect(forms.map((f) => f.fields.projectName.cell)).toEqual(laid.projectRows.map((r) => laid.cellOf("项目名称", r)));
    expect(forms[0]!.fields.projectName.cell).toBe("D9");
    expect(forms.map((f) => f.indicators.length)).toEqual([7, 6, 7, 6, 5]);
  });
});

describe("a page break pasted back", () => {
  test("the header printed again inside a project's rows: skipped, the project continues below it", () => {
    const laid = layList("表", townshipProjects(), { projectColumns: "blank" });
    const at = laid.projectRows[2]! + 3;
    const cells = cellsOf(laid.grid).map((c) => (c.row >= at ? { ...c, row: c.row + 1 } : c));
    LIST_COLUMNS.forEach((value, i) => cells.push({ row: at, col: 1 + i, value }));
    const merges = laid.grid.merges.map((m) => (m.top >= at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m));
    const result = checkSheets([gridFromCells("表", cells, merges)]);
    expect(result.report.projects.map((p) => [p.name, p.indicators.length])).toEqual(NAMES.map((n, i) => [n, [7, 6, 7, 6, 5][i]]));
    expect(result.report.diagnostics).toEqual([]);
  });
});

describe("rules run on every project of a list", () => {
  /** Eight planted defects: rule, severity and the cell each is reported at (resolved against the laid sheet). */
  function planted() {
    const rows = townshipProjects();
    const p = projectsOf(rows);
    p[0]!.indicators[3] = ["产出指标", "时效指标", "养护任务完成及时率", null, "100%", null];
    p[0]!.indicators[6] = ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", "百分之九十", null];
    p[1]!.indicators[1] = ["产出指标", "双星指标", "项目验收合格率", "≥", 98, "%"];
    p[1]!.indicators[5] = ["满意度指标", "服务对象满意度指标", "受益群众满意度", null, "=90.00(%)", null];
    p[2]!.indicators[1] = ["产出指标", "数量指标", "保洁覆盖自然村", "≥", 3000, "吨"];
    p[2]!.indicators[2] = ["产出指标", "质量指标", "垃圾无害化处理率", "≥", null, "%"];
    p[3]!.goal = null;
    p[4]!.budget = "待定";
    const laid = layList("表", rows);
    const at = (project: number, indicator: number) => laid.projectRows[project]! + indicator;
    const expected: [string, string, string][] = [
      ["target/missing-operator", "error", laid.cellOf("指标性质", at(0, 3))],
      ["target/chinese-numerals", "error", laid.cellOf("指标值", at(0, 6))],
      ["indicator/unknown-level2", "error", laid.cellOf("二级指标", at(1, 1))],
      ["target/satisfaction-operator", "warning", laid.cellOf("指标性质", at(1, 5))],
      ["indicator/duplicate", "warning", laid.cellOf("三级指标", at(2, 1))],
      ["indicator/missing-value", "error", laid.cellOf("指标值", at(2, 2))],
      ["form/missing-field", "error", laid.cellOf("年度目标", at(3, 0))],
      ["funds/not-a-number", "error", laid.cellOf("预算数", at(4, 0))],
    ];
    return { rows, laid, expected };
  }

  test("eight planted defects: each found at its cell with its severity, nothing on the clean cells", () => {
    const { laid, expected } = planted();
    const result = checkSheets([laid.grid]);
    expect(result.report.diagnostics.map((d) => [d.rule, d.severity, d.cell])).toEqual(expected);
    expect(result.report.diagnostics.find((d) => d.rule === "indicator/duplicate")!.message).toContain(laid.cellOf("三级指标", laid.projectRows[2]!));
    expect(result.report.totals).toMatchObject({ projects: 5, indicators: 31, errors: 6, warnings: 2, cells: 8 });
    expect(result.report.projects.map((p) => p.status)).toEqual(["errors", "errors", "errors", "errors", "errors"]);
  });

  test("in English too, and under lenient the missing operator is a warning", () => {
    const { laid } = planted();
    const en = checkSheets([laid.grid], { lang: "en" });
    expect(findingsOf(en, "form/missing-field")[0]!.message).toBe("annual overall goal is empty");
    expect(findingsOf(en, "indicator/unknown-level2")[0]!.message).toContain("双星指标");
    const lenient = checkSheets([laid.grid], { profile: "lenient" });
    expect(findingsOf(lenient, "target/missing-operator").map((d) => d.severity)).toEqual(["warning"]);
    expect(lenient.report.diagnostics).toHaveLength(8);
  });

  test("no profile asks a list project for 项目性质, 项目类别, 实施单位 or dates: the layout has none", () => {
    for (const profile of ["shanghai", "lenient"] as const) {
      expect(findingsOf(checkList(townshipProjects(), {}, { profile }), "form/missing-field")).toEqual([]);
    }
  });

  test("a list printing no 年度目标 column: asked for under shanghai (the template has it), not under lenient", () => {
    const columns = LIST_COLUMNS.filter((c) => c !== "年度目标");
    const shanghai = findingsOf(checkList(townshipProjects(), { columns }), "form/missing-field");
    expect(shanghai.map((d) => [d.cell, d.severity, d.message])).toEqual(readList(townshipProjects(), { columns }).map((f) => [f.fields.projectName.cell, "error", "表中找不到「年度总体目标」一栏"]));
    expect(findingsOf(checkList(townshipProjects(), { columns }, { profile: "lenient" }), "form/missing-field")).toEqual([]);
  });

  test("a project whose 项目名称 was left out, after a subtotal, is still checked: its name is reported empty", () => {
    const rows = townshipProjects();
    (rows[2] as ListProject).name = null;
    const laid = layList("表", rows, { projectColumns: "blank" });
    const result = checkSheets([laid.grid]);
    expect(result.report.totals).toMatchObject({ projects: 5, indicators: 31 });
    expect(findingsOf(result, "form/missing-field").map((d) => [d.cell, d.message])).toEqual([[laid.cellOf("项目名称", laid.projectRows[1]!), "「项目名称」未填写"]]);
  });
});

describe("a list header that cannot be read is never clean", () => {
  test("without a 项目名称 column: sheet/unreadable-form, no project, an error", () => {
    const columns = LIST_COLUMNS.filter((c) => c !== "项目名称");
    const laid = layList("表", townshipProjects(), { columns });
    const result = checkSheets([laid.grid]);
    expect(result.report.totals).toMatchObject({ projects: 0, errors: 1 });
    expect(result.report.diagnostics.map((d) => [d.rule, d.severity, d.cell])).toEqual([["sheet/unreadable-form", "error", laid.cellOf("一级指标", laid.headerRow)]]);
    expect(result.report.diagnostics[0]!.message).toContain("没有找到项目名称");
  });

  test("without a 一级指标 column (or 指标值): sheet/unreadable-form names the columns missing, zh and en", () => {
    const columns = LIST_COLUMNS.filter((c) => c !== "一级指标" && c !== "指标值");
    const laid = layList("表", townshipProjects(), { columns });
    const result = checkSheets([laid.grid]);
    expect(result.report.totals).toMatchObject({ projects: 0, errors: 1 });
    expect(result.report.diagnostics.map((d) => [d.rule, d.severity, d.cell])).toEqual([["sheet/unreadable-form", "error", laid.cellOf("项目名称", laid.headerRow)]]);
    expect(result.report.diagnostics[0]!.message).toBe(
      "找到了项目清单的表头（单位名称、项目名称、预算数、年度目标、二级指标、三级指标、指标性质、度量单位），但缺少「一级指标、指标值」列：无法读出申报表，本表未检查",
    );
    expect(checkSheets([laid.grid], { lang: "en" }).report.diagnostics[0]!.message).toContain("but no 一级指标、指标值 column");
  });

  test("a summary's header row (项目名称 · 单位名称 · 预算数, no indicator columns) is still no form and no finding", () => {
    const summary = gridFromCells("汇总", ["序号", "项目名称", "单位名称", "预算数", "年度目标"].map((value, i) => ({ row: 1, col: i + 1, value })));
    expect(checkSheets([summary]).report.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});

describe("the CLI on a list workbook", () => {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-list-"));

  test("the planted sheet exits 1 and reports 5 projects and 31 indicators", async () => {
    const rows = townshipProjects();
    const p = projectsOf(rows);
    p[0]!.indicators[3] = ["产出指标", "时效指标", "养护任务完成及时率", null, "100%", null];
    p[1]!.indicators[1] = ["产出指标", "双星指标", "项目验收合格率", "≥", 98, "%"];
    const file = join(dir, "county.xlsx");
    await writeGrids(file, [layList("项目绩效目标", rows).grid]);
    const r = await run("check", file, "--json", "-");
    expect(r.code).toBe(1);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.totals).toMatchObject({ projects: 5, indicators: 31, errors: 2, annualTotal: 2_330_000 });
    expect(report.projects.map((x) => x.name)).toEqual(NAMES);
    const text = await run("check", file);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("5 个项目 · 31 条指标 · 2 个错误");
  });

  test("the clean sheet exits 0", async () => {
    const file = join(dir, "clean.xlsx");
    await writeGrids(file, [layList("项目绩效目标", townshipProjects()).grid]);
    const r = await run("check", file, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("5 projects · 31 indicators · 0 errors · 0 warnings");
  });
});
