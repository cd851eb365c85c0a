import fc from "fast-check";
import { checkGrids } from "../../src/core/check";
import { CellValue } from "../../src/core/grid/cell-value";
import { SheetGrid } from "../../src/core/grid/sheet-grid";
import { ReportSchema } from "../../src/core/report/schema";
import { SettingsSchema } from "../../src/core/settings";
import { fixtureGrids } from "../support/fixtures";

/** Cell contents drawn from what real forms hold, so random grids often look like (broken) forms. */
const LABELS = [
  "财政项目支出绩效目标申报表", "(2024年度)", "项目名称", "项目性质", "项目类别", "主管部门", "实施单位", "计划开始日期",
  "计划完成日期", "项目资金总额", "其中：财政资金", "其他资金", "年度资金申请总额", "其中：当年财政拨款", "上年结转资金",
  "项目总目标", "年度总体目标", "一级指标", "二级指标", "三级指标", "年度(/项目)指标值", "指标性质", "计量单位", "产出指标",
  "效益指标", "满意度指标", "成本指标", "数量指标", "质量指标", "时效指标", "社会效益指标", "服务对象满意度指标", "双星指标",
  "填表人", "备注", "阶段性项目", "=1.00(次)", "≥95.00(%)", "80%百分之八十", "百分之百", "建立", "<p>x</p>", "2024-01-01",
  "2024/13/45", "490,000.00", "abc", "(", "）", "≥", "定性", "", " ",
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -1e6, max: 3e6 }), fc.double({ noNaN: false })) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom({ error: "#N/A" }, { error: "#REF!" }, { error: "#DIV/0!" }) },
  { weight: 3, arbitrary: fc.constant(null) },
);

const grid: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 8 }),
    row: fc.integer({ min: 1, max: 50 }),
    col: fc.integer({ min: 1, max: 20 }),
    values: fc.array(fc.array(cellValue, { maxLength: 9 }), { maxLength: 40 }),
    formats: fc.array(fc.array(fc.constantFrom("General", "@", "0%", "yyyy-mm-dd", "#,##0.00", "[$-804]yyyy年m月d日"), { maxLength: 9 }), { maxLength: 40 }),
    merges: fc.array(
      fc.record({ top: fc.integer({ min: -2, max: 60 }), left: fc.integer({ min: -2, max: 30 }), h: fc.integer({ min: -1, max: 12 }), w: fc.integer({ min: -1, max: 6 }) }),
      { maxLength: 15 },
    ),
  })
  .map((g) => ({
    name: g.name,
    origin: { row: g.row, col: g.col },
    values: g.values,
    numberFormats: g.formats,
    // Deliberately unchecked: overlapping, inverted and off-sheet merges must not break the reader either.
    merges: g.merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
  }));

const settings = fc.record({
  profile: fc.constantFrom("shanghai" as const, "lenient" as const),
  lang: fc.constantFrom("zh" as const, "en" as const),
  requireCostCategory: fc.boolean(),
  satisfactionFloor: fc.integer({ min: 0, max: 100 }),
});

describe("no grid makes the reader or the rules throw", () => {
  test("random grids", () => {
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), settings, (grids, s) => {
        const { report } = checkGrids(grids, "random.xlsx", SettingsSchema.parse(s));
        expect(report.internalErrors).toEqual([]);
        ReportSchema.parse(report);
      }),
      { numRuns: 300, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) },
    );
  });

  test("the seed workbook with random cells overwritten", async () => {
    const seed = await fixtureGrids("seed-2024.xlsx");
    fc.assert(
      fc.property(
        fc.array(fc.record({ sheet: fc.nat(10), row: fc.nat(40), col: fc.nat(6), value: cellValue }), { minLength: 1, maxLength: 40 }),
        settings,
        (edits, s) => {
          const grids = seed.map((g) => ({ ...g, values: g.values.map((r) => (r ? [...r] : r)) }));
          for (const e of edits) {
            const g = grids[e.sheet % grids.length]!;
            (g.values[e.row] ??= [])[e.col] = e.value;
          }
          const { report } = checkGrids(grids, "seed.xlsx", SettingsSchema.parse(s));
          expect(report.internalErrors).toEqual([]);
          ReportSchema.parse(report);
        },
      ),
      { numRuns: 150, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) },
    );
  });
});
