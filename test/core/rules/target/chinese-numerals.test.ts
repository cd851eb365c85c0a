import { CleanLevel2, gist, only, run, withTarget } from "../helpers";
import { ruleTester, formWith, parts } from "../../../support/rule-tester";

describe("target/chinese-numerals", () => {
  const ID = "target/chinese-numerals";

  test("fires on 百分之百, offering the Arabic form with the usual =", () => {
    const d = only(run(ID, withTarget("时效指标", "百分之百")));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F15", fix: "=100.00(%)" });
    expect(d.message).toBe("指标值「百分之百」用中文数字书写，且缺少运算符（=、≥、≤、>、<），应写作如 =100.00(%)（运算符按实际选择）");
  });

  test("with an operator written, says only the numerals", () => {
    expect(only(run(ID, withTarget("质量指标", "≥百分之九十"))).message).toBe("指标值「≥百分之九十」用中文数字书写，应写作 ≥90.00(%)");
  });

  test.each<[CleanLevel2, string, string, string]>([
    ["质量指标", "百分之八十", "F14", "=80.00(%)"],
    ["数量指标", "三次", "F13", "=3.00(次)"],
    ["数量指标", "十二期", "F13", "=12.00(期)"],
    ["服务对象满意度指标", "百分之九十", "F17", "≥90.00(%)"],
  ])("fires under %s on %s", (level2, value, cell, fix) => {
    expect(gist(only(run(ID, withTarget(level2, value))))).toEqual({ rule: ID, severity: "error", sheet: "S", cell, fix });
  });

  test.each<[string, CleanLevel2, string]>([
    ["an Arabic canonical value", "时效指标", "=100.00(%)"],
    ["a mixed restatement (target/mixed-notation's job)", "质量指标", "80%百分之八十"],
    ["a word that starts with a numeral", "质量指标", "一流水平"],
  ])("does not fire on %s", (_label, level2, value) => {
    expect(run(ID, withTarget(level2, value))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withTarget("数量指标", "三次"), { lang: "en" })).message).toBe(
      "target \"三次\" is written in Chinese numerals and has no operator (=, ≥, ≤, >, <); write e.g. =3.00(次) (pick the operator that applies)",
    );
    expect(only(run(ID, withTarget("数量指标", "=三次"), { lang: "en" })).message).toBe("target \"=三次\" is written in Chinese numerals; write =3.00(次)");
  });

  test("is off when disabled", () => {
    expect(run(ID, withTarget("时效指标", "百分之百"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("target/chinese-numerals", {
  valid: [
    { name: "an Arabic canonical value", form: formWith("时效指标", "=100.00(%)") },
    { name: "a word that starts with a numeral", form: formWith("质量指标", parts("定性", "一流水平", null)) },
  ],
  invalid: [
    { name: "百分之百 without an operator", form: formWith("时效指标", "百分之百"), errors: [{ messageId: "chineseNoOperator", cell: { indicator: 3 }, severity: "error", fix: "=100.00(%)", fixInPlace: true }] },
    { name: "≥百分之九十", form: formWith("质量指标", "≥百分之九十"), errors: [{ messageId: "chinese", cell: { indicator: 2 }, fix: "≥90.00(%)" }] },
    { name: "百分之九十 in the value column, ≥ in its own", form: formWith("质量指标", parts("≥", "百分之九十", null)), errors: [{ messageId: "chinese", cell: { indicator: 2 }, severity: "error", fix: "≥90.00(%)" }] },
  ],
});
