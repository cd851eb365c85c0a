import { defineRule } from "../types";
import { eachIndicator, quantityOf, wholeTargetFitsCell } from "../support";
import { arabicFix } from "./fixes";

export default defineRule({
  meta: {
    id: "target/chinese-numerals",
    title: { zh: "中文数字", en: "Chinese numerals" },
    severity: "error",
    docs: { zh: "数值用中文数字书写（百分之百、百分之八十、三次）", en: "The number is written in Chinese numerals (百分之百, 百分之八十, 三次)" },
    fix: { zh: "阿拉伯数字写法", en: "the Arabic form" },
  },
  messages: {
    chinese: { zh: "指标值「{value}」用中文数字书写，应写作 {fix}", en: "target \"{value}\" is written in Chinese numerals; write {fix}" },
    chineseNoOperator: {
      zh: "指标值「{value}」用中文数字书写，且缺少运算符（=、≥、≤、>、<），应写作如 {fix}（运算符按实际选择）",
      en: "target \"{value}\" is written in Chinese numerals and has no operator (=, ≥, ≤, >, <); write e.g. {fix} (pick the operator that applies)",
    },
  },
  check(ctx) {
    eachIndicator(ctx, (form, ind) => {
      const t = quantityOf(ind);
      if (!t || t.notation !== "chinese") return;
      const fix = arabicFix(ind, t);
      // One mistake, one finding: the missing operator is said here, and target/missing-operator keeps quiet.
      const message = t.op === null ? "chineseNoOperator" : "chinese";
      ctx.report({ form, cell: ind.cell, message, params: { value: ind.raw, fix }, fix, fixInPlace: wholeTargetFitsCell(ind), value: ind.raw });
    });
  },
});
