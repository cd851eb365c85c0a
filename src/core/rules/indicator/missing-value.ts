import { defineRule } from "../types";

export default defineRule({
  meta: {
    id: "indicator/missing-value",
    severity: "error",
    docs: { zh: "三级指标没有指标值，或指标值是错误值（#N/A）", en: "A 三级指标 without a target value, or an error value (#N/A)" },
  },
  messages: {
    empty: { zh: "三级指标「{name}」未填写指标值", en: "indicator \"{name}\" has no target value" },
    error: { zh: "三级指标「{name}」的指标值是错误值 {value}", en: "indicator \"{name}\" has an error value {value}" },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      for (const ind of form.indicators) {
        if (!ind.name || ind.target.ok) continue;
        const failure = ind.target;
        if (failure.reason === "error-value") {
          ctx.report({ form, cell: ind.cell, message: "error", params: { name: ind.name, value: failure.detail ?? "" }, value: ind.raw });
        } else ctx.report({ form, cell: ind.cell, message: "empty", params: { name: ind.name } });
      }
    }
  },
});
