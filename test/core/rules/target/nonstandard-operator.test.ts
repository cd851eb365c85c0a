import { CleanLevel2, gist, only, run, withTarget } from "../helpers";
import { sv, SPLIT_LAYOUT, splitWith } from "./shared";
import { ruleTester, formWith, parts } from "../../../support/rule-tester";

describe("target/nonstandard-operator", () => {
  const ID = "target/nonstandard-operator";

  test("fires on >=, offering the canonical form", () => {
    const d = only(run(ID, withTarget("质量指标", ">=95%")));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F14", fix: "≥95.00(%)" });
    expect(d.message).toBe("指标值「>=95%」的运算符「>=」不规范，应写作 ≥95.00(%)");
  });

  test.each<[string, CleanLevel2, string, string, string, string]>([
    ["<=", "时效指标", "完成时限", "<=5(天)", "F15", "≤5.00(天)"],
    ["==", "数量指标", "举办培训班", "==2(次)", "F13", "=2.00(次)"],
    ["≧", "质量指标", "培训结业率", "≧95.00(%)", "F14", "≥95.00(%)"],
    ["≦", "时效指标", "完成时限", "≦5.00(天)", "F15", "≤5.00(天)"],
    ["不低于", "质量指标", "培训结业率", "不低于95%", "F14", "≥95.00(%)"],
    ["以上", "质量指标", "培训结业率", "95%以上", "F14", "≥95.00(%)"],
  ])("fires on %s", (_op, level2, name, value, cell, fix) => {
    expect(gist(only(run(ID, withTarget(level2, value, name))))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell, fix });
  });

  test("fires on full-width signs and brackets, saying so", () => {
    const d = only(run(ID, withTarget("时效指标", "＝100.00（％）")));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F15", fix: "=100.00(%)" });
    expect(d.message).toBe("指标值「＝100.00（％）」含全角符号或括号，应写作 =100.00(%)");
  });

  test("fires on full-width brackets alone", () => {
    expect(gist(only(run(ID, withTarget("质量指标", "≥95.00（%）"))))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F14", fix: "≥95.00(%)" });
  });

  test("fires on the full-width brackets of a remark, offering the value without it", () => {
    const d = only(run(ID, withTarget("质量指标", "≥95%（满意度）")));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F14", fix: "≥95.00(%)" });
    expect(d.fixInPlace).toBe(true);
  });

  test("its fix is not a drop-in for a split layout's cells", () => {
    expect(only(run(ID, splitWith("质量指标", sv(">=", 95, "%")), {}, SPLIT_LAYOUT)).fixInPlace).toBeUndefined();
    expect(only(run(ID, splitWith("质量指标", sv("≥", 95, "（%）")), {}, SPLIT_LAYOUT)).fixInPlace).toBeUndefined();
  });

  test("fires at the 指标性质 cell of a split layout", () => {
    expect(gist(only(run(ID, splitWith("质量指标", sv(">=", 95, "%")), {}, SPLIT_LAYOUT)))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "E14", fix: "≥95.00(%)" });
  });

  test.each<[string, ReturnType<typeof sv>, string]>([
    ["指标性质", sv("＞", 95, "%"), "E14"],
    ["计量单位", sv("≥", 95, "（%）"), "G14"],
  ])("in a split layout, names the cell that holds the full-width sign (%s)", (_part, value, cell) => {
    expect(gist(only(run(ID, splitWith("质量指标", value), {}, SPLIT_LAYOUT))).cell).toBe(cell);
  });

  test.each<[string, CleanLevel2, string]>([
    ["the canonical ≥95.00(%)", "质量指标", "≥95.00(%)"],
    ["a canonical sign in a short form (target/noncanonical's job)", "质量指标", "≥95%"],
    ["a value without an operator", "时效指标", "100%"],
  ])("does not fire on %s", (_label, level2, value) => {
    expect(run(ID, withTarget(level2, value))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withTarget("质量指标", ">=95%"), { lang: "en" })).message).toBe("target \">=95%\" uses \">=\"; write ≥95.00(%)");
  });

  test("is off when disabled", () => {
    expect(run(ID, withTarget("质量指标", ">=95%"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("target/nonstandard-operator", {
  valid: [
    { name: "≥ as the operator", form: formWith("质量指标", parts("≥", 95, "%")) },
  ],
  invalid: [
    { name: ">= in the operator cell", form: formWith("质量指标", parts(">=", 95, "%")), errors: [{ messageId: "operator", cell: { indicator: 2, part: "op" }, severity: "warning", fix: "≥95.00(%)" }] },
    { name: ">=95%", form: formWith("质量指标", ">=95%"), errors: [{ messageId: "operator", cell: { indicator: 2 }, fix: "≥95.00(%)", fixInPlace: true }] },
    { name: "full-width ＝ and brackets", form: formWith("时效指标", "＝100.00（％）"), errors: [{ messageId: "fullWidth", cell: { indicator: 3 }, fix: "=100.00(%)" }] },
    { name: "a unit in full-width brackets", form: formWith("质量指标", parts("≥", 95, "（%）")), errors: [{ messageId: "fullWidth", cell: { indicator: 2, part: "unit" }, fix: "≥95.00(%)", fixInPlace: false }] },
  ],
});
