import { IndicatorRow } from "../../../support/form-grid";
import { CLEAN_INDICATORS } from "../helpers";

// Helpers several project/ rule tests use.
export const without = (level1: string): IndicatorRow[] => CLEAN_INDICATORS.filter((r) => r[0] !== level1);
export const cost: IndicatorRow = ["成本指标", "经济成本指标", "培训成本", "≤5.00(万元)"];
