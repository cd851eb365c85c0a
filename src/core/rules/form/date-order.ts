import { formatYMD } from "../../grid/cell-value";
import { compareYMD } from "../../template/dates";
import { defineRule } from "../types";

export default defineRule({
  meta: {
    id: "form/date-order",
    title: { zh: "计划日期颠倒", en: "Start after end" },
    severity: "error",
    docs: { zh: "计划开始日期晚于计划完成日期", en: "The planned start date is after the planned end date" },
  },
  messages: {
    order: { zh: "计划开始日期 {start} 晚于计划完成日期 {end}", en: "planned start {start} is after planned end {end}" },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      const { start, end } = form.dates;
      if (!start?.date || !end?.date || compareYMD(start.date, end.date) <= 0) continue;
      ctx.report({
        form,
        cell: start.cell ?? start.labelCell,
        message: "order",
        params: { start: formatYMD(start.date), end: formatYMD(end.date) },
        value: start.text,
      });
    }
  },
});
