import { Diagnostic, Severity } from "../../../src/core/diagnostic";
import { CellValue } from "../../../src/core/grid/cell-value";
import { SettingsInput } from "../../../src/core/settings";
import { checkForm, findingsOf } from "../../support/check";
import { cleanForm, Formatted, FormSpec, IndicatorRow, LayoutOptions, SplitValue } from "../../support/form-grid";

/**
 * Shared by the rule tests (test/core/rules/<family>/<name>.test.ts). cleanForm() laid at A1 puts its one
 * indicator per 二级 on rows 13–17 (ROW below): 一级 in B (merged down each group), 二级 in C, 三级 in D (merged D:E), the value in F;
 * in the split layout 指标性质 is E, 指标值 F, 计量单位 G. catalogue.test.ts checks this against the reader.
 */
export const CLEAN_INDICATORS: readonly IndicatorRow[] = cleanForm().indicators;

export const ROW = { 数量指标: 13, 质量指标: 14, 时效指标: 15, 社会效益指标: 16, 服务对象满意度指标: 17 } as const;
export type CleanLevel2 = keyof typeof ROW;

/** cleanForm() with the indicator of one 二级 given another value (and, optionally, another 三级 name). */
export function withTarget(level2: CleanLevel2, value: CellValue | SplitValue | Formatted, name?: CellValue): FormSpec {
  return cleanForm({
    indicators: CLEAN_INDICATORS.map((r): IndicatorRow => (r[1] === level2 ? [r[0], r[1], name === undefined ? r[2] : name, value] : r)),
  });
}

/** cleanForm() with other indicator rows (and other fields). */
export function withIndicators(indicators: IndicatorRow[], overrides: Partial<FormSpec> = {}): FormSpec {
  return cleanForm({ ...overrides, indicators });
}

/** The findings of one rule on one form on sheet "S". */
export function run(rule: string, spec: FormSpec, settings: SettingsInput = {}, opts: LayoutOptions = {}): Diagnostic[] {
  return findingsOf(checkForm(spec, opts, settings), rule);
}

/** The one finding in `ds`; fails the test when there are none or several. */
export function only(ds: Diagnostic[]): Diagnostic {
  expect(ds).toHaveLength(1);
  return ds[0]!;
}

export interface Gist {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  fix?: string;
}

/** What a test pins down about a finding; `fix` is absent when the rule offered none. */
export function gist(d: Diagnostic): Gist {
  const g: Gist = { rule: d.rule, severity: d.severity, sheet: d.sheet, cell: d.cell };
  if (d.fix !== undefined) g.fix = d.fix;
  return g;
}
