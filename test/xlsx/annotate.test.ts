import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { Workbook, Worksheet } from "exceljs";
import { CellMark, MARK_FILL, MARK_FONT } from "../../src/core/marks";
import { applyMarks } from "../../src/xlsx/annotate";
import { OutputRefused, saveWorkbook } from "../../src/xlsx/save";
import { workbookToGrids } from "../../src/xlsx/grids";
import { openWorkbook } from "../../src/xlsx/open";
import { FIXTURE, loadFixture, makeTmpDir, noteText, roundTrip } from "./helpers";

const SHEET = "01 民营经济代表人士队伍建设";
const argb = (hex: string) => `FF${hex.slice(1)}`;

function mark(cell: string, severity: "error" | "warning", note: string, sheet = SHEET): CellMark {
  return { sheet, cell, severity, note, rules: ["test/rule"] };
}

/** Every cell's style and note, keyed "sheet!A1", to compare a workbook before and after. */
function looks(wb: Workbook): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws: Worksheet) =>
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        out.set(`${ws.name}!${c.address}`, JSON.stringify({ style: c.style, note: c.note ?? null }));
      }),
    ),
  );
  return out;
}

const sha256 = (p: string) => createHash("sha256").update(fs.readFileSync(p)).digest("hex");

let dir: string;
beforeAll(() => {
  dir = makeTmpDir();
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("applyMarks + saveWorkbook on the seed fixture", () => {
  let before: Workbook;
  let after: Workbook;
  let input: string;
  let inputHash: string;
  const marks = [mark("E6", "error", "[funds/x] 金额有误"), mark("F14", "warning", "[target/y] 建议写单位")];

  beforeAll(async () => {
    input = path.join(dir, "input.xlsx");
    fs.copyFileSync(FIXTURE, input);
    inputHash = sha256(input);
    before = await loadFixture();
    const wb = await openWorkbook(input);
    expect(applyMarks(wb, marks)).toEqual({ cellsMarked: 2, missingSheets: [], invalidCells: [] });
    const out = path.join(dir, "annotated.xlsx");
    await saveWorkbook(wb, out, { inputPath: input });
    after = await openWorkbook(out);
  });

  it("gives the error and the warning distinct fills and font colours, keeping the rest of the font", () => {
    const e6 = after.getWorksheet(SHEET)!.getCell("E6");
    const f14 = after.getWorksheet(SHEET)!.getCell("F14");
    expect(e6.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: argb(MARK_FILL.error) } });
    expect(f14.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: argb(MARK_FILL.warning) } });
    expect(argb(MARK_FILL.error)).not.toBe(argb(MARK_FILL.warning));
    expect(e6.font.color).toEqual({ argb: argb(MARK_FONT.error) });
    expect(f14.font.color).toEqual({ argb: argb(MARK_FONT.warning) });
    const original = before.getWorksheet(SHEET)!.getCell("E6");
    expect({ ...e6.font, color: null }).toEqual({ ...original.font, color: null });
    expect(e6.numFmt).toBe("#,##0.00");
    expect(e6.border).toEqual(original.border);
  });

  it("writes notes that start with jixiao: and carry the message", () => {
    const ws = after.getWorksheet(SHEET)!;
    expect(noteText(ws.getCell("E6").note)).toBe("jixiao:\n[funds/x] 金额有误");
    expect(noteText(ws.getCell("F14").note)).toBe("jixiao:\n[target/y] 建议写单位");
  });

  it("changes no value, number format or merge anywhere", () => {
    expect(workbookToGrids(after)).toEqual(workbookToGrids(before));
    expect(after.worksheets.map((ws) => ws.model.merges)).toEqual(before.worksheets.map((ws) => ws.model.merges));
  });

  it("leaves every other cell's style untouched", () => {
    const a = looks(after);
    const b = looks(before);
    const changed = [...b.keys()].filter((k) => a.get(k) !== b.get(k));
    expect(changed.sort()).toEqual([`${SHEET}!E6`, `${SHEET}!F14`]);
  });

  it("leaves the input file's bytes alone", () => {
    expect(sha256(input)).toBe(inputHash);
  });
});

describe("the shared-style pitfall", () => {
  it("marking one of two cells that share a style object leaves the other as it was", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("S");
    const blue = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } } as const;
    for (const a of ["A1", "A2"]) {
      ws.getCell(a).value = a;
      ws.getCell(a).fill = blue;
      ws.getCell(a).font = { name: "SimSun", size: 12 };
    }
    const loaded = await roundTrip(wb);
    const s = loaded.getWorksheet("S")!;
    // The precondition that makes this test worth having: after loading, both cells hold ONE style object.
    expect(s.getCell("A1").style).toBe(s.getCell("A2").style);

    applyMarks(loaded, [mark("A1", "error", "m", "S")]);
    expect(s.getCell("A2").fill).toEqual(blue);
    expect(s.getCell("A2").font).toEqual({ name: "SimSun", size: 12 });

    const back = (await roundTrip(loaded)).getWorksheet("S")!;
    expect(back.getCell("A1").fill).toMatchObject({ fgColor: { argb: argb(MARK_FILL.error) } });
    expect(back.getCell("A1").font).toMatchObject({ name: "SimSun", size: 12, color: { argb: argb(MARK_FONT.error) } });
    expect(back.getCell("A2").fill).toEqual(blue);
    expect(back.getCell("A2").font.color).toBeUndefined();
    expect(back.getCell("A2").note).toBeUndefined();
  });
});

describe("applyMarks edge cases", () => {
  it("counts marks on sheets that do not exist, once per sheet, without throwing", async () => {
    const wb = await loadFixture();
    const result = applyMarks(wb, [mark("A1", "error", "x", "没有这个表"), mark("B2", "warning", "y", "没有这个表"), mark("E6", "error", "z")]);
    expect(result).toEqual({ cellsMarked: 1, missingSheets: ["没有这个表"], invalidCells: [] });
  });

  it("skips an address that is not a cell", async () => {
    const wb = await loadFixture();
    expect(applyMarks(wb, [mark("第6行", "error", "x")])).toEqual({ cellsMarked: 0, missingSheets: [], invalidCells: [`${SHEET}!第6行`] });
  });

  it("paints a merge's master when a mark names a covered cell", async () => {
    const wb = await loadFixture();
    const ws = wb.getWorksheet(SHEET)!;
    applyMarks(wb, [mark("C1", "warning", "x")]); // A1:F1 is merged
    expect(ws.getCell("A1").style.fill).toMatchObject({ fgColor: { argb: argb(MARK_FILL.warning) } });
    expect(ws.getCell("A1").value).toBe("财政项目支出绩效目标申报表");
  });

  it("keeps the user's own note after ours, and replaces a note from an earlier run", async () => {
    const wb = await loadFixture();
    const ws = wb.getWorksheet(SHEET)!;
    ws.getCell("B3").note = "请核对";
    ws.getCell("E6").note = "jixiao:\nold finding";
    applyMarks(wb, [mark("B3", "warning", "new1"), mark("E6", "error", "new2")]);
    const back = (await roundTrip(wb)).getWorksheet(SHEET)!;
    expect(noteText(back.getCell("B3").note)).toBe("jixiao:\nnew1\n\n请核对");
    expect(noteText(back.getCell("E6").note)).toBe("jixiao:\nnew2");
  });

  it("annotating an annotated copy keeps the user's note that followed the old findings", async () => {
    const wb = await loadFixture();
    const ws = wb.getWorksheet(SHEET)!;
    ws.getCell("E6").note = "jixiao:\nold finding\nanother\n\n请核对";
    applyMarks(wb, [mark("E6", "error", "new")]);
    const back = (await roundTrip(wb)).getWorksheet(SHEET)!;
    expect(noteText(back.getCell("E6").note)).toBe("jixiao:\nnew\n\n请核对");
  });
});

describe("saveWorkbook", () => {
  let input: string;
  let wb: Workbook;
  beforeAll(async () => {
    input = path.join(dir, "in.xlsx");
    fs.copyFileSync(FIXTURE, input);
    wb = await openWorkbook(input);
  });

  const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as OutputRefused);

  it("refuses to write over the input, however the path is spelled", async () => {
    const hash = sha256(input);
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync(input, link);
    const hard = path.join(dir, "hard.xlsx");
    fs.linkSync(input, hard);
    for (const out of [input, path.join(dir, ".", "in.xlsx"), path.relative(process.cwd(), input), link, hard]) {
      const err = await refusal(saveWorkbook(wb, out, { inputPath: input }));
      expect(err).toBeInstanceOf(OutputRefused);
      expect(err).toMatchObject({ reason: "same-as-input" });
      expect((err as OutputRefused).message).not.toContain("\n");
    }
    expect(sha256(input)).toBe(hash);
  });

  it("writes through a temp file, leaves none behind, and replaces an existing output", async () => {
    const out = path.join(dir, "out.xlsx");
    fs.writeFileSync(out, "old");
    await saveWorkbook(wb, out, { inputPath: input });
    expect(fs.readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect((await openWorkbook(out)).worksheets).toHaveLength(11);
  });

  it("reports an output that is a directory or in a missing folder as OutputRefused", async () => {
    await expect(saveWorkbook(wb, dir)).rejects.toMatchObject({ name: "OutputRefused", reason: "is-directory" });
    await expect(saveWorkbook(wb, path.join(dir, "no-such-dir", "o.xlsx"))).rejects.toMatchObject({ reason: "write-failed" });
  });
});

describe("writeOutput onto something that is not a regular file", () => {
  it("writes into a named pipe in place instead of replacing it", async () => {
    const { writeOutput } = await import("../../src/xlsx/save");
    const { execFileSync } = await import("node:child_process");
    const { mkdtempSync, statSync, createReadStream } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "jixiao-fifo-"));
    const fifo = join(dir, "report.fifo");
    execFileSync("mkfifo", [fifo]);
    const received = new Promise<string>((resolve) => {
      let text = "";
      createReadStream(fifo, "utf8").on("data", (d) => (text += d)).on("end", () => resolve(text));
    });
    await writeOutput(fifo, "{\"ok\":true}\n", []);
    expect(await received).toBe("{\"ok\":true}\n");
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});
