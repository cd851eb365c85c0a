/**
 * What one cell holds, as both adapters deliver it. Dates arrive as Excel serial numbers with a date
 * number format (that is what office.js gives; the exceljs adapter converts its Date objects), so the
 * core has exactly one way to see a date.
 */
export type CellError = { error: string };
/**
 * A formula the file holds no calculated result for (a program wrote it and never calculated it). It is not
 * blank: something is there, only its value is unknown, and a rule that needs the value says so
 * (template.md, "Money and its unit"). `formula` is as exceljs stores it, without the leading "=".
 * office.js always hands Excel's calculated values, so only the .xlsx adapter produces this.
 */
export type CellFormula = { formula: string };
export type CellValue = null | string | number | boolean | CellError | CellFormula;

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

export function isFormulaWithoutResult(v: CellValue | undefined): v is CellFormula {
  return typeof v === "object" && v !== null && typeof (v as CellFormula).formula === "string";
}

/** The formula as Excel's formula bar shows it: "=SUM(F10:F12)". */
export function formulaText(v: CellFormula): string {
  return `=${v.formula}`;
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * The text a person sees, without number formatting (numbers as JS renders them). A formula without a
 * result shows nothing, as in any viewer that does not calculate: its formula is not the value the user
 * meant, and reading it as text would name a project "=A1" or find a stale year inside a formula. Who
 * needs the formula asks formulaText.
 */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isFormulaWithoutResult(v)) return "";
  return v.error;
}

const DATE_TOKEN = /(^|[^"\\])(y{1,4}|m{3,5}|d{1,4}|e|g{1,3})/i;

/** True for number formats that display a date ("yyyy-mm-dd", "m/d/yy", "[$-804]yyyy年m月d日"). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  // Drop quoted literals, escapes, colour/locale brackets and elapsed-time parts before looking.
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (/^(general|@)$/i.test(bare.trim())) return false;
  return DATE_TOKEN.test(bare) || /(^|[^a-z])m{1,2}[/\-.]d{1,2}/i.test(bare);
}

export function isPercentFormat(format: string | undefined): boolean {
  return !!format && format.replace(/"[^"]*"/g, "").includes("%");
}

const MS_PER_DAY = 86400000;
/** Excel's day 0 is 1899-12-30 once the 1900 leap-year bug is accounted for (serials ≥ 61). */
const EPOCH_UTC = Date.UTC(1899, 11, 30);

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function serialToYMD(serial: number): YMD | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const d = new Date(EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function ymdToSerial(ymd: YMD): number {
  return Math.round((Date.UTC(ymd.year, ymd.month - 1, ymd.day) - EPOCH_UTC) / MS_PER_DAY);
}

export function formatYMD(d: YMD): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
