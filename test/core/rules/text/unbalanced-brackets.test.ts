import { cleanForm } from "../../../support/form-grid";
import { gist, only, run } from "../helpers";
import { named } from "./shared";
import { ruleTester } from "../../../support/rule-tester";

describe("text/unbalanced-brackets", () => {
  const ID = "text/unbalanced-brackets";

  test("fires on a stray closing bracket in a 三级指标 name", () => {
    const d = only(run(ID, named("开展(宣传等)活动)活动")));
    expect(gist(d)).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "D13" });
    expect(d.message).toBe("「开展(宣传等)活动)活动」中的括号不成对");
  });

  test("fires on an unclosed full-width bracket", () => {
    expect(gist(only(run(ID, named("举办（培训班"))))).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "D13" });
  });

  test("fires on an unclosed bracket in a goal", () => {
    expect(gist(only(run(ID, cleanForm({ annualGoal: "完成(年度工作任务" }))))).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "D11" });
  });

  test.each(["举办（培训班)", "《上海民营经济》编印", "开展(宣传)活动"])("does not fire on %s, whose brackets pair up", (name) => {
    expect(run(ID, named(name))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, named("开展(宣传等)活动)活动"), { lang: "en" })).message).toBe("the brackets in \"开展(宣传等)活动)活动\" do not pair up");
  });

  test("is off when disabled", () => {
    expect(run(ID, named("开展(宣传等)活动)活动"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("text/unbalanced-brackets", {
  valid: [
    { name: "balanced brackets", form: { fields: { annualGoal: "完成（年度）工作任务。" } } },
  ],
  invalid: [
    { name: "an open bracket", form: { fields: { annualGoal: "完成（年度工作任务。" } }, errors: [{ messageId: "unbalanced", cell: { goal: "annualGoal" }, severity: "info", fix: null }] },
  ],
});
