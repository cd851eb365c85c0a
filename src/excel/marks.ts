import { MarkOutcome, Skipped } from "../app/ports";
import { CellMark, MARK_FILL, MARK_FONT } from "../core/marks";
import { MarkProbe, SheetInfo } from "./read";
import { MarkRecord, MarkState, NOTE_PREFIX, NOTE_SEPARATOR, OwnFormat, SETTINGS_KEY, serializeState } from "./mark-state";

/** Does the cell still carry exactly the mark jixiao painted? Only then is restoring it ours to do. */
export function stillMarked(p: MarkProbe): boolean {
  return p.sheetExists && sameColour(p.fill, MARK_FILL[p.record.severity]) && sameColour(p.font, MARK_FONT[p.record.severity]);
}

function sameColour(a: string | null, b: string): boolean {
  return !!a && a.toUpperCase() === b.toUpperCase();
}

export interface RestorePlan {
  /** Marks restored in this batch. */
  restored: MarkRecord[];
  /** Marks that must stay in the state (their sheet is protected now): a later clear can still undo them. */
  kept: MarkRecord[];
  skipped: Skipped[];
}

/**
 * Queues the undo of earlier marks: each cell's own fill and font, and its note as it was. Cells whose sheet
 * is gone, or that no longer carry jixiao's colours (the user recoloured them), are left alone and reported.
 */
export function queueRestore(context: Excel.RequestContext, probes: MarkProbe[], sheets: SheetInfo[], notes: boolean): RestorePlan {
  const byId = new Map(sheets.map((s) => [s.id, s]));
  const plan: RestorePlan = { restored: [], kept: [], skipped: [] };
  for (const p of probes) {
    const sheet = byId.get(p.record.sheetId);
    const where = { sheet: sheet?.name ?? p.record.sheet, cell: p.record.cell };
    if (!sheet) {
      plan.skipped.push({ ...where, reason: "sheet-gone" });
      continue;
    }
    if (sheet.protected) {
      plan.kept.push(p.record);
      plan.skipped.push({ ...where, reason: "protected" });
      continue;
    }
    const ws = context.workbook.worksheets.getItem(sheet.name);
    // A note is undone on its own evidence (it still carries jixiao's text), whatever became of the fill.
    if (notes) restoreNote(ws, p);
    if (!stillMarked(p)) {
      plan.skipped.push({ ...where, reason: "changed-by-user" });
      continue;
    }
    paintOwn(ws.getRange(p.record.cell), p.record.own);
    plan.restored.push(p.record);
  }
  return plan;
}

function paintOwn(range: Excel.Range, own: OwnFormat): void {
  if (own.fill === null) range.format.fill.clear();
  else range.format.fill.color = own.fill;
  if (own.font !== null) range.format.font.color = own.font;
}

function restoreNote(ws: Excel.Worksheet, p: MarkProbe): void {
  if (p.note === null || !p.note.includes(NOTE_PREFIX)) return; // the user removed or rewrote it: theirs now
  if (p.record.note === "added") ws.notes.getItem(p.record.cell).delete();
  else if (p.record.note === "appended" && p.record.ownNote !== undefined) ws.notes.getItem(p.record.cell).content = p.record.ownNote;
}

export interface TargetRead {
  mark: CellMark;
  sheet: SheetInfo;
  range: Excel.Range;
  note: Excel.Note | null;
}

/**
 * Queues the read of each new target's own look (after the restores queued before it in the same batch,
 * so it sees the user's format, not an old mark) and of its note.
 */
export function queueTargetReads(context: Excel.RequestContext, marks: readonly CellMark[], sheets: SheetInfo[], notes: boolean): { reads: TargetRead[]; skipped: Skipped[] } {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const reads: TargetRead[] = [];
  const skipped: Skipped[] = [];
  for (const mark of marks) {
    const sheet = byName.get(mark.sheet);
    if (!sheet) {
      skipped.push({ sheet: mark.sheet, cell: mark.cell, reason: "sheet-gone" });
      continue;
    }
    if (sheet.protected) {
      skipped.push({ sheet: mark.sheet, cell: mark.cell, reason: "protected" });
      continue;
    }
    const ws = context.workbook.worksheets.getItem(sheet.name);
    const range = ws.getRange(mark.cell);
    range.format.fill.load("color,pattern");
    range.format.font.load("color");
    const note = notes ? ws.notes.getItemOrNullObject(mark.cell) : null;
    note?.load("content");
    reads.push({ mark, sheet, range, note });
  }
  return { reads, skipped };
}

/** A cell's own look from what was read: "no fill" (pattern None) is null, though the host reports it as white. */
export function ownFormatOf(range: Excel.Range): OwnFormat {
  const fill = range.format.fill;
  const noFill = fill.pattern === "None" || fill.pattern === null;
  return { fill: noFill ? null : fill.color, font: range.format.font.color ?? null };
}

/**
 * Queues, in order: the new state (first, so that if painting fails half-way the state already knows how to
 * undo every cell), then each mark's fill and font, then its note.
 */
export function queuePaint(context: Excel.RequestContext, reads: TargetRead[], kept: MarkRecord[]): { state: MarkState; outcome: MarkOutcome } {
  const records: MarkRecord[] = reads.map(({ mark, sheet, range, note }) => {
    const record: MarkRecord = {
      sheetId: sheet.id,
      sheet: sheet.name,
      cell: mark.cell,
      severity: mark.severity,
      own: ownFormatOf(range),
      note: "none",
    };
    if (note) {
      const existing = note.isNullObject ? null : note.content;
      if (existing === null || existing.startsWith(NOTE_PREFIX)) record.note = "added";
      else {
        record.note = "appended";
        record.ownNote = existing;
      }
    }
    return record;
  });
  const state: MarkState = { version: 1, marks: [...kept.filter((k) => !records.some((r) => r.sheetId === k.sheetId && r.cell === k.cell)), ...records] };
  context.workbook.settings.add(SETTINGS_KEY, serializeState(state));
  reads.forEach(({ mark, range, note, sheet }, i) => {
    range.format.fill.color = MARK_FILL[mark.severity];
    range.format.font.color = MARK_FONT[mark.severity];
    const record = records[i]!;
    if (!note) return;
    const text = `${NOTE_PREFIX}\n${mark.note}`;
    const ws = context.workbook.worksheets.getItem(sheet.name);
    if (record.note === "added" && note.isNullObject) ws.notes.add(mark.cell, text);
    else if (record.note === "added") note.content = text;
    else note.content = `${record.ownNote}${NOTE_SEPARATOR}${text}`;
  });
  return { state, outcome: { cellsMarked: reads.length, skipped: [], notes: reads.some((r) => r.note !== null) } };
}
