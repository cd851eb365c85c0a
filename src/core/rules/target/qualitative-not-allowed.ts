import { defineRule } from "../types";
import { eachIndicator, kindOf, leadingNumberOf, measurableRequired, qualitativeOf } from "../support";
import { leadingNumberFix, TRAILING_WORDS_MESSAGES } from "./fixes";

export default defineRule({
  meta: {
    id: "target/qualitative-not-allowed",
    title: { zh: "此处须为定量指标", en: "Measurable target required" },
    severity: "error",
    severities: ["error", "warning"],
    docs: {
      zh: "数量指标、服务对象满意度指标（错误）或时效指标（警告）下填了没有数值的文字；时效指标下的截止日期可衡量，只写年份（2024年）则提示写明月份或日期",
      en: "Text without a number where a measurable target is required: 数量/满意度 (error), 时效 (warning); a deadline under 时效 is measurable, a bare year (2024年) is asked for its month or day",
    },
  },
  messages: {
    quantity: { zh: "数量指标需要数值目标，「{value}」不可衡量（如 ≥1.00(次)）", en: "a 数量指标 needs a number; \"{value}\" is not measurable (e.g. ≥1.00(次))" },
    satisfaction: { zh: "满意度指标需要百分比目标，「{value}」不可衡量（如 ≥90.00(%)）", en: "a satisfaction indicator needs a percentage; \"{value}\" is not measurable (e.g. ≥90.00(%))" },
    timeliness: { zh: "时效指标宜用可衡量的目标，「{value}」不可衡量（如 =100.00(%) 或 ≤30.00(天)）", en: "a 时效指标 should be measurable; \"{value}\" is not (e.g. =100.00(%) or ≤30.00(天))" },
    coarseYear: {
      zh: "时效指标「{value}」只写了年份，请写明月份或日期（如 {year}年12月31日前）",
      en: "时效指标 \"{value}\" names only a year; name the month or day (e.g. {year}-12-31)",
    },
    ...TRAILING_WORDS_MESSAGES,
  },
  check(ctx) {
    eachIndicator(ctx, (form, ind) => {
      const q = qualitativeOf(ind);
      if (!q) return;
      const kind = kindOf(ind);
      if (!measurableRequired(kind)) return;
      const common = { form, cell: ind.cell, value: ind.raw, severity: kind === "timeliness" ? ("warning" as const) : ("error" as const) };
      // A year is a deadline, only too coarse to check: say what would make it one, not "not measurable".
      if (kind === "timeliness" && q.year !== undefined) {
        ctx.report({ ...common, message: "coarseYear", params: { value: ind.raw, year: q.year } });
        return;
      }
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
