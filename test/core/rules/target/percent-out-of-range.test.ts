import { CleanLevel2, gist, only, run, withTarget } from "../helpers";
import { ruleTester, formWith, parts } from "../../../support/rule-tester";

describe("target/percent-out-of-range", () => {
  const ID = "target/percent-out-of-range";

  test("fires on a percentage above 100", () => {
    const d = only(run(ID, withTarget("质量指标", "=120.00(%)")));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F14" });
    expect(d.message).toBe("指标值「=120.00(%)」的百分比 120% 超出 0–100%");
  });

  test("fires on a percentage below 0", () => {
    expect(gist(only(run(ID, withTarget("质量指标", "=-5.00(%)"))))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F14" });
  });

  test.each<[string, CleanLevel2, string]>([
    ["100%", "时效指标", "=100.00(%)"],
    ["0%", "质量指标", "=0.00(%)"],
    ["a count above 100", "数量指标", "≥120.00(次)"],
  ])("does not fire on %s", (_label, level2, value) => {
    expect(run(ID, withTarget(level2, value))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withTarget("质量指标", "=120.00(%)"), { lang: "en" })).message).toBe("target \"=120.00(%)\": 120% is outside 0–100%");
  });

  test("is off when disabled", () => {
    expect(run(ID, withTarget("质量指标", "=120.00(%)"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("target/percent-out-of-range", {
  valid: [
    { name: "100%", form: formWith("质量指标", parts("=", 100, "%")) },
  ],
  invalid: [
    { name: "120%", form: formWith("质量指标", parts("≥", 120, "%")), errors: [{ messageId: "range", cell: { indicator: 2 }, severity: "error", fix: null }] },
  ],
});
