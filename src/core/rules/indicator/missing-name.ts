import { noResultAt, noResultMessage } from "../support";
import { defineRule } from "../types";

export default defineRule({
  meta: {
    id: "indicator/missing-name",
    title: { zh: "缺少指标名称", en: "Missing indicator name" },
    severity: "error",
    docs: { zh: "有指标值但没有三级指标名称", en: "A target value without a 三级指标 name" },
  },
  messages: {
    missing: { zh: "指标值「{value}」缺少三级指标名称", en: "target \"{value}\" has no 三级指标 name" },
    formula: noResultMessage({ zh: "三级指标名称", en: "the 三级指标 name" }),
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      for (const ind of form.indicators) {
        if (ind.name) continue;
        const formula = noResultAt(ind, ind.nameCell);
        if (formula) ctx.report({ form, cell: ind.nameCell, message: "formula", params: { formula }, value: formula });
        else ctx.report({ form, cell: ind.nameCell, message: "missing", params: { value: ind.raw } });
      }
    }
  },
});
