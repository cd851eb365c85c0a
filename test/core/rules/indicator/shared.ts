import { IndicatorRow } from "../../../support/form-grid";
import { CLEAN_INDICATORS } from "../helpers";

// Helpers several indicator/ rule tests use.
export const [quantity, quality, timeliness, social, satisfaction] = CLEAN_INDICATORS as [IndicatorRow, IndicatorRow, IndicatorRow, IndicatorRow, IndicatorRow];

/** cleanForm()'s indicators with the given 一级 on every 产出指标 row (one merged cell, B13:B15). */
export function outputLevel1As(level1: string): IndicatorRow[] {
  return CLEAN_INDICATORS.map((r): IndicatorRow => (r[0] === "产出指标" ? [level1, r[1], r[2], r[3]] : r));
}

/** cleanForm()'s indicators with one extra row just before the 满意度 group. */
export function plusRow(row: IndicatorRow): IndicatorRow[] {
  return [quantity, quality, timeliness, social, row, satisfaction];
}
