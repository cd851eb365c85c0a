import { validateAndMark, clearHighlights, applyFix } from "../../src/app/actions";
import { HostError } from "../../src/app/ports";
import { checkGrids } from "../../src/core/check";
import { MARK_FILL } from "../../src/core/marks";
import { SettingsSchema } from "../../src/core/settings";
import { ExcelWorkbook, excelSupport } from "../../src/excel";
import { SETTINGS_KEY } from "../../src/excel/mark-state";
import { DEFAULT_LIMITS } from "../../src/excel/read";
import { FakeExcelHost, FakeWorkbook, FakeHostOptions } from "../support/fake-excel";
import { fixtureGrids } from "../support/fixtures";
import { cleanForm, layForm, gridFromCells, sheetOf } from "../support/form-grid";
import { SheetGrid } from "../../src/core/grid/sheet-grid";

const settings = SettingsSchema.parse({});

/** A fake Excel with the given grids, installed as the global Excel/Office for one test. */
function host(grids: SheetGrid[], options: FakeHostOptions = {}) {
  const h = new FakeExcelHost(FakeWorkbook.fromGrids(grids), options);
  const uninstall = h.install();
  afterEachCleanups.push(uninstall);
  return h;
}
const afterEachCleanups: (() => void)[] = [];
afterEach(() => afterEachCleanups.splice(0).forEach((f) => f()));

/** Every non-empty value in the workbook (formatting an empty cell creates it, empty). */
const valuesOf = (wb: FakeWorkbook) => JSON.stringify(wb.sheets.map((s) => [...s.cells].filter(([, c]) => c.value !== "").map(([a, c]) => [a, c.value, c.error ?? null])));
/** Compares big fingerprints without dumping them into the test output. */
const same = (a: string, b: string) => expect(a === b).toBe(true);

describe("reading the workbook", () => {
  test("the seed workbook reads into the same grids, and so the same report, as the .xlsx path", async () => {
    const seed = await fixtureGrids("seed-2024.xlsx");
    const h = host(seed);
    const grids = await new ExcelWorkbook().readGrids();
    expect(h.syncs).toBe(2);
    expect(grids.map((g) => g.merges.length)).toEqual(seed.map((g) => g.merges.length));
    expect(checkGrids(grids, "x", settings).report.diagnostics).toEqual(checkGrids(seed, "x", settings).report.diagnostics);
  });

  test("a read refused as too large falls back to banded reads with the same result", async () => {
    const seed = await fixtureGrids("seed-2024-stacked.xlsx");
    const h = host(seed, { maxResponseBytes: 40_000 });
    const grids = await new ExcelWorkbook(excelSupport(), { ...DEFAULT_LIMITS, cellsPerBand: 300, cellsPerRequest: 900 }).readGrids();
    expect(h.syncs).toBeGreaterThan(3);
    expect(checkGrids(grids, "x", settings).report.totals).toEqual(checkGrids(seed, "x", settings).report.totals);
  });

  test("a sheet with more than 512 merged areas is read in bands", async () => {
    const h0 = layForm(cleanForm()).rows;
    const placed = Array.from({ length: 25 }, (_, i) => ({ spec: cleanForm({ name: `项目${i}` }), opts: { origin: { row: 1 + i * h0, col: 1 } } }));
    const grid = sheetOf("stacked", placed);
    expect(grid.merges.length).toBeGreaterThan(512);
    host([grid]);
    const grids = await new ExcelWorkbook().readGrids();
    expect(grids[0]!.merges.length).toBe(grid.merges.length);
    expect(checkGrids(grids, "x", settings).report.totals.projects).toBe(25);
  });

  test("without ExcelApi 1.13 merges are not read, and the forms still are", async () => {
    const seed = await fixtureGrids("seed-2024.xlsx");
    host(seed, { apiVersion: "1.9" });
    const grids = await new ExcelWorkbook().readGrids();
    expect(grids.every((g) => g.merges.length === 0)).toBe(true);
    expect(checkGrids(grids, "x", settings).report.totals).toMatchObject({ projects: 11, indicators: 153 });
  });
});

describe("validate and highlight", () => {
  test("marks every error and warning cell in 4 round trips, changing no value", async () => {
    const seed = await fixtureGrids("seed-2024.xlsx");
    const h = host(seed);
    const before = valuesOf(h.workbook);
    const result = await validateAndMark(new ExcelWorkbook(), "seed.xlsx", settings);
    expect(h.syncs).toBe(4);
    same(valuesOf(h.workbook), before);
    const flagged = new Set(result.report.diagnostics.filter((d) => d.severity !== "info").map((d) => `${d.sheet}!${d.cell}`));
    expect(result.marked?.cellsMarked).toBe(flagged.size);
    const c33 = h.workbook.sheet("05 民营经济人士思想政治建设").cells.get("C33")!;
    // Only the fill is painted: the font is the user's.
    expect([c33.fill, c33.font]).toEqual([MARK_FILL.error, "#000000"]);
    // Each marked cell carries one hidden name, which is how its mark is found again after rows move.
    const names = [...h.workbook.names.values()];
    expect(names.length).toBe(flagged.size);
    expect(names.every((n) => n.visible === false)).toBe(true);
    const f28 = h.workbook.sheet("05 民营经济人士思想政治建设").cells.get("F28")!;
    expect(f28.fill).toBe(MARK_FILL.warning);
    expect(h.workbook.sheet("05 民营经济人士思想政治建设").notes.get("C33")).toMatch(/^jixiao:\n\[indicator\/unknown-level2\]/);
  });

  test("takes the same round trips for 1 and 400 sheets: validate 4, validate again 4, clear 3", async () => {
    const counts: number[][] = [];
    for (const n of [1, 400]) {
      const grids = Array.from({ length: n }, (_, i) => sheetOf(`S${i + 1}`, [{ spec: cleanForm({ name: `项目${i}`, indicators: [...cleanForm().indicators, ["产出指标", "数量指标", "举办讲座", "三次"]] }) }]));
      const h = host(grids);
      const tally = async (action: () => Promise<unknown>) => {
        h.syncs = 0;
        await action();
        return h.syncs;
      };
      counts.push([
        await tally(() => validateAndMark(new ExcelWorkbook(), "x.xlsx", settings)),
        // again: every earlier mark is found through its name and undone in the same round trips
        await tally(() => validateAndMark(new ExcelWorkbook(), "x.xlsx", settings)),
        await tally(() => clearHighlights(new ExcelWorkbook())),
      ]);
      afterEachCleanups.splice(0).forEach((f) => f());
    }
    expect(counts).toEqual([
      [4, 4, 3],
      [4, 4, 3],
    ]);
  });

  test("validating again replaces the earlier marks: a fixed cell loses its mark", async () => {
    const seed = await fixtureGrids("seed-2024.xlsx");
    const h = host(seed);
    const port = new ExcelWorkbook();
    const first = await validateAndMark(port, "seed.xlsx", settings);
    const finding = first.report.diagnostics.find((d) => d.rule === "target/mixed-notation" && d.fixInPlace)!;
    await applyFix(port, finding, "seed.xlsx", settings);
    const cell = h.workbook.sheet(finding.sheet).cells.get(finding.cell)!;
    expect(cell.value).toBe(finding.fix);
    expect(cell.fill).toBeNull();
    expect(h.workbook.sheet(finding.sheet).notes.has(finding.cell)).toBe(false);
  });
});

/** A clean form with its own colours and a note on cells that will be flagged. */
function dressed() {
  const spec = cleanForm({ indicators: [["产出指标", "数量指标", "举办培训班", "三次"], ...cleanForm().indicators.slice(1, 4), ["满意度指标", "服务对象满意度指标", "满意度", "=70.00(%)"]] });
  const h = host([sheetOf("表1", [{ spec }])]);
  const s = h.workbook.sheet("表1");
  Object.assign(h.workbook.cell(s, "F13"), { fill: "#FFFF00", font: "#FF0000" });
  h.workbook.cell(s, "F17").fill = "#FFFFFF";
  s.notes.set("F13", "财务处：请核实");
  return h;
}

describe("clear highlights", () => {
  test("restores every cell's own fill and note exactly, also from a fresh session (saved and reopened)", async () => {
    const h = dressed();
    const before = h.workbook.snapshot();
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    expect(h.workbook.snapshot() === before).toBe(false);
    expect(h.workbook.sheet("表1").notes.get("F13")).toMatch(/^财务处：请核实\n\njixiao:/);
    h.syncs = 0;
    const outcome = await clearHighlights(new ExcelWorkbook());
    expect(h.syncs).toBe(3);
    expect(outcome.skipped).toEqual([]);
    expect(outcome.cellsRestored).toBeGreaterThan(0);
    same(h.workbook.snapshot(), before);
    expect(h.workbook.settings.has(SETTINGS_KEY)).toBe(false);
    expect(h.workbook.names.size).toBe(0);
  });

  test("highlight, highlight again, clear: still exactly as before, and no name left behind", async () => {
    const h = dressed();
    const before = h.workbook.snapshot();
    const first = await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    expect(h.workbook.names.size).toBe(first.marked!.cellsMarked);
    await clearHighlights(new ExcelWorkbook());
    same(h.workbook.snapshot(), before);
    expect(h.workbook.names.size).toBe(0);
  });

  test("rows inserted above the marks: each mark is undone where its cell went, and the cell now at the old address is not touched", async () => {
    const h = dressed();
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    const s = h.workbook.sheet("表1");
    h.workbook.insertRows("表1", 10, 2);
    // The user paints the row that slid into F13's old place with jixiao's own colour: still theirs.
    Object.assign(h.workbook.cell(s, "F13"), { fill: MARK_FILL.error });
    const outcome = await clearHighlights(new ExcelWorkbook());
    expect(outcome.skipped).toEqual([]);
    expect(s.cells.get("F15")).toMatchObject({ fill: "#FFFF00", font: "#FF0000" });
    expect(s.notes.get("F15")).toBe("财务处：请核实");
    expect(s.cells.get("F19")!.fill).toBe("#FFFFFF");
    expect(s.cells.get("F13")!.fill).toBe(MARK_FILL.error);
  });

  test("rows inserted between highlighting and highlighting again: the old marks are undone where they went", async () => {
    const h = dressed();
    const before = h.workbook.snapshot();
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    h.workbook.insertRows("表1", 1, 3);
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    await clearHighlights(new ExcelWorkbook());
    h.workbook.deleteRows("表1", 1, 3);
    same(h.workbook.snapshot(), before);
  });

  test("a renamed sheet keeps its marks undoable", async () => {
    const h = dressed();
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    h.workbook.renameSheet("表1", "二〇二五 表1");
    const outcome = await clearHighlights(new ExcelWorkbook());
    expect(outcome.skipped).toEqual([]);
    expect(h.workbook.sheet("二〇二五 表1").cells.get("F13")!.fill).toBe("#FFFF00");
  });

  test("a deleted sheet or row is reported, and its names are cleaned up", async () => {
    const h = dressed();
    const other = sheetOf("表2", [{ spec: cleanForm({ indicators: [["产出指标", "数量指标", "举办培训班", "三次"], ...cleanForm().indicators.slice(1)] }) }]);
    h.workbook.sheets.push(FakeWorkbook.fromGrids([other]).sheets[0]!);
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    h.workbook.deleteSheet("表2");
    h.workbook.deleteRows("表1", 13, 1);
    const outcome = await clearHighlights(new ExcelWorkbook());
    expect(outcome.skipped.filter((x) => x.sheet === "表1")).toEqual([{ sheet: "表1", cell: "F13", reason: "cell-gone" }]);
    expect(outcome.skipped.filter((x) => x.sheet === "表2").map((x) => x.reason)).toEqual(["sheet-gone", "sheet-gone"]);
    expect(h.workbook.names.size).toBe(0);
    expect(h.workbook.settings.has(SETTINGS_KEY)).toBe(false);
  });

  test("the user's edits to their part of a note are kept; only jixiao's text is taken off", async () => {
    const h = dressed();
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    const notes = h.workbook.sheet("表1").notes;
    notes.set("F13", notes.get("F13")!.replace("财务处：请核实", "财务处：已核实，见附件"));
    await clearHighlights(new ExcelWorkbook());
    expect(notes.get("F13")).toBe("财务处：已核实，见附件");
  });

  test("a cell with a threaded comment is filled but gets no note (Excel allows one or the other)", async () => {
    const h = dressed();
    h.workbook.sheet("表1").comments.set("F17", "请财务处确认");
    const before = h.workbook.snapshot();
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    const s = h.workbook.sheet("表1");
    expect(Object.values(MARK_FILL)).toContain(s.cells.get("F17")!.fill);
    expect(s.notes.has("F17")).toBe(false);
    expect(s.notes.get("F13")).toMatch(/jixiao:/);
    await clearHighlights(new ExcelWorkbook());
    same(h.workbook.snapshot(), before);
  });

  test("patterns and tints come back; a gradient is never painted (office.js cannot write one back), only annotated", async () => {
    const h = dressed();
    const s = h.workbook.sheet("表1");
    Object.assign(h.workbook.cell(s, "F13"), { pattern: "Gray50", patternColor: "#FF0000", tintAndShade: 0.4 });
    Object.assign(h.workbook.cell(s, "F17"), { fill: "#DDEBF7", pattern: "LinearGradient" });
    const before = h.workbook.snapshot();
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    // the mark is a plain solid fill, whatever lay under it
    expect(s.cells.get("F13")).toMatchObject({ fill: MARK_FILL.error });
    expect(s.cells.get("F13")!.pattern).toBeUndefined();
    expect(s.cells.get("F13")!.tintAndShade).toBeUndefined();
    expect(s.cells.get("F17")).toMatchObject({ fill: "#DDEBF7", pattern: "LinearGradient" });
    expect(s.notes.get("F17")).toMatch(/^jixiao:/);
    await clearHighlights(new ExcelWorkbook());
    same(h.workbook.snapshot(), before);
  });

  test("jixiao's own colour found on a cell without a record is paint left behind, not the cell's fill; Excel's 差 style is the user's", async () => {
    const h = dressed();
    const s = h.workbook.sheet("表1");
    h.workbook.cell(s, "F13").fill = MARK_FILL.error; // an earlier run whose state was lost
    h.workbook.cell(s, "F17").fill = "#FFC7CE"; // the built-in 差 (Bad) cell style
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    await clearHighlights(new ExcelWorkbook());
    expect(s.cells.get("F13")!.fill).toBeNull();
    expect(s.cells.get("F17")!.fill).toBe("#FFC7CE");
  });

  test("a mark found only at its recorded address gives way to the mark whose name points there now", async () => {
    const h = dressed();
    const s = h.workbook.sheet("表1");
    Object.assign(h.workbook.cell(s, "F13"), { fill: "#00B050" });
    Object.assign(h.workbook.cell(s, "F17"), { fill: "#7030A0" });
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    // F17's name is deleted; then 4 rows inserted above F13 put F13's cell at F17, F17's at F21.
    const lower = [...h.workbook.names].find(([, t]) => t.cell === "F17")![0];
    h.workbook.names.delete(lower);
    h.workbook.insertRows("表1", 13, 4);
    const outcome = await clearHighlights(new ExcelWorkbook());
    expect(s.cells.get("F17")!.fill).toBe("#00B050");
    expect(outcome.skipped).toEqual([{ sheet: "表1", cell: "F17", reason: "cell-gone" }]);
    // F17's mark cannot be found any more: its cell keeps jixiao's fill rather than take another's
    expect(Object.values(MARK_FILL)).toContain(s.cells.get("F21")!.fill);
  });

  test("the user's text written below jixiao's, or around it, is kept; jixiao's block is taken out exactly", async () => {
    const h = dressed();
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    const notes = h.workbook.sheet("表1").notes;
    notes.set("F13", `${notes.get("F13")!}\n\n张三：已改为 3 次`);
    notes.set("F17", `${notes.get("F17")!}\n\n李四：同意`);
    await clearHighlights(new ExcelWorkbook());
    expect(notes.get("F13")).toBe("财务处：请核实\n\n张三：已改为 3 次");
    expect(notes.get("F17")).toBe("李四：同意");
  });

  test("a note whose jixiao block the user edited is theirs: clearing leaves it as it is", async () => {
    const h = dressed();
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    const notes = h.workbook.sheet("表1").notes;
    const edited = notes.get("F17")!.replace("jixiao:\n", "jixiao:\n（已处理）");
    notes.set("F17", edited);
    await clearHighlights(new ExcelWorkbook());
    expect(notes.get("F17")).toBe(edited);
  });

  test("a mark whose name was deleted by hand is undone at its recorded address, if the cell still wears jixiao's fill", async () => {
    const h = dressed();
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    h.workbook.names.clear();
    const outcome = await clearHighlights(new ExcelWorkbook());
    expect(outcome.skipped).toEqual([]);
    expect(h.workbook.sheet("表1").cells.get("F13")!.fill).toBe("#FFFF00");
  });

  test("leftover mark names are swept, and the user's own names are never touched", async () => {
    const h = dressed();
    h.workbook.names.set("_jixiao_m_lost_0", { sheet: "表1", cell: "B2", visible: false });
    h.workbook.names.set("项目合计", { sheet: "表1", cell: "F9" });
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    expect(h.workbook.names.has("_jixiao_m_lost_0")).toBe(false);
    await clearHighlights(new ExcelWorkbook());
    expect([...h.workbook.names.keys()]).toEqual(["项目合计"]);
  });

  test("a marked cell the user recoloured since is left as the user made it", async () => {
    const h = dressed();
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    h.workbook.cell(h.workbook.sheet("表1"), "F13").fill = "#00B050";
    const outcome = await clearHighlights(new ExcelWorkbook());
    expect(h.workbook.sheet("表1").cells.get("F13")!.fill).toBe("#00B050");
    expect(outcome.skipped).toEqual([{ sheet: "表1", cell: "F13", reason: "changed-by-user" }]);
    // jixiao's text is still taken off the user's own note on that cell.
    expect(h.workbook.sheet("表1").notes.get("F13")).toBe("财务处：请核实");
  });

  test.each([
    ["damaged", "{not json"],
    ["an older layout", JSON.stringify({ version: 1, marks: [{ sheetId: "{1}", sheet: "表1", cell: "F13", severity: "error", own: { fill: "#00FF00", font: null }, note: "none" }] })],
    ["a name that is not jixiao's", JSON.stringify({ version: 2, marks: [{ name: "项目合计", sheet: "表1", cell: "F13", severity: "error", fill: { color: "#00FF00" }, note: null }] })],
  ])("stored state that is %s is ignored, never used to repaint or to delete a name", async (_, stored) => {
    const h = dressed();
    h.workbook.settings.set(SETTINGS_KEY, stored);
    h.workbook.names.set("项目合计", { sheet: "表1", cell: "F13" });
    const before = h.workbook.snapshot();
    const outcome = await clearHighlights(new ExcelWorkbook());
    expect(outcome).toEqual({ cellsRestored: 0, skipped: [] });
    same(h.workbook.snapshot(), before);
    expect(h.workbook.names.has("项目合计")).toBe(true);
  });
});

describe("hosts and sheets that cannot take marks", () => {
  test("a protected sheet is reported and left untouched; the other sheets are marked", async () => {
    const bad = cleanForm({ indicators: [["产出指标", "数量指标", "举办培训班", "三次"], ...cleanForm().indicators.slice(1)] });
    const h = host([sheetOf("锁定", [{ spec: bad }]), sheetOf("开放", [{ spec: bad }])]);
    h.workbook.sheet("锁定").protected = true;
    const locked = JSON.stringify([...h.workbook.sheet("锁定").cells]);
    const result = await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    expect(JSON.stringify([...h.workbook.sheet("锁定").cells])).toBe(locked);
    expect(result.marked?.skipped).toEqual([{ sheet: "锁定", cell: "F13", reason: "protected" }]);
    expect(h.workbook.sheet("开放").cells.get("F13")!.fill).toBe(MARK_FILL.error);
  });

  test("a sheet protected after it was marked: its cells are reported once, and a later clear still undoes them", async () => {
    const h = dressed();
    const before = h.workbook.snapshot();
    await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    h.workbook.sheet("表1").protected = true;
    const again = await validateAndMark(new ExcelWorkbook(), "x.xlsx", settings);
    const keys = again.marked!.skipped.map((x) => `${x.sheet}!${x.cell}`);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    h.workbook.sheet("表1").protected = false;
    await clearHighlights(new ExcelWorkbook());
    same(h.workbook.snapshot(), before);
  });

  test("an Excel below the ExcelApi 1.9 floor gets a clear error and nothing is read or written", async () => {
    const h = host([sheetOf("表1", [{ spec: cleanForm() }])], { apiVersion: "1.8" });
    const support = excelSupport();
    expect(support.ok).toBe(false);
    await expect(new ExcelWorkbook(support).readGrids()).rejects.toMatchObject({ code: "unsupported-host" });
    await expect(new ExcelWorkbook(support).readGrids()).rejects.toBeInstanceOf(HostError);
    expect(h.syncs).toBe(0);
  });

  test("ExcelApi 1.9 (no notes, no merges): marks without notes, and clearing restores exactly", async () => {
    const spec = cleanForm({ indicators: [["产出指标", "数量指标", "举办培训班", "三次"], ...cleanForm().indicators.slice(1)] });
    const h = host([sheetOf("表1", [{ spec }])], { apiVersion: "1.9" });
    const before = h.workbook.snapshot();
    const port = new ExcelWorkbook();
    expect(port.capabilities.notes).toBe(false);
    const result = await validateAndMark(port, "x.xlsx", settings);
    expect(result.marked?.notes).toBe(false);
    expect(h.workbook.sheet("表1").notes.size).toBe(0);
    await clearHighlights(new ExcelWorkbook());
    same(h.workbook.snapshot(), before);
  });

  test("a fix is not applied once rows moved another cell into the finding's address", async () => {
    const h = dressed();
    const port = new ExcelWorkbook();
    const first = await validateAndMark(port, "x.xlsx", settings);
    const finding = first.report.diagnostics.find((d) => d.fix !== undefined && d.fixInPlace)!;
    expect(finding).toBeDefined();
    h.workbook.insertRows("表1", 5, 1);
    const values = valuesOf(h.workbook);
    await expect(applyFix(port, finding, "x.xlsx", settings)).rejects.toMatchObject({ code: "changed" });
    same(valuesOf(h.workbook), values);
  });

  test("writing a value on a protected sheet is a HostError the pane can explain", async () => {
    const h = host([sheetOf("表1", [{ spec: cleanForm() }])]);
    h.workbook.sheet("表1").protected = true;
    await expect(new ExcelWorkbook().writeValue("表1", "F13", "=2.00(次)")).rejects.toMatchObject({ code: "protected" });
  });

  test("select activates the sheet and selects the cell in one round trip", async () => {
    const h = host([sheetOf("表1", [{ spec: cleanForm() }]), sheetOf("表2", [{ spec: cleanForm() }])]);
    await new ExcelWorkbook().select("表2", "F14");
    expect(h.syncs).toBe(1);
    expect(h.workbook.activeSheet).toBe("表2");
    expect(h.workbook.selection).toEqual({ sheet: "表2", cell: "F14" });
  });
});

test("the fake itself refuses to read what was not loaded (so the adapter is held to office.js rules)", async () => {
  host([gridFromCells("S", [{ row: 1, col: 1, value: "x" }])]);
  await Excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
    expect(() => r.values).toThrow(/not loaded/);
    r.load("values");
    expect(() => r.values).toThrow(/not loaded/);
    await ctx.sync();
    expect(r.values).toEqual([["x"]]);
  });
});
