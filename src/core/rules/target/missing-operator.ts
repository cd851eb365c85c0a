import { defineRule } from "../types";
import { eachIndicator, operatorCell, quantityOf } from "../support";
import { arabicFix } from "./fixes";

export default defineRule({
  meta: {
    id: "target/missing-operator",
    severity: "error",
    severities: ["error", "warning"],
    docs: {
      zh: "数值前没有 =、≥、≤、>、<（100%、985米、纯数字单元格）；lenient 配置下为警告",
      en: "A number without =, ≥, ≤, >, < (100%, 985米, a bare number cell); a warning under `lenient`",
    },
    fix: { zh: "加上运算符的写法（运算符由用户选择）", en: "the value with an operator the user picks" },
  },
  messages: {
    missing: {
      zh: "指标值「{value}」缺少运算符（=、≥、≤、>、<），如 {fix}",
      en: "target \"{value}\" has no operator (=, ≥, ≤, >, <), e.g. {fix}",
    },
  },
  check(ctx) {
    const severity = ctx.settings.profile === "lenient" ? "warning" : "error";
    eachIndicator(ctx, (form, ind) => {
      const t = quantityOf(ind);
      // Chinese and mixed notations have their own rule, whose fix adds the operator too.
      if (!t || t.op !== null || t.notation !== "arabic") return;
      const fix = arabicFix(ind, t);
      ctx.report({ form, cell: operatorCell(ind), message: "missing", params: { value: ind.raw, fix }, fix, value: ind.raw, severity });
    });
  },
});
