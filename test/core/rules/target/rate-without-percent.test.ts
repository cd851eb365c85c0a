import { gist, only, run, withTarget } from "../helpers";
import { sv, SPLIT_LAYOUT, splitWith } from "./shared";
import { ruleTester, formWith, parts } from "../../../support/rule-tester";

describe("target/rate-without-percent", () => {
  const ID = "target/rate-without-percent";

  test("fires on a 三级指标 ending in 率 measured in 人", () => {
    const d = only(run(ID, withTarget("质量指标", "≥95.00(人)")));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F14" });
    expect(d.message).toBe("「培训结业率」是比率，单位应为 %，而不是「人」");
  });

  test("fires at the 计量单位 cell of a split layout", () => {
    expect(gist(only(run(ID, splitWith("质量指标", sv("≥", 95, "人")), {}, SPLIT_LAYOUT)))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "G14" });
  });

  test.each<[string, string, string]>([
    ["a rate in %", "培训结业率", "≥95.00(%)"],
    ["a count that is no rate", "结业人数", "≥95.00(人)"],
    ["a rate without any unit (target/missing-unit's job)", "培训结业率", "≥95"],
  ])("does not fire on %s", (_label, name, value) => {
    expect(run(ID, withTarget("质量指标", value, name))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withTarget("质量指标", "≥95.00(人)"), { lang: "en" })).message).toBe("\"培训结业率\" is a rate; its unit should be %, not 人");
  });

  test("is off when disabled", () => {
    expect(run(ID, withTarget("质量指标", "≥95.00(人)"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("target/rate-without-percent", {
  valid: [
    { name: "a rate in %", form: formWith("质量指标", parts("≥", 95, "%")) },
  ],
  invalid: [
    { name: "a rate in 次", form: formWith("质量指标", parts("≥", 95, "次")), errors: [{ messageId: "rate", cell: { indicator: 2, part: "unit" }, severity: "warning", fix: null }] },
  ],
});
