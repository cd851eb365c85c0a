import { CellValue } from "../../../../src/core/grid/cell-value";
import { checkForm } from "../../../support/check";
import { FormSpec } from "../../../support/form-grid";
import { CLEAN_INDICATORS, gist, only, run, withIndicators, withTarget } from "../helpers";
import { sv, SPLIT_LAYOUT, splitWith } from "./shared";
import { CLEAN, formWith, parts, ruleTester } from "../../../support/rule-tester";

describe("target/operator-direction", () => {
  const ID = "target/operator-direction";
  /** cleanForm() with a cost row after its five indicators: row 18, value in F18. */
  const withCost = (value: CellValue, name = "培训成本", level2 = "经济成本指标") => withIndicators([...CLEAN_INDICATORS, ["成本指标", level2, name, value]]);

  test("fires on a cost floor under 经济成本指标, offering the ceiling, never in place", () => {
    const d = only(run(ID, withCost("≥880,000.00(元)")));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F18", fix: "≤880000.00(元)" });
    expect(d.fixInPlace).toBeUndefined();
    expect(d.message).toBe("成本指标是上限，「培训成本」的「≥880,000.00(元)」写成了下限：是否应为 ≤880000.00(元)？");
  });

  test.each(["社会成本指标", "生态环境成本指标"])("fires on > under %s", (level2) => {
    expect(gist(only(run(ID, withCost(">5.00(吨)", "碳排放量", level2))))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F18", fix: "<5.00(吨)" });
  });

  test("fires on a cost floor filed as a 二级 成本指标 under 产出指标 (lenient)", () => {
    const spec = withIndicators([...CLEAN_INDICATORS, ["产出指标", "成本指标", "培训成本", "≥5.00(万元)"]]);
    expect(gist(only(run(ID, spec, { profile: "lenient" })))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F18", fix: "≤5.00(万元)" });
  });

  test("fires on a rate that should be high with ≤, offering ≥", () => {
    const d = only(run(ID, withTarget("质量指标", "≤95.00(%)", "验收合格率")));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F14", fix: "≥95.00(%)" });
    expect(d.message).toBe("「验收合格率」越高越好，目标应是下限，「≤95.00(%)」的方向反了：是否应为 ≥95.00(%)？");
  });

  test("fires on a rate that should be low with ≥, offering ≤", () => {
    const d = only(run(ID, withTarget("质量指标", "≥5.00(%)", "设备故障率")));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F14", fix: "≤5.00(%)" });
    expect(d.message).toBe("「设备故障率」越低越好，目标应是上限，「≥5.00(%)」的方向反了：是否应为 ≤5.00(%)？");
  });

  test.each([
    ["完成率", "<90%", ">90.00(%)"],
    ["及时率", "不高于95%", "≥95.00(%)"],
    ["覆盖率", "≤100.00(%)", "≥100.00(%)"],
    ["投诉率", "≥1.00(%)", "≤1.00(%)"],
    ["安全事故发生率", ">0.5%", "<0.50(%)"],
    ["返工率", "5%以上", "≤5.00(%)"],
    ["差错率", "≥2", "≤2.00"],
  ])("fires on %s %s", (name, value, fix) => {
    expect(only(run(ID, withTarget("质量指标", value, name))).fix).toBe(fix);
  });

  test("a complaint rate under 满意度 is judged here: satisfaction-operator leaves it alone", () => {
    expect(gist(only(run(ID, withTarget("服务对象满意度指标", "≥5.00(%)", "投诉率"))))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F17", fix: "≤5.00(%)" });
  });

  test("does not report a satisfaction floor written ≤: that is target/satisfaction-operator's finding", () => {
    const result = checkForm(withTarget("服务对象满意度指标", "≤90.00(%)"));
    expect(result.report.diagnostics.map((d) => d.rule)).toEqual(["target/satisfaction-operator"]);
  });

  test("fires at the 指标性质 cell of a split layout", () => {
    expect(gist(only(run(ID, splitWith("质量指标", sv("≤", 95, "%"), "合格率"), {}, SPLIT_LAYOUT)))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "E14", fix: "≥95.00(%)" });
  });

  test.each<[string, FormSpec]>([
    ["a cost ceiling", withCost("≤880,000.00(元)")],
    ["an exact cost", withCost("=5.00(万元)")],
    ["a cost saving rate floored (more is better)", withCost("≥5.00(%)", "成本节约率")],
    ["a budget execution rate under 成本指标", withCost("≥95.00(%)", "预算执行率")],
    ["合格率 with ≥", withTarget("质量指标", "≥95.00(%)", "合格率")],
    ["合格率 with =", withTarget("质量指标", "=100.00(%)", "合格率")],
    ["不合格率 with ≤ (the longest word wins)", withTarget("质量指标", "≤2.00(%)", "产品不合格率")],
    ["故障率 with ≤", withTarget("质量指标", "≤1.00(%)", "故障率")],
    ["a count floored", withTarget("数量指标", "≥2.00(次)")],
    ["a rate of neither list", withTarget("质量指标", "≤3.00(%)", "增长率")],
    ["a cost without an operator (target/missing-operator's job)", withCost("5万元")],
    ["a qualitative cost", withCost("控制在预算内")],
  ])("does not fire on %s", (_label, spec) => {
    expect(run(ID, spec)).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withCost("≥880,000.00(元)"), { lang: "en" })).message).toBe('cost targets are ceilings; "≥880,000.00(元)" for "培训成本" is written as a floor: did you mean ≤880000.00(元)?');
    expect(only(run(ID, withTarget("质量指标", "≤95.00(%)", "合格率"), { lang: "en" })).message).toBe('"合格率" should be high, so its target is a floor; "≤95.00(%)" points the wrong way: did you mean ≥95.00(%)?');
  });

  test("is off when disabled", () => {
    expect(run(ID, withCost("≥880,000.00(元)"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("target/operator-direction", {
  valid: [
    { name: "a cost ceiling", form: { indicators: [...CLEAN, ["成本指标", "经济成本指标", "培训成本", parts("≤", 880000, "元")]] } },
  ],
  invalid: [
    { name: "a pass rate with ≤", form: formWith("质量指标", parts("≤", 95, "%"), "合格率"), errors: [{ messageId: "high", cell: { indicator: 2, part: "op" }, severity: "warning", fix: "≥95.00(%)" }] },
    { name: "a failure rate with ≥", form: formWith("质量指标", parts("≥", 5, "%"), "设备故障率"), errors: [{ messageId: "low", cell: { indicator: 2, part: "op" }, fix: "≤5.00(%)" }] },
    { name: "a cost floor", form: { indicators: [...CLEAN, ["成本指标", "经济成本指标", "培训成本", parts("≥", 880000, "元")]] }, errors: [{ messageId: "cost", cell: { indicator: 6, part: "op" }, fix: "≤880000.00(元)", fixInPlace: false }] },
  ],
});
