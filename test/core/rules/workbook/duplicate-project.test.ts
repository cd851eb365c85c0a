import { checkSheets, findingsOf } from "../../../support/check";
import { sheetOf } from "../../../support/form-grid";
import { gist, only } from "../helpers";
import { sheets, own } from "./shared";
import { ruleTester } from "../../../support/rule-tester";

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

ruleTester("workbook/duplicate-project", {
  valid: [
    { name: "two names", forms: [{ fields: { name: "项目甲" } }, { fields: { name: "项目乙" } }] },
  ],
  invalid: [
    // One list sheet is one table: the same name twice there is one project's rows, not a second project.
    { name: "one name on two sheets", forms: [{ fields: { name: "项目甲" } }, { fields: { name: "项目甲" } }], layouts: ["block", "split"], errors: [{ messageId: "duplicate", cell: { field: "projectName", form: 1 }, severity: "warning", fix: null }] },
  ],
});
