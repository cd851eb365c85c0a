import { cleanForm } from "../../../support/form-grid";
import { CLEAN_INDICATORS, gist, only } from "../helpers";
import { sheets, own } from "./shared";
import { ruleTester } from "../../../support/rule-tester";

describe("workbook/copied-indicator", () => {
  const ID = "workbook/copied-indicator";
  // 项目乙 shares one indicator, 培训对象满意度 ≥90.00(%), with 项目甲 (row 17 of both).
  const shared = CLEAN_INDICATORS[4]!;
  const jia = cleanForm({ name: "项目甲" });
  const yi = { ...own("项目乙"), indicators: [...own("项目乙").indicators.slice(0, 4), shared] };

  test("fires on the later project's copy of a 三级指标 and value, at its name cell", () => {
    const d = only(sheets(ID, [jia, yi]));
    expect(gist(d)).toEqual({ rule: ID, severity: "info", sheet: "S2", cell: "D17" });
    expect(d.project).toBe("项目乙");
    expect(d.message).toBe("「培训对象满意度」≥90.00(%) 与项目「项目甲」相同（工作表「S1」D17），是否照搬？");
  });

  test("fires on every copied indicator", () => {
    expect(sheets(ID, [jia, cleanForm({ name: "项目乙" })]).map((d) => d.cell)).toEqual(["D13", "D14", "D15", "D16", "D17"]);
  });

  test("does not fire on the same 三级指标 with another value", () => {
    const other = { ...yi, indicators: [...yi.indicators.slice(0, 4), [shared[0], shared[1], shared[2], "≥95.00(%)"] as typeof shared] };
    expect(sheets(ID, [jia, other])).toEqual([]);
  });

  test("does not fire on a repeat within one project (indicator/duplicate's job)", () => {
    const twice = cleanForm({ indicators: [...CLEAN_INDICATORS, shared] });
    expect(sheets(ID, [twice])).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(sheets(ID, [jia, yi], { lang: "en" })).message).toBe(
      "\"培训对象满意度\" ≥90.00(%) is the same as in project \"项目甲\" (sheet \"S1\" D17): copied?",
    );
  });

  test("is off when disabled", () => {
    expect(sheets(ID, [jia, yi], { disabledRules: [ID] })).toEqual([]);
  });
});

const copied = (n: number) => ({ messageId: "copied", cell: { indicator: n, part: "name" as const, form: 1 } });

ruleTester("workbook/copied-indicator", {
  valid: [
    { name: "one project", form: { fields: { name: "项目甲" } } },
  ],
  invalid: [
    { name: "two projects with the same indicators", forms: [{ fields: { name: "项目甲" } }, { fields: { name: "项目乙" } }], errors: [1, 2, 3, 4, 5].map(copied) },
  ],
});
