import { cleanForm, gridFromCells, sheetOf } from "../../../support/form-grid";

// Helpers several sheet/ rule tests use.
export const form = sheetOf("表1", [{ spec: cleanForm() }]);
export const notes = gridFromCells("填表说明", [
  { row: 1, col: 1, value: "填表说明" },
  { row: 2, col: 1, value: "1. 指标值请按 ≥95.00(%) 的格式填写。" },
]);
/** A summary sheet: a header row of 项目名称 · 主管部门 · 实施单位 is a table, not a form. */
export const summary = gridFromCells("汇总", [
  { row: 1, col: 1, value: "项目名称" }, { row: 1, col: 2, value: "主管部门" }, { row: 1, col: 3, value: "实施单位" }, { row: 1, col: 4, value: "年度资金申请总额" },
  { row: 2, col: 1, value: "示例项目" }, { row: 2, col: 2, value: "上海市工商业联合会" }, { row: 2, col: 3, value: "上海市工商业联合会" }, { row: 2, col: 4, value: 100000 },
]);
