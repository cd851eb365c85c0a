import { formatYMD, YMD } from "../../grid/cell-value";
import { deadlineSpan } from "../../target/deadline";
import { compareYMD } from "../../template/dates";
import { Form } from "../../template/model";
import { defineRule } from "../types";
import { deadlineOf, eachIndicator } from "../support";

/** The days the plan covers: 计划开始日期 … 计划完成日期, the form year standing in for a date not given. */
function planOf(form: Form): { start: YMD; end: YMD; fromDates: boolean } | null {
  const start = form.dates.start?.date ?? (form.year !== null ? { year: form.year, month: 1, day: 1 } : null);
  const end = form.dates.end?.date ?? (form.year !== null ? { year: form.year, month: 12, day: 31 } : null);
  if (!start || !end) return null;
  return { start, end, fromDates: !!(form.dates.start?.date || form.dates.end?.date) };
}

export default defineRule({
  meta: {
    id: "target/deadline-outside-plan",
    title: { zh: "时限超出计划期", en: "Deadline outside the plan" },
    severity: "warning",
    docs: {
      zh: "时效指标的完成时限晚于计划完成日期或早于计划开始日期（表中没有计划日期时按表头年度）",
      en: "A deadline under 时效指标 that falls after 计划完成日期 or before 计划开始日期 (the form year when the form has no dates)",
    },
  },
  messages: {
    after: {
      zh: "时效指标「{value}」的时限 {date} 晚于计划完成日期 {end}",
      en: "the deadline {date} of \"{value}\" falls after the planned end {end}",
    },
    before: {
      zh: "时效指标「{value}」的时限 {date} 早于计划开始日期 {start}",
      en: "the deadline {date} of \"{value}\" falls before the planned start {start}",
    },
    afterYear: {
      zh: "时效指标「{value}」的时限 {date} 不在表头年度 {year} 年内（表中没有计划日期）",
      en: "the deadline {date} of \"{value}\" falls after the form year {year} (the form has no planned dates)",
    },
    beforeYear: {
      zh: "时效指标「{value}」的时限 {date} 早于表头年度 {year} 年（表中没有计划日期）",
      en: "the deadline {date} of \"{value}\" falls before the form year {year} (the form has no planned dates)",
    },
  },
  check(ctx) {
    eachIndicator(ctx, (form, ind) => {
      const t = deadlineOf(ind);
      if (!t) return;
      const plan = planOf(form);
      // Reversed dates are form/date-order's finding; any window read from them would be wrong.
      if (!plan || compareYMD(plan.start, plan.end) > 0) return;
      const span = deadlineSpan(t, form.year ?? plan.end.year);
      if (!span) return;
      const common = { form, cell: ind.cell, value: ind.raw };
      const params = { value: ind.raw, start: formatYMD(plan.start), end: formatYMD(plan.end), year: form.year ?? plan.end.year };
      if (compareYMD(span.to, plan.end) > 0) {
        ctx.report({ ...common, message: plan.fromDates ? "after" : "afterYear", params: { ...params, date: formatYMD(span.to) } });
        return;
      }
      const first = span.from ?? span.to;
      if (compareYMD(first, plan.start) < 0) {
        ctx.report({ ...common, message: plan.fromDates ? "before" : "beforeYear", params: { ...params, date: formatYMD(first) } });
      }
    });
  },
});
