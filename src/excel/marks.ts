import { MarkOutcome, Skipped } from "../app/ports";
import { COMMAND_BYTES, FILL_READ_BYTES, NOTE_READ_BYTES, RequestBudget, jsonBytes, utf8Bytes } from "./budget";
import { CellMark, MARK_FILL, isMarkFill } from "../core/marks";
import { NoteBlock, blockText, fingerprint, withBlock, withoutBlock } from "./mark-note";
import { MarkRecord, MarkState, OwnFill, SETTINGS_KEY, markName, serializeState } from "./mark-state";
import { MarkProbe, SheetInfo, WorkbookSnapshot, cellKey, findSheet } from "./read";

/**
 * How a mark is painted and undone in Excel. Only the fill is painted: it is all a user needs to see, and a
 * single property is one that can be put back exactly. Each marked cell also gets a hidden defined name that
 * moves with it, and jixiao's message goes into the cell's note after the user's own text.
 *
 * Every queue* function takes the run's RequestBudget and asks it for room before each command, so that a
 * batch of thousands of marks goes as several requests, each under the 5 MB cap (see budget.ts), in order.
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
  /** What the note holds now (null: no note), read in the run that writes the edit. */
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
export async function queueRestore(context: Excel.RequestContext, probes: MarkProbe[], budget: RequestBudget): Promise<RestorePlan> {
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
    // A note not read yet (undefined) is read by the caller in the run that writes it back.
    if (p.note !== null && p.record.note) plan.notes.push({ ...where, content: p.note ?? null, remove: p.record.note });
    if (p.record.fill === null) {
      plan.restored.push(p.record); // jixiao never painted it: nothing to put back
      continue;
    }
    if (!stillMarked(p)) {
      plan.skipped.push({ ...where, reason: "changed-by-user" });
      continue;
    }
    await budget.room(COMMAND_BYTES * (1 + Object.keys(p.record.fill).length));
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
export async function queueTargetReads(
  context: Excel.RequestContext,
  marks: readonly CellMark[],
  sheets: SheetInfo[],
  notes: boolean,
  commentCells: ReadonlySet<string>,
  budget: RequestBudget,
): Promise<{ reads: TargetRead[]; skipped: Skipped[] }> {
  const reads: TargetRead[] = [];
  const skipped: Skipped[] = [];
  for (const mark of marks) {
    const sheet = findSheet(sheets, mark.sheet);
    if (!sheet || sheet.protected) {
      skipped.push({ sheet: mark.sheet, cell: mark.cell, reason: sheet ? "protected" : "sheet-gone" });
      continue;
    }
    // Excel lets a cell hold a threaded comment or a note, not both: the comment is the user's, so no note.
    const withNote = notes && !commentCells.has(cellKey(sheet.name, mark.cell));
    await budget.room(COMMAND_BYTES * (withNote ? 2 : 1), FILL_READ_BYTES + (withNote ? NOTE_READ_BYTES : 0));
    const ws = context.workbook.worksheets.getItem(sheet.name);
    const range = ws.getRange(mark.cell);
    range.format.fill.load("color,pattern,patternColor,patternTintAndShade,tintAndShade");
    const note = withNote ? ws.notes.getItemOrNullObject(mark.cell) : null;
    note?.load("content");
    reads.push({ mark, sheet, range, note });
  }
  return { reads, skipped };
}

/**
 * A cell's own fill from what was read, or null when it cannot be put back (a gradient) and so is not
 * painted. "No fill" and a white fill both read as colour #FFFFFF, and pattern may be null for both
 * (office-js#4900, #6218); tintAndShade tells them apart: null for "no fill", a number for any fill (the
 * answer on #4900, and RangeFill.tintAndShade's "null ... doesn't have uniform settings" for one cell). Taking
 * white for "no fill" would make Clear turn a user's white fill into none. jixiao's own colour is never the
 * cell's: it is paint an earlier run left behind (its state lost), and "no fill" is what lies under it.
 */
export function ownFillOf(fill: Excel.RangeFill): OwnFill | null {
  const pattern: string | null | undefined = fill.pattern;
  if (pattern === "LinearGradient" || pattern === "RectangularGradient") return null;
  const tint: number | null | undefined = fill.tintAndShade;
  if (tint === null || pattern === "None" || isMarkFill(fill.color)) return { color: null };
  const own: OwnFill = { color: fill.color };
  if (pattern !== null && pattern !== undefined && pattern !== "Solid") {
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
 * Queues each new mark's hidden name, in the request that reads the targets: office-js#3878 and #3949 report
 * that `visible = false` set in the request that adds a name often does not take effect, so it is set in the
 * next request (queuePaint). Names are the i-th of this run, as queuePaint's records say.
 */
export async function queueNames(context: Excel.RequestContext, reads: TargetRead[], run: string, budget: RequestBudget): Promise<void> {
  for (let i = 0; i < reads.length; i++) {
    const name = markName(run, i);
    await budget.room(COMMAND_BYTES + utf8Bytes(name));
    context.workbook.names.add(name, reads[i]!.range);
  }
}

/**
 * Queues the last batch of a mark run, in this order: the new state (first, in the first request, so that if
 * a later request fails the state already knows every cell that may have been painted), each mark's fill,
 * its name hidden, the notes, and last the deletion of jixiao's names no mark needs any more.
 */
export async function queuePaint(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  reads: TargetRead[],
  restore: RestorePlan,
  run: string,
  budget: RequestBudget,
): Promise<{ state: MarkState; outcome: MarkOutcome }> {
  const records: MarkRecord[] = reads.map(({ mark, sheet, range, note }, i) => ({
    name: markName(run, i),
    sheet: sheet.name,
    cell: mark.cell,
    severity: mark.severity,
    fill: ownFillOf(range.format.fill),
    note: note ? fingerprint(blockText(mark.note)) : null,
  }));
  const state: MarkState = { version: 2, marks: [...restore.kept, ...records] };
  await queueState(context, snapshot, state, budget);
  const names = context.workbook.names;
  for (let i = 0; i < reads.length; i++) {
    const { mark, range } = reads[i]!;
    const own = records[i]!.fill;
    await budget.room(COMMAND_BYTES * 4);
    if (own) paintMark(range.format.fill, mark.severity, own);
    names.getItem(records[i]!.name).visible = false;
  }
  const edits = [...restore.notes];
  for (const { mark, sheet, note } of reads) {
    if (note) edits.push({ sheet: sheet.name, cell: mark.cell, content: note.isNullObject ? null : note.content, message: mark.note });
  }
  await queueNotes(context, edits, budget);
  await queueNameCleanup(context, snapshot, restore.kept, budget);
  return { state, outcome: { cellsMarked: reads.length, skipped: [], notes: reads.some((r) => r.note !== null) } };
}

/** Stores the state, or deletes it once no mark is left. */
export async function queueState(context: Excel.RequestContext, snapshot: WorkbookSnapshot, state: MarkState, budget: RequestBudget): Promise<void> {
  if (state.marks.length) {
    const value = serializeState(state);
    await budget.room(COMMAND_BYTES + jsonBytes(value));
    context.workbook.settings.add(SETTINGS_KEY, value);
  } else if (snapshot.stored) {
    await budget.room(COMMAND_BYTES);
    context.workbook.settings.getItem(SETTINGS_KEY).delete();
  }
}

/**
 * Queues, in the run that writes them back, a fresh read of the notes jixiao will edit on earlier marks'
 * cells: a note read in an earlier Excel.run (readGrids) may have been edited since, and writing from that
 * read would overwrite the user's edit. Returns a function that puts what was read into the edits.
 */
export async function queueNoteReads(context: Excel.RequestContext, edits: NoteEdit[], budget: RequestBudget): Promise<() => void> {
  const reads: { edit: NoteEdit; note: Excel.Note }[] = [];
  for (const edit of edits) {
    await budget.room(COMMAND_BYTES, NOTE_READ_BYTES);
    const note = context.workbook.worksheets.getItem(edit.sheet).notes.getItemOrNullObject(edit.cell);
    note.load("content");
    reads.push({ edit, note });
  }
  return () => {
    for (const { edit, note } of reads) edit.content = note.isNullObject ? null : note.content;
  };
}

/**
 * Settles each note once: jixiao's earlier block taken out (if it is still there as written), then its new
 * message added after whatever the note says. For a cell both marked before and now, the two edits merge:
 * the later read of the note, the earlier block to remove, the new message.
 */
export async function queueNotes(context: Excel.RequestContext, edits: NoteEdit[], budget: RequestBudget): Promise<void> {
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
    await budget.room(COMMAND_BYTES + jsonBytes(wanted));
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
export async function queueNameCleanup(context: Excel.RequestContext, snapshot: WorkbookSnapshot, kept: readonly MarkRecord[], budget: RequestBudget): Promise<void> {
  const keep = new Set(kept.map((k) => k.name.toLowerCase()));
  for (const [lower, { name }] of snapshot.markNames) {
    if (keep.has(lower)) continue;
    await budget.room(COMMAND_BYTES + utf8Bytes(name));
    context.workbook.names.getItem(name).delete();
  }
}
