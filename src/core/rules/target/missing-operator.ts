import { defineRule } from "../types";
import { eachIndicator, cellOfOperator, quantityOf, wholeTargetFitsCell } from "../support";
import { arabicFix } from "./fixes";

export default defineRule({
  meta: {
    id: "target/missing-operator",
    title: { zh: "缺少运算符", en: "Missing operator" },
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
    eachIndicator(ctx, (form, ind) => {
      const t = quantityOf(ind);
      if (!t || t.op !== null) return;
      // 百分之百 and 80%百分之八十 lack an operator too, but target/chinese-numerals and target/mixed-notation
      // say so on the same cell with the same fix: one mistake, one finding (rules.md). An operator cell of its
      // own (指标性质) is another cell to change, so it is still reported there.
      if (t.notation !== "arabic" && cellOfOperator(ind) === ind.cell) return;
      const fix = arabicFix(ind, t);
      ctx.report({
        form,
        cell: cellOfOperator(ind),
        message: "missing",
        params: { value: ind.raw, fix },
        fix,
        fixInPlace: wholeTargetFitsCell(ind),
        value: ind.raw,
      });
    });
  },
});
