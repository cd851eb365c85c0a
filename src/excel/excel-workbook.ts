import { ClearOutcome, HostCapabilities, HostError, MarkOutcome, WorkbookPort } from "../app/ports";
import { SheetGrid } from "../core/grid/sheet-grid";
import { CellMark } from "../core/marks";
import { SheetPlan } from "../core/summary/sheet-plan";
import { ExcelSupport, excelSupport } from "./host";
import { writeSummaryPlan } from "./summary";
import { RequestBudget } from "./budget";
import { fitsInSettings, markName } from "./mark-state";
import { queueNameCleanup, queueNames, queueNoteReads, queueNotes, queuePaint, queueRestore, queueState, queueTargetReads } from "./marks";
import {
  DEFAULT_LIMITS,
  MarkProbe,
  ReadLimits,
  WorkbookSnapshot,
  cellKey,
  findSheet,
  probesRideAlong,
  queueCommentCells,
  queueMarkProbes,
  queueMarkProbesInBudget,
  readAllGrids,
  readSheetList,
} from "./read";

export { excelSupport };
export type { ExcelSupport };

/** How the adapter runs its batches. */
export interface RunOptions {
  /**
   * Wait while the user edits a cell instead of failing (Excel.RunOptions.delayForCellEdit, ExcelApi 1.11):
   * for the ribbon, whose click does not take Excel out of cell edit mode. The pane asks the user instead.
   */
  delayForCellEdit?: boolean;
}

/** What readGrids learned that mark() needs: kept only until the next call, so mark() costs 2 round trips. */
interface Pending {
  snapshot: WorkbookSnapshot;
  probes: MarkProbe[];
  /** "sheet!cell" keys of cells holding a threaded comment. */
  commentCells: Set<string>;
}

/**
 * The workbook open in Excel, through office.js: the only code in jixiao that calls Excel.run.
 *
 * Round trips, whatever the number of sheets: readGrids 2 (sheets, stored marks and defined names; every
 * used range with the earlier marks' cells), mark 2 (undo earlier fills, read the new targets' own fills and
 * notes and the notes to edit, add the names; store the state, then paint, hide the names and annotate),
 * clear 3, writeSummary 3, select 1, writeValue 1. Each batch is split by size (budget.ts): thousands of marks,
 * or a very large summary, take more requests, as does a refused oversized read (banded requests).
 */
export class ExcelWorkbook implements WorkbookPort {
  readonly capabilities: HostCapabilities;
  private pending: Pending | null = null;

  constructor(
    private readonly support: ExcelSupport = excelSupport(),
    private readonly limits: ReadLimits = DEFAULT_LIMITS,
    /** Names this run's mark names; a run never reuses a name, so old and new can change in one batch. */
    private readonly runId: () => string = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`,
    private readonly options: RunOptions = {},
  ) {
    this.capabilities = support.capabilities;
  }

  async readGrids(onSheet?: (done: number, total: number) => void): Promise<SheetGrid[]> {
    this.requireSupport();
    return this.run(async (context) => {
      const snapshot = await readSheetList(context, this.capabilities.notes);
      let probes: () => MarkProbe[] = () => [];
      let comments: () => Set<string> = () => new Set();
      const { grids, extrasLoaded } = await readAllGrids(
        context,
        snapshot,
        this.support,
        (batch) => {
          // Notes are read again by mark(), in its own run; thousands of probes would crowd this request.
          if (!probesRideAlong(snapshot)) return false;
          probes = queueMarkProbes(batch, snapshot, false);
          comments = queueCommentCells(snapshot);
          return snapshot.state.marks.length > 0 || !!snapshot.comments?.items.length;
        },
        this.limits,
      );
      this.pending = extrasLoaded ? { snapshot, probes: probes(), commentCells: comments() } : null;
      grids.forEach((_, i) => onSheet?.(i + 1, grids.length));
      return grids;
    });
  }

  async mark(marks: readonly CellMark[]): Promise<MarkOutcome> {
    this.requireSupport();
    const pending = this.takePending();
    return this.run(async (context) => {
      const { snapshot, probes, commentCells } = pending ?? (await this.probeFresh(context, true, false));
      const run = this.runId();
      refuseOversizedState(snapshot, probes, marks, run);
      const budget = new RequestBudget(context, this.limits.requestBytes);
      const restore = await queueRestore(context, probes, budget);
      if (!this.capabilities.notes) restore.notes = [];
      // A cell marked again has its note read with the targets (queueTargetReads), and that read wins.
      const marked = new Set(marks.map((m) => cellKey(m.sheet, m.cell)).filter((k) => !commentCells.has(k)));
      const freshNotes = await queueNoteReads(context, restore.notes.filter((n) => !marked.has(cellKey(n.sheet, n.cell))), budget);
      const targets = await queueTargetReads(context, marks, snapshot.sheets, this.capabilities.notes, commentCells, budget);
      await queueNames(context, targets.reads, run, budget);
      await budget.sync();
      freshNotes();
      const { outcome } = await queuePaint(context, snapshot, targets.reads, restore, run, budget);
      await budget.sync();
      // Earlier marks that could not be undone are not news when the same cell is marked again, or is
      // reported already as a target that could not be marked (a protected sheet).
      const told = new Set([...targets.reads.map((r) => cellKey(r.sheet.name, r.mark.cell)), ...targets.skipped.map((x) => cellKey(x.sheet, x.cell))]);
      const stale = restore.skipped.filter((x) => x.reason !== "changed-by-user" && !told.has(cellKey(x.sheet, x.cell)));
      return { ...outcome, skipped: [...targets.skipped, ...stale] };
    });
  }

  async clearMarks(): Promise<ClearOutcome> {
    this.requireSupport();
    this.pending = null;
    return this.run(async (context) => {
      const { snapshot, probes } = await this.probeFresh(context, false, this.capabilities.notes);
      const budget = new RequestBudget(context, this.limits.requestBytes);
      // Cells first, the state after: should a later request fail, the state still knows the marks not undone.
      const plan = await queueRestore(context, probes, budget);
      await queueNotes(context, plan.notes, budget);
      await queueState(context, snapshot, { version: 2, marks: plan.kept }, budget);
      await queueNameCleanup(context, snapshot, plan.kept, budget);
      await budget.sync();
      return { cellsRestored: plan.restored.length, skipped: plan.skipped };
    });
  }

  async writeSummary(plan: SheetPlan): Promise<{ sheet: string }> {
    this.requireSupport();
    return this.run(async (context) => ({ sheet: await writeSummaryPlan(context, plan, this.limits.requestBytes) }));
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.requireSupport();
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  async writeValue(sheet: string, cell: string, value: string): Promise<void> {
    this.requireSupport();
    this.pending = null;
    await this.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
      // A canonical target starts with "=" (=1.00(次)): Excel would take it as a formula unless the cell is text.
      if (/^[=+\-@]/.test(value)) range.numberFormat = [["@"]];
      range.values = [[value]];
      await context.sync();
    });
  }

  /**
   * Two round trips (more for thousands of marks): the sheet list, stored state and names, then a look at
   * each previously marked cell, with its note when `notes` (else mark() reads it again in its own run).
   */
  private async probeFresh(context: Excel.RequestContext, withComments: boolean, notes: boolean): Promise<Pending> {
    const snapshot = await readSheetList(context, withComments && this.capabilities.notes);
    const budget = new RequestBudget(context, this.limits.requestBytes);
    const probes = await queueMarkProbesInBudget(context, snapshot, notes, budget);
    const comments = queueCommentCells(snapshot);
    await budget.sync();
    return { snapshot, probes: probes(), commentCells: comments() };
  }

  /** Excel.run with office.js failures turned into messages a user can act on. */
  private async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      if (this.options.delayForCellEdit && this.support.delayForCellEdit) return await Excel.run({ delayForCellEdit: true }, batch);
      return await Excel.run(batch);
    } catch (e) {
      throw hostError(e);
    }
  }

  private takePending(): Pending | null {
    const p = this.pending;
    this.pending = null;
    return p;
  }

  private requireSupport(): void {
    if (!this.support.ok) throw new HostError("unsupported-host", this.support.reason ?? "unsupported host");
  }
}

/**
 * Refuses, before anything is written, a mark run whose state would not fit in the workbook's settings
 * (mark-state.ts): marks that could not be recorded could never be undone. Estimated with each cell's own
 * fill as a plain colour, as most are; STATE_BYTES leaves room for the few that are not.
 */
function refuseOversizedState(snapshot: WorkbookSnapshot, probes: MarkProbe[], marks: readonly CellMark[], run: string): void {
  const kept = probes.filter((p) => !("gone" in p.place) && p.place.sheet.protected).map((p) => p.record);
  const fresh = marks
    .filter((m) => findSheet(snapshot.sheets, m.sheet) !== undefined)
    .map((m, i) => ({ name: markName(run, i), sheet: m.sheet, cell: m.cell, severity: m.severity, fill: { color: "#FFFFFF" }, note: { hash: "00000000", length: 99999 } }));
  if (!fitsInSettings({ version: 2, marks: [...kept, ...fresh] })) {
    throw new HostError("too-large", `${marks.length} marks are more than the workbook's settings can record`);
  }
}

function hostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = (e as { code?: string } | null)?.code;
  const message = e instanceof Error ? e.message : String(e);
  switch (code) {
    case "AccessDenied":
      return new HostError("protected", message);
    // "Finish editing the cell first": Excel fails a batch in cell edit mode with InvalidOperationInCellEditMode,
    // and some builds with plain InvalidOperation (Excel.ErrorCodes). Said as busy either way.
    case "InvalidOperationInCellEditMode":
    case "InvalidOperation":
      return new HostError("busy", message);
    case "ResponsePayloadSizeLimitExceeded":
    case "RequestPayloadSizeLimitExceeded":
      return new HostError("too-large", message);
    default:
      return new HostError("failed", message);
  }
}
