import { cleanForm, FormSpec } from "../../../support/form-grid";
import { gist, only, run } from "../helpers";
import { ruleTester } from "../../../support/rule-tester";

describe("form/missing-field", () => {
  const ID = "form/missing-field";

  test("fires on an empty 项目名称, at its value cell", () => {
    expect(gist(only(run(ID, cleanForm({ name: null }))))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "B3" });
  });

  test.each<[string, Partial<FormSpec>, string]>([
    ["项目性质", { nature: "" }, "D3"],
    ["项目类别", { category: "  " }, "F3"],
    ["主管部门", { department: "" }, "B4"],
    ["实施单位", { implementer: "" }, "E4"],
    ["计划开始日期", { start: "" }, "B5"],
    ["计划完成日期", { end: "" }, "E5"],
    ["年度总体目标", { annualGoal: "" }, "D11"],
  ])("fires on an empty %s, at its value cell", (field, overrides, cell) => {
    const d = only(run(ID, cleanForm(overrides)));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell });
    expect(d.message).toBe(`「${field}」未填写`);
  });

  test("fires at the 项目名称 value cell when the form has no 年度总体目标 field at all", () => {
    const d = only(run(ID, cleanForm(), {}, { labels: { 年度总体目标: "备用栏" } }));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "B3" });
    expect(d.message).toBe("表中找不到「年度总体目标」一栏");
  });

  test("does not fire on an empty 项目总目标 (not a required field)", () => {
    expect(run(ID, cleanForm({ projectGoal: null }))).toEqual([]);
  });

  test("does not fire on an unreadable date (form/invalid-date's job)", () => {
    expect(run(ID, cleanForm({ start: "明年" }))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, cleanForm({ implementer: "" }), { lang: "en" })).message).toBe("implementing unit is empty");
  });

  test("is off when disabled", () => {
    expect(run(ID, cleanForm({ name: null }), { disabledRules: [ID] })).toEqual([]);
  });
});

describe("form/missing-field: which fields a form is asked for depends on its template", () => {
  const ID = "form/missing-field";
  /** Another province's form: no 项目性质 and no 项目类别 label at all, and an empty 实施单位 beside its label. */
  const spec = cleanForm({ nature: null, category: null, implementer: "" });
  const opts = { labels: { 项目性质: "", 项目类别: "" } };

  test("lenient: an error only for the label on the form whose value is empty", () => {
    const ds = run(ID, spec, { profile: "lenient" }, opts);
    expect(ds.map((d) => [d.cell, d.severity, d.message])).toEqual([["E4", "error", "「实施单位」未填写"]]);
  });

  test("shanghai: every field of the template is required, absent labels too", () => {
    const ds = run(ID, spec, {}, opts);
    expect(ds.map((d) => [d.cell, d.severity, d.message])).toEqual([
      ["B3", "error", "表中找不到「项目性质」一栏"],
      ["B3", "error", "表中找不到「项目类别」一栏"],
      ["E4", "error", "「实施单位」未填写"],
    ]);
  });
});

const NO_RESULT = { formula: "A1*2" };

ruleTester("form/missing-field", {
  valid: [
    { name: "a blank 项目总目标 (not asked for)", form: { fields: { projectGoal: null } } },
  ],
  invalid: [
    { name: "no 项目名称", form: { fields: { name: null } }, errors: [{ messageId: "empty", cell: { field: "projectName" }, severity: "error", fix: null }] },
    { name: "an empty 实施单位 (the block prints it)", form: { fields: { implementer: "" } }, errors: [{ messageId: "empty", cell: { field: "implementer" } }] },
    { name: "an empty 年度总体目标", form: { fields: { annualGoal: "" } }, errors: [{ messageId: "empty", cell: { goal: "annualGoal" } }] },
    { name: "an error value for 主管部门", form: { fields: { department: { error: "#REF!" } } }, errors: [{ messageId: "error", cell: { field: "department" } }] },
    { name: "a formula without a result for 主管部门", form: { fields: { department: NO_RESULT } }, errors: [{ messageId: "formula", cell: { field: "department" } }] },
    { name: "no 年度总体目标 label", block: { labels: { 年度总体目标: "备用栏" } }, errors: [{ messageId: "absent", cell: { field: "projectName" } }] },
  ],
});
