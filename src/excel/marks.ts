import { MarkOutcome, Skipped } from "../app/ports";
import { CellMark, MARK_FILL, isMarkFill } from "../core/marks";
import { NoteBlock, blockText, fingerprint, withBlock, withoutBlock } from "./mark-note";
import { MarkRecord, MarkState, OwnFill, SETTINGS_KEY, markName, serializeState } from "./mark-state";
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

/**
 * A note to settle in the last batch: what the cell holds now, the block jixiao wrote there before (to take
 * out) and its new message (to add).
 */
export interface NoteEdit {
  sheet: string;
  cell: string;
  content: string | null;
  remove?: NoteBlock;
  message?: string;
}

export interface RestorePlan {
  /** Marks restored in this batch. */
  restored: MarkRecord[];
  /** Marks that must stay in the state (their sheet is protected now): a later clear can still undo them. */
  kept: MarkRecord[];
  skipped: Skipped[];
  /** jixiao's blocks to take out of the notes of earlier marks. */
  notes: NoteEdit[];
}

/**
 * Queues the undo of earlier marks where their cells are now: each cell's own fill back. Cells that are gone,
 * or no longer carry jixiao's colour (the user recoloured them), are left alone and reported; their notes
 * still lose jixiao's block (queued later, with the new notes, by the caller). A mark found only at its
 * recorded address (its name is gone) yields to a mark whose name points at that cell now: the cell is
 * that mark's, and the first one's own cell cannot be told any more.
 */
export function queueRestore(context: Excel.RequestContext, probes: MarkProbe[]): RestorePlan {
  const plan: RestorePlan = { restored: [], kept: [], skipped: [], notes: [] };
  const named = new Set(probes.flatMap((p) => ("gone" in p.place || !p.place.byName ? [] : [cellKey(p.place.sheet.name, p.place.cell)])));
  for (const p of probes) {
    if ("gone" in p.place) {
      plan.skipped.push({ sheet: p.record.sheet, cell: p.record.cell, reason: p.place.gone });
      continue;
    }
    const where = { sheet: p.place.sheet.name, cell: p.place.cell };
    if (!p.place.byName && named.has(cellKey(where.sheet, where.cell))) {
      plan.skipped.push({ ...where, reason: "cell-gone" });
      continue;
    }
    if (p.place.sheet.protected) {
      plan.kept.push(p.record);
      plan.skipped.push({ ...where, reason: "protected" });
      continue;
    }
    if (p.note !== null && p.record.note) plan.notes.push({ ...where, content: p.note, remove: p.record.note });
    if (p.record.fill === null) {
      plan.restored.push(p.record); // jixiao never painted it: nothing to put back
      continue;
    }
    if (!stillMarked(p)) {
      plan.skipped.push({ ...where, reason: "changed-by-user" });
      continue;
    }
    paintOwn(context.workbook.worksheets.getItem(where.sheet).getRange(where.cell).format.fill, p.record.fill);
    plan.restored.push(p.record);
  }
  return plan;
}

function paintOwn(fill: Excel.RangeFill, own: OwnFill): void {
  if (own.color === null) {
    fill.clear();
    return;
  }
  fill.color = own.color;
  if (own.pattern !== undefined) fill.pattern = own.pattern as Excel.FillPattern;
  if (own.patternColor !== undefined) fill.patternColor = own.patternColor;
  if (own.patternTintAndShade !== undefined) fill.patternTintAndShade = own.patternTintAndShade;
  if (own.tintAndShade !== undefined) fill.tintAndShade = own.tintAndShade;
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
    range.format.fill.load("color,pattern,patternColor,patternTintAndShade,tintAndShade");
    // Excel lets a cell hold a threaded comment or a note, not both: the comment is the user's, so no note.
    const note = notes && !commentCells.has(cellKey(sheet.name, mark.cell)) ? ws.notes.getItemOrNullObject(mark.cell) : null;
    note?.load("content");
    reads.push({ mark, sheet, range, note });
  }
  return { reads, skipped };
}

/**
 * A cell's own fill from what was read, or null when it cannot be put back (a gradient) and so is not
 * painted. "No fill" reads as white with pattern None; should a host leave the pattern unset, white is taken
 * as "no fill" too (the commoner case, and the one that shows gridlines). jixiao's own colour is never the
 * cell's: it is paint an earlier run left behind (its state lost), and "no fill" is what lies under it.
 */
export function ownFillOf(fill: Excel.RangeFill): OwnFill | null {
  const pattern: string | null | undefined = fill.pattern;
  if (pattern === "LinearGradient" || pattern === "RectangularGradient") return null;
  if (pattern === "None" || isMarkFill(fill.color)) return { color: null };
  if (pattern === null || pattern === undefined) return { color: fill.color?.toUpperCase() === "#FFFFFF" ? null : (fill.color ?? null) };
  const own: OwnFill = { color: fill.color };
  if (pattern !== "Solid") {
    own.pattern = pattern;
    own.patternColor = fill.patternColor;
    if (fill.patternTintAndShade) own.patternTintAndShade = fill.patternTintAndShade;
  }
  if (fill.tintAndShade) own.tintAndShade = fill.tintAndShade;
  return own;
}

/** Paints the mark: a plain solid fill, whatever pattern or tint the cell had. */
function paintMark(fill: Excel.RangeFill, severity: CellMark["severity"], own: OwnFill): void {
  fill.color = MARK_FILL[severity];
  if (own.pattern !== undefined) fill.pattern = "Solid";
  if (own.tintAndShade !== undefined) fill.tintAndShade = 0;
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
    note: note ? fingerprint(blockText(mark.note)) : null,
  }));
  const state: MarkState = { version: 2, marks: [...restore.kept, ...records] };
  queueState(context, snapshot, state);
  const names = context.workbook.names;
  reads.forEach(({ mark, range }, i) => {
    const own = records[i]!.fill;
    if (own) paintMark(range.format.fill, mark.severity, own);
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
 * Settles each note once: jixiao's earlier block taken out (if it is still there as written), then its new
 * message added after whatever the note says. For a cell both marked before and now, the two edits merge:
 * the later read of the note, the earlier block to remove, the new message.
 */
export function queueNotes(context: Excel.RequestContext, edits: NoteEdit[]): void {
  const byCell = new Map<string, NoteEdit>();
  for (const e of edits) {
    const key = cellKey(e.sheet, e.cell);
    const earlier = byCell.get(key);
    byCell.set(key, earlier ? { ...e, remove: e.remove ?? earlier.remove, message: e.message ?? earlier.message } : e);
  }
  for (const { sheet, cell, content, remove, message } of byCell.values()) {
    const left = content !== null && remove ? withoutBlock(content, remove) : undefined;
    const base = left === undefined ? content : left;
    const wanted = message === undefined ? base : withBlock(base, blockText(message));
    if (wanted === content) continue;
    const notes = context.workbook.worksheets.getItem(sheet).notes;
    if (content === null) notes.add(cell, wanted!);
    else if (wanted === null) notes.getItem(cell).delete();
    else notes.getItem(cell).content = wanted;
  }
}

/**
 * Deletes every mark name seen in round trip 1 that no kept mark uses: the previous run's, and any left
 * behind by a batch cut short. Queued last: should one of these hidden names vanish in the moments since
 * round trip 1 (only code can delete it), this step fails after everything else was done, and the next run
 * sweeps the rest.
 */
export function queueNameCleanup(context: Excel.RequestContext, snapshot: WorkbookSnapshot, kept: readonly MarkRecord[]): void {
  const keep = new Set(kept.map((k) => k.name.toLowerCase()));
  for (const [lower, { name }] of snapshot.markNames) if (!keep.has(lower)) context.workbook.names.getItem(name).delete();
}
