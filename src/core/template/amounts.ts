import { CellValue, isCellError, isFormulaWithoutResult } from "../grid/cell-value";
import { foldWidth, stripSpaces } from "../text/normalize";

export type AmountParse =
  | { kind: "blank" }
  /** `written` is the unit the text states ("12.5万元" → 万元, "1,200元" → 元); null for a bare number. */
  | { kind: "number"; amount: number; written: "万元" | "元" | null }
  | { kind: "problem"; problem: AmountProblem };

/** Why an amount is not a number: text, an error value, or a formula the file holds no result for. */
export type AmountProblem = "not-a-number" | "error-value" | "no-result";

/** Placeholders people type for "nothing here"; they are blanks, not malformed numbers. */
const NOTHING = new Set(["-", "--", "—", "——", "/", "无", "空"]);

/**
 * Reads an amount of money as written: a number, or text such as "490,000.00", "￥1,200", "12.5万元",
 * "(300.00)" (the accountant's negative). The amount stays in the unit it is written in; the form's
 * reader settles 元. Never throws.
 */
export function readAmount(value: CellValue): AmountParse {
  if (value === null || value === undefined) return { kind: "blank" };
  if (isCellError(value)) return { kind: "problem", problem: "error-value" };
  if (isFormulaWithoutResult(value)) return { kind: "problem", problem: "no-result" };
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", amount: value, written: null } : { kind: "problem", problem: "not-a-number" };
  if (typeof value === "boolean") return { kind: "problem", problem: "not-a-number" };
  let s = foldWidth(stripSpaces(value));
  if (!s) return { kind: "blank" };
  if (NOTHING.has(s)) return { kind: "blank" };
  let written: "万元" | "元" | null = null;
  s = s.replace(/^[¥￥]/, "");
  if (/万元?$/.test(s)) {
    written = "万元";
    s = s.replace(/万元?$/, "");
  } else if (s.endsWith("元")) {
    written = "元";
    s = s.slice(0, -1);
  }
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    sign = -1;
    s = paren[1]!;
  }
  if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s) && !/^[-+]?\.\d+$/.test(s)) return { kind: "problem", problem: "not-a-number" };
  const n = Number(s.replace(/,/g, ""));
  if (!Number.isFinite(n)) return { kind: "problem", problem: "not-a-number" };
  return { kind: "number", amount: sign * n, written };
}

/** Rounds to cents; an amount too large to scale by 100 is already beyond cents and stays as it is. */
export function roundCents(n: number): number {
  const scaled = n * 100;
  return Number.isFinite(scaled) ? Math.round(scaled) / 100 : n;
}

/** A sum that stays a finite number however absurd the amounts typed into a form. */
export function sumAmounts(values: Iterable<number | null>): number {
  let total = 0;
  for (const v of values) if (v !== null) total += v;
  return Number.isFinite(total) ? roundCents(total) : Math.sign(total) * Number.MAX_VALUE;
}
