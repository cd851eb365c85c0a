import { defineRule } from "../types";
import { shown } from "./fields";

export default defineRule({
  meta: {
    id: "funds/annual-exceeds-total",
    title: { zh: "年度资金超过总额", en: "Annual amount above total" },
    severity: "warning",
    docs: { zh: "年度资金申请总额大于项目资金总额（已填时）", en: "The annual amount exceeds the project total (when filled)" },
  },
  messages: {
    exceeds: {
      zh: "年度资金申请总额 {annual} 大于项目资金总额 {total}",
      en: "annual amount {annual} exceeds the project total {total}",
    },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      const annual = form.funds.annualTotal;
      const total = form.funds.projectTotal;
      // A total of 0 (often written "-") says the whole-project amount is not stated, as a blank does.
      if (!annual?.cell || annual.amount === null || total?.amount == null || total.amount === 0) continue;
      if (annual.amount <= total.amount + 0.01) continue;
      ctx.report({
        form,
        cell: annual.cell,
        message: "exceeds",
        params: { annual: shown(annual), total: shown(total) },
        value: annual.text,
      });
    }
  },
});
