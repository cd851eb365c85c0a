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
  /** Set when the text starts with an Arabic amount and goes on in words (100%完成, 1-2次, 100人左右). */
  leadingNumber?: LeadingNumber;
}

export type Target = QuantitativeTarget | QualitativeTarget;

/** "no-result": a formula the file holds no calculated result for; `detail` is the formula ("=B5*2"). */
export type TargetFailure = "empty" | "error-value" | "no-result";

export type TargetParse = { ok: true; target: Target } | { ok: false; reason: TargetFailure; detail?: string };
