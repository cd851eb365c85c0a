import { canonicalNumber, canonicalTarget } from "../../target/canonical";
import { rateDirection } from "../../target/direction";
import { Op } from "../../target/model";
import { isCostLevel } from "../../taxonomy";
import { defineRule } from "../types";
import { eachIndicator, isSatisfactionFloor, cellOfOperator, quantityOf } from "../support";

const OTHER_WAY: Partial<Record<Op, Op>> = { "≥": "≤", ">": "<", "≤": "≥", "<": ">" };
const FLOORS: ReadonlySet<Op> = new Set(["≥", ">"]);
const CEILINGS: ReadonlySet<Op> = new Set(["≤", "<"]);

export default defineRule({
  meta: {
    id: "target/operator-direction",
    title: { zh: "运算符方向相反", en: "Operator the wrong way" },
    severity: "warning",
    docs: {
      zh: "运算符方向反了：越高越好的比率（合格率、完成率、及时率……）用了 ≤ 或 <；越低越好的比率（故障率、投诉率、发生率……）用了 ≥ 或 >；成本指标用了 ≥ 或 >（成本是上限）",
      en: "The operator points the wrong way: a rate that should be high (合格率, 完成率, 及时率 …) with ≤ or <; a rate that should be low (故障率, 投诉率, 发生率 …) with ≥ or >; a cost target (成本指标) with ≥ or > (costs are ceilings)",
    },
    fix: { zh: "同一数值改用相反方向的运算符（仅供参考，不直接替换）", en: "the same value with the other operator (a suggestion, not applied in place)" },
  },
  messages: {
    high: {
      zh: "「{name}」越高越好，目标应是下限，「{value}」的方向反了：是否应为 {fix}？",
      en: "\"{name}\" should be high, so its target is a floor; \"{value}\" points the wrong way: did you mean {fix}?",
    },
    low: {
      zh: "「{name}」越低越好，目标应是上限，「{value}」的方向反了：是否应为 {fix}？",
      en: "\"{name}\" should be low, so its target is a ceiling; \"{value}\" points the wrong way: did you mean {fix}?",
    },
    cost: {
      zh: "成本指标是上限，「{name}」的「{value}」写成了下限：是否应为 {fix}？",
      en: "cost targets are ceilings; \"{value}\" for \"{name}\" is written as a floor: did you mean {fix}?",
    },
  },
  check(ctx) {
    eachIndicator(ctx, (form, ind) => {
      const t = quantityOf(ind);
      if (!t?.op) return;
      // Satisfaction floors are target/satisfaction-operator's; a complaint rate under 满意度 is judged here.
      if (isSatisfactionFloor(ind) || ind.keys.name.includes("满意度")) return;
      const rate = rateDirection(ind.keys.name);
      const cost = !rate && isCostLevel(ind.keys.level1, ind.keys.level2);
      const wrong = rate === "high" ? CEILINGS.has(t.op) : rate === "low" || cost ? FLOORS.has(t.op) : false;
      if (!wrong) return;
      const op = OTHER_WAY[t.op]!;
      // The user may have meant the number, not the sign (≤5% 合格率 could be a 不合格率): never in place.
      const fix = t.unit !== null ? canonicalTarget(op, t.number, t.unit) : `${op}${canonicalNumber(t.number)}`;
      const message = rate ?? "cost";
      ctx.report({ form, cell: cellOfOperator(ind), message, params: { name: ind.name, value: ind.raw, fix }, fix, value: ind.raw });
    });
  },
});
