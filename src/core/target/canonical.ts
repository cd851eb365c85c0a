import { Op, QuantitativeTarget } from "./model";

/** 1 → "1.00", 99.95 → "99.95", 0.125 → "0.125": two decimals at least, never losing precision. */
export function canonicalNumber(n: number): string {
  const fixed = n.toFixed(2);
  return Number(fixed) === n ? fixed : String(n);
}

/** The template's rendering: OP NUMBER "(" UNIT ")", e.g. ≥95.00(%). */
export function canonicalTarget(op: Op, number: number, unit: string): string {
  return `${op}${canonicalNumber(number)}(${unit})`;
}

/** The canonical form of a target with the operator it has, or `fallbackOp`; null without a unit. */
export function canonicalOf(t: QuantitativeTarget, fallbackOp: Op): string | null {
  if (t.unit === null) return null;
  return canonicalTarget(t.op ?? fallbackOp, t.number, t.unit);
}
