import { canonicalNumber, canonicalOf } from "../../target/canonical";
import { QuantitativeTarget } from "../../target/model";
import { Indicator } from "../../template/model";
import { defaultOperator } from "../support";

/** The Arabic, canonical rewrite of a target: its own operator or the usual one, and its unit if it has one. */
export function arabicFix(ind: Indicator, t: QuantitativeTarget): string {
  return canonicalOf(t, defaultOperator(ind)) ?? `${t.op ?? defaultOperator(ind)}${canonicalNumber(t.number)}`;
}

/** Full-width signs or brackets in the value as typed (the parser folded them to read it). */
export function hasFullWidthSigns(raw: string): boolean {
  return /[＝＞＜（）［］]/.test(raw);
}
