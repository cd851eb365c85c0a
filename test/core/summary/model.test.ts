import { checkGrids } from "../../../src/core/check";
import { Report } from "../../../src/core/report/schema";
import { buildSummary } from "../../../src/core/summary/build";
import { CATEGORY_COLUMNS, SummaryModel } from "../../../src/core/summary/model";
import { cleanForm, sheetOf } from "../../support/form-grid";
import { fixtureGrids, seedForms } from "../../support/fixtures";

/** The seed's 11 forms as the JSON fixture states them: the expectations are computed, never typed in. */
const seed = seedForms();

async function reportOf(fixture: string): Promise<Report> {
  return checkGrids(await fixtureGrids(fixture), fixture).report;
}

/** Another unit's workbook: two forms of its own, and one project the seed also has (机关服务费). */
function otherUnitReport(): Report {
  const unit = { department: "上海市某区财政局", implementer: "上海市某区财政局" };
  const grids = [
    sheetOf("项目一", [{ spec: cleanForm({ name: "区级财政监督检查", ...unit, funds: { annualTotal: 200000, appropriation: 200000, carryover: 0, annualOther: 0 } }) }]),
    sheetOf("项目二", [{ spec: cleanForm({ name: "预算绩效管理培训", ...unit, funds: { annualTotal: 50000.5, appropriation: 50000.5, carryover: 0, annualOther: 0 } }) }]),
    sheetOf("项目三", [{ spec: cleanForm({ name: "机关服务费", ...unit, funds: { annualTotal: 1000, appropriation: 1000, carryover: 0, annualOther: 0 } }) }]),
  ];
  return checkGrids(grids, "other-unit.xlsx").report;
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
}

describe.each(["seed-2024.xlsx", "seed-2024-stacked.xlsx"])("the summary of %s", (fixture) => {
  let report: Report;
  let model: SummaryModel;
  beforeAll(async () => {
    report = await reportOf(fixture);
    model = buildSummary([{ file: fixture, report }]);
  });

  test("lists all 11 projects with their money; 年度资金申请总额 totals 16,090,900.00 exactly", () => {
    expect(model.projects.map((p) => p.name)).toEqual(seed.projects.map((p) => p.name));
    expect(model.projects.map((p) => p.annualTotal)).toEqual(seed.projects.map((p) => p.funds.annualTotal));
    expect(model.projects.map((p) => p.appropriation)).toEqual(seed.projects.map((p) => p.funds.appropriation));
    expect(model.totals.projects).toBe(11);
    expect(model.totals.annualTotal).toBe(16090900);
    expect(model.totals.annualTotal.toFixed(2)).toBe("16090900.00");
    expect(model.totals.indicators).toBe(seed.projects.reduce((n, p) => n + p.indicators.length, 0));
    expect(model.projects.map((p) => p.index)).toEqual(seed.projects.map((_, i) => i + 1));
    expect(new Set(model.projects.map((p) => p.file))).toEqual(new Set([fixture]));
  });

  test("counts indicator rows per 一级 as the seed states them", () => {
    for (const [i, p] of model.projects.entries()) {
      const expected = countBy(seed.projects[i]!.indicators, (ind) => ind[0]);
      for (const c of CATEGORY_COLUMNS) expect([p.name, c, p.categories[c]]).toEqual([p.name, c, expected.get(c) ?? 0]);
      expect(p.otherIndicators).toBe([...expected].filter(([l1]) => !(CATEGORY_COLUMNS as readonly string[]).includes(l1)).reduce((n, [, k]) => n + k, 0));
      expect(p.indicators).toBe(seed.projects[i]!.indicators.length);
    }
  });

  test("errors, warnings and status per project are the report's; totals add them up", () => {
    expect(model.projects.map((p) => [p.errors, p.warnings, p.info, p.status])).toEqual(report.projects.map((p) => [p.errors, p.warnings, p.info, p.status]));
    expect(model.totals).toMatchObject({ errors: report.totals.errors, warnings: report.totals.warnings, info: report.totals.info });
  });

  test("one row per indicator, in form order, each with its source cell and the rules found on it", () => {
    expect(model.indicators.map((r) => [r.project, r.name, r.raw])).toEqual(seed.projects.flatMap((p) => p.indicators.map((ind) => [p.name, ind[2], ind[3]])));
    const flagged = model.indicators.find((r) => r.findings.includes("indicator/unknown-level2"))!;
    expect(flagged).toMatchObject({ level2: "双星指标", worst: "error" });
    const d = report.diagnostics.find((x) => x.rule === "indicator/unknown-level2")!;
    expect([d.sheet, d.project]).toEqual([flagged.sheet, flagged.project]);
  });

  test("findings per rule are the report's counts", () => {
    const expected = countBy(report.diagnostics, (d) => d.rule);
    expect(new Map(model.findingsByRule.map((r) => [r.rule, r.count]))).toEqual(expected);
    const ranks = { error: 0, warning: 1, info: 2 };
    const order = model.findingsByRule.map((r) => ranks[r.severity]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test("indicators copied across projects are grouped, each group naming every project that has that row", () => {
    expect(model.copiedIndicators.length).toBeGreaterThan(0);
    const group = model.copiedIndicators.find((c) => c.name === "运营商长效服务管理机制")!;
    expect(new Set(group.projects)).toEqual(new Set(["信息化运维项目", "工商联事业发展专项", "信息化建设项目"]));
    for (const c of model.copiedIndicators) {
      expect(c.projects.length).toBeGreaterThan(1);
      expect(new Set(c.projects).size).toBe(c.projects.length);
      for (const project of c.projects) expect(model.indicators.some((r) => r.project === project && r.name === c.name && r.raw === c.raw)).toBe(true);
    }
  });

  test("no project of a single clean workbook is a duplicate; nothing unreadable", () => {
    expect(model.projects.filter((p) => p.duplicateOf)).toEqual([]);
    expect(model.unreadable).toEqual([]);
  });
});

describe("consolidation: several units' workbooks in one summary", () => {
  let seedReport: Report;
  let other: Report;
  let model: SummaryModel;
  beforeAll(async () => {
    seedReport = await reportOf("seed-2024.xlsx");
    other = otherUnitReport();
    model = buildSummary([{ file: "seed-2024.xlsx", report: seedReport }, { file: "other-unit.xlsx", report: other }], [{ file: "broken.xlsx", reason: "文件已损坏或不完整" }]);
  });

  test("lists both units' projects, each row naming its file and sheet, numbered across files", () => {
    expect(model.files).toEqual(["seed-2024.xlsx", "other-unit.xlsx"]);
    expect(model.projects).toHaveLength(14);
    expect(model.projects.slice(0, 11).every((p) => p.file === "seed-2024.xlsx")).toBe(true);
    expect(model.projects.slice(11).map((p) => [p.file, p.sheet, p.name, p.department])).toEqual([
      ["other-unit.xlsx", "项目一", "区级财政监督检查", "上海市某区财政局"],
      ["other-unit.xlsx", "项目二", "预算绩效管理培训", "上海市某区财政局"],
      ["other-unit.xlsx", "项目三", "机关服务费", "上海市某区财政局"],
    ]);
    expect(model.projects.map((p) => p.index)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(model.indicators.filter((r) => r.file === "other-unit.xlsx")).toHaveLength(15);
  });

  test("money and counts add up over both units", () => {
    expect(model.totals.annualTotal).toBe(16090900 + 200000 + 50000.5 + 1000);
    expect(model.totals.projects).toBe(14);
    expect(model.totals.indicators).toBe(seedReport.totals.indicators + other.totals.indicators);
    expect(model.totals.errors).toBe(seedReport.totals.errors + other.totals.errors);
  });

  test("the same project in two files is flagged, pointing at the first one", () => {
    const dups = model.projects.filter((p) => p.duplicateOf);
    expect(dups.map((p) => [p.file, p.name, p.duplicateOf])).toEqual([["other-unit.xlsx", "机关服务费", { file: "seed-2024.xlsx", sheet: "07 机关服务费" }]]);
    expect(model.projects.find((p) => p.file === "seed-2024.xlsx" && p.name === "机关服务费")!.duplicateOf).toBeNull();
  });

  test("findings per rule are the sum of both reports'", () => {
    const expected = countBy([...seedReport.diagnostics, ...other.diagnostics], (d) => d.rule);
    expect(new Map(model.findingsByRule.map((r) => [r.rule, r.count]))).toEqual(expected);
  });

  test("copied indicators are grouped across the units' projects", () => {
    const group = model.copiedIndicators.find((c) => c.name === "举办培训班" && c.raw === "=2.00(次)")!;
    expect(new Set(group.projects)).toEqual(new Set(["区级财政监督检查", "预算绩效管理培训", "机关服务费"]));
  });

  test("unreadable files are carried through", () => {
    expect(model.unreadable).toEqual([{ file: "broken.xlsx", reason: "文件已损坏或不完整" }]);
  });

  test("the same sources give the same summary (pure)", () => {
    expect(buildSummary([{ file: "seed-2024.xlsx", report: seedReport }, { file: "other-unit.xlsx", report: other }], model.unreadable)).toEqual(model);
  });
});

test("an empty consolidation is an empty, well-formed model", () => {
  const model = buildSummary([]);
  expect(model).toMatchObject({ files: [], projects: [], indicators: [], findingsByRule: [], copiedIndicators: [], unreadable: [] });
  expect(model.totals).toEqual({ projects: 0, indicators: 0, projectTotal: 0, annualTotal: 0, appropriation: 0, carryover: 0, other: 0, errors: 0, warnings: 0, info: 0, cells: 0 });
});
