import { canonicalNumber, canonicalTarget } from "../../target/canonical";
import { defineRule } from "../types";
import { eachIndicator, isSatisfactionFloor, cellOfOperator, quantityOf, wholeTargetFitsCell } from "../support";

export default defineRule({
  meta: {
    id: "target/satisfaction-operator",
    title: { zh: "满意度运算符有误", en: "Satisfaction operator" },
    severity: "warning",
    docs: { zh: "服务对象满意度指标使用了 =、≤ 或 <（满意度目标是下限，应用 ≥）", en: "A satisfaction target uses =, ≤ or < (targets are floors: ≥)" },
    fix: { zh: "同一数值改用 ≥", en: "the same value with ≥" },
  },
  messages: {
    floorSign: { zh: "满意度目标是下限，「{value}」应写作 {fix}", en: "satisfaction targets are floors; write {fix} instead of \"{value}\"" },
  },
  check(ctx) {
    eachIndicator(ctx, (form, ind) => {
      const t = quantityOf(ind);
      // 投诉率 ≤5% under 满意度指标 is right: complaints are capped, not floored.
      if (!t || !isSatisfactionFloor(ind) || (t.op !== "=" && t.op !== "≤" && t.op !== "<")) return;
      const fix = t.unit !== null ? canonicalTarget("≥", t.number, t.unit) : `≥${canonicalNumber(t.number)}`;
      ctx.report({ form, cell: cellOfOperator(ind), message: "floorSign", params: { value: ind.raw, fix }, fix, fixInPlace: wholeTargetFitsCell(ind), value: ind.raw });
    });
  },
});
