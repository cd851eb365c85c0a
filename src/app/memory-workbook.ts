import { parseA1 } from "../core/grid/address";
import { CellValue } from "../core/grid/cell-value";
import { SheetGrid } from "../core/grid/sheet-grid";
import { CellMark, MARK_FILL } from "../core/marks";
import { freeSheetName } from "../core/summary/free-names";
import { SheetPlan } from "../core/summary/sheet-plan";
import { ClearOutcome, HostCapabilities, MarkOutcome, WorkbookPort } from "./ports";

/** A cell's own look, as far as jixiao ever changes it. */
export interface CellFormat {
  fill: string | null;
  font: string | null;
}

/**
 * A workbook held in memory: the reference for what a WorkbookPort must do (marks replace earlier marks,
 * clearing restores each cell's own format exactly, values change only through writeValue). The pane's
 * tests run against it; it needs no Office.
 */
export class MemoryWorkbook implements WorkbookPort {
  readonly capabilities: HostCapabilities = { highlight: true, notes: true, select: true, writeValues: true };
  /** Formats set by the "user" before jixiao touched anything. */
  readonly formats = new Map<string, CellFormat>();
  readonly notes = new Map<string, string>();
  selection: { sheet: string; cell: string } | null = null;
  /** The summary sheet jixiao wrote, by name (a user's sheet of the wanted name is kept in `grids`). */
  summary: { sheet: string; plan: SheetPlan } | null = null;
  private saved = new Map<string, { format: CellFormat; note: string | undefined }>();

  constructor(private readonly grids: SheetGrid[]) {}

  async readGrids(onSheet?: (done: number, total: number) => void): Promise<SheetGrid[]> {
    const copies = this.grids.map((g) => ({ ...g, values: g.values.map((r) => (r ? [...r] : r)) }));
    copies.forEach((_, i) => onSheet?.(i + 1, copies.length));
    return copies;
  }

  async mark(marks: readonly CellMark[]): Promise<MarkOutcome> {
    await this.clearMarks();
    let cellsMarked = 0;
    const skipped: MarkOutcome["skipped"] = [];
    for (const m of marks) {
      if (!this.grids.some((g) => g.name === m.sheet) || !parseA1(m.cell)) {
        skipped.push({ sheet: m.sheet, cell: m.cell, reason: parseA1(m.cell) ? "sheet-gone" : "not-a-cell" });
        continue;
      }
      const k = key(m.sheet, m.cell);
      this.saved.set(k, { format: this.formatOf(m.sheet, m.cell), note: this.notes.get(k) });
      this.formats.set(k, { fill: MARK_FILL[m.severity], font: this.formatOf(m.sheet, m.cell).font });
      this.notes.set(k, m.note);
      cellsMarked++;
    }
    return { cellsMarked, skipped, notes: true };
  }

  async clearMarks(): Promise<ClearOutcome> {
    let cellsRestored = 0;
    for (const [k, { format, note }] of this.saved) {
      this.formats.set(k, format);
      if (note === undefined) this.notes.delete(k);
      else this.notes.set(k, note);
      cellsRestored++;
    }
    this.saved = new Map();
    return { cellsRestored, skipped: [] };
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.selection = { sheet, cell };
  }

  async writeValue(sheet: string, cell: string, value: string): Promise<void> {
    const g = this.grids.find((x) => x.name === sheet);
    const pos = parseA1(cell);
    if (!g || !pos) throw new Error(`no cell ${sheet}!${cell}`);
    (g.values[pos.row - g.origin.row] ??= [])[pos.col - g.origin.col] = value as CellValue;
  }

  async writeSummary(plan: SheetPlan): Promise<{ sheet: string }> {
    const sheet = freeSheetName(this.grids.map((g) => g.name), plan.name);
    this.summary = { sheet, plan };
    return { sheet };
  }

  formatOf(sheet: string, cell: string): CellFormat {
    return this.formats.get(key(sheet, cell)) ?? { fill: null, font: null };
  }

  /** The value at a cell, for tests. */
  valueOf(sheet: string, cell: string): CellValue {
    const g = this.grids.find((x) => x.name === sheet);
    const pos = parseA1(cell);
    if (!g || !pos) return null;
    return g.values[pos.row - g.origin.row]?.[pos.col - g.origin.col] ?? null;
  }
}

function key(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}
