import { CellValue, YMD, isDateFormat, serialToYMD } from "../grid/cell-value";
import { foldWidth, stripSpaces } from "../text/normalize";

/**
 * Reads a planned start or end date: an Excel date (a serial shown with a date format), or text such as
 * 2024-01-01, 2024/1/1, 2024.01.01, 2024年1月1日, 20240101. A month or a year alone means its first day for
 * a start and its last for an end.
 */
export function readDate(value: CellValue, numberFormat: string | undefined, edge: "start" | "end"): YMD | null {
  if (typeof value === "number") {
    // A serial is a date only where the cell shows it as one; 45292 in a General cell is a number.
    if (isDateFormat(numberFormat)) return serialToYMD(value);
    if (!Number.isInteger(value)) return null;
    if (value >= 19000101 && value <= 21001231) return fromParts(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100);
    if (value >= 1900 && value <= 2100) return edge === "start" ? fromParts(value, 1, 1) : fromParts(value, 12, 31);
    return null;
  }
  if (typeof value !== "string") return null;
  // One blank before the time, not \s+: spaces are stripped anyway, and \s+ before an end anchor rescans a
  // long run of blanks from each of its characters.
  const s = foldWidth(stripSpaces(value.trim().replace(/(?:T|\s)\d{1,2}:\d{2}(?::\d{2})?$/, "")));
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return fromParts(y, mo, edge === "start" ? 1 : daysInMonth(y, mo));
  }
  m = /^(\d{4})年?$/.exec(s);
  if (m) return edge === "start" ? fromParts(Number(m[1]), 1, 1) : fromParts(Number(m[1]), 12, 31);
  return null;
}

/**
 * A plan period in one cell (项目支出实施期): 2023.07-2024.01, 2023年4月-2024年2月, 2024-01-01至2024-12-31,
 * 2024年4月至12月. The start is the first day of what the left side names, the end the last day of the right
 * side's; null when the text is no period.
 */
export function readPeriod(value: CellValue): { start: YMD; end: YMD } | null {
  if (typeof value !== "string") return null;
  const s = foldWidth(stripSpaces(value.trim()));
  // A dash also separates the parts of a date (2024-01-01-2024-12-31), so every separator is tried.
  for (let i = 4; i < s.length - 1; i++) {
    if (!/[-~—–至到]/.test(s[i]!)) continue;
    const left = s.slice(0, i);
    let right = s.slice(i + 1);
    const start = readDate(left, undefined, "start");
    if (!start) continue;
    // 2024年4月至12月: the right side takes the left side's year.
    if (/^\d{1,2}月/.test(right)) right = `${start.year}年${right}`;
    const end = readDate(right, undefined, "end");
    if (end) return { start, end };
  }
  return null;
}

function fromParts(year: number, month: number, day: number): YMD | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function compareYMD(a: YMD, b: YMD): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
