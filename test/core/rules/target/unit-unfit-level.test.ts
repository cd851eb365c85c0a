import { CleanLevel2, gist, only, run, withTarget } from "../helpers";
import { sv, SPLIT_LAYOUT, splitWith } from "./shared";
import { ruleTester, formWith, parts } from "../../../support/rule-tester";

describe("target/unit-unfit-level", () => {
  const ID = "target/unit-unfit-level";

  test("fires on a count unit under 时效指标", () => {
    const d = only(run(ID, withTarget("时效指标", "=2.00(次)", "完成时限")));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F15" });
    expect(d.message).toBe("时效指标「完成时限」以「次」计量，像是数量而不是时效（宜用 % 或 天/月）");
  });

  test("fires on a unit other than % under 满意度", () => {
    const d = only(run(ID, withTarget("服务对象满意度指标", "≥90.00(分)")));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F17" });
    expect(d.message).toBe("满意度指标「培训对象满意度」应以 % 计量，而不是「分」");
  });

  test("fires at the 计量单位 cell of a split layout", () => {
    expect(gist(only(run(ID, splitWith("时效指标", sv("=", 2, "人次"), "完成时限"), {}, SPLIT_LAYOUT)))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "G15" });
  });

  test.each<[string, CleanLevel2, string, string]>([
    ["days under 时效指标", "时效指标", "完成时限", "≤30.00(天)"],
    ["% under 时效指标", "时效指标", "完成及时率", "=100.00(%)"],
    ["a count unit under 质量指标 (info at most, not this warning)", "质量指标", "质量抽检", "=2.00(次)"],
    ["% under 满意度", "服务对象满意度指标", "培训对象满意度", "≥90.00(%)"],
  ])("does not fire on %s", (_label, level2, name, value) => {
    expect(run(ID, withTarget(level2, value, name))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withTarget("服务对象满意度指标", "≥90.00(分)"), { lang: "en" })).message).toBe("satisfaction \"培训对象满意度\" should be in %, not 分");
  });

  test("is off when disabled", () => {
    expect(run(ID, withTarget("时效指标", "=2.00(次)", "完成时限"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("target/unit-unfit-level", {
  valid: [
    { name: "a timeliness in %", form: formWith("时效指标", parts("=", 100, "%")) },
  ],
  invalid: [
    { name: "a deadline counted in 人次", form: formWith("时效指标", parts("=", 2, "人次"), "完成时限"), errors: [{ messageId: "timeliness", cell: { indicator: 3, part: "unit" }, severity: "warning", fix: null }] },
    { name: "a satisfaction in 分", form: formWith("服务对象满意度指标", parts("≥", 90, "分")), errors: [{ messageId: "satisfaction", cell: { indicator: 5, part: "unit" } }] },
  ],
});
