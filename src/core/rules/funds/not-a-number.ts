import { cellText, formulaText, isFormulaWithoutResult } from "../../grid/cell-value";
import { FUND_KEYS } from "../../template/labels";
import { noResultMessage } from "../support";
import { defineRule } from "../types";
import { FUND_NAMES } from "./fields";

export default defineRule({
  meta: {
    id: "funds/not-a-number",
    title: { zh: "金额不是数字", en: "Amount not a number" },
    severity: "error",
    docs: {
      zh: "金额是无法识别为数字的文本、错误值，或没有计算结果的公式",
      en: "An amount is text that is not a number, an error value, or a formula without a calculated result",
    },
  },
  messages: {
    text: { zh: "「{field}」不是数字：{value}", en: "{field} is not a number: {value}" },
    error: { zh: "「{field}」是错误值 {value}", en: "{field} is an error value {value}" },
    formula: noResultMessage({ zh: "「{field}」", en: "{field}" }),
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      for (const key of FUND_KEYS) {
        const f = form.funds[key];
        if (!f?.problem || !f.cell) continue;
        const names = { field: FUND_NAMES[key] };
        if (isFormulaWithoutResult(f.value)) {
          const formula = formulaText(f.value);
          ctx.report({ form, cell: f.cell, message: "formula", params: { ...names, formula }, value: formula });
          continue;
        }
        // An error value has no `text` (it is nothing the user typed); the message names it all the same.
        const value = f.problem === "error-value" ? cellText(f.value) : f.text;
        ctx.report({ form, cell: f.cell, message: f.problem === "error-value" ? "error" : "text", params: { ...names, value }, value });
      }
    }
  },
});
