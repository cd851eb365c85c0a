import { defineRule } from "../types";

export default defineRule({
  meta: {
    id: "form/invalid-date",
    severity: "error",
    docs: { zh: "日期既不是 Excel 日期，也不是可识别的日期文本", en: "A date is neither an Excel date nor a recognisable date text" },
  },
  messages: {
    invalid: {
      zh: "「{field}」无法识别为日期：{value}（应如 2024-01-01）",
      en: "{fieldEn} is not a date: {value} (expected e.g. 2024-01-01)",
    },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      for (const [date, zh, en] of [
        [form.dates.start, "计划开始日期", "planned start date"],
        [form.dates.end, "计划完成日期", "planned end date"],
      ] as const) {
        if (!date || !date.text || date.date) continue;
        ctx.report({ form, cell: date.cell ?? date.labelCell, message: "invalid", params: { field: zh, fieldEn: en, value: date.text }, value: date.text });
      }
    }
  },
});
