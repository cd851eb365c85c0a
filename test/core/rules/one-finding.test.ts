import fc from "fast-check";
import { checkGrids, CheckResult } from "../../../src/core/check";
import { Diagnostic } from "../../../src/core/diagnostic";
import { CellValue } from "../../../src/core/grid/cell-value";
import { runRules } from "../../../src/core/rules/run";
import { defineRule } from "../../../src/core/rules/types";
import { DEFAULT_SETTINGS, SettingsSchema } from "../../../src/core/settings";
import { buildSummary } from "../../../src/core/summary/build";
import { readWorkbook } from "../../../src/core/template/read-workbook";
import { checkSheets } from "../../support/check";
import { fixtureGrids } from "../../support/fixtures";
import { cleanForm, formatted, IndicatorRow, sheetOf } from "../../support/form-grid";

/**
 * rules.md, "One mistake, one finding": two findings on one (sheet, cell) never offer the same fix. Checked
 * on the report (what users see) and on the rules alone (`repeatedFixes`: what the central guard had to drop).
 */
function repeatedFixes(ds: readonly Diagnostic[]): string[] {
  const seen = new Map<string, string>();
  const repeats: string[] = [];
  for (const d of ds) {
    if (d.fix === undefined) continue;
    const key = `${d.sheet}!${d.cell} ${d.fix}`;
    const first = seen.get(key);
    if (first) repeats.push(`${key}: ${first} and ${d.rule}`);
    else seen.set(key, d.rule);
  }
  return repeats;
}

function expectOneFixPerCell(result: CheckResult): void {
  expect(repeatedFixes(result.report.diagnostics)).toEqual([]);
  expect(result.run.repeatedFixes.map((d) => `${d.sheet}!${d.cell} ${d.rule} ${d.fix}`)).toEqual([]);
}

/** Targets from the grammar's every corner, good and bad, so that rules meet the values they share. */
const VALUES: CellValue[] = [
  "=1.00(次)", "≥95.00(%)", "百分之百", "百分之八十", "80%百分之八十", "100%百分百", "80%百分之九十", "100%", "985米", "≥5",
  ">=95%", "≧90％", "＝１００（％）", "≥60(人次)", "三次", "≥百分之九十", "=百分之九十", "90%以上", "不低于95%", "120%",
  "≥95.00%(含)", "100%完成", "1-2次", "100人左右", "3天内完成", "3个月内", "不超过30天", "2024年12月31日前", "2024-12-31",
  "2024/6/30", "2024.12.31", "12月底", "2024年12月底前完成", "2024.04-2024.05", "2024年4月至5月", "2024年", "2025年3月前",
  "按期完成", "及时", "建立", "保持稳定增长", "≤30.00(天)", "=5.00(个)", "<p>建立</p>", 5, 0.95, 45565, "", null,
];
const LEVELS: ReadonlyArray<readonly [string, string, string]> = [
  ["产出指标", "数量指标", "举办培训班"],
  ["产出指标", "质量指标", "培训结业率"],
  ["产出指标", "时效指标", "完成及时率"],
  ["产出指标", "时效指标", "完成时间"],
  ["效益指标", "社会效益指标", "长效管理机制"],
  ["满意度指标", "服务对象满意度指标", "培训对象满意度"],
  ["满意度指标", "服务对象满意度指标", "投诉率"],
  ["成本指标", "经济成本指标", "培训成本"],
];

const row: fc.Arbitrary<IndicatorRow> = fc
  .record({ level: fc.constantFrom(...LEVELS), value: fc.constantFrom(...VALUES), date: fc.boolean() })
  .map(({ level, value, date }) => [level[0], level[1], level[2], date && typeof value === "number" ? formatted(value, "yyyy-mm-dd") : value]);

/** The split layout's 指标性质 · 指标值 · 计量单位, each drawn on its own. */
const splitRow: fc.Arbitrary<IndicatorRow> = fc
  .record({
    level: fc.constantFrom(...LEVELS),
    nature: fc.constantFrom<CellValue>(null, "=", "≥", "≤", ">=", "＞", "定性", "定量"),
    value: fc.constantFrom(...VALUES),
    unit: fc.constantFrom<CellValue>(null, "%", "次", "（%）", "天", "月"),
  })
  .map(({ level, nature, value, unit }) => [level[0], level[1], level[2], { nature, value, unit }]);

describe("one mistake, one finding", () => {
  test("the seed workbook", async () => {
    const result = checkGrids(await fixtureGrids("seed-2024.xlsx"), "seed-2024.xlsx", DEFAULT_SETTINGS);
    expectOneFixPerCell(result);
    // Each cell that needs a change is one finding at error or warning: 百分之百 is no longer also a missing operator.
    const problems = result.report.diagnostics.filter((d) => d.severity !== "info");
    expect(new Set(problems.map((d) => `${d.sheet}!${d.cell}`)).size).toBe(problems.length);
  });

  test("generated forms, both profiles", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 10 }),
        fc.constantFrom("shanghai" as const, "lenient" as const),
        fc.constantFrom("zh" as const, "en" as const),
        (rows, profile, lang) => {
          expectOneFixPerCell(checkSheets([sheetOf("S", [{ spec: cleanForm({ indicators: rows }) }])], { profile, lang }));
        },
      ),
      { numRuns: 200, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) },
    );
  });

  test("generated forms in the split layout", () => {
    fc.assert(
      fc.property(fc.array(splitRow, { minLength: 1, maxLength: 10 }), fc.constantFrom("shanghai" as const, "lenient" as const), (rows, profile) => {
        expectOneFixPerCell(checkSheets([sheetOf("S", [{ spec: cleanForm({ indicators: rows }), opts: { split: true } }])], { profile }));
      }),
      { numRuns: 200, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) },
    );
  });

  test("where two rules do offer one fix on one cell, the worse finding stays and the other is left out", () => {
    const workbook = readWorkbook([sheetOf("S", [{ spec: cleanForm() }])]);
    const twice = (id: string, severity: "warning" | "info") =>
      defineRule({
        meta: { id, title: { zh: id, en: id }, severity, docs: { zh: id, en: id } },
        messages: { m: { zh: id, en: id } },
        check: (ctx) => ctx.report({ form: ctx.workbook.forms[0]!, cell: "F13", message: "m", fix: "=2.00(次)" }),
      });
    const run = runRules(workbook, SettingsSchema.parse({}), [twice("x/info", "info"), twice("x/warning", "warning")]);
    expect(run.diagnostics.map((d) => d.rule)).toEqual(["x/warning"]);
    expect(run.repeatedFixes.map((d) => d.rule)).toEqual(["x/info"]);
    expect(run.formOf.size).toBe(1);
  });
});

describe("counts that mean cells", () => {
  test("two findings on one cell are one cell to change; info findings are none", () => {
    // =70.00(%) under 满意度: a floor sign (satisfaction-operator) and a low floor (satisfaction-floor), one cell.
    const rows: IndicatorRow[] = cleanForm().indicators.map((r) => (r[1] === "服务对象满意度指标" ? [r[0], r[1], r[2], "=70.00(%)"] : r));
    rows.push(["效益指标", "社会效益指标", "社会影响", "保持稳定增长"]);
    const { report } = checkSheets([sheetOf("S", [{ spec: cleanForm({ indicators: rows }) }])]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 2, info: 1, cells: 1 });
    expect(report.projects[0]).toMatchObject({ warnings: 2, info: 1, cells: 1 });
    const summary = buildSummary([{ file: "test.xlsx", report }]);
    expect(summary.totals.cells).toBe(1);
    expect(summary.projects[0]!.cells).toBe(1);
  });

  test("a clean form has no cell to change", () => {
    expect(checkSheets([sheetOf("S", [{ spec: cleanForm() }])]).report.totals.cells).toBe(0);
  });
});
