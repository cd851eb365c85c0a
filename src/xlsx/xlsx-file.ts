import type { Workbook } from "exceljs";
import { Highlighter, MarkOutcome, SummaryWriter, WorkbookReader } from "../app/ports";
import { SheetGrid } from "../core/grid/sheet-grid";
import { CellMark } from "../core/marks";
import { SheetPlan } from "../core/summary/sheet-plan";
import { applyMarks } from "./annotate";
import { ownedSummarySheet } from "./summary-owner";
import { OutputRefused, saveWorkbook, WorkbookKind } from "./save";
import { workbookToGrids } from "./grids";
import { loadWorkbookBuffer, packageKind, readWorkbookBytes } from "./open";
import { isStructureLocked } from "./package-parts";

/**
 * An .xlsx file opened once: read into grids, marked in memory, saved as a copy. The input file is read
 * once and never written.
 */
export class XlsxFile implements WorkbookReader, Highlighter, SummaryWriter {
  private wb: Workbook | null;

  private constructor(
    readonly path: string,
    /** What the package is; a copy must be written as the same kind. */
    readonly kind: WorkbookKind,
    wb: Workbook,
    private readonly forMarking: boolean,
    /**
     * The workbook's structure is protected. exceljs neither reads nor writes that protection: a copy with a
     * summary sheet added would come out with a new sheet and the protection silently gone.
     */
    readonly structureLocked: boolean,
  ) {
    this.wb = wb;
  }

  /**
   * `forMarking: false` (a check without an annotated copy) lets the exceljs model go once the grids
   * are read: on a large workbook it is most of the heap.
   */
  static async open(path: string, { forMarking = true } = {}): Promise<XlsxFile> {
    const bytes = await readWorkbookBytes(path);
    const wb = await loadWorkbookBuffer(bytes, path);
    return new XlsxFile(path, packageKind(bytes), wb, forMarking, forMarking && isStructureLocked(bytes));
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
    // The summary sheet jixiao made holds no form: it is not read (nor reported as "not a form").
    const own = ownedSummarySheet(this.workbook());
    const grids = workbookToGrids(this.workbook(), onSheet).filter((g) => g.name !== own);
    if (!this.forMarking) this.wb = null;
    return grids;
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
