import { OfficeMockObject } from "office-addin-mock";
import { MARK_FILL } from "../../src/core/marks";
import { SETTINGS_KEY, parseState } from "../../src/excel/mark-state";
import { RequestBudget } from "../../src/excel/budget";
import { RestorePlan, queueNames, queuePaint, queueRestore, queueTargetReads } from "../../src/excel/marks";
import { MarkProbe, SheetInfo, WorkbookSnapshot } from "../../src/excel/read";

/**
 * The mark batches against office-addin-mock: what is written to which range, and how many round trips.
 * The mock has no collections, so the sheet is reached by getItem and its cells by getRange.
 */
function mockWorkbook() {
  // Kept outside the seed: the mock turns the seed's arrays into mock objects.
  const added: { name: string; item: { visible: boolean } }[] = [];
  const cell = (fill: string, pattern: string) => ({ format: { fill: { color: fill, pattern, patternColor: "#000000", patternTintAndShade: 0, tintAndShade: 0, clear() {} } } });
  const seed = {
    context: {
      workbook: {
        worksheets: {
          sheet: {
            F13: cell("#FFFF00", "Solid"),
            F14: cell("#FFFFFF", "None"),
            F15: cell(MARK_FILL.warning, "Solid"),
            getRange(address: string) {
              return (this as unknown as Record<string, unknown>)[address];
            },
          },
          getItem() {
            return this.sheet;
          },
        },
        settings: {
          saved: { value: "" },
          add(key: string, value: string) {
            this.saved.value = `${key}=${value}`;
          },
        },
        names: {
          add(name: string) {
            const item = { visible: true };
            added.push({ name, item });
            return item;
          },
          getItem(name: string) {
            return added.find((n) => n.name === name)!.item;
          },
        },
      },
    },
  };
  return { mock: new OfficeMockObject(seed), added };
}

type MockCells = Record<string, { format: { fill: { color: string; load(p: string): void } } }>;
const cellsOf = (mock: OfficeMockObject) => (mock.context as unknown as { workbook: { worksheets: { sheet: MockCells } } }).workbook.worksheets.sheet;

const SHEET: SheetInfo = { name: "表1", protected: false };
const SNAPSHOT: WorkbookSnapshot = { sheets: [SHEET], state: { version: 2, marks: [] }, stored: false, markNames: new Map(), comments: null };
const NO_RESTORE: RestorePlan = { restored: [], kept: [], skipped: [], notes: [] };

test("marking reads each target's own fill and names each cell, then stores the state, paints and hides the names", async () => {
  const { mock, added } = mockWorkbook();
  const ctx = mock.context as unknown as Excel.RequestContext;
  const marks = [
    { sheet: "表1", cell: "F13", severity: "error" as const, note: "x", rules: ["target/chinese-numerals"] },
    { sheet: "表1", cell: "F14", severity: "warning" as const, note: "y", rules: ["target/missing-unit"] },
  ];
  const budget = new RequestBudget(ctx);
  const { reads } = await queueTargetReads(ctx, marks, [SHEET], false, new Set(), budget);
  await queueNames(ctx, reads, "r1", budget);
  await budget.sync();
  const { state } = await queuePaint(ctx, SNAPSHOT, reads, NO_RESTORE, "r1", budget);
  await budget.sync();

  const cells = cellsOf(mock);
  expect([cells.F13!.format.fill.color, cells.F14!.format.fill.color]).toEqual([MARK_FILL.error, MARK_FILL.warning]);
  // What was saved is each cell's own fill: F14 had none (pattern None), whatever colour was reported.
  expect(state.marks.map((m) => [m.cell, m.fill, m.name])).toEqual([
    ["F13", { color: "#FFFF00" }, "_jixiao_m_r1_0"],
    ["F14", { color: null }, "_jixiao_m_r1_1"],
  ]);
  expect(added.map((n) => [n.name, n.item.visible])).toEqual([
    ["_jixiao_m_r1_0", false],
    ["_jixiao_m_r1_1", false],
  ]);
  const saved = (mock.context as unknown as { workbook: { settings: { saved: { value: string } } } }).workbook.settings.saved.value;
  expect(saved.startsWith(`${SETTINGS_KEY}=`)).toBe(true);
  expect(parseState(saved.slice(SETTINGS_KEY.length + 1))).toEqual(state);
});

test("restoring puts each cell's own fill back, and leaves a recoloured cell alone", async () => {
  const { mock } = mockWorkbook();
  const ctx = mock.context as unknown as Excel.RequestContext;
  const record = (cell: string, color: string | null) => ({ name: `_jixiao_m_r0_${cell.slice(1)}`, sheet: "表1", cell, severity: "warning" as const, fill: { color }, note: null });
  const probes: MarkProbe[] = [
    { record: record("F15", "#ABCDEF"), place: { sheet: SHEET, cell: "F15", byName: true }, fill: MARK_FILL.warning, note: null },
    { record: record("F13", null), place: { sheet: SHEET, cell: "F13", byName: true }, fill: "#FFFF00", note: null },
  ];
  const plan = await queueRestore(ctx, probes, new RequestBudget(ctx));
  await ctx.sync();
  const cells = cellsOf(mock);
  for (const c of ["F13", "F15"]) cells[c]!.format.fill.load("color");
  await ctx.sync();
  expect([cells.F15!.format.fill.color, cells.F13!.format.fill.color]).toEqual(["#ABCDEF", "#FFFF00"]);
  expect(plan.skipped).toEqual([{ sheet: "表1", cell: "F13", reason: "changed-by-user" }]);
});
