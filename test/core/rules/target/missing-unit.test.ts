import { CleanLevel2, gist, only, run, withTarget } from "../helpers";
import { sv, SPLIT_LAYOUT, splitWith } from "./shared";
import { ruleTester, formWith, parts } from "../../../support/rule-tester";

describe("target/missing-unit", () => {
  const ID = "target/missing-unit";

  test("fires on ≥5, at the value cell", () => {
    const d = only(run(ID, withTarget("数量指标", "≥5")));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F13" });
    expect(d.message).toBe("指标值「≥5」缺少计量单位");
  });

  test("fires at the 计量单位 cell of a split layout", () => {
    expect(gist(only(run(ID, splitWith("数量指标", sv("=", 2, null)), {}, SPLIT_LAYOUT)))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "G13" });
  });

  test.each<[string, CleanLevel2, string]>([
    ["a bracketed unit", "数量指标", "≥5.00(次)"],
    ["an unbracketed unit", "数量指标", "≥5次"],
    ["a percent sign", "时效指标", "100%"],
    ["qualitative text", "社会效益指标", "建立"],
  ])("does not fire on %s", (_label, level2, value) => {
    expect(run(ID, withTarget(level2, value))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withTarget("数量指标", "≥5"), { lang: "en" })).message).toBe("target \"≥5\" has no unit");
  });

  test("is off when disabled", () => {
    expect(run(ID, withTarget("数量指标", "≥5"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("target/missing-unit", {
  valid: [
    { name: "a count with its unit", form: formWith("数量指标", parts("=", 2, "次")) },
  ],
  invalid: [
    { name: "a count without a unit", form: formWith("数量指标", parts("=", 2, null)), errors: [{ messageId: "missing", cell: { indicator: 1, part: "unit" }, severity: "warning", fix: null }] },
  ],
});
