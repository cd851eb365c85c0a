import { defineRule } from "../types";
import { compact, eachIndicator, qualitativeOf } from "../support";

/** Claims that cannot be checked at year end. Kept as data: a phrase is a line. */
const VAGUE_PHRASES = [
  "稳定增长", "有效促进", "进一步", "不断", "显著", "明显", "逐步", "大幅", "持续", "提高", "提升", "增强",
  "加强", "改善", "促进", "推动", "良好", "较好", "有所",
];
/** A target longer than this reads as a sentence, not a target. */
const LONG = 20;
const SENTENCE_PUNCTUATION = /[，。；,;]/;

export default defineRule({
  meta: {
    id: "target/vague",
    title: { zh: "表述无法衡量", en: "Vague target" },
    severity: "info",
    docs: { zh: "定性指标值是长句或无法衡量的表述（保持稳定增长）", en: "Qualitative text that is a long sentence or an unmeasurable claim (保持稳定增长)" },
  },
  messages: {
    vague: { zh: "指标值「{value}」难以在年末衡量是否达成", en: "target \"{value}\" is hard to verify at year end" },
  },
  check(ctx) {
    eachIndicator(ctx, (form, ind) => {
      const q = qualitativeOf(ind);
      if (!q) return;
      const text = compact(q.text);
      const vague = text.length > LONG || SENTENCE_PUNCTUATION.test(text) || VAGUE_PHRASES.some((p) => text.includes(p));
      if (vague) ctx.report({ form, cell: ind.cell, message: "vague", params: { value: ind.raw }, value: ind.raw });
    });
  },
});
