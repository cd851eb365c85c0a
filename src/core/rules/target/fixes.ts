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

/** Full-width digits, percent or decimal point: read, but not as the template prints them. */
export function hasFullWidthDigits(raw: string): boolean {
  return /[０-９％．，]/.test(raw);
}

/**
 * The cells of a target and their text: one cell in the template's layout, three in the split layout,
 * so that a finding about one part names the cell that holds it.
 */
export function targetCells(ind: Indicator): { cell: string; text: string }[] {
  if (!ind.parts) return [{ cell: ind.cell, text: ind.raw }];
  const cells = [{ cell: ind.cell, text: ind.parts.value }];
  if (ind.natureCell) cells.unshift({ cell: ind.natureCell, text: ind.parts.nature });
  if (ind.unitCell) cells.push({ cell: ind.unitCell, text: ind.parts.unit });
  return cells;
}
