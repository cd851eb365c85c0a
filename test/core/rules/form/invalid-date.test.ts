import { cleanForm, formatted, FormSpec } from "../../../support/form-grid";
import { gist, only, run } from "../helpers";
import { ruleTester } from "../../../support/rule-tester";

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

ruleTester("form/invalid-date", {
  valid: [
    { name: "ISO dates", form: { fields: { start: "2024-03-01", end: "2024-10-31" } } },
  ],
  invalid: [
    { name: "2024-13-45", form: { fields: { start: "2024-13-45" } }, errors: [{ messageId: "invalid", cell: { field: "start" }, severity: "error", fix: null }] },
    { name: "both dates words", form: { fields: { start: "明年", end: "明年" } }, errors: [{ messageId: "invalid", cell: { field: "start" } }, { messageId: "invalid", cell: { field: "end" } }] },
    {
      name: "a plan period in one cell that is no period",
      block: { labels: { 计划开始日期: "项目支出实施期", 计划完成日期: "" } },
      form: { fields: { start: "明年", end: "" } },
      errors: [{ messageId: "invalidPeriod", cell: { field: "start" } }],
    },
  ],
});
