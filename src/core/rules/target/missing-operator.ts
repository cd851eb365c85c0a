import { defineRule } from "../types";
import { eachIndicator, operatorCell, quantityOf, wholeTargetFitsCell } from "../support";
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
      // Whatever the notation: 百分之百 lacks an operator as much as 100% does, and which one is the user's
      // choice, so target/chinese-numerals and target/mixed-notation (whose fixes guess one) do not say it.
      if (!t || t.op !== null) return;
      const fix = arabicFix(ind, t);
      ctx.report({
        form,
        cell: operatorCell(ind),
        message: "missing",
        params: { value: ind.raw, fix },
        fix,
        fixInPlace: wholeTargetFitsCell(ind),
        value: ind.raw,
        severity,
      });
    });
  },
});
