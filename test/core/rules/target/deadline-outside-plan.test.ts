import { CellValue } from "../../../../src/core/grid/cell-value";
import { checkForm } from "../../../support/check";
import { FormSpec, formatted } from "../../../support/form-grid";
import { gist, only, run, withTarget } from "../helpers";
import { ruleTester, formWith, parts } from "../../../support/rule-tester";

describe("target/deadline-outside-plan", () => {
  const ID = "target/deadline-outside-plan";
  // cleanForm() plans 2024-01-01 … 2024-12-31.
  const planned = (value: CellValue | ReturnType<typeof formatted>, dates: Partial<FormSpec> = {}) => ({ ...withTarget("时效指标", value), ...dates });

  test.each(["2024年12月31日前", "2024-06-30", "12月底", "2024年4月至5月", "2024.04-2024.05", "2024年6月底前完成"])("does not fire on %s, inside the plan", (value) => {
    expect(run(ID, planned(value))).toEqual([]);
  });

  test("fires as a warning on a deadline after 计划完成日期, naming both dates", () => {
    const d = only(run(ID, planned("2025年3月前")));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F15" });
    expect(d.message).toBe("时效指标「2025年3月前」的时限 2025-03-31 晚于计划完成日期 2024-12-31");
  });

  test("fires on a deadline before 计划开始日期", () => {
    const d = only(run(ID, planned("2024-05-31", { start: "2024-06-01" })));
    expect(d.message).toBe("时效指标「2024-05-31」的时限 2024-05-31 早于计划开始日期 2024-06-01");
  });

  test("fires on a period that starts before the plan or ends after it", () => {
    expect(only(run(ID, planned("2023.11-2024.02"))).message).toBe("时效指标「2023.11-2024.02」的时限 2023-11-01 早于计划开始日期 2024-01-01");
    expect(only(run(ID, planned("2024年11月至2025年1月"))).message).toBe("时效指标「2024年11月至2025年1月」的时限 2025-01-31 晚于计划完成日期 2024-12-31");
  });

  test("an Excel date in the value cell is shown as yyyy-mm-dd, in the message and in the report", () => {
    const result = checkForm(planned(formatted(45747, "yyyy/m/d")));
    const d = only(result.report.diagnostics.filter((x) => x.rule === ID));
    expect(d.message).toBe("时效指标「2025-03-31」的时限 2025-03-31 晚于计划完成日期 2024-12-31");
    expect(d.message).not.toContain("45747");
    const ind = result.report.projects[0]!.indicators[2]!;
    expect(ind).toMatchObject({ raw: "2025-03-31", target: { kind: "deadline", date: "2025-03-31" } });
  });

  test("without planned dates, the form year stands in", () => {
    const d = only(run(ID, planned("2025-01-15", { start: "", end: "" }), { disabledRules: ["form/missing-field"] }));
    expect(d.message).toBe("时效指标「2025-01-15」的时限 2025-01-15 不在表头年度 2024 年内（表中没有计划日期）");
    expect(run(ID, planned("2024-11-30", { start: "", end: "" }))).toEqual([]);
  });

  test("a month without a year is in the form's year", () => {
    expect(run(ID, planned("12月底", { yearLabel: "(2025年度)", start: "2025-01-01", end: "2025-12-31" }))).toEqual([]);
    expect(only(run(ID, planned("12月底", { start: "2024-01-01", end: "2024-06-30" }))).message).toBe("时效指标「12月底」的时限 2024-12-31 晚于计划完成日期 2024-06-30");
  });

  test("does not fire under any other 二级, where a date is text", () => {
    expect(run(ID, withTarget("质量指标", "2026-01-01"))).toEqual([]);
  });

  test("does not fire when the plan's dates are reversed (form/date-order's finding)", () => {
    expect(run(ID, planned("2025-03-01", { start: "2024-12-31", end: "2024-01-01" }))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, planned("2025年3月前"), { lang: "en" })).message).toBe("the deadline 2025-03-31 of \"2025年3月前\" falls after the planned end 2024-12-31");
  });

  test("is off when disabled", () => {
    expect(run(ID, planned("2025年3月前"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("target/deadline-outside-plan", {
  valid: [
    { name: "a deadline inside the plan", form: formWith("时效指标", parts("定性", "2024年6月30日前", null)) },
  ],
  invalid: [
    { name: "after the planned end", form: formWith("时效指标", parts("定性", "2025年6月30日前", null)), layouts: ["block", "split"], errors: [{ messageId: "after", cell: { indicator: 3 }, severity: "warning", fix: null }] },
    { name: "before the planned start", form: formWith("时效指标", parts("定性", "2023年6月30日前", null)), layouts: ["block", "split"], errors: [{ messageId: "before", cell: { indicator: 3 } }] },
    // The list layout prints no dates: its year is the only plan there is.
    { name: "after the year, in the list", form: formWith("时效指标", parts("定性", "2025年6月30日前", null)), layouts: ["list"], errors: [{ messageId: "afterYear", cell: { indicator: 3 } }] },
    { name: "before the year, in the list", form: formWith("时效指标", parts("定性", "2023年6月30日前", null)), layouts: ["list"], errors: [{ messageId: "beforeYear", cell: { indicator: 3 } }] },
  ],
});
