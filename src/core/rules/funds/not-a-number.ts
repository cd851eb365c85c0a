import { FUND_KEYS } from "../../template/labels";
import { defineRule } from "../types";
import { FUND_NAMES } from "./fields";

export default defineRule({
  meta: {
    id: "funds/not-a-number",
    severity: "error",
    docs: { zh: "金额是无法识别为数字的文本，或是错误值", en: "An amount is text that is not a number, or an error value" },
  },
  messages: {
    text: { zh: "「{field}」不是数字：{value}", en: "{fieldEn} is not a number: {value}" },
    error: { zh: "「{field}」是错误值 {value}", en: "{fieldEn} is an error value {value}" },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      for (const key of FUND_KEYS) {
        const f = form.funds[key];
        if (!f?.problem || !f.cell) continue;
        const params = { field: FUND_NAMES[key].zh, fieldEn: FUND_NAMES[key].en, value: f.text };
        ctx.report({ form, cell: f.cell, message: f.problem === "error-value" ? "error" : "text", params, value: f.text });
      }
    }
  },
});
