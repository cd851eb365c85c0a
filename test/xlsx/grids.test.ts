import { CellValue, Workbook } from "exceljs";
import { rangeToA1 } from "../../src/core/grid/address";
import { isDateFormat } from "../../src/core/grid/cell-value";
import { SheetGrid } from "../../src/core/grid/sheet-grid";
import { workbookToGrids } from "../../src/xlsx/grids";
import { loadFixture, roundTrip } from "./helpers";

/** The value at an A1-style (row, col), read through the grid's origin; missing entries read as null. */
function at(g: SheetGrid, row: number, col: number) {
  return g.values[row - g.origin.row]?.[col - g.origin.col] ?? null;
}
function fmt(g: SheetGrid, row: number, col: number) {
  return g.numberFormats?.[row - g.origin.row]?.[col - g.origin.col] ?? undefined;
}
function byName(grids: SheetGrid[], name: string): SheetGrid {
  const g = grids.find((x) => x.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}

async function buildWorkbook(): Promise<SheetGrid[]> {
  const wb = new Workbook();
  const kinds = wb.addWorksheet("Kinds");
  kinds.getCell("A1").value = 490000;
  kinds.getCell("A1").numFmt = "#,##0.00";
  kinds.getCell("A2").value = 0.8;
  kinds.getCell("A2").numFmt = "0%";
  kinds.getCell("A3").value = 7;
  kinds.getCell("B1").value = "文本 text";
  kinds.getCell("B2").value = new Date(Date.UTC(2024, 0, 1));
  kinds.getCell("B2").numFmt = "yyyy-mm-dd";
  kinds.getCell("B3").value = new Date(Date.UTC(2024, 11, 31)); // no numFmt of its own
  kinds.getCell("C1").value = true;
  kinds.getCell("C2").value = false;
  kinds.getCell("D1").value = { error: "#N/A" };
  kinds.getCell("D2").value = { error: "#REF!" };
  kinds.getCell("E1").value = { formula: "A1*2", result: 980000 };
  kinds.getCell("E2").value = { formula: 'B1&"x"', result: "文本 textx" };
  kinds.getCell("E3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  kinds.getCell("E4").value = { formula: "A1" }; // saved without a cached result
  kinds.getCell("F1").value = { richText: [{ text: "富" }, { font: { bold: true }, text: "文本" }] };
  kinds.getCell("F2").value = { text: "链接", hyperlink: "https://example.com/" };
  // exceljs's typings say a hyperlink's text is a string, but a rich-text one round-trips as { richText }.
  kinds.getCell("F3").value = { text: { richText: [{ text: "富" }, { text: "链接" }] }, hyperlink: "https://example.com/" } as unknown as CellValue;
  // exceljs hands a formula's cached result back as a Date when the cell's format is a date format.
  kinds.getCell("E5").value = { formula: "B2+1", result: 45293 };
  kinds.getCell("E5").numFmt = 'yyyy"年"m"月"d"日"';
  // A shared formula written without results: the clone holds only its master's address.
  kinds.getCell("E6").value = { formula: "A3+1", ref: "E6:E7", shareType: "shared" } as unknown as CellValue;
  kinds.getCell("E7").value = { sharedFormula: "E6" } as unknown as CellValue;
  // Vertical and horizontal merges, with stray values in covered cells that Excel would discard.
  kinds.getCell("G1").value = "竖";
  kinds.getCell("G2").value = "stray";
  kinds.mergeCells("G1:G3");
  kinds.getCell("H1").value = "横";
  kinds.mergeCells("H1:J1");

  const shifted = wb.addWorksheet("Shifted");
  shifted.getCell("D5").value = "项目名称";
  shifted.getCell("E5").value = "x";
  shifted.getCell("D6").value = 1;
  shifted.getCell("D7").value = "合并";
  shifted.mergeCells("D7:E8");

  wb.addWorksheet("Empty");
  const hidden = wb.addWorksheet("Hidden", { state: "hidden" });
  hidden.getCell("A1").value = "secret";

  return workbookToGrids(await roundTrip(wb));
}

describe("workbookToGrids on a workbook written and read back", () => {
  let grids: SheetGrid[];
  beforeAll(async () => {
    grids = await buildWorkbook();
  });

  it("returns every sheet in order", () => {
    expect(grids.map((g) => g.name)).toEqual(["Kinds", "Shifted", "Empty", "Hidden"]);
  });

  it("keeps numbers and their formats; General numbers have no format", () => {
    const g = byName(grids, "Kinds");
    expect(g.origin).toEqual({ row: 1, col: 1 });
    expect(at(g, 1, 1)).toBe(490000);
    expect(fmt(g, 1, 1)).toBe("#,##0.00");
    expect(at(g, 2, 1)).toBe(0.8);
    expect(fmt(g, 2, 1)).toBe("0%");
    expect(at(g, 3, 1)).toBe(7);
    expect(fmt(g, 3, 1)).toBeUndefined();
  });

  it("turns dates into Excel serials with a date format, with or without a format of their own", () => {
    const g = byName(grids, "Kinds");
    expect(at(g, 2, 2)).toBe(45292);
    expect(fmt(g, 2, 2)).toBe("yyyy-mm-dd");
    expect(at(g, 3, 2)).toBe(45657);
    expect(isDateFormat(fmt(g, 3, 2))).toBe(true);
  });

  it("reads text, booleans and error values", () => {
    const g = byName(grids, "Kinds");
    expect(at(g, 1, 2)).toBe("文本 text");
    expect(at(g, 1, 3)).toBe(true);
    expect(at(g, 2, 3)).toBe(false);
    expect(at(g, 1, 4)).toEqual({ error: "#N/A" });
    expect(at(g, 2, 4)).toEqual({ error: "#REF!" });
    expect(fmt(g, 1, 2)).toBeUndefined();
  });

  it("reads formulas as their cached results", () => {
    const g = byName(grids, "Kinds");
    expect(at(g, 1, 5)).toBe(980000);
    expect(at(g, 2, 5)).toBe("文本 textx");
    expect(at(g, 3, 5)).toEqual({ error: "#DIV/0!" });
  });

  it("reads a formula saved without a result as that formula, not as a blank", () => {
    const g = byName(grids, "Kinds");
    expect(at(g, 4, 5)).toEqual({ formula: "A1" });
    expect(at(g, 6, 5)).toEqual({ formula: "A3+1" });
    // A shared formula's clone reads as its own formula, translated from the master's.
    expect(at(g, 7, 5)).toEqual({ formula: "A4+1" });
  });

  it("reads a formula's date result as a serial with the cell's date format", () => {
    const g = byName(grids, "Kinds");
    expect(at(g, 5, 5)).toBe(45293);
    expect(fmt(g, 5, 5)).toBe('yyyy"年"m"月"d"日"');
  });

  it("flattens rich text and hyperlinks to the text shown", () => {
    const g = byName(grids, "Kinds");
    expect(at(g, 1, 6)).toBe("富文本");
    expect(at(g, 2, 6)).toBe("链接");
    expect(at(g, 3, 6)).toBe("富链接");
  });

  it("puts a merge's value on its master only and lists each merge once", () => {
    const g = byName(grids, "Kinds");
    expect(at(g, 1, 7)).toBe("竖");
    expect(at(g, 2, 7)).toBeNull();
    expect(at(g, 3, 7)).toBeNull();
    expect(at(g, 1, 8)).toBe("横");
    expect(at(g, 1, 9)).toBeNull();
    expect(at(g, 1, 10)).toBeNull();
    expect(g.merges.map(rangeToA1).sort()).toEqual(["G1:G3", "H1:J1"]);
  });

  it("keeps a shifted origin (first cell D5) and its merge", () => {
    const g = byName(grids, "Shifted");
    expect(g.origin).toEqual({ row: 5, col: 4 });
    expect(g.values[0]?.[0]).toBe("项目名称");
    expect(at(g, 5, 5)).toBe("x");
    expect(at(g, 6, 4)).toBe(1);
    expect(at(g, 7, 4)).toBe("合并");
    expect(at(g, 7, 5)).toBeNull();
    expect(at(g, 8, 4)).toBeNull();
    expect(at(g, 8, 5)).toBeNull();
    expect(g.merges.map(rangeToA1)).toEqual(["D7:E8"]);
  });

  it("gives an empty sheet an A1 origin and no values", () => {
    const g = byName(grids, "Empty");
    expect(g.origin).toEqual({ row: 1, col: 1 });
    expect(g.values).toEqual([]);
    expect(g.merges).toEqual([]);
  });

  it("reads hidden sheets too (a form on a hidden sheet is still a form)", () => {
    const g = byName(grids, "Hidden");
    expect(at(g, 1, 1)).toBe("secret");
  });
});

describe("workbookToGrids on a 1904-date-system workbook", () => {
  it("still gives 1900-system serials, the one date system the core knows", async () => {
    const wb = new Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 0, 1));
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    const back = await roundTrip(wb);
    expect(back.properties.date1904).toBe(true);
    const [g] = workbookToGrids(back);
    expect(g && at(g, 1, 1)).toBe(45292);
  });
});

describe("workbookToGrids on the seed fixture", () => {
  it("reads all 11 sheets; the first starts at A1 with 31 merges and E6 = 490000 as #,##0.00", async () => {
    const grids = workbookToGrids(await loadFixture());
    expect(grids).toHaveLength(11);
    const first = grids[0]!;
    expect(first.origin).toEqual({ row: 1, col: 1 });
    expect(first.merges).toHaveLength(31);
    expect(new Set(first.merges.map(rangeToA1)).size).toBe(31);
    expect(at(first, 6, 5)).toBe(490000);
    expect(fmt(first, 6, 5)).toBe("#,##0.00");
  });
});
