import { YMD } from "../grid/cell-value";
import { DatePoint, DeadlineTarget } from "./model";

/**
 * The days a deadline spans, with the form's year for a month written without one (12月底前). A month
 * stands for its first day where a period starts and its last where the target ends. Null without a year.
 */
export function deadlineSpan(t: DeadlineTarget, formYear: number | null): { from: YMD | null; to: YMD } | null {
  const to = dayOf(t.to, formYear, "end");
  if (!to) return null;
  return { from: t.from ? dayOf(t.from, formYear, "start") : null, to };
}

function dayOf(p: DatePoint, formYear: number | null, edge: "start" | "end"): YMD | null {
  const year = p.year ?? formYear;
  if (year === null) return null;
  const day = p.day ?? (edge === "start" ? 1 : new Date(Date.UTC(year, p.month, 0)).getUTCDate());
  return { year, month: p.month, day };
}
