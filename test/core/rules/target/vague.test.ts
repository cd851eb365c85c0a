import { gist, only, run, withTarget } from "../helpers";
import { ruleTester, formWith, parts } from "../../../support/rule-tester";

describe("target/vague", () => {
  const ID = "target/vague";

  test("fires on an unmeasurable claim", () => {
    const d = only(run(ID, withTarget("社会效益指标", "保持稳定增长")));
    expect(gist(d)).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "F16" });
    expect(d.message).toBe("指标值「保持稳定增长」难以在年末衡量是否达成");
  });

  test.each([
    ["a sentence", "完善制度，规范管理"],
    ["a long text", "通过培训使参训人员全面掌握相关政策法规和业务操作流程"],
  ])("fires on %s", (_label, value) => {
    expect(gist(only(run(ID, withTarget("社会效益指标", value))))).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "F16" });
  });

  test.each(["建立", "符合食品卫生标准", "可控", "无"])("does not fire on the short checkable %s", (value) => {
    expect(run(ID, withTarget("社会效益指标", value))).toEqual([]);
  });

  test("does not fire on a number", () => {
    expect(run(ID, withTarget("社会效益指标", "≥1.00(项)"))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withTarget("社会效益指标", "保持稳定增长"), { lang: "en" })).message).toBe("target \"保持稳定增长\" is hard to verify at year end");
  });

  test("is off when disabled", () => {
    expect(run(ID, withTarget("社会效益指标", "保持稳定增长"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("target/vague", {
  valid: [
    { name: "a concrete outcome", form: formWith("社会效益指标", parts("定性", "建立", null)) },
  ],
  invalid: [
    { name: "保持稳定增长", form: formWith("社会效益指标", parts("定性", "保持稳定增长", null)), errors: [{ messageId: "vague", cell: { indicator: 4 }, severity: "info", fix: null }] },
  ],
});
