import { CellRange } from "../../../../src/core/grid/address";
import { checkSheets, findingsOf } from "../../../support/check";
import { cleanForm, gridFromCells, layForm, sheetOf } from "../../../support/form-grid";
import { gist, only } from "../helpers";
import { form, notes, summary } from "./shared";
import { ruleTester } from "../../../support/rule-tester";
import { layList, townshipProjects, LIST_COLUMNS } from "../../../support/list-grid";

describe("sheet/unreadable-form", () => {
  const ID = "sheet/unreadable-form";
  const laid = layForm(cleanForm());
  /** cleanForm() laid at A1 without the rows above its indicator header (row 12). */
  const tableOnly = gridFromCells("指标", [...laid.cells.values()].filter((c) => c.row >= 12), laid.merges.filter((m) => m.top >= 12));

  test("fires on an indicator header without a 项目名称, at the header, saying what is missing", () => {
    const result = checkSheets([form, tableOnly]);
    const d = only(findingsOf(result, ID));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "指标", cell: "B12" });
    expect(d.message).toContain("找到了指标表头");
    expect(d.message).toContain("没有找到项目名称");
    expect(findingsOf(result, "sheet/not-a-form")).toEqual([]);
    expect(result.report.totals.errors).toBe(1);
  });

  test("fires on a second stacked form that lost its 项目名称 label; the first is read", () => {
    const h = laid.rows;
    const result = checkSheets([sheetOf("S", [{ spec: cleanForm({ name: "甲" }) }, { spec: cleanForm({ name: "乙" }), opts: { origin: { row: 1 + h, col: 1 }, labels: { 项目名称: "项目编号" } } }])]);
    expect(result.report.projects.map((p) => p.name)).toEqual(["甲"]);
    expect(result.workbook.forms[0]!.indicators).toHaveLength(5);
    expect(gist(only(findingsOf(result, ID)))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: `B${12 + h}` });
  });

  test("fires on the form's labels without 项目名称 and indicator header", () => {
    const head = gridFromCells("表头", [...laid.cells.values()].filter((c) => c.row >= 3 && c.row < 12 && c.value !== "项目名称"), laid.merges.filter((m) => m.top >= 3 && m.bottom < 12));
    const d = only(findingsOf(checkSheets([head]), ID));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "表头", cell: "C3" });
    expect(d.message).toContain("没有找到项目名称和指标表头");
  });

  test("does not fire on forms, notes, a summary table, an empty sheet or a blank template", () => {
    const blank = sheetOf("模板", [{ spec: { name: "", nature: "", category: "", department: "", implementer: "", start: "", end: "", funds: {}, annualGoal: "", indicators: [] } }]);
    const twoLines = sheetOf("表2", [{ spec: cleanForm(), opts: { headerRepeatAt: 2, split: false } }]);
    expect(findingsOf(checkSheets([form, notes, summary, gridFromCells("空", []), blank, twoLines]), ID)).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(findingsOf(checkSheets([tableOnly], { lang: "en" }), ID)).message).toMatch(/^found an indicator header \(.*\) but no 项目名称: /);
  });

  test("is off when disabled", () => {
    expect(findingsOf(checkSheets([tableOnly], { disabledRules: [ID] }), ID)).toEqual([]);
  });
});

const blockLaid = layForm(cleanForm());
const below = <T extends { row: number }>(c: T) => ({ ...c, row: c.row + 30 });
const belowMerge = (m: CellRange) => ({ ...m, top: m.top + 30, bottom: m.bottom + 30 });
const tableCells = [...blockLaid.cells.values()].filter((c) => c.row >= 12);
const tableMerges = blockLaid.merges.filter((m) => m.top >= 12);
const headCells = [...blockLaid.cells.values()].filter((c) => c.row >= 3 && c.row < 12 && c.value !== "项目名称");
const headMerges = blockLaid.merges.filter((m) => m.top >= 3 && m.bottom < 12);

ruleTester("sheet/unreadable-form", {
  valid: [
    { name: "forms, notes and a summary", grids: () => [form, notes, summary] },
  ],
  invalid: [
    {
      name: "an indicator header without 项目名称",
      grids: () => [gridFromCells("指标", [...blockLaid.cells.values()].filter((c) => c.row >= 12), blockLaid.merges.filter((m) => m.top >= 12))],
      errors: [{ messageId: "projectName", cell: "B12", severity: "error", fix: null }],
    },
    {
      name: "the form's labels without 项目名称 and header",
      grids: () => [gridFromCells("表头", [...blockLaid.cells.values()].filter((c) => c.row >= 3 && c.row < 12 && c.value !== "项目名称"), blockLaid.merges.filter((m) => m.top >= 3 && m.bottom < 12))],
      errors: [{ messageId: "projectNameAndHeader", cell: "C3" }],
    },
    {
      name: "an indicator header far below a 项目名称",
      grids: () => [gridFromCells("U2", [{ row: 1, col: 1, value: "项目名称" }, ...tableCells.map(below)], tableMerges.map(belowMerge))],
      errors: [{ messageId: "formHead", cell: "B42" }],
    },
    {
      name: "the form's labels far below a 项目名称, without header",
      grids: () => [gridFromCells("U4", [{ row: 1, col: 1, value: "项目名称" }, ...headCells.map(below)], headMerges.map(belowMerge))],
      errors: [{ messageId: "headerAndHead", cell: "A1" }],
    },
    {
      name: "a list without 一级指标",
      grids: () => [layList("表", townshipProjects(), { columns: LIST_COLUMNS.filter((c) => c !== "一级指标") }).grid],
      errors: [{ messageId: "listColumns", cell: "B3" }],
    },
  ],
});
