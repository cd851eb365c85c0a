import { CellValue } from "../../../../src/core/grid/cell-value";
import { cleanForm, FormSpec, IndicatorRow, SplitValue } from "../../../support/form-grid";
import { CLEAN_INDICATORS, CleanLevel2, withIndicators } from "../helpers";

// Helpers several target/ rule tests use.
/** The split layout (指标性质 E · 指标值 F · 计量单位 G) of cleanForm()'s indicators. */
export const sv = (nature: CellValue, value: CellValue, unit: CellValue): SplitValue => ({ nature, value, unit });
export const SPLIT: Record<CleanLevel2, SplitValue> = {
  数量指标: sv("=", 2, "次"),
  质量指标: sv("≥", 95, "%"),
  时效指标: sv("=", 100, "%"),
  社会效益指标: sv("定性", "建立", null),
  服务对象满意度指标: sv("≥", 90, "%"),
};
export const SPLIT_LAYOUT = { split: true };

export function splitWith(level2: CleanLevel2, value: SplitValue, name?: string): FormSpec {
  return cleanForm({
    indicators: CLEAN_INDICATORS.map((r): IndicatorRow => {
      const l2 = r[1] as CleanLevel2;
      return [r[0], r[1], l2 === level2 && name !== undefined ? name : r[2], l2 === level2 ? value : SPLIT[l2]];
    }),
  });
}

/** The lenient profile's satisfaction under 效益指标, with a target. */
export function publicSatisfaction(value: CellValue): FormSpec {
  const rows = [...CLEAN_INDICATORS];
  rows.splice(4, 0, ["效益指标", "社会公众或服务对象满意度指标", "公众满意度", value]);
  return withIndicators(rows);
}
