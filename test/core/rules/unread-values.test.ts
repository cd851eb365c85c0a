import { ReportSchema } from "../../../src/core/report/schema";
import { buildSummary } from "../../../src/core/summary/build";
import { checkForm } from "../../support/check";
import { cleanForm, FormSpec, IndicatorRow, LayoutOptions } from "../../support/form-grid";
import { CLEAN_INDICATORS, withTarget } from "./helpers";

/**
 * rules.md, "Cannot check is a finding, not a pass": a formula saved without a calculated result, or an
 * error value where text is read, is reported at its cell by the rule that needs the value, and nothing
 * else mistakes it for a blank.
 */

const NO_RESULT_ZH = "公式没有计算结果：请在 Excel 中打开并保存后再检查";
const NO_RESULT_EN = "the formula has no calculated result: open and save the file in Excel, then check again";

/** The findings of a check, as rule · cell · severity · message. */
function findings(spec: FormSpec, opts: LayoutOptions = {}, lang: "zh" | "en" = "zh") {
  return checkForm(spec, opts, { lang }).report.diagnostics.map((d) => ({ rule: d.rule, cell: d.cell, severity: d.severity, message: d.message }));
}

describe("a formula without a calculated result", () => {
  test("as a target: the row is kept and indicator/missing-value says the formula has no result", () => {
    const result = checkForm(withTarget("质量指标", { formula: "F13*2" }));
    expect(result.workbook.forms[0]!.indicators).toHaveLength(5);
    expect(result.report.diagnostics.map((d) => [d.rule, d.cell, d.severity, d.message])).toEqual([
      ["indicator/missing-value", "F14", "error", `三级指标「培训结业率」的指标值是公式 =F13*2，${NO_RESULT_ZH}`],
    ]);
  });

  test("says so in English", () => {
    expect(findings(withTarget("质量指标", { formula: "F13*2" }), {}, "en").map((d) => d.message)).toEqual([
      `the target of indicator "培训结业率" is the formula =F13*2, and ${NO_RESULT_EN}`,
    ]);
  });

  test("the report keeps the indicator with its cell, the formula as its raw value and targetProblem no-result", () => {
    const { report } = checkForm(withTarget("质量指标", { formula: "F13*2" }));
    expect(() => ReportSchema.parse(report)).not.toThrow();
    expect(report.totals.indicators).toBe(5);
    expect(report.projects[0]!.indicators[1]).toMatchObject({ name: "培训结业率", cell: "F14", raw: "=F13*2", target: null, targetProblem: "no-result" });
    // The summary says the value was not read, not that it was left empty; and two alike are no copy.
    const summary = buildSummary([{ file: "a.xlsx", report }, { file: "b.xlsx", report }]);
    expect(summary.indicators.filter((i) => i.cell === "F14").map((i) => i.kind)).toEqual(["unreadable", "unreadable"]);
    expect(summary.copiedIndicators.map((c) => c.name)).not.toContain("培训结业率");
  });

  test("as the 三级指标 name: indicator/missing-name names the formula, at the name cell", () => {
    expect(findings(withTarget("数量指标", "=2.00(次)", { formula: "A1" }))).toEqual([
      { rule: "indicator/missing-name", cell: "D13", severity: "error", message: `三级指标名称是公式 =A1，${NO_RESULT_ZH}` },
    ]);
  });

  test("as a 一级指标: the row is not filed under the group above, and the 一级 cell is the finding", () => {
    const rows: IndicatorRow[] = CLEAN_INDICATORS.map((r) => (r[0] === "效益指标" ? [{ formula: "B13" } as unknown as string, r[1], r[2], r[3]] : r));
    const result = checkForm(cleanForm({ indicators: rows }));
    expect(result.workbook.forms[0]!.indicators.map((i) => i.level1)).toEqual(["产出指标", "产出指标", "产出指标", "", "满意度指标"]);
    const ds = result.report.diagnostics.filter((d) => d.cell === "B16");
    expect(ds.map((d) => [d.rule, d.message])).toEqual([["indicator/unknown-level1", `指标「长效管理机制」的一级指标是公式 =B13，${NO_RESULT_ZH}`]]);
  });

  test("in the split layout, the 计量单位 is part of a number's target: the unit cell is the finding", () => {
    const spec = cleanForm({
      indicators: CLEAN_INDICATORS.map((r): IndicatorRow =>
        r[1] === "数量指标" ? [r[0], r[1], r[2], { nature: "=", value: 2, unit: { formula: "G20" } }] : [r[0], r[1], r[2], { nature: "定性", value: String(r[3]), unit: null }],
      ),
    });
    const ds = findings(spec, { split: true }).filter((d) => d.cell.endsWith("13"));
    expect(ds).toEqual([
      { rule: "indicator/missing-value", cell: "G13", severity: "error", message: `三级指标「举办培训班」的指标值是公式 =G20，${NO_RESULT_ZH}` },
    ]);
  });

  test.each<[string, Partial<FormSpec>, string, string]>([
    ["项目名称", { name: { formula: "Sheet2!A1" } }, "B3", "=Sheet2!A1"],
    ["主管部门", { department: { formula: "A1" } }, "B4", "=A1"],
    ["计划开始日期", { start: { formula: "TODAY()" } }, "B5", "=TODAY()"],
    ["年度总体目标", { annualGoal: { formula: "D10" } }, "D11", "=D10"],
  ])("as the %s: form/missing-field says the formula has no result, not that the field is empty", (field, overrides, cell, formula) => {
    expect(findings(cleanForm(overrides))).toEqual([{ rule: "form/missing-field", cell, severity: "error", message: `「${field}」是公式 ${formula}，${NO_RESULT_ZH}` }]);
  });

  test("as the 项目总目标 (not required): still a finding, since the value is there", () => {
    expect(findings(cleanForm({ projectGoal: { formula: "D9" } })).map((d) => [d.rule, d.message])).toEqual([
      ["form/missing-field", `「项目总目标」是公式 =D9，${NO_RESULT_ZH}`],
    ]);
  });

  test("as an amount: funds/not-a-number says the formula has no result, and no sum is checked against it", () => {
    const spec = cleanForm({ funds: { annualTotal: { formula: "SUM(E7:E9)" }, appropriation: 100000, carryover: 0, annualOther: 0 } });
    expect(findings(spec)).toEqual([
      { rule: "funds/not-a-number", cell: "E6", severity: "error", message: `「年度资金申请总额」是公式 =SUM(E7:E9)，${NO_RESULT_ZH}` },
    ]);
  });

  test("a staged project whose total and goal are formulas is told about the formulas, not about a missing total", () => {
    const spec = cleanForm({ nature: "阶段性项目", projectGoal: { formula: "D9" }, funds: { projectTotal: { formula: "B8+C8" }, annualTotal: 100000, appropriation: 100000, carryover: 0, annualOther: 0 } });
    expect(findings(spec).map((d) => d.rule).sort()).toEqual(["form/missing-field", "funds/not-a-number"]);
  });
});

describe("an error value where text is read", () => {
  test("as the 项目名称: form/missing-field names the error, and the project is not named after it", () => {
    const { report } = checkForm(cleanForm({ name: { error: "#REF!" } }));
    expect(report.diagnostics.map((d) => [d.rule, d.cell, d.severity, d.message, d.project])).toEqual([
      ["form/missing-field", "B3", "error", "「项目名称」是错误值 #REF!", ""],
    ]);
    expect(report.projects[0]).toMatchObject({ name: "", cell: "B3" });
    expect(() => ReportSchema.parse(report)).not.toThrow();
    expect(buildSummary([{ file: "a.xlsx", report }]).projects[0]!.name).toBe("");
  });

  test.each<[string, Partial<FormSpec>, string, string]>([
    ["主管部门", { department: { error: "#N/A" } }, "B4", "#N/A"],
    ["实施单位", { implementer: { error: "#REF!" } }, "E4", "#REF!"],
    ["年度总体目标", { annualGoal: { error: "#VALUE!" } }, "D11", "#VALUE!"],
  ])("as the %s: form/missing-field names the error", (field, overrides, cell, error) => {
    expect(findings(cleanForm(overrides))).toEqual([{ rule: "form/missing-field", cell, severity: "error", message: `「${field}」是错误值 ${error}` }]);
  });

  test("renders in English", () => {
    expect(findings(cleanForm({ name: { error: "#REF!" } }), {}, "en").map((d) => d.message)).toEqual(["project name is an error value #REF!"]);
  });

  test("in a date, it stays form/invalid-date's finding (a value that is no date), once", () => {
    expect(findings(cleanForm({ end: { error: "#VALUE!" } })).map((d) => [d.rule, d.message])).toEqual([
      ["form/invalid-date", "「计划完成日期」无法识别为日期：#VALUE!（应如 2024-01-01）"],
    ]);
  });
});
