import { MoneyUnit } from "../../template/amounts";
import { FUND_KEYS } from "../../template/labels";
import { defineRule } from "../types";
import { FUND_NAMES, formatMoney } from "./fields";

const UNIT_EN: Record<MoneyUnit, string> = { 元: "元 (yuan)", 万元: "万元 (10,000 yuan)" };

export default defineRule({
  meta: {
    id: "funds/unit-mismatch",
    title: { zh: "金额单位不一致", en: "Money unit mismatch" },
    severity: "warning",
    docs: {
      zh: "金额后写的单位与资金栏的单位不一致（元为单位的表中写了 65万元）",
      en: "An amount's unit suffix disagrees with its money block's unit (65万元 in a block in 元)",
    },
  },
  messages: {
    mismatch: {
      zh: "「{field}」写作「{value}」，与本表金额单位（{unit}）不一致；已按 {yuan} 元读取，请统一按{unit}填写",
      en: "{field} is written \"{value}\", which disagrees with the block's unit, {unit}; read as {yuan} 元: write it in {unit} like the others",
    },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      for (const key of FUND_KEYS) {
        const f = form.funds[key];
        // 0万元 is 0元: no amount is misread, whatever the suffix.
        if (!f?.cell || !f.written || f.written === f.unit || !f.amount) continue;
        const params = { field: FUND_NAMES[key], value: f.text, unit: { zh: f.unit, en: UNIT_EN[f.unit] }, yuan: formatMoney(f.amount) };
        ctx.report({ form, cell: f.cell, message: "mismatch", params, value: f.text });
      }
    }
  },
});
