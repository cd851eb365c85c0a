import { cellText, isCellError } from "../../grid/cell-value";
import { defineRule } from "../types";

export default defineRule({
  meta: {
    id: "form/invalid-date",
    title: { zh: "日期无法识别", en: "Unreadable date" },
    severity: "error",
    docs: { zh: "日期既不是 Excel 日期，也不是可识别的日期文本", en: "A date is neither an Excel date nor a recognisable date text" },
  },
  messages: {
    invalid: {
      zh: "「{field}」无法识别为日期：{value}（应如 2024-01-01）",
      en: "{field} is not a date: {value} (expected e.g. 2024-01-01)",
    },
    invalidPeriod: {
      zh: "「{label}」无法识别为起止日期：{value}（应如 2024.01-2024.12）",
      en: "{label} is not a start and end date: {value} (expected e.g. 2024.01-2024.12)",
    },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      const { start, end } = form.dates;
      // A plan period in one cell (项目支出实施期) is one value: it reads as a whole or not at all.
      if (start && end && start.labelCell === end.labelCell) {
        if (!start.date && (start.text || isCellError(start.value))) {
          const value = start.text || cellText(start.value);
          ctx.report({ form, cell: start.cell ?? start.labelCell, message: "invalidPeriod", params: { label: start.label, value }, value });
        }
        continue;
      }
      for (const [date, zh, en] of [
        [form.dates.start, "计划开始日期", "planned start date"],
        [form.dates.end, "计划完成日期", "planned end date"],
      ] as const) {
        // An error value has no text but is a value all the same; a formula without a result is form/missing-field's.
        if (!date || date.date || !(date.text || isCellError(date.value))) continue;
        const value = date.text || cellText(date.value);
        ctx.report({ form, cell: date.cell ?? date.labelCell, message: "invalid", params: { field: { zh, en }, value }, value });
      }
    }
  },
});
