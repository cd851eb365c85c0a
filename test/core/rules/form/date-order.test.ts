import { cleanForm } from "../../../support/form-grid";
import { gist, only, run } from "../helpers";
import { ruleTester } from "../../../support/rule-tester";

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

ruleTester("form/date-order", {
  valid: [
    { name: "one day", form: { fields: { start: "2024-06-01", end: "2024-06-01" } } },
  ],
  invalid: [
    { name: "start after end", form: { fields: { start: "2024-12-31", end: "2024-01-01" } }, errors: [{ messageId: "order", cell: { field: "start" }, severity: "error", fix: null }] },
  ],
});
