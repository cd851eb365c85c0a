import { defineRule } from "../types";
import { eachIndicator, quantityOf } from "../support";

export default defineRule({
  meta: {
    id: "target/percent-out-of-range",
    title: { zh: "百分比超出范围", en: "Percentage out of range" },
    severity: "error",
    docs: { zh: "百分比大于 100 或小于 0", en: "A percentage above 100 or below 0" },
  },
  messages: {
    range: { zh: "指标值「{value}」的百分比 {number}% 超出 0–100%", en: "target \"{value}\": {number}% is outside 0–100%" },
  },
  check(ctx) {
    eachIndicator(ctx, (form, ind) => {
      const t = quantityOf(ind);
      if (!t || t.unit !== "%" || (t.number <= 100 && t.number >= 0)) return;
      ctx.report({ form, cell: ind.cell, message: "range", params: { value: ind.raw, number: t.number }, value: ind.raw });
    });
  },
});
