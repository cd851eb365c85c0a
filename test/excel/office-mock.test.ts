import { OfficeMockObject } from "office-addin-mock";
import { MARK_FILL, MARK_FONT } from "../../src/core/marks";
import { SETTINGS_KEY, parseState } from "../../src/excel/mark-state";
import { queuePaint, queueRestore, queueTargetReads } from "../../src/excel/marks";
import { MarkProbe, SheetInfo } from "../../src/excel/read";

/**
 * The mark batches against office-addin-mock: what is written to which range, and how many round trips.
 * The mock has no collections, so the sheet is reached by getItem and its cells by getRange.
 */
function mockWorkbook() {
  const cell = (fill: string, pattern: string, font: string) => ({ format: { fill: { color: fill, pattern, clear() {} }, font: { color: font } } });
  const seed = {
    context: {
      workbook: {
        worksheets: {
          sheet: {
            F13: cell("#FFFF00", "Solid", "#FF0000"),
            F14: cell("#FFFFFF", "None", "#000000"),
            F15: cell(MARK_FILL.warning, "Solid", MARK_FONT.warning),
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
      },
    },
  };
  return new OfficeMockObject(seed);
}

const SHEET: SheetInfo = { id: "{1}", name: "表1", protected: false };

test("marking reads each target's own format in one round trip, then stores the state and paints in a second", async () => {
  const mock = mockWorkbook();
  const ctx = mock.context as unknown as Excel.RequestContext;
  const sync = jest.spyOn(mock.context, "sync");
  const marks = [
    { sheet: "表1", cell: "F13", severity: "error" as const, note: "x", rules: ["target/chinese-numerals"] },
    { sheet: "表1", cell: "F14", severity: "warning" as const, note: "y", rules: ["target/missing-unit"] },
  ];
  const { reads } = queueTargetReads(ctx, marks, [SHEET], false);
  await ctx.sync();
  const { state } = queuePaint(ctx, reads, []);
  await ctx.sync();

  expect(sync).toHaveBeenCalledTimes(2);
  const ws = (mock.context as unknown as { workbook: { worksheets: { sheet: Record<string, { format: { fill: { color: string }; font: { color: string } } }> } } }).workbook.worksheets.sheet;
  expect([ws.F13!.format.fill.color, ws.F13!.format.font.color]).toEqual([MARK_FILL.error, MARK_FONT.error]);
  expect([ws.F14!.format.fill.color, ws.F14!.format.font.color]).toEqual([MARK_FILL.warning, MARK_FONT.warning]);
  // What was saved is each cell's own look: F14 had no fill (pattern None), whatever colour was reported.
  expect(state.marks.map((m) => [m.cell, m.own])).toEqual([
    ["F13", { fill: "#FFFF00", font: "#FF0000" }],
    ["F14", { fill: null, font: "#000000" }],
  ]);
  const saved = (mock.context as unknown as { workbook: { settings: { saved: { value: string } } } }).workbook.settings.saved.value;
  expect(saved.startsWith(`${SETTINGS_KEY}=`)).toBe(true);
  expect(parseState(saved.slice(SETTINGS_KEY.length + 1))).toEqual(state);
});

test("restoring puts each cell's own fill and font back, and leaves a recoloured cell alone", async () => {
  const mock = mockWorkbook();
  const ctx = mock.context as unknown as Excel.RequestContext;
  const record = (cell: string, fill: string | null) => ({ sheetId: "{1}", sheet: "表1", cell, severity: "warning" as const, own: { fill, font: "#123456" }, note: "none" as const });
  const probes: MarkProbe[] = [
    { record: record("F15", "#ABCDEF"), fill: MARK_FILL.warning, font: MARK_FONT.warning, note: null, sheetExists: true },
    { record: record("F13", null), fill: "#FFFF00", font: "#FF0000", note: null, sheetExists: true },
  ];
  const plan = queueRestore(ctx, probes, [SHEET], false);
  await ctx.sync();
  const ws = (mock.context as unknown as { workbook: { worksheets: { sheet: Record<string, { format: { fill: { color: string; load(p: string): void }; font: { color: string; load(p: string): void } } }> } } }).workbook.worksheets.sheet;
  for (const c of ["F13", "F15"]) {
    ws[c]!.format.fill.load("color");
    ws[c]!.format.font.load("color");
  }
  await ctx.sync();
  expect([ws.F15!.format.fill.color, ws.F15!.format.font.color]).toEqual(["#ABCDEF", "#123456"]);
  expect([ws.F13!.format.fill.color, ws.F13!.format.font.color]).toEqual(["#FFFF00", "#FF0000"]);
  expect(plan.skipped).toEqual([{ sheet: "表1", cell: "F13", reason: "changed-by-user" }]);
});
