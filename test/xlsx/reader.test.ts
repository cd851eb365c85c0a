import * as fs from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import fc from "fast-check";
import { checkGrids } from "../../src/core/check";
import { SheetGrid } from "../../src/core/grid/sheet-grid";
import { workbookToGrids } from "../../src/xlsx/grids";
import { loadWorkbookBuffer } from "../../src/xlsx/open";
import { readWorkbookBytes, ReaderLimits } from "../../src/xlsx/reader";
import { WorkbookUnreadable } from "../../src/xlsx/unreadable";
import { XlsxFile } from "../../src/xlsx/xlsx-file";
import { cleanForm, sheetOf } from "../support/form-grid";
import { handWorkbook, junkRows, manySheets, wholeSheetMerge, zipBomb, zipOfText } from "../support/hand-xlsx";
import { workbookFromGrids } from "../support/write-xlsx";
import { FIXTURE, makeTmpDir, storedZip } from "./helpers";

/** JSON drops what equality should not see: array holes and undefined entries read alike. */
const plain = (g: SheetGrid[]) => JSON.parse(JSON.stringify(g)) as SheetGrid[];

async function exceljsGrids(bytes: Buffer): Promise<SheetGrid[]> {
  return workbookToGrids(await loadWorkbookBuffer(bytes, "x.xlsx"));
}

async function expectSameAsExceljs(bytes: Buffer): Promise<void> {
  expect(plain(readWorkbookBytes(bytes).sheets)).toEqual(plain(await exceljsGrids(bytes)));
}

function unreadable(bytes: Uint8Array, limits?: Partial<ReaderLimits>): WorkbookUnreadable {
  try {
    readWorkbookBytes(bytes, { name: "in.xlsx", ...(limits ? { limits } : {}) });
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookUnreadable);
    const err = e as WorkbookUnreadable;
    expect(err.message).not.toContain("\n");
    return err;
  }
  throw new Error("read, but should not have");
}

describe("readWorkbookBytes gives the grids exceljs gives", () => {
  const root = path.join(__dirname, "..", "..");
  const fixtures = [
    ...fs.readdirSync(path.join(root, "test", "fixtures")).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(root, "test", "fixtures", f)),
    ...fs.readdirSync(path.join(root, "assets", "samples")).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(root, "assets", "samples", f)),
  ];
  it.each(fixtures)("%s", async (file) => {
    await expectSameAsExceljs(fs.readFileSync(file));
  });

  it("on a workbook exceljs wrote: merges, dates, errors, booleans, rich text, formulas with and without results, hidden sheets", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("表1");
    ws.getCell("B2").value = "项目名称";
    ws.mergeCells("B2:D3");
    ws.getCell("E2").value = 12.5;
    ws.getCell("E2").numFmt = "#,##0.00";
    ws.getCell("F2").value = new Date(Date.UTC(2024, 0, 15));
    ws.getCell("F2").numFmt = "yyyy-mm-dd";
    ws.getCell("G2").value = new Date(Date.UTC(2024, 5, 30));
    ws.getCell("G2").numFmt = "mm-dd-yy"; // built-in id 14
    ws.getCell("H2").value = 0.5;
    ws.getCell("H2").numFmt = "h:mm"; // exceljs reads a Date; grids.ts then gives yyyy-mm-dd
    ws.getCell("I2").value = new Date(Date.UTC(2024, 1, 29, 13, 7, 11, 123));
    ws.getCell("E3").value = true;
    ws.getCell("F3").value = false;
    ws.getCell("G3").value = { error: "#N/A" };
    ws.getCell("H3").value = { richText: [{ text: "甲" }, { font: { bold: true }, text: "乙&<丙>" }] };
    ws.getCell("I3").value = "";
    ws.getCell("E4").value = { formula: "E2*2", result: 25 };
    ws.getCell("F4").value = { formula: "E2*3" } as never;
    ws.getCell("G4").value = { formula: "1/0", result: { error: "#DIV/0!" } } as never;
    ws.getCell("H4").value = { formula: '"a"&"b"', result: "ab" } as never;
    ws.getCell("I4").value = { formula: "TRUE()", result: true } as never;
    ws.getCell("J4").value = { formula: "F2+1", result: 45307 } as never;
    ws.getCell("J4").numFmt = "yyyy-mm-dd";
    ws.getCell("E6").value = { text: "链接", hyperlink: "https://example.com" };
    ws.getCell("E7").value = "line\r\nbreak\ttab";
    ws.getCell("A9").value = 1;
    ws.getCell("B9").value = { formula: "A9+1" } as never;
    ws.fillFormula("C9:F9", "B9*2");
    ws.getCell("Z100").value = "far away";
    wb.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = "h";
    wb.addWorksheet("很隐藏", { state: "veryHidden" }).getCell("C3").value = 3;
    wb.addWorksheet("空");
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    await expectSameAsExceljs(bytes);
    const read = readWorkbookBytes(bytes);
    expect(read.visibility).toEqual({ 表1: "visible", 隐藏: "hidden", 很隐藏: "veryHidden", 空: "visible" });
    // The shared formula's children, translated as exceljs translates them.
    expect(read.sheets[0]!.values[7]!.slice(2, 6)).toEqual([{ formula: "B9*2" }, { formula: "C9*2" }, { formula: "D9*2" }, { formula: "E9*2" }]);
    expect(read.kind).toBe("xlsx");
    expect(read.structureLocked).toBe(false);
  });

  it("on generated forms, one a sheet and several stacked", async () => {
    const grids = [sheetOf("表1", [{ spec: cleanForm() }]), sheetOf("表2", [{ spec: cleanForm() }, { spec: cleanForm(), opts: { origin: { row: 60, col: 2 } } }])];
    await expectSameAsExceljs(Buffer.from(await workbookFromGrids(grids).xlsx.writeBuffer()));
  });

  it("on hand-written XML: inline strings and runs, shared strings with phonetic runs, styles by id, shared formulas, absolute part paths", async () => {
    const sst = ["<si><t>普通</t></si>", "<si><r><t>富</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> 文本</t></r><rPh sb=\"0\" eb=\"1\"><t>フ</t></rPh></si>", "<si><t>a&amp;b&#x4E2D;&#20013;</t></si>"];
    const styles =
      '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="49"/></cellStyleXfs>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="10"/><xf numFmtId="14"/></cellXfs>';
    const body =
      "<sheetData>" +
      '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="s"><v>2</v></c></row>' +
      '<row r="3"><c r="B3" t="inlineStr"><is><t>内联</t></is></c><c r="C3" t="inlineStr"><is><r><t>两</t></r><r><t>段</t></r></is></c></row>' +
      '<row r="4"><c r="B4" s="1"><v>45306</v></c><c r="C4" s="2"><v>0.25</v></c><c r="D4" s="3"><v>45000</v></c><c r="E4" s="2"/></row>' +
      '<row r="5"><c r="B5"><v>7</v></c><c r="C5"><v>8</v></c></row>' +
      '<row r="7"><c r="B7" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="C7"><f t="shared" ref="C7:C9" si="0">B7&amp;"!"</f></c></row>' +
      '<row r="8"><c r="C8"><f t="shared" si="0"/></c></row>' +
      '<row r="9"><c r="C9"><f t="shared" si="0"/></c><c r="D9" t="e"><v>#REF!</v></c><c r="E9" t="b"><v>1</v></c></row>' +
      '</sheetData><mergeCells count="2"><mergeCell ref="B2:B3"/><mergeCell ref="F2:H9"/></mergeCells>';
    for (const absoluteTargets of [false, true]) {
      const bytes = zipOfText(handWorkbook([{ name: "手写", body }, { name: "藏", body: "<sheetData/>", state: "hidden" }], { sharedStrings: sst, styles, absoluteTargets }));
      await expectSameAsExceljs(bytes);
      const [g] = readWorkbookBytes(bytes).sheets;
      expect(g!.values[0]).toEqual(["普通", "富 文本", "a&b中中"]);
      // B3 lies under B2:B3: Excel does not show what is stored there, and neither reader reads it.
      expect(g!.values[1]).toEqual([undefined, "两段"]);
      expect(g!.values[3]).toEqual([7, 8]);
      expect(g!.numberFormats![2]).toEqual(['yyyy"年"m"月"d"日"', "0.00%", "mm-dd-yy"]);
    }
  });

  it("where exceljs is wrong: rows and cells without r, prefixed elements, 1904 dates, built-in Chinese date ids", () => {
    // exceljs reads none of these as Excel shows them (the first it refuses as "Invalid row number"); the values
    // here are what Excel shows.
    const noRefs = zipOfText(handWorkbook([{ name: "n", body: '<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row></sheetData>' }]));
    expect(readWorkbookBytes(noRefs).sheets[0]!.values).toEqual([[1, 2], ["x"]]);
    const prefixed = zipOfText(
      handWorkbook([{ name: "x", body: '<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:row r="1"><x:c r="A1"><x:v>5</x:v></x:c></x:row></x:sheetData>' }]),
    );
    expect(readWorkbookBytes(prefixed).sheets[0]!.values).toEqual([[5]]);
    // 1904 serial 43844 is 2024-01-15, serial 45306 in the 1900 system the core uses.
    const styles = '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="31"/></cellXfs>';
    const bytes = zipOfText(
      handWorkbook([{ name: "d", body: '<sheetData><row r="1"><c r="A1" s="1"><v>43844</v></c><c r="B1" s="2"><v>43844</v></c></row></sheetData>' }], { styles, workbookPr: '<workbookPr date1904="1"/>' }),
    );
    const g = readWorkbookBytes(bytes).sheets[0]!;
    expect(g.values[0]).toEqual([45306, 45306]);
    // Id 31 is zh-CN's long date; exceljs gives it no format and the core would see a plain number.
    expect(g.numberFormats![0]).toEqual(["mm-dd-yy", 'yyyy"年"m"月"d"日"']);
  });

  it("says what the workbook is: macros, protected structure, defined names", async () => {
    const parts = handWorkbook([{ name: "s", body: "<sheetData/>" }], { workbookPr: '<workbookProtection lockStructure="1"/><definedNames><definedName name="_jixiao_summary">\'绩效目标汇总\'!$A$1</definedName></definedNames>' });
    parts["xl/vbaProject.bin"] = "x";
    // definedNames after sheets, as Excel orders them.
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"]!.replace(/(<workbookProtection[^>]*\/>)(<definedNames>.*<\/definedNames>)(<sheets>.*<\/sheets>)/, "$1$3$2");
    const r = readWorkbookBytes(zipOfText(parts));
    expect(r.kind).toBe("xlsm");
    expect(r.structureLocked).toBe(true);
    expect(r.definedNames).toEqual([{ name: "_jixiao_summary", ref: "'绩效目标汇总'!$A$1" }]);
  });
});

describe("readWorkbookBytes refuses bad input with the reasons open.ts gives", () => {
  const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const cases: [string, string, () => Buffer, RegExp][] = [
    ["a zero-byte file", "empty", () => Buffer.alloc(0), /empty/],
    ["a CSV renamed .xlsx", "not-xlsx", () => Buffer.from("项目名称,金额\nA,1\n"), /CSV/],
    ["a zip that is not a workbook", "not-xlsx", () => storedZip({ "readme.txt": "hi" }), /a zip archive, but not an Excel workbook/],
    ["an .xlsb", "not-xlsx", () => storedZip({ "xl/workbook.bin": "\u0001" }), /\.xlsb/],
    ["a package without its workbook part", "corrupt", () => storedZip({ "xl/styles.xml": "<styleSheet/>" }), /damaged/],
    ["a malformed sheet", "corrupt", () => storedZip({ "xl/worksheets/sheet1.xml": "<<garbage" }), /damaged/],
    ["a malformed sheet behind a good workbook part", "corrupt", () => zipOfText(handWorkbook([{ name: "s", body: '<sheetData><row r="1"><c r="A1"<v>1</v></c></row>' }])), /damaged/],
    ["a workbook with no worksheet", "corrupt", () => zipOfText(handWorkbook([])), /damaged/],
    ["the first half of the fixture", "corrupt", () => fs.readFileSync(FIXTURE).subarray(0, fs.statSync(FIXTURE).size >> 1), /damaged or incomplete/],
    ["the CFB magic", "legacy-xls-or-encrypted", () => Buffer.concat([CFB, Buffer.alloc(504)]), /password-protected or legacy \.xls/],
    ["a CFB with an EncryptionInfo stream", "legacy-xls-or-encrypted", () => Buffer.concat([CFB, Buffer.alloc(504), Buffer.from("EncryptionInfo", "utf16le")]), /password-protected; save/],
    ["a CFB with a Workbook stream", "legacy-xls-or-encrypted", () => Buffer.concat([CFB, Buffer.alloc(504), Buffer.from("Workbook", "utf16le")]), /legacy \.xls \(Excel 97-2003\)/],
  ];
  it.each(cases)("%s: %s", async (_what, reason, make, wording) => {
    const bytes = make();
    const err = unreadable(bytes);
    expect(err.reason).toBe(reason);
    expect(err.message).toMatch(wording);
    // The exceljs path gives the same reason for the same bytes.
    const old = await loadWorkbookBuffer(bytes, "in.xlsx").then(() => null, (e: unknown) => e as WorkbookUnreadable);
    if (old) expect(old.reason).toBe(reason);
  });

  it("rejects every truncation of the fixture as corrupt or not-xlsx, never a raw error", () => {
    const bytes = fs.readFileSync(FIXTURE);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: bytes.length - 1 }), (n) => {
        expect(["corrupt", "not-xlsx"]).toContain(unreadable(bytes.subarray(0, n)).reason);
      }),
      { numRuns: 60 },
    );
  });

  it("XlsxFile.open gives the same reasons for files (missing, a directory) and reads grids without exceljs", async () => {
    const dir = makeTmpDir();
    try {
      await expect(XlsxFile.open(path.join(dir, "nope.xlsx"), { forMarking: false })).rejects.toMatchObject({ reason: "missing" });
      await expect(XlsxFile.open(dir, { forMarking: false })).rejects.toMatchObject({ reason: "is-directory" });
      const bomb = path.join(dir, "bomb.xlsx");
      fs.writeFileSync(bomb, zipBomb(40));
      // With --out too: the reader refuses the file before exceljs is given it.
      await expect(XlsxFile.open(bomb, { forMarking: true })).rejects.toMatchObject({ reason: "too-large" });
      const file = await XlsxFile.open(FIXTURE, { forMarking: false });
      expect(plain(await file.readGrids())).toEqual(plain(await exceljsGrids(fs.readFileSync(FIXTURE))));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("hostile input ends within seconds, in one line or a result", () => {
  // Bounds leave room for a loaded CI box (two cores shared); the measured times are in bench:hard.
  const within = <T>(ms: number, f: () => T): T => {
    const t0 = Date.now();
    const r = f();
    expect(Date.now() - t0).toBeLessThan(ms);
    return r;
  };

  it("a merge over H1:XFD1048576 beside a form: read as one range, and the form is checked", async () => {
    const bytes = await wholeSheetMerge();
    expect(bytes.length).toBeLessThan(60_000);
    const { sheets } = within(5000, () => readWorkbookBytes(bytes));
    expect(sheets[0]!.merges).toContainEqual({ top: 1, left: 8, bottom: 1048576, right: 16384 });
    const { report } = within(10_000, () => checkGrids(sheets, "merge.xlsx"));
    expect(report.projects).toHaveLength(1);
  }, 60_000);

  it("a zip bomb: a part inflating past the part limit, headers claiming 1 KB", () => {
    const err = within(6000, () => unreadable(zipBomb(4), { maxPartBytes: 32 * 1024 * 1024 }));
    expect(err.reason).toBe("too-large");
    expect(err.line("zh")).toBe("无法读取 in.xlsx：解压后超过 32 MB，不像是一份申报表");
    expect(err.line("en")).toBe("cannot read in.xlsx: inflates past 32 MB; this is not a form workbook");
  });

  it("a 1 GB bomb under the default limits", () => {
    const bytes = zipBomb(64);
    expect(bytes.length).toBeLessThan(2_000_000);
    expect(within(6000, () => unreadable(bytes)).line("en")).toMatch(/inflates past 128 MB/);
  }, 60_000);

  it("many parts adding up past the total limit", () => {
    const sheets = Array.from({ length: 5 }, (_v, i) => ({ name: `s${i}`, body: `<sheetData/>${" ".repeat(3_000_000)}` }));
    expect(unreadable(zipOfText(handWorkbook(sheets)), { maxTotalBytes: 10_000_000 }).line("en")).toMatch(/inflates past 10 MB/);
  });

  it("a 1 MB cell is read and checked; past the string limit, one line", async () => {
    const spec = cleanForm();
    spec.indicators = [...spec.indicators, ["产出指标", "数量指标", "超长", "九".repeat(1_000_000)]];
    const bytes = Buffer.from(await workbookFromGrids([sheetOf("表1", [{ spec }])]).xlsx.writeBuffer());
    const { sheets } = within(6000, () => readWorkbookBytes(bytes));
    expect(within(15_000, () => checkGrids(sheets, "long.xlsx")).report.projects).toHaveLength(1);
    expect(unreadable(bytes, { maxStringLength: 500_000 }).line("en")).toBe("cannot read in.xlsx: a cell holds more than 500,000 characters; this is not a form workbook");
  }, 60_000);

  it("2,000 sheets are read; past the sheet limit, one line", () => {
    const bytes = manySheets(2000);
    expect(within(5000, () => readWorkbookBytes(bytes)).sheets).toHaveLength(2000);
    expect(unreadable(bytes, { maxSheets: 1000 }).line("zh")).toBe("无法读取 in.xlsx：有超过 1,000 张工作表，不像是一份申报表");
  }, 60_000);

  it("a 200,000-row junk sheet is read and checked; past the cell limit, one line naming the sheet", () => {
    const bytes = junkRows(200_000);
    const { sheets } = within(5000, () => readWorkbookBytes(bytes));
    expect(sheets[0]!.values).toHaveLength(200_000);
    expect(within(20_000, () => checkGrids(sheets, "junk.xlsx")).report.projects).toHaveLength(0);
    expect(unreadable(bytes, { maxCellsPerSheet: 100_000 }).line("en")).toBe('cannot read in.xlsx: sheet "junk" holds more than 100,000 cells; this is not a form workbook');
  }, 60_000);
});
