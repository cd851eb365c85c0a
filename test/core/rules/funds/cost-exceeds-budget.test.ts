import { FormSpec, cleanForm } from "../../../support/form-grid";
import { gist, only, run } from "../helpers";
import { withFunds } from "./shared";
import { CLEAN, parts, ruleTester } from "../../../support/rule-tester";

describe("funds/cost-exceeds-budget", () => {
  const ID = "funds/cost-exceeds-budget";
  /** cleanForm() (annual 100,000.00 元) with a cost row after its five indicators: row 18, value in F18. */
  const withCost = (value: string, funds: NonNullable<FormSpec["funds"]> = {}, name = "培训成本") =>
    withFunds(funds, { indicators: [...cleanForm().indicators, ["成本指标", "经济成本指标", name, value]] });

  test("fires on a cost ceiling above the annual amount when 项目资金总额 is blank", () => {
    const d = only(run(ID, withCost("≤200,000.00(元)")));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F18" });
    expect(d.message).toBe("成本指标「培训成本」的上限「≤200,000.00(元)」即 200,000.00 元，超过年度资金申请总额 100,000.00 元");
  });

  test("compares in 元: 万元 and 亿元 are converted", () => {
    expect(run(ID, withCost("≤10.01(万元)")).map((d) => d.cell)).toEqual(["F18"]);
    expect(run(ID, withCost("<0.01(亿元)", { projectTotal: 900000, projectFiscal: 900000 })).map((d) => d.cell)).toEqual(["F18"]);
  });

  test("measures against a filled 项目资金总额 rather than the year's amount", () => {
    const funds = { projectTotal: 300000, projectFiscal: 300000 };
    expect(run(ID, withCost("≤200,000.00(元)", funds))).toEqual([]);
    expect(only(run(ID, withCost("≤40.00(万元)", funds))).message).toBe("成本指标「培训成本」的上限「≤40.00(万元)」即 400,000.00 元，超过项目资金总额 300,000.00 元");
  });

  test("in a 万元 block, the budget is in 元 like the target", () => {
    const spec = withCost("≤50.00(万元)", { annualTotal: 49, appropriation: 49, carryover: 0, annualOther: 0 });
    expect(run(ID, spec, {}, { labels: { "项目资金\n(元)": "项目资金\n(万元)" } }).map((d) => d.cell)).toEqual(["F18"]);
    const within = withCost("≤49.00(万元)", { annualTotal: 49, appropriation: 49, carryover: 0, annualOther: 0 });
    expect(run(ID, within, {}, { labels: { "项目资金\n(元)": "项目资金\n(万元)" } })).toEqual([]);
  });

  test.each([
    ["a ceiling within the budget", "≤80,000.00(元)"],
    ["a ceiling equal to the budget", "≤10.00(万元)"],
    ["a per-unit cost in 元/人", "≤200000.00(元/人)"],
    ["a per-unit cost in 亿元/公里", "≤1.50(亿元/公里)"],
    ["a cost in another unit", "≤500000.00(吨)"],
    ["a floor (target/operator-direction's finding)", "≥880,000.00(元)"],
    ["qualitative text", "控制在预算内"],
  ])("does not fire on %s", (_label, value) => {
    expect(run(ID, withCost(value))).toEqual([]);
  });

  test("does not fire on a money target outside 成本指标", () => {
    const spec = withFunds({}, { indicators: [...cleanForm().indicators, ["效益指标", "经济效益指标", "带动投资", "≥500.00(万元)"]] });
    expect(run(ID, spec)).toEqual([]);
  });

  test("does not fire when the form states no budget", () => {
    expect(run(ID, withCost("≤200,000.00(元)", { annualTotal: null, appropriation: null, carryover: null, annualOther: null }))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withCost("≤200,000.00(元)"), { lang: "en" })).message).toBe(
      'cost target "培训成本" caps at "≤200,000.00(元)", that is 200,000.00 元, above the annual amount requested of 100,000.00 元',
    );
  });

  test("is off when disabled", () => {
    expect(run(ID, withCost("≤200,000.00(元)"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("funds/cost-exceeds-budget", {
  valid: [
    { name: "a cost within the budget", form: { indicators: [...CLEAN, ["成本指标", "经济成本指标", "培训成本", parts("≤", 50000, "元")]] } },
  ],
  invalid: [
    { name: "a cost above the budget", form: { indicators: [...CLEAN, ["成本指标", "经济成本指标", "培训成本", parts("≤", 200000, "元")]] }, errors: [{ messageId: "exceeds", cell: { indicator: 6 }, severity: "warning", fix: null }] },
  ],
});
