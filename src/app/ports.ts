import { SheetGrid } from "../core/grid/sheet-grid";
import { CellMark } from "../core/marks";
import { SheetPlan } from "../core/summary/sheet-plan";

/**
 * What the front ends know about where a workbook lives. The Excel adapter (office.js), the .xlsx adapter
 * (exceljs) and the in-memory workbook implement these; the pane, the ribbon commands and the CLI call
 * only them.
 */
export interface WorkbookReader {
  /** Every sheet as a grid; `onSheet` reports progress for long reads. */
  readGrids(onSheet?: (done: number, total: number) => void): Promise<SheetGrid[]>;
}

/** Why a cell was left alone; the pane words each one in the user's language. */
export type SkipReason = "protected" | "sheet-gone" | "cell-gone" | "changed-by-user" | "not-a-cell";

/** A cell that could not be marked, restored or written, and why (shown to the user). */
export interface Skipped {
  sheet: string;
  cell: string;
  reason: SkipReason;
}

export interface MarkOutcome {
  cellsMarked: number;
  /** Marks that could not be written: a protected sheet, a missing sheet. */
  skipped: Skipped[];
  /** Whether the host could attach a note with the message to each marked cell. */
  notes?: boolean;
}

export interface Highlighter {
  /** Paints the marks, replacing any marks jixiao made before. Never changes a value. */
  mark(marks: readonly CellMark[]): Promise<MarkOutcome>;
}

export interface ClearOutcome {
  cellsRestored: number;
  /** Marked cells left alone: the sheet is gone or protected, or the cell no longer carries jixiao's mark. */
  skipped: Skipped[];
}

/** What this host can do, so the pane offers only what works. */
export interface HostCapabilities {
  highlight: boolean;
  notes: boolean;
  select: boolean;
  writeValues: boolean;
}

/** Something that can hold the summary sheet (汇总表). */
export interface SummaryWriter {
  /**
   * Writes the summary sheet, replacing the one jixiao made before and never a user's sheet of the same name
   * (the new sheet then takes another name, which is returned).
   */
  writeSummary(plan: SheetPlan): Promise<{ sheet: string }>;
}

/** The whole workbook interface the task pane and the ribbon commands use. */
export interface WorkbookPort extends WorkbookReader, Highlighter, SummaryWriter {
  readonly capabilities: HostCapabilities;
  /** Restores every cell jixiao marked to its own format, also after the file was saved and reopened. */
  clearMarks(): Promise<ClearOutcome>;
  /** Selects a cell (and activates its sheet) for the user. */
  select(sheet: string, cell: string): Promise<void>;
  /** Writes a value the user chose to apply (a fix); the only write of values anywhere in jixiao. */
  writeValue(sheet: string, cell: string, value: string): Promise<void>;
}

/** A host failure the user must read (protected workbook, unsupported Excel): never a stack trace. */
export class HostError extends Error {
  constructor(
    readonly code: "unsupported-host" | "protected" | "busy" | "too-large" | "changed" | "failed",
    message: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}
