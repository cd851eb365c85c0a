import { CleanLevel2, gist, only, run, withTarget } from "../helpers";
import { sv, SPLIT_LAYOUT, splitWith, publicSatisfaction } from "./shared";
import { ruleTester, formWith, parts } from "../../../support/rule-tester";

describe("target/satisfaction-operator", () => {
  const ID = "target/satisfaction-operator";

  test("fires on = in a satisfaction target, offering the same value with ≥", () => {
    const d = only(run(ID, withTarget("服务对象满意度指标", "=90.00(%)")));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F17", fix: "≥90.00(%)" });
    expect(d.message).toBe("满意度目标是下限，「=90.00(%)」应写作 ≥90.00(%)");
  });

  test.each([["≤95.00(%)", "≥95.00(%)"], ["<85%", "≥85.00(%)"]])("fires on %s", (value, fix) => {
    expect(gist(only(run(ID, withTarget("服务对象满意度指标", value))))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F17", fix });
  });

  test("fires at the 指标性质 cell of a split layout", () => {
    expect(gist(only(run(ID, splitWith("服务对象满意度指标", sv("=", 90, "%")), {}, SPLIT_LAYOUT)))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "E17", fix: "≥90.00(%)" });
  });

  test("its fix is a drop-in for the value cell, not for a split layout's 指标性质 cell", () => {
    expect(only(run(ID, withTarget("服务对象满意度指标", "=90.00(%)"))).fixInPlace).toBe(true);
    expect(only(run(ID, splitWith("服务对象满意度指标", sv("=", 90, "%")), {}, SPLIT_LAYOUT)).fixInPlace).toBeUndefined();
  });

  test.each(["投诉率", "不满意率", "差评率", "服务差错率", "投诉 延误率"])("does not fire on ≤ in %s (less is better)", (name) => {
    expect(run(ID, withTarget("服务对象满意度指标", "≤5.00(%)", name))).toEqual([]);
  });

  test("fires on lenient's 社会公众或服务对象满意度指标", () => {
    expect(gist(only(run(ID, publicSatisfaction("=85.00(%)"), { profile: "lenient" })))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F17", fix: "≥85.00(%)" });
  });

  test.each<[string, CleanLevel2, string]>([
    ["≥ in a satisfaction target", "服务对象满意度指标", "≥90.00(%)"],
    ["> in a satisfaction target", "服务对象满意度指标", ">90.00(%)"],
    ["a satisfaction target without operator (target/missing-operator's job)", "服务对象满意度指标", "90%"],
    ["= in a target that is no satisfaction", "质量指标", "=95.00(%)"],
  ])("does not fire on %s", (_label, level2, value) => {
    expect(run(ID, withTarget(level2, value))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withTarget("服务对象满意度指标", "=90.00(%)"), { lang: "en" })).message).toBe(
      "satisfaction targets are floors; write ≥90.00(%) instead of \"=90.00(%)\"",
    );
  });

  test("is off when disabled", () => {
    expect(run(ID, withTarget("服务对象满意度指标", "=90.00(%)"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("target/satisfaction-operator", {
  valid: [
    { name: "a floor", form: formWith("服务对象满意度指标", parts("≥", 90, "%")) },
  ],
  invalid: [
    { name: "= on a satisfaction", form: formWith("服务对象满意度指标", parts("=", 90, "%")), errors: [{ messageId: "floorSign", cell: { indicator: 5, part: "op" }, severity: "warning", fix: "≥90.00(%)" }] },
  ],
});
