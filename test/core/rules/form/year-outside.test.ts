import { cleanForm } from "../../../support/form-grid";
import { gist, only, run } from "../helpers";
import { ruleTester } from "../../../support/rule-tester";

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

ruleTester("form/year-outside", {
  valid: [
    { name: "a year inside a plan over three years", form: { fields: { yearLabel: "(2025年度)", start: "2024-01-01", end: "2026-12-31" } } },
  ],
  invalid: [
    { name: "2026 for a plan in 2024", form: { fields: { yearLabel: "(2026年度)" } }, errors: [{ messageId: "outside", cell: "A2", severity: "warning", fix: null }] },
  ],
});
