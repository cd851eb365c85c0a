import { cleanForm } from "../../../support/form-grid";
import { gist, only, run } from "../helpers";
import { named } from "./shared";
import { ruleTester } from "../../../support/rule-tester";

describe("text/stale-year", () => {
  const ID = "text/stale-year";

  test("fires on a year two before the form year inside a 三级指标 name", () => {
    const d = only(run(ID, named("《2022上海民营经济》编印")));
    expect(gist(d)).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "D13" });
    expect(d.message).toBe("「《2022上海民营经济》编印」中的 2022 年比表头年度 2024 早 2 年，是否沿用了旧表？");
  });

  test("fires on an old year in 项目名称", () => {
    expect(gist(only(run(ID, cleanForm({ name: "2021年度会员培训项目" }))))).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "B3" });
  });

  test("does not fire on last year", () => {
    expect(run(ID, named("《2023上海民营经济》编印"))).toEqual([]);
  });

  test("does not fire on a form without a year line", () => {
    expect(run(ID, named("《2020上海民营经济》编印", { yearLabel: null }))).toEqual([]);
  });

  test("does not fire on goals, which are free text", () => {
    expect(run(ID, cleanForm({ annualGoal: "巩固2020年以来的成果。" }))).toEqual([]);
  });

  test("does not fire on the planned dates of a project begun years ago", () => {
    const staged = cleanForm({ yearLabel: "(2026年度)", nature: "阶段性项目", start: "2024-01-01", end: "2026-12-31" });
    expect(run(ID, staged)).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, named("《2022上海民营经济》编印"), { lang: "en" })).message).toBe(
      "\"《2022上海民营经济》编印\" names 2022, 2 years before the form year 2024: copied from an old form?",
    );
  });

  test("is off when disabled", () => {
    expect(run(ID, named("《2022上海民营经济》编印"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("text/stale-year", {
  valid: [
    { name: "last year's name", form: { fields: { name: "2023年度会员培训项目" } } },
  ],
  invalid: [
    { name: "a name three years old", form: { fields: { name: "2021年度会员培训项目" } }, errors: [{ messageId: "stale", cell: { field: "projectName" }, severity: "info", fix: null }] },
  ],
});
