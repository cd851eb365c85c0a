import { CellValue } from "../../../../src/core/grid/cell-value";
import { checkForm } from "../../../support/check";
import { CleanLevel2, gist, only, run, withTarget } from "../helpers";
import { sv, SPLIT_LAYOUT, splitWith } from "./shared";
import { ruleTester, formWith, parts } from "../../../support/rule-tester";

describe("target/missing-operator", () => {
  const ID = "target/missing-operator";

  test("fires as an error on 100% in shanghai, offering the value with =", () => {
    const d = only(run(ID, withTarget("时效指标", "100%")));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F15", fix: "=100.00(%)" });
    expect(d.message).toBe("指标值「100%」缺少运算符（=、≥、≤、>、<），如 =100.00(%)");
  });

  test("fires as a warning in the lenient profile", () => {
    expect(gist(only(run(ID, withTarget("时效指标", "100%"), { profile: "lenient" })))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F15", fix: "=100.00(%)" });
  });

  test.each<[string, CleanLevel2, CellValue, string, string]>([
    ["985米", "数量指标", "985米", "F13", "=985.00(米)"],
    ["10辆", "数量指标", "10辆", "F13", "=10.00(辆)"],
    ["a bare numeric cell", "数量指标", 5, "F13", "=5.00"],
    ["a satisfaction percentage (offering ≥)", "服务对象满意度指标", "90%", "F17", "≥90.00(%)"],
  ])("fires on %s", (_label, level2, value, cell, fix) => {
    expect(gist(only(run(ID, withTarget(level2, value))))).toEqual({ rule: ID, severity: "error", sheet: "S", cell, fix });
  });

  test("fires at the 指标性质 cell of a split layout", () => {
    expect(gist(only(run(ID, splitWith("数量指标", sv(null, 2, "次")), {}, SPLIT_LAYOUT)))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "E13", fix: "=2.00(次)" });
  });

  test("its fix is a drop-in for the value cell, but not for a split layout's 指标性质 cell", () => {
    expect(only(run(ID, withTarget("时效指标", "100%"))).fixInPlace).toBe(true);
    expect(only(run(ID, splitWith("数量指标", sv(null, 2, "次")), {}, SPLIT_LAYOUT)).fixInPlace).toBeUndefined();
  });

  // rules.md, "One mistake, one finding": the notation rule's finding on the same cell says the operator is
  // missing and its fix carries one. (These fired here too, with the same fix, before.)
  test.each<[string, CleanLevel2, string, string]>([
    ["百分之百", "时效指标", "百分之百", "target/chinese-numerals"],
    ["80%百分之八十", "质量指标", "80%百分之八十", "target/mixed-notation"],
    ["三次", "数量指标", "三次", "target/chinese-numerals"],
  ])("leaves Chinese and mixed notations to their own rule: %s", (_label, level2, value, other) => {
    for (const profile of ["shanghai", "lenient"] as const) {
      const result = checkForm(withTarget(level2, value), {}, { profile });
      const onCell = result.report.diagnostics.filter((d) => d.severity !== "info");
      expect(onCell.map((d) => d.rule)).toEqual([other]);
    }
  });

  test("still names the empty 指标性质 cell of a split layout whose value is in Chinese numerals: another cell to change", () => {
    const result = checkForm(splitWith("数量指标", sv(null, "三次", "次")), SPLIT_LAYOUT);
    expect(result.report.diagnostics.filter((d) => d.severity !== "info").map((d) => [d.rule, d.cell])).toEqual([
      ["target/missing-operator", "E13"],
      ["target/chinese-numerals", "F13"],
    ]);
  });

  test("offers ≤ for a complaint rate under 服务对象满意度指标 (a ceiling, not a floor)", () => {
    expect(only(run(ID, withTarget("服务对象满意度指标", "5%", "投诉率"))).fix).toBe("≤5.00(%)");
  });

  test.each<[string, CleanLevel2, string]>([
    ["the canonical =100.00(%)", "时效指标", "=100.00(%)"],
    ["Chinese numerals with an operator", "质量指标", "≥百分之九十"],
    ["a mixed notation with an operator", "质量指标", "≥80%百分之八十"],
    ["a number inside words", "数量指标", "7×24小时响应"],
    ["qualitative text", "社会效益指标", "建立"],
  ])("does not fire on %s", (_label, level2, value) => {
    expect(run(ID, withTarget(level2, value))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withTarget("数量指标", "985米"), { lang: "en" })).message).toBe("target \"985米\" has no operator (=, ≥, ≤, >, <), e.g. =985.00(米)");
  });

  test("is off when disabled", () => {
    expect(run(ID, withTarget("时效指标", "100%"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("target/missing-operator", {
  valid: [
    { name: "Chinese numerals with an operator", form: formWith("质量指标", "≥百分之九十") },
    { name: "qualitative text", form: formWith("社会效益指标", parts("定性", "建立", null)) },
  ],
  invalid: [
    { name: "100%", form: formWith("时效指标", "100%"), errors: [{ messageId: "missing", cell: { indicator: 3, part: "op" }, severity: "error", fix: "=100.00(%)", fixInPlace: true }] },
    { name: "100% under lenient", form: formWith("时效指标", "100%"), settings: { profile: "lenient" }, errors: [{ messageId: "missing", severity: "warning" }] },
    { name: "an empty 指标性质 cell", form: formWith("数量指标", parts(null, 2, "次")), errors: [{ messageId: "missing", cell: { indicator: 1, part: "op" }, fix: "=2.00(次)", fixInPlace: false }] },
  ],
});
