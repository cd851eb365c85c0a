import { defineRule } from "../types";
import { eachIndicator, isSatisfactionFloor, quantityOf } from "../support";

export default defineRule({
  meta: {
    id: "target/satisfaction-floor",
    title: { zh: "满意度低于下限", en: "Satisfaction below the floor" },
    severity: "warning",
    docs: { zh: "满意度目标低于设定下限（默认 80%）", en: "A satisfaction target below the floor (80% by default; a setting)" },
  },
  messages: {
    low: { zh: "满意度目标 {number}% 低于 {floor}%", en: "satisfaction target {number}% is below {floor}%" },
  },
  check(ctx) {
    const floor = ctx.settings.satisfactionFloor;
    eachIndicator(ctx, (form, ind) => {
      const t = quantityOf(ind);
      // The floor is for satisfaction; a complaint rate of 5% under 满意度指标 is a good target, not a low one.
      if (!t || !isSatisfactionFloor(ind) || t.unit !== "%" || t.number >= floor) return;
      ctx.report({ form, cell: ind.cell, message: "low", params: { number: t.number, floor }, value: ind.raw });
    });
  },
});
