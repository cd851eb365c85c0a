import { checkForm } from "../../../support/check";
import { cleanForm } from "../../../support/form-grid";
import { gist, only, run, withTarget } from "../helpers";
import { publicSatisfaction } from "./shared";
import { ruleTester, formWith, parts } from "../../../support/rule-tester";

describe("target/satisfaction-floor", () => {
  const ID = "target/satisfaction-floor";

  test("fires on a satisfaction target below 80%", () => {
    const d = only(run(ID, withTarget("服务对象满意度指标", "≥70.00(%)")));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F17" });
    expect(d.message).toBe("满意度目标 70% 低于 80%");
  });

  test("fires just below the floor", () => {
    expect(gist(only(run(ID, withTarget("服务对象满意度指标", "≥79.99(%)"))))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F17" });
  });

  test("fires on a low target in Chinese numerals too", () => {
    expect(gist(only(run(ID, withTarget("服务对象满意度指标", "百分之七十"))))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F17" });
  });

  test("fires on lenient's 社会公众或服务对象满意度指标", () => {
    expect(gist(only(run(ID, publicSatisfaction("≥70.00(%)"), { profile: "lenient" })))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F17" });
  });

  test("does not fire exactly at the floor", () => {
    expect(run(ID, withTarget("服务对象满意度指标", "≥80.00(%)"))).toEqual([]);
  });

  test("does not fire on a low percentage that is no satisfaction target", () => {
    expect(run(ID, withTarget("质量指标", "≥70.00(%)"))).toEqual([]);
  });

  test.each(["投诉率", "不满意率", "事故发生率", "违规率"])("does not fire on %s under 满意度指标 (less is better)", (name) => {
    expect(run(ID, withTarget("服务对象满意度指标", "≤5(%)", name))).toEqual([]);
  });

  test("投诉率 ≤5(%) under 服务对象满意度指标 gets neither satisfaction rule", () => {
    const result = checkForm(withTarget("服务对象满意度指标", "≤5(%)", "投诉率"));
    expect(result.report.diagnostics.filter((d) => d.rule.startsWith("target/satisfaction-"))).toEqual([]);
  });

  test("follows the satisfactionFloor setting", () => {
    expect(run(ID, withTarget("服务对象满意度指标", "≥70.00(%)"), { satisfactionFloor: 60 })).toEqual([]);
    const d = only(run(ID, cleanForm(), { satisfactionFloor: 95 }));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F17" });
    expect(d.message).toBe("满意度目标 90% 低于 95%");
  });

  test("renders in English", () => {
    expect(only(run(ID, withTarget("服务对象满意度指标", "≥70.00(%)"), { lang: "en" })).message).toBe("satisfaction target 70% is below 80%");
  });

  test("is off when disabled", () => {
    expect(run(ID, withTarget("服务对象满意度指标", "≥70.00(%)"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("target/satisfaction-floor", {
  valid: [
    { name: "80% exactly", form: formWith("服务对象满意度指标", parts("≥", 80, "%")) },
    { name: "a floor of 70% under the settings' 60%", form: formWith("服务对象满意度指标", parts("≥", 70, "%")), settings: { satisfactionFloor: 60 } },
  ],
  invalid: [
    { name: "70%", form: formWith("服务对象满意度指标", parts("≥", 70, "%")), errors: [{ messageId: "low", cell: { indicator: 5 }, severity: "warning", fix: null }] },
    { name: "the clean 90% under a floor of 95%", settings: { satisfactionFloor: 95 }, errors: [{ messageId: "low", cell: { indicator: 5 } }] },
  ],
});
