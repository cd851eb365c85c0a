import { gist, only, run, withTarget } from "../helpers";
import { ruleTester, formWith, parts } from "../../../support/rule-tester";

describe("target/mixed-notation", () => {
  const ID = "target/mixed-notation";

  test("fires on 80%百分之八十, offering the Arabic form", () => {
    const d = only(run(ID, withTarget("质量指标", "80%百分之八十")));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F14", fix: "=80.00(%)" });
    expect(d.message).toBe("指标值「80%百分之八十」重复书写了同一数值，且缺少运算符（=、≥、≤、>、<），应写作如 =80.00(%)（运算符按实际选择）");
    expect(only(run(ID, withTarget("质量指标", "≥80%百分之八十"))).message).toBe("指标值「≥80%百分之八十」重复书写了同一数值，应写作 ≥80.00(%)");
  });

  test("fires on 100%百分百", () => {
    expect(gist(only(run(ID, withTarget("时效指标", "100%百分百"))))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F15", fix: "=100.00(%)" });
  });

  test("offers ≥ for a satisfaction target", () => {
    expect(only(run(ID, withTarget("服务对象满意度指标", "90%百分之九十"))).fix).toBe("≥90.00(%)");
  });

  test("says so when the two numbers disagree", () => {
    const d = only(run(ID, withTarget("质量指标", "80%百分之九十")));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F14", fix: "=80.00(%)" });
    expect(d.message).toBe("指标值「80%百分之九十」前后两个数值不一致（80 与 90），且缺少运算符（=、≥、≤、>、<），请核实后写作如 =80.00(%)");
    expect(only(run(ID, withTarget("质量指标", "=80%百分之九十"))).message).toBe("指标值「=80%百分之九十」前后两个数值不一致（80 与 90），请核实后写作如 =80.00(%)");
  });

  test.each<[string, string]>([
    ["Chinese alone (target/chinese-numerals' job)", "百分之八十"],
    ["Arabic alone", "80%"],
    ["the canonical value", "≥80.00(%)"],
  ])("does not fire on %s", (_label, value) => {
    expect(run(ID, withTarget("质量指标", value))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withTarget("质量指标", "80%百分之九十"), { lang: "en" })).message).toBe(
      "target \"80%百分之九十\" states two different numbers (80 and 90) and has no operator (=, ≥, ≤, >, <); check it and write e.g. =80.00(%)",
    );
  });

  test("is off when disabled", () => {
    expect(run(ID, withTarget("质量指标", "80%百分之八十"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("target/mixed-notation", {
  valid: [
    { name: "Arabic alone", form: formWith("质量指标", "≥80.00(%)") },
    { name: "Chinese alone (target/chinese-numerals' job)", form: formWith("质量指标", "百分之八十") },
  ],
  invalid: [
    { name: "80%百分之八十", form: formWith("质量指标", "80%百分之八十"), errors: [{ messageId: "mixedNoOperator", cell: { indicator: 2 }, severity: "error", fix: "=80.00(%)" }] },
    { name: "≥80%百分之八十", form: formWith("质量指标", "≥80%百分之八十"), errors: [{ messageId: "mixed", cell: { indicator: 2 }, fix: "≥80.00(%)" }] },
    { name: "80%百分之九十", form: formWith("质量指标", "80%百分之九十"), errors: [{ messageId: "disagreeNoOperator", cell: { indicator: 2 }, fix: "=80.00(%)" }] },
    { name: "= and 80%百分之九十 in its own columns", form: formWith("质量指标", parts("=", "80%百分之九十", null)), errors: [{ messageId: "disagree", cell: { indicator: 2 }, fix: "=80.00(%)" }] },
  ],
});
