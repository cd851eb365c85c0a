import { checkSheets, findingsOf } from "../../../support/check";
import { cleanForm, gridFromCells, sheetOf } from "../../../support/form-grid";
import { gist, only } from "../helpers";
import { form, notes, summary } from "./shared";
import { ruleTester } from "../../../support/rule-tester";

describe("sheet/not-a-form", () => {
  const ID = "sheet/not-a-form";

  test("fires on a sheet of notes, naming the sheet, with no project", () => {
    const d = only(findingsOf(checkSheets([form, notes]), ID));
    expect(gist(d)).toEqual({ rule: ID, severity: "info", sheet: "填表说明", cell: "A1" });
    expect(d.project).toBe("");
    expect(d.message).toBe("工作表「填表说明」中没有找到申报表，已跳过");
  });

  test("fires on an empty sheet", () => {
    expect(gist(only(findingsOf(checkSheets([gridFromCells("Sheet2", [])]), ID)))).toEqual({ rule: ID, severity: "info", sheet: "Sheet2", cell: "A1" });
  });

  test("fires on a summary table whose header row has 项目名称", () => {
    expect(gist(only(findingsOf(checkSheets([summary]), ID)))).toEqual({ rule: ID, severity: "info", sheet: "汇总", cell: "A1" });
  });

  test("does not fire on a sheet with a form, wherever it starts", () => {
    expect(findingsOf(checkSheets([form]), ID)).toEqual([]);
    expect(findingsOf(checkSheets([sheetOf("偏移", [{ spec: cleanForm(), opts: { origin: { row: 5, col: 3 } } }])]), ID)).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(findingsOf(checkSheets([form, notes], { lang: "en" }), ID)).message).toBe("no form found on sheet \"填表说明\"; skipped");
  });

  test("is off when disabled", () => {
    expect(findingsOf(checkSheets([form, notes], { disabledRules: [ID] }), ID)).toEqual([]);
  });
});

ruleTester("sheet/not-a-form", {
  valid: [
    { name: "a form", grids: () => [form] },
  ],
  invalid: [
    { name: "an empty sheet", grids: () => [gridFromCells("Sheet2", [])], errors: [{ messageId: "skipped", cell: "A1", severity: "info", fix: null }] },
    {
      name: "a blank template",
      grids: () => [sheetOf("模板", [{ spec: { name: "", nature: "", category: "", department: "", implementer: "", start: "", end: "", funds: {}, annualGoal: "", indicators: [] } }])],
      errors: [{ messageId: "blank", cell: "A1" }],
    },
    {
      name: "an instruction table (栏目 | 填写要求)",
      grids: () => [gridFromCells("填报说明", [
        { row: 1, col: 1, value: "栏目" }, { row: 1, col: 2, value: "填写要求" },
        ...["项目名称", "主管部门", "实施单位", "一级指标", "二级指标"].flatMap((value, i) => [{ row: 2 + i, col: 1, value }, { row: 2 + i, col: 2, value: "按预算填写。" }]),
      ])],
      errors: [{ messageId: "instructions", cell: "A1" }],
    },
  ],
});
