import { CellValue, isCellError, isFormulaWithoutResult } from "../grid/cell-value";
import { foldWidth, stripSpaces } from "../text/normalize";

/** The units a money block is printed in. */
export type MoneyUnit = "元" | "万元";

/** 元 per unit. */
export const MONEY_SCALE: Readonly<Record<MoneyUnit, 1 | 10000>> = { 元: 1, 万元: 10000 };

export type AmountParse =
  | { kind: "blank" }
  /** `written` is the unit the text states ("12.5万元" → 万元, "1,200元" → 元); null for a bare number. */
  | { kind: "number"; amount: number; written: MoneyUnit | null }
  | { kind: "problem"; problem: AmountProblem };

/** Why an amount is not a number: text, an error value, or a formula the file holds no result for. */
export type AmountProblem = "not-a-number" | "error-value" | "no-result";

/**
 * Dashes and slashes are how an accountant writes 0 (Excel's accounting format shows 0 as "-"); 无 and 空
 * say "nothing here", a blank. Either way no malformed number. Full-width － and ／ arrive folded.
 */
const ZERO = new Set(["-", "--", "—", "——", "–", "/"]);
const NOTHING = new Set(["无", "空"]);

/**
 * Reads an amount of money as written: a number, or text such as "490,000.00", "￥1,200", "12.5万元",
 * "(300.00)" (the accountant's negative), "-" (0). The amount stays in the unit it is written in; the
 * form's reader settles 元. Never throws.
 */
export function readAmount(value: CellValue): AmountParse {
  if (value === null || value === undefined) return { kind: "blank" };
  if (isCellError(value)) return { kind: "problem", problem: "error-value" };
  if (isFormulaWithoutResult(value)) return { kind: "problem", problem: "no-result" };
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", amount: value, written: null } : { kind: "problem", problem: "not-a-number" };
  if (typeof value === "boolean") return { kind: "problem", problem: "not-a-number" };
  let s = foldWidth(stripSpaces(value));
  if (!s) return { kind: "blank" };
  if (ZERO.has(s)) return { kind: "number", amount: 0, written: null };
  if (NOTHING.has(s)) return { kind: "blank" };
  let written: MoneyUnit | null = null;
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

const MONEY_LABEL_UNIT = /(?:资金|金额|总额|预算|拨款|经费)[^()]{0,6}\((?:单位[:：]?)?(万元|元)\)$/;
// 填报单位:元宝区… names a unit of government, and 单位:元/人 is a per-head unit: neither is a money note.
const MONEY_NOTE_UNIT = /(?:^|[^\u4e00-\u9fff]|金额|资金|货币)单位[:：]?(万元|元)(?![\u4e00-\u9fff/])/;

/**
 * The unit a money label prints after its name: 项目资金(元), 资金情况(万元), 年度资金申请总额（万元）,
 * 预算数(单位:万元). `key` is the label's labelKey (no spaces, half-width). Only short money labels count:
 * a goal that mentions "(50万元)" says nothing about the block.
 */
export function labelMoneyUnit(key: string): MoneyUnit | null {
  const m = key.length <= 24 ? MONEY_LABEL_UNIT.exec(key) : null;
  return m ? (m[1] as MoneyUnit) : null;
}

/**
 * The unit a note states for the form's money: 金额单位:万元, 单位：元, (单位：万元), also at the end of a
 * title or year line: (2024年度)单位:万元.
 */
export function noteMoneyUnit(key: string): MoneyUnit | null {
  const m = key.length <= 40 ? MONEY_NOTE_UNIT.exec(key) : null;
  return m ? (m[1] as MoneyUnit) : null;
}
