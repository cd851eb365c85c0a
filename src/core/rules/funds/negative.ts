import { FUND_KEYS } from "../../template/labels";
import { defineRule } from "../types";
import { FUND_NAMES, shown } from "./fields";

export default defineRule({
  meta: {
    id: "funds/negative",
    title: { zh: "金额为负", en: "Negative amount" },
    severity: "error",
    docs: { zh: "金额小于 0", en: "An amount is below 0" },
  },
  messages: {
    negative: { zh: "「{field}」为负数：{amount}", en: "{field} is negative: {amount}" },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      for (const key of FUND_KEYS) {
        const f = form.funds[key];
        if (!f?.cell || f.amount === null || f.amount >= 0) continue;
        const params = { field: FUND_NAMES[key], amount: shown(f) };
        ctx.report({ form, cell: f.cell, message: "negative", params, value: f.text });
      }
    }
  },
});
