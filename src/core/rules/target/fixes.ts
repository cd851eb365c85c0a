import { Message } from "../../i18n";
import { canonicalNumber, canonicalOf, canonicalTarget } from "../../target/canonical";
import { LeadingNumber, QuantitativeTarget } from "../../target/model";
import { CellPart, Indicator } from "../../template/model";
import { defaultOperator } from "../support";

/** The Arabic, canonical rewrite of a target: its own operator or the usual one, and its unit if it has one. */
export function arabicFix(ind: Indicator, t: QuantitativeTarget): string {
  return canonicalOf(t, defaultOperator(ind)) ?? `${t.op ?? defaultOperator(ind)}${canonicalNumber(t.number)}`;
}

/** The canonical target a text starting with an amount (100%完成) most likely meant; null without a unit (1-2次). */
export function leadingNumberFix(ind: Indicator, lead: LeadingNumber): string | null {
  return lead.unit === null ? null : canonicalTarget(lead.op ?? defaultOperator(ind), lead.number, lead.unit);
}

/**
 * What target/qualitative-not-allowed and target/noncanonical say about an amount followed by words:
 * one wording for both, with the canonical example when the amount has a unit.
 */
export const TRAILING_WORDS_MESSAGES = {
  trailingWords: {
    zh: "「{value}」在数值后附加了文字，应只写数值，如 {fix}",
    en: "\"{value}\" adds words after the number; write only the number, e.g. {fix}",
  },
  trailingWordsNoUnit: {
    zh: "「{value}」在数值后附加了文字，应只写一个数值及其计量单位",
    en: "\"{value}\" adds words after the number; write a single number with its unit",
  },
} satisfies Record<string, Message>;

/** 1,000.00 → 1000.00: rules.md allows thousands separators in NUMBER, so they never make a value noncanonical. */
export function withoutThousandsSeparators(text: string): string {
  return text.replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
}

/** Full-width signs or brackets in the value as typed (the parser folded them to read it). */
export function hasFullWidthSigns(raw: string): boolean {
  return /[＝＞＜（）［］]/.test(raw);
}

/** Full-width digits, percent or decimal point: read, but not as the template prints them. */
export function hasFullWidthDigits(raw: string): boolean {
  return /[０-９％．，]/.test(raw);
}

/** The cells of a target and their text, in reading order, so that a finding about one part names its cell. */
export function targetCells(ind: Indicator): CellPart[] {
  const { op, value, unit } = ind.cells;
  return [op, value, unit].filter((c): c is CellPart => c !== undefined);
}
