import { cleanForm, formatted, FormSpec } from "../../support/form-grid";
import { gist, only, run } from "./helpers";

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

describe("form/invalid-date", () => {
  const ID = "form/invalid-date";

  test("fires on an impossible start date, at the start date cell", () => {
    const d = only(run(ID, cleanForm({ start: "2024-13-45" })));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "B5" });
    expect(d.message).toBe("「计划开始日期」无法识别为日期：2024-13-45（应如 2024-01-01）");
  });

  test("fires on a text end date that is no date, at the end date cell", () => {
    expect(gist(only(run(ID, cleanForm({ end: "明年年底" }))))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "E5" });
  });

  test("fires on an error value in a date cell", () => {
    expect(gist(only(run(ID, cleanForm({ end: { error: "#VALUE!" } }))))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "E5" });
  });

  test.each<[string, FormSpec["start"]]>([
    ["2024/1/1", "2024/1/1"],
    ["2024.01.01", "2024.01.01"],
    ["2024年1月1日", "2024年1月1日"],
    ["an Excel date (a serial under a date format)", formatted(45292, "yyyy-mm-dd")],
    ["a year typed as a number", 2024],
  ])("does not fire on %s", (_label, start) => {
    expect(run(ID, cleanForm({ start }))).toEqual([]);
  });

  test("fires on a serial shown as a plain number: 45292 in a General cell is not a date to the reader of the form", () => {
    expect(gist(only(run(ID, cleanForm({ start: 45292 }))))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "B5" });
  });

  test("does not fire on a blank date (form/missing-field's job)", () => {
    expect(run(ID, cleanForm({ end: "" }))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, cleanForm({ start: "明年" }), { lang: "en" })).message).toBe("planned start date is not a date: 明年 (expected e.g. 2024-01-01)");
  });

  test("is off when disabled", () => {
    expect(run(ID, cleanForm({ start: "2024-13-45" }), { disabledRules: [ID] })).toEqual([]);
  });
});

describe("form/date-order", () => {
  const ID = "form/date-order";
  const reversed = cleanForm({ start: "2024-12-31", end: "2024-01-01" });

  test("fires when the start is after the end, at the start date cell", () => {
    expect(gist(only(run(ID, reversed)))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "B5" });
  });

  test("does not fire when start and end are the same day", () => {
    expect(run(ID, cleanForm({ start: "2024-06-01", end: "2024-06-01" }))).toEqual([]);
  });

  test("does not fire when a date is unreadable (form/invalid-date's job)", () => {
    expect(run(ID, cleanForm({ start: "明年", end: "2024-01-01" }))).toEqual([]);
  });

  test("renders in Chinese and English", () => {
    expect(only(run(ID, reversed)).message).toBe("计划开始日期 2024-12-31 晚于计划完成日期 2024-01-01");
    expect(only(run(ID, reversed, { lang: "en" })).message).toBe("planned start 2024-12-31 is after planned end 2024-01-01");
  });

  test("is off when disabled", () => {
    expect(run(ID, reversed, { disabledRules: [ID] })).toEqual([]);
  });
});

describe("form/year-outside", () => {
  const ID = "form/year-outside";

  test("fires when the form year is after the planned period, at the year line", () => {
    const d = only(run(ID, cleanForm({ yearLabel: "(2026年度)" })));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "A2" });
    expect(d.message).toBe("表头年度 2026 不在计划期间 2024–2024 年内");
  });

  test("fires when the form year is before the planned period", () => {
    expect(gist(only(run(ID, cleanForm({ start: "2025-01-01", end: "2025-12-31" }))))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "A2" });
  });

  test("does not fire on a form year inside a multi-year period", () => {
    expect(run(ID, cleanForm({ yearLabel: "(2025年度)", start: "2024-01-01", end: "2026-12-31" }))).toEqual([]);
  });

  test("does not fire on a full-width year line inside the period", () => {
    expect(run(ID, cleanForm({ yearLabel: "（2024年度）" }))).toEqual([]);
  });

  test("does not fire without a year line", () => {
    expect(run(ID, cleanForm({ yearLabel: null, start: "2020-01-01", end: "2020-12-31" }))).toEqual([]);
  });

  test("does not fire when the dates are reversed (form/date-order's job)", () => {
    expect(run(ID, cleanForm({ yearLabel: "(2026年度)", start: "2025-01-01", end: "2024-01-01" }))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, cleanForm({ yearLabel: "(2026年度)" }), { lang: "en" })).message).toBe("form year 2026 lies outside the planned period 2024–2024");
  });

  test("is off when disabled", () => {
    expect(run(ID, cleanForm({ yearLabel: "(2026年度)" }), { disabledRules: [ID] })).toEqual([]);
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
