import { MarkOutcome, Skipped } from "../app/ports";
import { CellMark, MARK_FILL } from "../core/marks";
import { noteWith, userPartOf } from "./mark-note";
import { MarkRecord, MarkState, SETTINGS_KEY, markName, serializeState } from "./mark-state";
import { MarkProbe, SheetInfo, WorkbookSnapshot, cellKey, findSheet } from "./read";

/**
 * How a mark is painted and undone in Excel. Only the fill is painted: it is all a user needs to see, and a
 * single property is one that can be put back exactly. Each marked cell also gets a hidden defined name that
 * moves with it, and jixiao's message goes into the cell's note after the user's own text.
 */

/** Does the cell still carry the fill jixiao painted? Only then is restoring it ours to do. */
export function stillMarked(p: MarkProbe): boolean {
  return !!p.fill && p.fill.toUpperCase() === MARK_FILL[p.record.severity].toUpperCase();
}

/** A note to settle in the last batch: what the cell holds now, and jixiao's message for it (null: none). */
export interface NoteEdit {
  sheet: string;
  cell: string;
  content: string | null;
  message: string | null;
}

export interface RestorePlan {
  /** Marks restored in this batch. */
  restored: MarkRecord[];
  /** Marks that must stay in the state (their sheet is protected now): a later clear can still undo them. */
  kept: MarkRecord[];
  skipped: Skipped[];
  /** jixiao's text to take off the notes of earlier marks. */
  notes: NoteEdit[];
}

/**
 * Queues the undo of earlier marks where their cells are now: each cell's own fill back. Cells that are gone,
 * or no longer carry jixiao's colour (the user recoloured them), are left alone and reported; their notes
 * still lose jixiao's text (queued later, with the new notes, by the caller).
 */
export function queueRestore(context: Excel.RequestContext, probes: MarkProbe[]): RestorePlan {
  const plan: RestorePlan = { restored: [], kept: [], skipped: [], notes: [] };
  for (const p of probes) {
    if ("gone" in p.place) {
      plan.skipped.push({ sheet: p.record.sheet, cell: p.record.cell, reason: p.place.gone });
      continue;
    }
    const where = { sheet: p.place.sheet.name, cell: p.place.cell };
    if (p.place.sheet.protected) {
      plan.kept.push(p.record);
      plan.skipped.push({ ...where, reason: "protected" });
      continue;
    }
    if (p.note !== null) plan.notes.push({ ...where, content: p.note, message: null });
    if (!stillMarked(p)) {
      plan.skipped.push({ ...where, reason: "changed-by-user" });
      continue;
    }
    const range = context.workbook.worksheets.getItem(where.sheet).getRange(where.cell);
    if (p.record.fill === null) range.format.fill.clear();
    else range.format.fill.color = p.record.fill;
    plan.restored.push(p.record);
  }
  return plan;
}

export interface TargetRead {
  mark: CellMark;
  sheet: SheetInfo;
  range: Excel.Range;
  /** null when no note is to be written (notes unsupported, or the cell has a threaded comment). */
  note: Excel.Note | null;
}

/**
 * Queues the read of each new target's own fill (after the restores queued before it in the same batch, so
 * it sees the user's fill, not an old mark) and of its note.
 */
export function queueTargetReads(
  context: Excel.RequestContext,
  marks: readonly CellMark[],
  sheets: SheetInfo[],
  notes: boolean,
  commentCells: ReadonlySet<string>,
): { reads: TargetRead[]; skipped: Skipped[] } {
  const reads: TargetRead[] = [];
  const skipped: Skipped[] = [];
  for (const mark of marks) {
    const sheet = findSheet(sheets, mark.sheet);
    if (!sheet || sheet.protected) {
      skipped.push({ sheet: mark.sheet, cell: mark.cell, reason: sheet ? "protected" : "sheet-gone" });
      continue;
    }
    const ws = context.workbook.worksheets.getItem(sheet.name);
    const range = ws.getRange(mark.cell);
    range.format.fill.load("color,pattern");
    // Excel lets a cell hold a threaded comment or a note, not both: the comment is the user's, so no note.
    const note = notes && !commentCells.has(cellKey(sheet.name, mark.cell)) ? ws.notes.getItemOrNullObject(mark.cell) : null;
    note?.load("content");
    reads.push({ mark, sheet, range, note });
  }
  return { reads, skipped };
}

/**
 * A cell's own fill from what was read. "No fill" reads as white with pattern None; should a host leave the
 * pattern unset, white is taken as "no fill" too (the commoner case, and the one that shows gridlines).
 */
export function ownFillOf(fill: Excel.RangeFill): string | null {
  if (fill.pattern === "None") return null;
  if (fill.pattern === null || fill.pattern === undefined) return fill.color?.toUpperCase() === "#FFFFFF" ? null : (fill.color ?? null);
  return fill.color;
}

/**
 * Queues the last batch of a mark run, in this order: the new state (first, so that if the batch stops
 * half-way the state already knows every cell it may have painted), each mark's fill and hidden name, the
 * notes, and last the deletion of jixiao's names no mark needs any more.
 */
export function queuePaint(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  reads: TargetRead[],
  restore: RestorePlan,
  run: string,
): { state: MarkState; outcome: MarkOutcome } {
  const records: MarkRecord[] = reads.map(({ mark, sheet, range, note }, i) => ({
    name: markName(run, i),
    sheet: sheet.name,
    cell: mark.cell,
    severity: mark.severity,
    fill: ownFillOf(range.format.fill),
    note: note !== null,
  }));
  const state: MarkState = { version: 2, marks: [...restore.kept, ...records] };
  queueState(context, snapshot, state);
  const names = context.workbook.names;
  reads.forEach(({ mark, range }, i) => {
    range.format.fill.color = MARK_FILL[mark.severity];
    names.add(records[i]!.name, range).visible = false;
  });
  const edits = [...restore.notes];
  for (const { mark, sheet, note } of reads) {
    if (note) edits.push({ sheet: sheet.name, cell: mark.cell, content: note.isNullObject ? null : note.content, message: mark.note });
  }
  queueNotes(context, edits);
  queueNameCleanup(context, snapshot, restore.kept);
  return { state, outcome: { cellsMarked: reads.length, skipped: [], notes: reads.some((r) => r.note !== null) } };
}

/** Stores the state, or deletes it once no mark is left. */
export function queueState(context: Excel.RequestContext, snapshot: WorkbookSnapshot, state: MarkState): void {
  if (state.marks.length) context.workbook.settings.add(SETTINGS_KEY, serializeState(state));
  else if (snapshot.stored) context.workbook.settings.getItem(SETTINGS_KEY).delete();
}

/**
 * Settles each note once: the user's part as it reads now, then jixiao's new message if the cell is marked
 * again. A later edit for the same cell (the new target's, read after the old mark's) wins.
 */
export function queueNotes(context: Excel.RequestContext, edits: NoteEdit[]): void {
  const byCell = new Map<string, NoteEdit>();
  for (const e of edits) byCell.set(cellKey(e.sheet, e.cell), e);
  for (const { sheet, cell, content, message } of byCell.values()) {
    const wanted = noteWith(userPartOf(content), message);
    if (wanted === content) continue;
    const notes = context.workbook.worksheets.getItem(sheet).notes;
    if (content === null) notes.add(cell, wanted!);
    else if (wanted === null) notes.getItem(cell).delete();
    else notes.getItem(cell).content = wanted;
  }
}

/**
 * Deletes every mark name seen in round trip 1 that no kept mark uses: the previous run's, and any left
 * behind by a batch cut short. Queued last, so a name deleted by hand in the meantime costs nothing else.
 */
export function queueNameCleanup(context: Excel.RequestContext, snapshot: WorkbookSnapshot, kept: readonly MarkRecord[]): void {
  const keep = new Set(kept.map((k) => k.name.toLowerCase()));
  for (const [lower, { name }] of snapshot.markNames) if (!keep.has(lower)) context.workbook.names.getItem(name).delete();
}
