import { defineRule } from "../types";

export default defineRule({
  meta: {
    id: "form/year-outside",
    title: { zh: "年度不在计划期内", en: "Year outside the plan" },
    severity: "warning",
    docs: { zh: "表头年度不在计划开始至完成日期之间", en: "The form year lies outside the planned start..end dates" },
  },
  messages: {
    outside: {
      zh: "表头年度 {year} 不在计划期间 {from}–{to} 年内",
      en: "form year {year} lies outside the planned period {from}–{to}",
    },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      const { start, end } = form.dates;
      if (form.year === null || !form.yearCell || !start?.date || !end?.date) continue;
      if (start.date.year > end.date.year) continue; // form/date-order says what is wrong
      if (form.year >= start.date.year && form.year <= end.date.year) continue;
      ctx.report({ form, cell: form.yearCell, message: "outside", params: { year: form.year, from: start.date.year, to: end.date.year } });
    }
  },
});
