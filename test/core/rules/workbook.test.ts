import { SettingsInput } from "../../../src/core/settings";
import { checkSheets, findingsOf } from "../../support/check";
import { cleanForm, FormSpec, sheetOf } from "../../support/form-grid";
import { CLEAN_INDICATORS, gist, only } from "./helpers";

/** Each form on its own sheet, named S1, S2 … */
function sheets(rule: string, specs: FormSpec[], settings: SettingsInput = {}) {
  return findingsOf(checkSheets(specs.map((spec, i) => sheetOf(`S${i + 1}`, [{ spec }])), settings), rule);
}

/** cleanForm() under another name with every indicator value changed, so nothing is copied. */
function own(name: string): FormSpec {
  return cleanForm({ name, indicators: CLEAN_INDICATORS.map(([l1, l2, n]) => [l1, l2, `${String(n)}（${name}）`, "=1.00(项)"]) });
}

describe("workbook/duplicate-project", () => {
  const ID = "workbook/duplicate-project";

  test("fires on the second form with the same 项目名称, at its 项目名称 value cell", () => {
    const d = only(sheets(ID, [own("项目甲"), { ...own("项目乙"), name: "项目甲" }]));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S2", cell: "B3" });
    expect(d.project).toBe("项目甲");
    expect(d.message).toBe("项目「项目甲」与工作表「S1」B3 的项目重名");
  });

  test("compares names without spaces", () => {
    expect(gist(only(sheets(ID, [own("项目甲"), { ...own("项目乙"), name: "项目 甲" }])))).toEqual({ rule: ID, severity: "warning", sheet: "S2", cell: "B3" });
  });

  test("fires on forms stacked on one sheet", () => {
    const stacked = sheetOf("T", [{ spec: own("项目甲") }, { spec: { ...own("项目乙"), name: "项目甲" }, opts: { origin: { row: 40, col: 1 } } }]);
    // The second form starts at row 40: title 40, year line 41, 项目名称 42.
    expect(gist(only(findingsOf(checkSheets([stacked]), ID)))).toEqual({ rule: ID, severity: "warning", sheet: "T", cell: "B42" });
  });

  test("does not fire on different names", () => {
    expect(sheets(ID, [own("项目甲"), own("项目乙")])).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(sheets(ID, [own("项目甲"), { ...own("项目乙"), name: "项目甲" }], { lang: "en" })).message).toBe("project \"项目甲\" also appears on sheet \"S1\" at B3");
  });

  test("is off when disabled", () => {
    expect(sheets(ID, [own("项目甲"), { ...own("项目乙"), name: "项目甲" }], { disabledRules: [ID] })).toEqual([]);
  });
});

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
