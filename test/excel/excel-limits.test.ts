import { clearHighlights, validateAndMark } from "../../src/app/actions";
import { checkGrids } from "../../src/core/check";
import { toA1 } from "../../src/core/grid/address";
import { SheetGrid } from "../../src/core/grid/sheet-grid";
import { CellMark, MARK_FILL } from "../../src/core/marks";
import { SettingsSchema } from "../../src/core/settings";
import { buildSummary } from "../../src/core/summary/build";
import { summarySheetPlan } from "../../src/core/summary/sheet-plan";
import { ExcelWorkbook, excelSupport } from "../../src/excel";
import { SETTINGS_KEY, STATE_BYTES, parseState } from "../../src/excel/mark-state";
import { DEFAULT_LIMITS } from "../../src/excel/read";
import { FIVE_MB, FakeExcelHost, FakeHostOptions, FakeWorkbook, jsonBytes } from "../support/fake-excel";
import { fixtureGrids } from "../support/fixtures";
import { cleanForm, gridFromCells, sheetOf } from "../support/form-grid";

/**
 * The adapter against the limits and quirks of real Excel that the fake host models (see its header): each
 * test fails on an adapter that ignores the limit.
 */

const settings = SettingsSchema.parse({});
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function host(grids: SheetGrid[], options: FakeHostOptions = {}) {
  const h = new FakeExcelHost(FakeWorkbook.fromGrids(grids), options);
  cleanups.push(h.install());
  return h;
}

const bad = () => cleanForm({ indicators: [["产出指标", "数量指标", "举办培训班", "三次"], ...cleanForm().indicators.slice(1)] });

describe("fills: no fill and white read alike (office-js#4900, #6218)", () => {
  test("a white fill comes back white and no fill comes back as none", async () => {
    const spec = cleanForm({ indicators: [["产出指标", "数量指标", "举办培训班", "三次"], ["产出指标", "数量指标", "举办讲座", "三次"], ...cleanForm().indicators.slice(2)] });
    const h = host([sheetOf("表1", [{ spec }])]);
    const s = h.workbook.sheet("表1");
    h.workbook.cell(s, "F13").fill = "#FFFFFF";
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    expect([s.cells.get("F13")!.fill, s.cells.get("F14")!.fill]).toEqual([MARK_FILL.error, MARK_FILL.error]);
    await clearHighlights(new ExcelWorkbook());
    expect([s.cells.get("F13")!.fill, s.cells.get("F14")!.fill]).toEqual(["#FFFFFF", null]);
  });
});

describe("requests over 5 MB are refused (Excel on the web)", () => {
  /** A sheet of n cells of Chinese text, each with the user's note, half of them white; n marks with long messages. */
  function many(n: number, options: FakeHostOptions = {}) {
    const cols = 100;
    const cells = Array.from({ length: n }, (_, i) => ({ row: 1 + Math.floor(i / cols), col: 1 + (i % cols), value: `第${i}项绩效指标` }));
    const h = host([gridFromCells("指标表", cells)], options);
    const s = h.workbook.sheet("指标表");
    cells.forEach((c, i) => {
      const a = toA1(c.row, c.col);
      if (i % 2) h.workbook.cell(s, a).fill = "#FFFFFF";
      if (i % 3 === 0) s.notes.set(a, `财务处：请核实第${i}项`);
    });
    const message = `[target/chinese-numerals] 指标值用了汉字数字“三次”，应写作阿拉伯数字并带计量单位 → =3(次)。${"说明".repeat(40)}`;
    const marks: CellMark[] = cells.map((c, i) => ({ sheet: "指标表", cell: toA1(c.row, c.col), severity: i % 4 ? "warning" : "error", note: message, rules: ["target/chinese-numerals"] }));
    return { h, s, marks };
  }

  test("10,000 marks: marked, marked again and cleared in requests under 5 MB, exactly as before, every name hidden", async () => {
    const { h, s, marks } = many(10_000);
    const before = h.workbook.snapshot();
    const first = await new ExcelWorkbook().mark(marks);
    expect(first.cellsMarked).toBe(10_000);
    expect(h.largestRequest).toBeGreaterThan(0);
    expect(h.largestRequest).toBeLessThanOrEqual(FIVE_MB);
    expect(h.largestResponse).toBeLessThanOrEqual(FIVE_MB);
    expect(s.cells.get("A1")!.fill).toBe(MARK_FILL.error);
    expect(s.notes.get("A1")).toMatch(/^财务处：请核实第0项\n\njixiao:\n\[target/);
    expect(h.workbook.names.size).toBe(10_000);
    expect([...h.workbook.names.values()].every((n) => n.visible === false)).toBe(true);
    // The state fits in the settings (about 1 MB in all, office-js#3957) and says every mark.
    const stored = h.workbook.settings.get(SETTINGS_KEY);
    expect(jsonBytes(stored)).toBeLessThanOrEqual(STATE_BYTES);
    expect(parseState(stored).marks).toHaveLength(10_000);

    await new ExcelWorkbook().mark(marks);
    expect(h.workbook.names.size).toBe(10_000);
    const cleared = await new ExcelWorkbook().clearMarks();
    expect(cleared).toEqual({ cellsRestored: 10_000, skipped: [] });
    expect(h.workbook.snapshot() === before).toBe(true);
    expect(h.workbook.names.size).toBe(0);
    expect(h.workbook.settings.has(SETTINGS_KEY)).toBe(false);
  }, 60_000);

  test("more marks than the settings can record are refused before anything is written", async () => {
    // Requests unbounded here: the settings' own limit is the one at stake.
    const { h, marks } = many(20_000, { maxRequestBytes: Infinity, maxResponseBytes: Infinity });
    const before = h.workbook.snapshot();
    await expect(new ExcelWorkbook().mark(marks)).rejects.toMatchObject({ name: "HostError", code: "too-large" });
    expect(h.workbook.snapshot() === before).toBe(true);
    expect(h.workbook.names.size).toBe(0);
  }, 60_000);

  test("a state stored by an earlier jixiao (version 2) is still undone", async () => {
    const h = host([sheetOf("表1", [{ spec: bad() }])]);
    const s = h.workbook.sheet("表1");
    h.workbook.cell(s, "F13").fill = MARK_FILL.error;
    h.workbook.names.set("_jixiao_m_old_0", { sheet: "表1", cell: "F13", visible: false });
    const v2 = { version: 2, marks: [{ name: "_jixiao_m_old_0", sheet: "表1", cell: "F13", severity: "error", fill: { color: "#FFFF00" }, note: null }] };
    h.workbook.settings.set(SETTINGS_KEY, JSON.stringify(v2));
    expect(await new ExcelWorkbook().clearMarks()).toEqual({ cellsRestored: 1, skipped: [] });
    expect(s.cells.get("F13")!.fill).toBe("#FFFF00");
  });
});

describe("the banded read", () => {
  test("a used range over the cell limit (RangeExceedsLimit) is read in bands on a first run, with no marks yet", async () => {
    const seed = await fixtureGrids("seed-2024.xlsx");
    const h = host(seed, { maxCellsPerRange: 100 });
    const grids = await new ExcelWorkbook(excelSupport(), { ...DEFAULT_LIMITS, cellsPerBand: 50 }).readGrids();
    expect(h.syncs).toBeGreaterThan(3);
    expect(checkGrids(grids, "x", settings).report.totals).toEqual(checkGrids(seed, "x", settings).report.totals);
  });

  test("a request still refused is halved until it passes (Chinese text is 3 bytes a character)", async () => {
    const seed = await fixtureGrids("seed-2024-stacked.xlsx");
    const h = host(seed, { maxResponseBytes: 60_000 });
    // Sized for 30 bytes a cell, these requests are refused: they must be split again.
    const grids = await new ExcelWorkbook(excelSupport(), { ...DEFAULT_LIMITS, cellsPerBand: 2_000, cellsPerRequest: 2_000 }).readGrids();
    expect(h.largestResponse).toBeGreaterThan(60_000); // some were refused
    expect(checkGrids(grids, "x", settings).report.totals).toEqual(checkGrids(seed, "x", settings).report.totals);
  });
});

describe("defined names", () => {
  test("a mark's name is hidden even though Excel loses visible = false set with names.add (office-js#3878, #3949)", async () => {
    const h = host([sheetOf("表1", [{ spec: bad() }])]);
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    const names = [...h.workbook.names.values()];
    expect(names).toHaveLength(1);
    expect(names[0]!.visible).toBe(false);
  });

  test("the summary's owner name is hidden too", async () => {
    const seed = await fixtureGrids("seed-2024.xlsx");
    const h = host(seed);
    const model = buildSummary([{ file: "seed-2024.xlsx", report: checkGrids(seed, "seed-2024.xlsx", settings).report }]);
    await new ExcelWorkbook().writeSummary(summarySheetPlan(model, "zh"));
    expect([...h.workbook.names.values()].every((n) => n.visible === false)).toBe(true);
  });

  test("a name of type Error (its row deleted) is reported gone and swept, its range never touched (office-js#5174, #5882)", async () => {
    const h = host([sheetOf("表1", [{ spec: bad() }])]);
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    h.workbook.deleteRows("表1", 13, 1);
    const outcome = await clearHighlights(new ExcelWorkbook());
    expect(outcome.skipped).toEqual([{ sheet: "表1", cell: "F13", reason: "cell-gone" }]);
    expect(h.workbook.names.size).toBe(0);
  });
});

describe("tables.add resolves a bare address against the active sheet", () => {
  test("the summary's tables are on the summary sheet, whichever sheet the user was on", async () => {
    const seed = await fixtureGrids("seed-2024.xlsx");
    const h = host(seed);
    h.workbook.activeSheet = seed[3]!.name;
    const model = buildSummary([{ file: "seed-2024.xlsx", report: checkGrids(seed, "seed-2024.xlsx", settings).report }]);
    const { sheet } = await new ExcelWorkbook().writeSummary(summarySheetPlan(model, "zh"));
    expect(h.workbook.sheet(sheet).tables).toHaveLength(5);
    expect(h.workbook.sheets.filter((s) => s.name !== sheet).every((s) => s.tables.length === 0)).toBe(true);
  });
});

describe("cell edit mode", () => {
  test.each(["InvalidOperationInCellEditMode", "InvalidOperation"] as const)("%s says: finish editing the cell first (busy)", async (code) => {
    const h = host([sheetOf("表1", [{ spec: cleanForm() }])]);
    h.workbook.cellEditMode = code;
    await expect(new ExcelWorkbook().readGrids()).rejects.toMatchObject({ name: "HostError", code: "busy" });
  });

  test("a run that asks to wait (ExcelApi 1.11) waits, and one below 1.11 does not ask", async () => {
    const h = host([sheetOf("表1", [{ spec: cleanForm() }])]);
    h.workbook.cellEditMode = "InvalidOperation";
    await new ExcelWorkbook(excelSupport(), DEFAULT_LIMITS, undefined, { delayForCellEdit: true }).readGrids();
    expect(h.delayedRuns).toBe(1);
    cleanups.splice(0).forEach((f) => f());
    const old = host([sheetOf("表1", [{ spec: cleanForm() }])], { apiVersion: "1.10" });
    old.workbook.cellEditMode = "InvalidOperationInCellEditMode";
    await expect(new ExcelWorkbook(excelSupport(), DEFAULT_LIMITS, undefined, { delayForCellEdit: true }).readGrids()).rejects.toMatchObject({ code: "busy" });
    expect(old.delayedRuns).toBe(0);
  });
});

describe("notes", () => {
  test("a note edited between the read and the marking is not overwritten with the note as read", async () => {
    const h = host([sheetOf("表1", [{ spec: bad() }])]);
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    const notes = h.workbook.sheet("表1").notes;
    // Fixed since: the next run does not mark F13 again, only takes jixiao's block out of its note.
    h.workbook.cell(h.workbook.sheet("表1"), "F13").value = cleanForm().indicators[0]![3] as string;
    const port = new ExcelWorkbook();
    const read = port.readGrids.bind(port);
    port.readGrids = async (onSheet) => {
      const grids = await read(onSheet);
      notes.set("F13", `${notes.get("F13")!}\n\n张三：已改`); // while the rules run
      return grids;
    };
    await validateAndMark(port, "x.xlsx", settings);
    expect(notes.get("F13")).toBe("张三：已改");
  });
});
