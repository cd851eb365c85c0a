import { ClearOutcome, HostCapabilities, HostError, MarkOutcome, WorkbookPort } from "../app/ports";
import { SheetGrid } from "../core/grid/sheet-grid";
import { CellMark } from "../core/marks";
import { SheetPlan } from "../core/summary/sheet-plan";
import { ExcelSupport, excelSupport } from "./host";
import { writeSummaryPlan } from "./summary";
import { queueNameCleanup, queueNotes, queuePaint, queueRestore, queueState, queueTargetReads } from "./marks";
import { DEFAULT_LIMITS, MarkProbe, ReadLimits, WorkbookSnapshot, cellKey, queueCommentCells, queueMarkProbes, readAllGrids, readSheetList } from "./read";

export { excelSupport };
export type { ExcelSupport };

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
 * used range with the earlier marks' cells), mark 2 (undo earlier fills and read the new targets' own fills
 * and notes; store the state, then paint, name and annotate), clear 3, writeSummary 2 (one more per 50,000
 * cells of a very large summary), select 1, writeValue 1. Only a refused oversized read adds banded requests.
 */
export class ExcelWorkbook implements WorkbookPort {
  readonly capabilities: HostCapabilities;
  private pending: Pending | null = null;

  constructor(
    private readonly support: ExcelSupport = excelSupport(),
    private readonly limits: ReadLimits = DEFAULT_LIMITS,
    /** Names this run's mark names; a run never reuses a name, so old and new can change in one batch. */
    private readonly runId: () => string = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`,
  ) {
    this.capabilities = support.capabilities;
  }

  async readGrids(onSheet?: (done: number, total: number) => void): Promise<SheetGrid[]> {
    this.requireSupport();
    return run(async (context) => {
      const snapshot = await readSheetList(context, this.capabilities.notes);
      let probes: () => MarkProbe[] = () => [];
      let comments: () => Set<string> = () => new Set();
      const { grids, extrasLoaded } = await readAllGrids(
        context,
        snapshot,
        this.support,
        (batch) => {
          probes = queueMarkProbes(batch, snapshot, this.capabilities.notes);
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
    return run(async (context) => {
      const { snapshot, probes, commentCells } = pending ?? (await this.probeFresh(context, true));
      const restore = queueRestore(context, probes);
      const targets = queueTargetReads(context, marks, snapshot.sheets, this.capabilities.notes, commentCells);
      await context.sync();
      const { outcome } = queuePaint(context, snapshot, targets.reads, restore, this.runId());
      await context.sync();
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
    return run(async (context) => {
      const { snapshot, probes } = await this.probeFresh(context, false);
      const plan = queueRestore(context, probes);
      queueState(context, snapshot, { version: 2, marks: plan.kept });
      queueNotes(context, plan.notes);
      queueNameCleanup(context, snapshot, plan.kept);
      await context.sync();
      return { cellsRestored: plan.restored.length, skipped: plan.skipped };
    });
  }

  async writeSummary(plan: SheetPlan): Promise<{ sheet: string }> {
    this.requireSupport();
    return run(async (context) => ({ sheet: await writeSummaryPlan(context, plan) }));
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.requireSupport();
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  async writeValue(sheet: string, cell: string, value: string): Promise<void> {
    this.requireSupport();
    this.pending = null;
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
      // A canonical target starts with "=" (=1.00(次)): Excel would take it as a formula unless the cell is text.
      if (/^[=+\-@]/.test(value)) range.numberFormat = [["@"]];
      range.values = [[value]];
      await context.sync();
    });
  }

  /** Two round trips: the sheet list, stored state and names, then a look at each previously marked cell. */
  private async probeFresh(context: Excel.RequestContext, withComments: boolean): Promise<Pending> {
    const snapshot = await readSheetList(context, withComments && this.capabilities.notes);
    const probes = queueMarkProbes(context, snapshot, this.capabilities.notes);
    const comments = queueCommentCells(snapshot);
    await context.sync();
    return { snapshot, probes: probes(), commentCells: comments() };
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

/** Excel.run with office.js failures turned into messages a user can act on. */
async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (e) {
    throw hostError(e);
  }
}

function hostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = (e as { code?: string } | null)?.code;
  const message = e instanceof Error ? e.message : String(e);
  switch (code) {
    case "AccessDenied":
      return new HostError("protected", message);
    case "InvalidOperationInCellEditMode":
      return new HostError("busy", message);
    case "ResponsePayloadSizeLimitExceeded":
    case "RequestPayloadSizeLimitExceeded":
      return new HostError("too-large", message);
    default:
      return new HostError("failed", message);
  }
}
