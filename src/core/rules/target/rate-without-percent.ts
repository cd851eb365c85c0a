import { defineRule } from "../types";
import { eachIndicator, quantityOf, cellOfUnit } from "../support";

export default defineRule({
  meta: {
    id: "target/rate-without-percent",
    title: { zh: "比率未用 %", en: "Rate without %" },
    severity: "warning",
    docs: { zh: "以“率”结尾的三级指标，单位不是 %", en: "A 三级指标 ending in 率 whose unit is not %" },
  },
  messages: {
    rate: { zh: "「{name}」是比率，单位应为 %，而不是「{unit}」", en: "\"{name}\" is a rate; its unit should be %, not {unit}" },
  },
  check(ctx) {
    eachIndicator(ctx, (form, ind) => {
      const t = quantityOf(ind);
      if (!t || t.unit === null || t.unit === "%" || !ind.keys.name.endsWith("率")) return;
      ctx.report({ form, cell: cellOfUnit(ind), message: "rate", params: { name: ind.name, unit: t.unit }, value: ind.raw });
    });
  },
});
