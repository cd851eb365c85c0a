import { defineRule } from "../types";
import { eachIndicator, kindOf, leadingNumberOf, measurableRequired } from "../support";
import { leadingNumberFix, TRAILING_WORDS_MESSAGES } from "./fixes";

export default defineRule({
  meta: {
    id: "target/qualitative-not-allowed",
    severity: "error",
    severities: ["error", "warning"],
    docs: {
      zh: "数量指标、服务对象满意度指标（错误）或时效指标（警告）下填了没有数值的文字",
      en: "Text without a number where a measurable target is required: 数量/满意度 (error), 时效 (warning)",
    },
  },
  messages: {
    quantity: { zh: "数量指标需要数值目标，「{value}」不可衡量（如 ≥1.00(次)）", en: "a 数量指标 needs a number; \"{value}\" is not measurable (e.g. ≥1.00(次))" },
    satisfaction: { zh: "满意度指标需要百分比目标，「{value}」不可衡量（如 ≥90.00(%)）", en: "a satisfaction indicator needs a percentage; \"{value}\" is not measurable (e.g. ≥90.00(%))" },
    timeliness: { zh: "时效指标宜用可衡量的目标，「{value}」不可衡量（如 =100.00(%) 或 ≤30.00(天)）", en: "a 时效指标 should be measurable; \"{value}\" is not (e.g. =100.00(%) or ≤30.00(天))" },
    ...TRAILING_WORDS_MESSAGES,
  },
  check(ctx) {
    eachIndicator(ctx, (form, ind) => {
      if (!ind.target.ok || ind.target.target.kind !== "qualitative") return;
      const kind = kindOf(ind);
      if (!measurableRequired(kind)) return;
      const common = { form, cell: ind.cell, value: ind.raw, severity: kind === "timeliness" ? ("warning" as const) : ("error" as const) };
      const lead = leadingNumberOf(ind);
      if (!lead) {
        ctx.report({ ...common, message: kind, params: { value: ind.raw } });
        return;
      }
      // 100%完成 is measurable once the words go: say that rather than "not measurable", and offer the
      // amount as the example. Not a drop-in: the words may have meant something (左右, 1-2次).
      const fix = leadingNumberFix(ind, lead);
      if (fix === null) ctx.report({ ...common, message: "trailingWordsNoUnit", params: { value: ind.raw } });
      else ctx.report({ ...common, message: "trailingWords", params: { value: ind.raw, fix }, fix });
    });
  },
});
