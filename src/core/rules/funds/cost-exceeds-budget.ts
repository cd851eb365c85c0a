import { AmountRead, Form } from "../../template/model";
import { roundCents } from "../../template/amounts";
import { FundKey } from "../../template/labels";
import { isCostLevel } from "../../taxonomy";
import { eachIndicator, quantityOf } from "../support";
import { defineRule } from "../types";
import { FUND_NAMES, formatMoney } from "./fields";

/** 元 per unit of the money units a cost target may be written in; a per-unit cost (元/人, 亿元/公里) is none. */
const YUAN_PER: Readonly<Record<string, number>> = { 元: 1, 万元: 10000, 亿元: 100000000 };

export default defineRule({
  meta: {
    id: "funds/cost-exceeds-budget",
    title: { zh: "成本超过预算", en: "Cost above budget" },
    severity: "warning",
    docs: {
      zh: "成本指标的金额上限（元、万元、亿元，不含单位成本）超过项目资金总额（已填时）或年度资金申请总额",
      en: "A cost target's ceiling in money (元, 万元, 亿元; not a per-unit cost) exceeds the project total (when filled) or else the annual amount",
    },
  },
  messages: {
    exceeds: {
      zh: "成本指标「{name}」的上限「{value}」即 {yuan} 元，超过{field} {budget} 元",
      en: "cost target \"{name}\" caps at \"{value}\", that is {yuan} 元, above the {field} of {budget} 元",
    },
  },
  check(ctx) {
    eachIndicator(ctx, (form, ind) => {
      const t = quantityOf(ind);
      if (!t || t.unit === null || !isCostLevel(ind.keys.level1, ind.keys.level2)) return;
      const per = YUAN_PER[t.unit];
      // A floor (≥) is no ceiling: target/operator-direction reports the sign.
      if (per === undefined || t.op === "≥" || t.op === ">") return;
      const budget = budgetOf(form);
      if (!budget) return;
      const yuan = roundCents(t.number * per);
      if (yuan <= budget.amount + 0.01) return;
      const params = { name: ind.name, value: ind.raw, yuan: formatMoney(yuan), field: FUND_NAMES[budget.key], budget: formatMoney(budget.amount) };
      ctx.report({ form, cell: ind.cell, message: "exceeds", params, value: ind.raw });
    });
  },
});

/**
 * What the project may spend: 项目资金总额 when filled, else 年度资金申请总额. A total of 0 (or "-") is no
 * budget to measure against, nor one the reader could not read.
 */
function budgetOf(form: Form): { key: FundKey; amount: number } | null {
  const usable = (a: AmountRead | undefined): a is AmountRead & { amount: number } => !!a && a.amount !== null && a.amount > 0;
  if (usable(form.funds.projectTotal)) return { key: "projectTotal", amount: form.funds.projectTotal.amount };
  if (usable(form.funds.annualTotal)) return { key: "annualTotal", amount: form.funds.annualTotal.amount };
  return null;
}
