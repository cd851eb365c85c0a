import { defineRule } from "../types";
import { eachIndicator, quantityOf, wholeTargetFitsCell } from "../support";
import { arabicFix } from "./fixes";

export default defineRule({
  meta: {
    id: "target/mixed-notation",
    title: { zh: "数值重复表述", en: "Number stated twice" },
    severity: "error",
    docs: { zh: "阿拉伯数字与中文数字重复表述（80%百分之八十、100%百分百）", en: "Arabic and Chinese restate each other (80%百分之八十, 100%百分百)" },
    fix: { zh: "阿拉伯数字写法", en: "the Arabic form" },
  },
  messages: {
    mixed: { zh: "指标值「{value}」重复书写了同一数值，应写作 {fix}", en: "target \"{value}\" states its number twice; write {fix}" },
    mixedNoOperator: {
      zh: "指标值「{value}」重复书写了同一数值，且缺少运算符（=、≥、≤、>、<），应写作如 {fix}（运算符按实际选择）",
      en: "target \"{value}\" states its number twice and has no operator (=, ≥, ≤, >, <); write e.g. {fix} (pick the operator that applies)",
    },
    disagreeNoOperator: {
      zh: "指标值「{value}」前后两个数值不一致（{first} 与 {second}），且缺少运算符（=、≥、≤、>、<），请核实后写作如 {fix}",
      en: "target \"{value}\" states two different numbers ({first} and {second}) and has no operator (=, ≥, ≤, >, <); check it and write e.g. {fix}",
    },
    disagree: {
      zh: "指标值「{value}」前后两个数值不一致（{first} 与 {second}），请核实后写作如 {fix}",
      en: "target \"{value}\" states two different numbers ({first} and {second}); check it and write e.g. {fix}",
    },
  },
  check(ctx) {
    eachIndicator(ctx, (form, ind) => {
      const t = quantityOf(ind);
      if (!t || t.notation !== "mixed") return;
      const fix = arabicFix(ind, t);
      const agrees = t.restatement === undefined || t.restatement === t.number;
      ctx.report({
        form,
        cell: ind.cell,
        // One mistake, one finding: the missing operator is said here, and target/missing-operator keeps quiet.
        message: agrees ? (t.op === null ? "mixedNoOperator" : "mixed") : t.op === null ? "disagreeNoOperator" : "disagree",
        params: { value: ind.raw, fix, first: t.number, second: t.restatement ?? "" },
        fix,
        fixInPlace: wholeTargetFitsCell(ind),
        value: ind.raw,
      });
    });
  },
});
