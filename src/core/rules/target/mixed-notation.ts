import { defineRule } from "../types";
import { eachIndicator, quantityOf, wholeTargetFitsCell } from "../support";
import { arabicFix } from "./fixes";

export default defineRule({
  meta: {
    id: "target/mixed-notation",
    severity: "error",
    docs: { zh: "阿拉伯数字与中文数字重复表述（80%百分之八十、100%百分百）", en: "Arabic and Chinese restate each other (80%百分之八十, 100%百分百)" },
    fix: { zh: "阿拉伯数字写法", en: "the Arabic form" },
  },
  messages: {
    mixed: { zh: "指标值「{value}」重复书写了同一数值，应写作 {fix}", en: "target \"{value}\" states its number twice; write {fix}" },
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
        message: agrees ? "mixed" : "disagree",
        params: { value: ind.raw, fix, first: t.number, second: t.restatement ?? "" },
        fix,
        fixInPlace: wholeTargetFitsCell(ind),
        value: ind.raw,
      });
    });
  },
});
