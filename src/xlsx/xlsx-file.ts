import { inflateRawSync } from "zlib";
import type { Workbook } from "exceljs";
import { Highlighter, MarkOutcome, SummaryWriter, WorkbookReader } from "../app/ports";
import { SheetGrid } from "../core/grid/sheet-grid";
import { sheetOfReference } from "../core/grid/reference";
import { OWNER_NAME, ownedSheet } from "../core/summary/owner";
import { CellMark } from "../core/marks";
import { SheetPlan } from "../core/summary/sheet-plan";
import { applyMarks } from "./annotate";
import { OutputRefused, saveWorkbook, WorkbookKind } from "./save";
import { loadWorkbookBuffer, readWorkbookBytes } from "./open";
import { readWorkbookBytes as readContents, WorkbookContents } from "./reader";

/**
 * An .xlsx file opened once: read into grids, marked in memory, saved as a copy. The input file is read
 * once and never written.
 */
export class XlsxFile implements WorkbookReader, Highlighter, SummaryWriter {
  private wb: Workbook | null;
  private contents: WorkbookContents | null;

  private constructor(
    readonly path: string,
    /** What the package is; a copy must be written as the same kind. */
    readonly kind: WorkbookKind,
    wb: Workbook | null,
    contents: WorkbookContents,
    /**
     * The workbook's structure is protected. exceljs neither reads nor writes that protection: a copy with a
     * summary sheet added would come out with a new sheet and the protection silently gone.
     */
    readonly structureLocked: boolean,
  ) {
    this.wb = wb;
    this.contents = contents;
  }

  /**
   * The grids always come from the bytes reader (src/xlsx/reader), which is a fraction of an exceljs load and
   * refuses hostile files in bounded time and memory. exceljs is loaded only for `forMarking` (the annotated
   * copy is still written through its model); the marks are computed from the reader's values either way.
   */
  static async open(path: string, { forMarking = true } = {}): Promise<XlsxFile> {
    const bytes = await readWorkbookBytes(path);
    // First, so that a hostile file is refused before exceljs would take the memory for it.
    const contents = readContents(bytes, { name: path, inflateRaw: nativeInflate });
    const wb = forMarking ? await loadWorkbookBuffer(bytes, path) : null;
    return new XlsxFile(path, contents.kind, wb, contents, contents.structureLocked);
  }

  /**
   * Refuses, before anything is written, a summary sheet in a copy of a workbook whose structure is
   * protected: the add-in refuses it too (Excel will not add the sheet), and the copy must not lose the
   * protection the user set.
   */
  refuseSummaryInto(outPath: string): void {
    if (!this.structureLocked) return;
    throw new OutputRefused(
      "structure-protected",
      outPath,
      "工作簿的结构受保护，无法添加汇总表；请在 Excel 中撤销保护（审阅 › 保护工作簿）后重试，或去掉 --summary；未写出任何文件",
      "the workbook's structure is protected, so no summary sheet can be added; unprotect it in Excel (Review › Protect Workbook) and try again, or leave out --summary; nothing was written",
    );
  }

  async readGrids(onSheet?: (done: number, total: number) => void): Promise<SheetGrid[]> {
    if (!this.contents) throw new Error("XlsxFile grids were already read");
    const { sheets, definedNames } = this.contents;
    // The summary sheet jixiao made holds no form: it is not read (nor reported as "not a form").
    const owner = definedNames.find((d) => d.name === OWNER_NAME);
    const own = owner ? ownedSheet(sheetOfReference(owner.ref)) : null;
    sheets.forEach((_g, i) => onSheet?.(i + 1, sheets.length));
    // Reading only: let the cells go with the caller's grids (on a large workbook they are most of the heap).
    if (!this.wb) this.contents = null;
    return sheets.filter((g) => g.name !== own);
  }

  async mark(marks: readonly CellMark[]): Promise<MarkOutcome> {
    const r = applyMarks(this.workbook(), marks);
    const missing = new Set(r.missingSheets);
    const invalid = new Set(r.invalidCells);
    return {
      cellsMarked: r.cellsMarked,
      skipped: marks
        .filter((m) => missing.has(m.sheet) || invalid.has(`${m.sheet}!${m.cell}`))
        .map((m) => ({ sheet: m.sheet, cell: m.cell, reason: missing.has(m.sheet) ? ("sheet-gone" as const) : ("not-a-cell" as const) })),
    };
  }

  /**
   * Adds the summary sheet to the workbook saveCopy writes (replacing only jixiao's own earlier one); its links
   * point at the forms of this workbook.
   */
  async writeSummary(plan: SheetPlan): Promise<{ sheet: string }> {
    this.refuseSummaryInto(this.path);
    // Loaded on demand: a plain check never needs the summary writer.
    const { writeSummarySheet } = await import("./summary-sheet");
    return { sheet: writeSummarySheet(this.workbook(), plan, { fileHref: () => null }) };
  }

  /** Writes the (marked) workbook to `outPath`; refuses to overwrite the input. */
  async saveCopy(outPath: string): Promise<void> {
    await saveWorkbook(this.workbook(), outPath, { inputPath: this.path });
  }

  private workbook(): Workbook {
    if (!this.wb) throw new Error("XlsxFile was opened for reading only");
    return this.wb;
  }
}

/** zlib stops at maxOutputLength (ERR_BUFFER_TOO_LARGE, a RangeError), so a bomb costs no more than the limit. */
function nativeInflate(data: Uint8Array, maxBytes: number): Uint8Array {
  return inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(maxBytes, 0x7fffffff)) });
}
