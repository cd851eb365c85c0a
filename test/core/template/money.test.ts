import { labelMoneyUnit, noteMoneyUnit, readAmount } from "../../../src/core/template/amounts";
import { buildSummary } from "../../../src/core/summary/build";
import { labelKey } from "../../../src/core/text/normalize";
import { checkSheets, findingsOf } from "../../support/check";
import { FormSpec, LayoutOptions, cleanForm, layForm, sheetOf } from "../../support/form-grid";

/** The block label form-grid prints left of the money rows (A6, merged down to A9). */
const BLOCK = "项目资金\n(元)";
const inBlock = (label: string): LayoutOptions => ({ labels: { [BLOCK]: label } });
const funds49 = cleanForm({ funds: { annualTotal: 49, appropriation: 40, carryover: 9, annualOther: 0 } });

function check(spec: FormSpec, opts: LayoutOptions = {}, loose: { row: number; col: number; value: string }[] = []) {
  return checkSheets([sheetOf("S", [{ spec, opts }], loose)]);
}

describe("the unit of a money block", () => {
  test.each([
    ["资金情况\n(万元)"],
    ["项目资金（万元）"],
    ["项目资金\n(万元)"],
    ["资金情况(单位：万元)"],
  ])("a unit in the block's own label: %p reads the amounts in 万元, and the report and the summary carry 元", (label) => {
    const result = check(funds49, inBlock(label));
    const project = result.report.projects[0]!;
    expect(project.fundsUnit).toBe("万元");
    expect(project.funds).toMatchObject({ annualTotal: 490000, appropriation: 400000, carryover: 90000, other: 0 });
    expect(result.report.totals.annualTotal).toBe(490000);
    expect(buildSummary([{ file: "test.xlsx", report: result.report }]).totals.annualTotal).toBe(490000);
    expect(findingsOf(result, "funds/unit-mismatch")).toEqual([]);
    expect(findingsOf(result, "funds/sum-mismatch")).toEqual([]);
  });

  test("a unit on an amount's own label: 年度资金申请总额（万元）", () => {
    const result = check(funds49, { labels: { [BLOCK]: "项目资金", 年度资金申请总额: "年度资金申请总额（万元）" } });
    expect(result.report.projects[0]!.funds.annualTotal).toBe(490000);
  });

  test.each([
    ["金额单位：万元", 1],
    ["单位:万元", 1],
    ["（单位：万元）", 1],
  ])("a note %p above the form", (note, row) => {
    const result = check(funds49, { ...inBlock("项目资金"), origin: { row: 2, col: 1 } }, [{ row, col: 1, value: note }]);
    expect(result.report.projects[0]!.fundsUnit).toBe("万元");
    expect(result.report.totals.annualTotal).toBe(490000);
  });

  test("a note in the form's head, on the year line", () => {
    const result = check(cleanForm({ ...funds49, yearLabel: "(2024年度)        金额单位：万元" }), inBlock("项目资金"));
    expect(result.report.projects[0]!.year).toBe(2024);
    expect(result.report.projects[0]!.funds.annualTotal).toBe(490000);
  });

  test("a note above a form to the right is that form's, not its neighbour's", () => {
    const at = (col: number): LayoutOptions => ({ ...inBlock("项目资金"), origin: { row: 2, col } });
    const grid = sheetOf("S", [{ spec: cleanForm({ ...funds49, name: "左" }), opts: at(1) }, { spec: cleanForm({ ...funds49, name: "右" }), opts: at(9) }], [{ row: 1, col: 9, value: "金额单位：万元" }]);
    expect(checkSheets([grid]).report.projects.map((p) => [p.name, p.funds.annualTotal])).toEqual([["左", 49], ["右", 490000]]);
  });

  test("one note at the top of a sheet of stacked forms is every form's", () => {
    const h = layForm(funds49).rows;
    const grid = sheetOf(
      "S",
      [0, 1, 2].map((i) => ({ spec: cleanForm({ ...funds49, name: `项目${i}` }), opts: { ...inBlock("项目资金"), origin: { row: 2 + i * h, col: 1 } } })),
      [{ row: 1, col: 1, value: "金额单位：万元" }],
    );
    expect(checkSheets([grid]).report.projects.map((p) => p.funds.annualTotal)).toEqual([490000, 490000, 490000]);
  });

  test("the block's label wins over a note", () => {
    const result = check(funds49, { origin: { row: 2, col: 1 } }, [{ row: 1, col: 1, value: "金额单位：万元" }]);
    expect(result.report.projects[0]!.funds.annualTotal).toBe(49);
  });

  test("a 万元 suffix on every amount makes the block 万元: no amount disagrees with it", () => {
    const spec = cleanForm({ funds: { annualTotal: "49万元", appropriation: "40万元", carryover: "9万元", annualOther: 0 } });
    const result = check(spec, inBlock("项目资金"));
    expect(result.report.projects[0]!.fundsUnit).toBe("万元");
    expect(result.report.projects[0]!.funds).toMatchObject({ annualTotal: 490000, appropriation: 400000, carryover: 90000, other: 0 });
    expect(findingsOf(result, "funds/unit-mismatch")).toEqual([]);
    expect(findingsOf(result, "funds/sum-mismatch")).toEqual([]);
  });

  test("without a label, a note or suffixes the block is in 元, as the template prints it", () => {
    const result = check(funds49, inBlock("项目资金"));
    expect(result.report.projects[0]!.fundsUnit).toBe("元");
    expect(result.report.projects[0]!.funds.annualTotal).toBe(49);
  });

  test("a goal that mentions (50万元) says nothing about the block", () => {
    const result = check(cleanForm({ annualGoal: "年度资金(50万元)" }), inBlock("项目资金"));
    expect(result.report.projects[0]!.fundsUnit).toBe("元");
  });
});

describe("amounts as written", () => {
  test("587,921.00元 in a 元 block is 587,921.00", () => {
    const spec = cleanForm({ funds: { annualTotal: "587,921.00元", appropriation: 587921, carryover: 0, annualOther: 0 } });
    const result = check(spec);
    expect(result.report.projects[0]!.funds.annualTotal).toBe(587921);
    expect(findingsOf(result, "funds/unit-mismatch")).toEqual([]);
    expect(findingsOf(result, "funds/sum-mismatch")).toEqual([]);
  });

  test.each(["-", "—", "－", "／", "--", "——"])("%p means 0", (dash) => {
    const result = check(cleanForm({ funds: { annualTotal: 100000, appropriation: 100000, carryover: dash, annualOther: dash } }));
    expect(result.report.projects[0]!.funds).toMatchObject({ carryover: 0, other: 0 });
    expect(result.report.diagnostics.filter((d) => d.rule.startsWith("funds/"))).toEqual([]);
  });

  test("无 and 空 are blanks, not numbers", () => {
    expect(readAmount("无")).toEqual({ kind: "blank" });
    expect(readAmount("空")).toEqual({ kind: "blank" });
  });
});

describe("unit labels and notes as text", () => {
  test.each([
    ["项目资金(元)", "元"],
    ["资金情况\n(万元)", "万元"],
    ["项目资金（万元）", "万元"],
    ["预算数(单位:万元)", "万元"],
    ["项目名称", null],
    ["培训成本(元)", null],
    ["年度资金使用计划：完成全年培训任务，总预算约为一百万元(万元)", null],
  ])("label %p states %p", (text, unit) => {
    expect(labelMoneyUnit(labelKey(text))).toBe(unit);
  });

  test.each([
    ["金额单位：万元", "万元"],
    ["单位：元", "元"],
    ["（单位：万元）", "万元"],
    ["(2024年度)   单位：万元", "万元"],
    ["填报单位：元宝区财政局", null],
    ["单位：元/人", null],
    ["实施单位", null],
  ])("note %p states %p", (text, unit) => {
    expect(noteMoneyUnit(labelKey(text))).toBe(unit);
  });
});
