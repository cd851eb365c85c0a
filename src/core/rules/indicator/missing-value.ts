import { noResultAt, noResultMessage } from "../support";
import { targetCells } from "../target/fixes";
import { defineRule } from "../types";

export default defineRule({
  meta: {
    id: "indicator/missing-value",
    title: { zh: "缺少指标值", en: "Missing target value" },
    severity: "error",
    docs: {
      zh: "三级指标没有指标值，指标值是错误值（#N/A），或是没有计算结果的公式",
      en: "A 三级指标 without a target value, an error value (#N/A), or a formula without a calculated result",
    },
  },
  messages: {
    empty: { zh: "三级指标「{name}」未填写指标值", en: "indicator \"{name}\" has no target value" },
    error: { zh: "三级指标「{name}」的指标值是错误值 {value}", en: "indicator \"{name}\" has an error value {value}" },
    formula: noResultMessage({ zh: "三级指标「{name}」的指标值", en: "the target of indicator \"{name}\"" }),
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      for (const ind of form.indicators) {
        if (!ind.name || ind.target.ok) continue;
        const failure = ind.target;
        if (failure.reason === "no-result") {
          // The operator or the unit may be the formula where they have cells of their own: each such cell is a
          // finding of its own.
          for (const { cell } of targetCells(ind)) {
            const formula = noResultAt(ind, cell);
            if (formula) ctx.report({ form, cell, message: "formula", params: { name: ind.name, formula }, value: formula });
          }
        } else if (failure.reason === "error-value") {
          ctx.report({ form, cell: ind.cell, message: "error", params: { name: ind.name, value: failure.detail ?? "" }, value: ind.raw });
        } else ctx.report({ form, cell: ind.cell, message: "empty", params: { name: ind.name } });
      }
    }
  },
});
