/** What a 指标值 means once parsed: the grammar of rules.md as data. */

export const OPERATORS = ["=", "≥", "≤", ">", "<"] as const;
export type Op = (typeof OPERATORS)[number];

/** How the number was written: 80%, 百分之八十, or 80%百分之八十. */
export type Notation = "arabic" | "chinese" | "mixed";

export interface QuantitativeTarget {
  kind: "quantitative";
  /** null: no operator was written. */
  op: Op | null;
  number: number;
  /** "%" for percents; null when none was written. */
  unit: string | null;
  notation: Notation;
  /** The operator exactly as written when it is not one of the five canonical signs (">=", "≧", "不低于", "以上"). */
  nonstandardOp?: string;
  /** Full-width operators, brackets, digits or percent signs were folded to read the value. */
  widthFolded: boolean;
  /** The number was written with thousands separators (2,800.00). */
  thousandsSeparator: boolean;
  /** For mixed notation: the number the Chinese (or Arabic) restatement says. */
  restatement?: number;
  /** The value came from a number cell rather than text. */
  numericCell: boolean;
  /**
   * Words in brackets after a complete quantity, without digits: 含 in ≥95.00%(含), 满意度 in ≥95%（满意度）.
   * The value is read without them; the template has no place for them.
   */
  remark?: string;
}

/**
 * The Arabic amount a qualitative text starts with: 100% in 100%完成, 1 in 1-2次, 100 人 in 100人左右.
 * The words after it make the text no number, but the user most likely meant the amount.
 */
export interface LeadingNumber {
  number: number;
  unit: string | null;
  /** The operator written before the amount (≥100人左右) or straight after it (3天内完成), when there is one. */
  op?: Op;
}

export interface QualitativeTarget {
  kind: "qualitative";
  /** The text as written, whitespace tidied. */
  text: string;
  /** The text is a bare year (2024年, 2024年底前): a deadline too coarse to check against the plan. */
  year?: number;
  /** Set when the text starts with an Arabic amount and goes on in words (100%完成, 1-2次, 100人左右). */
  leadingNumber?: LeadingNumber;
}

/** A day, or a month whose year the form supplies when none is written (12月底前). */
export interface DatePoint {
  /** null: no year was written; the form's year is meant. */
  year: number | null;
  month: number;
  /** null: a whole month (12月底, 2024.04). */
  day: number | null;
}

/**
 * The usual way to write a 时效指标: a day or month to finish by (2024年12月31日前, 12月底), or a period
 * (2024.04-2024.05, 2024年4月至5月). Under any other 二级 the rules read it as qualitative text.
 */
export interface DeadlineTarget {
  kind: "deadline";
  /** The text as written, whitespace tidied; an Excel date as yyyy-mm-dd. */
  text: string;
  /** The latest day the target allows: the date, the month's end, or the period's end. */
  to: DatePoint;
  /** A period's first day or month; absent for a deadline. */
  from?: DatePoint;
  /** The value came from a date cell rather than text. */
  dateCell?: boolean;
}

export type Target = QuantitativeTarget | QualitativeTarget | DeadlineTarget;

/** "no-result": a formula the file holds no calculated result for; `detail` is the formula ("=B5*2"). */
export type TargetFailure = "empty" | "error-value" | "no-result";

export type TargetParse = { ok: true; target: Target } | { ok: false; reason: TargetFailure; detail?: string };
