import { defineRule } from "../types";
import { eachIndicator, quantityOf, cellOfUnit } from "../support";

export default defineRule({
  meta: {
    id: "target/missing-unit",
    title: { zh: "缺少单位", en: "Missing unit" },
    severity: "warning",
    docs: { zh: "数值没有计量单位（≥5）", en: "A number without a unit (≥5)" },
  },
  messages: {
    missing: { zh: "指标值「{value}」缺少计量单位", en: "target \"{value}\" has no unit" },
  },
  check(ctx) {
    eachIndicator(ctx, (form, ind) => {
      const t = quantityOf(ind);
      if (!t || t.unit !== null) return;
      ctx.report({ form, cell: cellOfUnit(ind), message: "missing", params: { value: ind.raw }, value: ind.raw });
    });
  },
});
