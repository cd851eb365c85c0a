import { CellRange } from "../core/grid/address";
import { SheetGrid } from "../core/grid/sheet-grid";
import { OWNER_NAME, ownedSheet } from "../core/summary/owner";
import { placeOfReference, sheetOfReference } from "../core/grid/reference";
import { parseAreas } from "./areas";
import { ExcelSupport } from "./host";
import { EMPTY_STATE, MarkRecord, MarkState, SETTINGS_KEY, isMarkName, parseState } from "./mark-state";
import { gridFromBlocks, RangeBlock } from "./values";

export interface SheetInfo {
  name: string;
  protected: boolean;
}

/** Where a marked cell is now (found through its defined name), or why it is nowhere. */
export type MarkPlace = { sheet: SheetInfo; cell: string; byName: boolean } | { gone: "sheet-gone" | "cell-gone" };

/** What one round trip learned about a previously marked cell: where it is, its fill and its note now. */
export interface MarkProbe {
  record: MarkRecord;
  place: MarkPlace;
  /** The fill colour now; null when the cell is gone or on a protected sheet (not looked at). */
  fill: string | null;
  /** The note's text, or null when there is none (or notes are unsupported, or jixiao never wrote one). */
  note: string | null;
}

export interface WorkbookSnapshot {
  /** Every sheet but the summary sheet jixiao made (it holds no form and is not the user's to check). */
  sheets: SheetInfo[];
  state: MarkState;
  /** Whether a state was stored at all (so that an empty one is deleted, not written). */
  stored: boolean;
  /** The defined names jixiao made for marks, by lower-cased name, with the formula each holds now. */
  markNames: Map<string, { name: string; formula: string }>;
  /** Threaded comments, when asked for: a cell with one cannot take a note. */
  comments: Excel.CommentCollection | null;
}

/**
 * Round trip 1: the sheets (names, protection), the stored marks state and the workbook's defined names
 * (which say where every marked cell and the summary sheet are now), and the threaded comments if wanted.
 */
export async function readSheetList(context: Excel.RequestContext, withComments = false): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/protection/protected");
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  const comments = withComments ? context.workbook.comments : null;
  comments?.load("items/id");
  await context.sync();
  const markNames = new Map<string, { name: string; formula: string }>();
  let summarySheet: string | null = null;
  for (const n of names.items) {
    if (isMarkName(n.name)) markNames.set(n.name.toLowerCase(), { name: n.name, formula: n.formula });
    else if (n.name.toLowerCase() === OWNER_NAME.toLowerCase()) summarySheet = ownedSheet(sheetOfReference(n.formula));
  }
  return {
    sheets: sheets.items.filter((ws) => ws.name !== summarySheet).map((ws) => ({ name: ws.name, protected: ws.protection.protected })),
    state: setting.isNullObject ? EMPTY_STATE : parseState(setting.value),
    stored: !setting.isNullObject,
    markNames,
    comments,
  };
}

/** Finds a sheet as Excel does, whatever the case of its name. */
export function findSheet(sheets: readonly SheetInfo[], name: string): SheetInfo | undefined {
  const lower = name.toLowerCase();
  return sheets.find((s) => s.name.toLowerCase() === lower);
}

/**
 * Where a record's cell is now: where its name points, or, if the name itself is gone (deleted by hand, or a
 * batch cut short before it was added), the address it was marked at; restoring there is still guarded by
 * the fill check (and by queueRestore, which gives a cell another mark's name points at to that mark).
 */
export function locate(record: MarkRecord, snapshot: WorkbookSnapshot): MarkPlace {
  const named = snapshot.markNames.get(record.name.toLowerCase());
  const where = named ? placeOfReference(named.formula) : { sheet: record.sheet, cell: record.cell };
  if (typeof where === "string") return { gone: where };
  const sheet = findSheet(snapshot.sheets, where.sheet);
  return sheet ? { sheet, cell: where.cell, byName: !!named } : { gone: "sheet-gone" };
}

/**
 * Queues, in the caller's batch, a look at every previously marked cell where it is now: its fill (to tell
 * whether it still carries jixiao's mark) and, if jixiao wrote into it, its note. Returns a function that
 * reads the answers after sync.
 */
export function queueMarkProbes(context: Excel.RequestContext, snapshot: WorkbookSnapshot, notes: boolean): () => MarkProbe[] {
  const pending = snapshot.state.marks.map((record) => {
    const place = locate(record, snapshot);
    if ("gone" in place || place.sheet.protected) return { record, place, range: null, note: null };
    const ws = context.workbook.worksheets.getItem(place.sheet.name);
    const range = ws.getRange(place.cell);
    range.format.fill.load("color");
    const note = notes && record.note ? ws.notes.getItemOrNullObject(place.cell) : null;
    note?.load("content");
    return { record, place, range, note };
  });
  return () =>
    pending.map(({ record, place, range, note }) => ({
      record,
      place,
      fill: range ? range.format.fill.color : null,
      note: note && !note.isNullObject ? note.content : null,
    }));
}

/** Queues the cells of the threaded comments loaded in round trip 1; the answer is a set of "sheet!cell" keys. */
export function queueCommentCells(snapshot: WorkbookSnapshot): () => Set<string> {
  const ranges = (snapshot.comments?.items ?? []).map((c) => {
    const r = c.getLocation();
    r.load("address");
    return r;
  });
  return () => {
    const cells = new Set<string>();
    for (const r of ranges) {
      const place = placeOfReference(r.address);
      if (typeof place !== "string") cells.add(cellKey(place.sheet, place.cell));
    }
    return cells;
  };
}

/** One key per cell, whatever the case of the sheet name. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet.toLowerCase()}\u0000${cell}`;
}

/**
 * How a refused read is split: bands of few enough rows for ≤ 512 merged areas and few enough cells, grouped
 * into requests well under the 5 MB cap of Excel on the web (values and formats run at ~30 bytes a cell).
 */
export interface ReadLimits {
  bandRows: number;
  cellsPerBand: number;
  cellsPerRequest: number;
}
export const DEFAULT_LIMITS: ReadLimits = { bandRows: 48, cellsPerBand: 20000, cellsPerRequest: 100000 };

interface UsedRead {
  used: Excel.Range;
  merges: Excel.RangeAreas | null;
}

/**
 * Round trip 2 (with the caller's probes in the same batch): every sheet's used range — values, value types,
 * number formats — and its merged areas. If the host refuses the batch (a response over 5 MB on the web, or
 * a sheet with more than 512 merged areas), the sheets are measured and read again in bands.
 */
export async function readAllGrids(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  support: ExcelSupport,
  /** Loads to ride along in the same batch; returns whether it queued any. */
  alsoQueue: (context: Excel.RequestContext) => boolean = () => false,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<{ grids: SheetGrid[]; extrasLoaded: boolean }> {
  const reads: UsedRead[] = snapshot.sheets.map((s) => {
    const ws = context.workbook.worksheets.getItem(s.name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("values,valueTypes,numberFormat,rowIndex,columnIndex");
    // The whole sheet, not `used`: a merge query on an empty sheet's null range is not documented to be safe.
    const merges = support.merges ? ws.getRange().getMergedAreasOrNullObject() : null;
    merges?.load("address");
    return { used, merges };
  });
  const extras = alsoQueue(context);
  try {
    await context.sync();
  } catch (e) {
    // Any failure with the caller's loads aboard may be theirs: the grids are read again alone, and the
    // caller queues its loads again in a batch of its own.
    if (!isRefusal(e) && !extras) throw e;
    return { grids: await readInBands(context, snapshot, support, limits), extrasLoaded: false };
  }
  const grids = snapshot.sheets.map((s, i) => {
    const { used, merges } = reads[i]!;
    const blocks: RangeBlock[] = used.isNullObject
      ? []
      : [{ row: used.rowIndex + 1, col: used.columnIndex + 1, values: used.values, valueTypes: used.valueTypes, numberFormat: used.numberFormat }];
    return gridFromBlocks(s.name, blocks, mergesOf(merges));
  });
  return { grids, extrasLoaded: true };
}

function mergesOf(areas: Excel.RangeAreas | null): CellRange[] {
  return areas && !areas.isNullObject && areas.address ? parseAreas(areas.address) : [];
}

/** Errors that mean "this request was too big", after which a banded read can succeed. */
function isRefusal(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded" || code === "GeneralException" || code === "InvalidArgument";
}

interface Band {
  sheet: number;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The slow, sure path: measure every used range, then read bands grouped into requests under the caps. */
async function readInBands(context: Excel.RequestContext, snapshot: WorkbookSnapshot, support: ExcelSupport, limits: ReadLimits): Promise<SheetGrid[]> {
  const dims = snapshot.sheets.map((s) => {
    const used = context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return used;
  });
  await context.sync();
  const bands: Band[] = [];
  dims.forEach((d, sheet) => {
    if (d.isNullObject) return;
    const rowsPerBand = Math.max(1, Math.min(limits.bandRows, Math.floor(limits.cellsPerBand / Math.max(1, d.columnCount))));
    for (let r = 0; r < d.rowCount; r += rowsPerBand) {
      bands.push({ sheet, row: d.rowIndex + r, col: d.columnIndex, rows: Math.min(rowsPerBand, d.rowCount - r), cols: d.columnCount });
    }
  });
  const blocks: RangeBlock[][] = snapshot.sheets.map(() => []);
  const merges: CellRange[][] = snapshot.sheets.map(() => []);
  for (const group of groupBands(bands, limits.cellsPerRequest)) {
    const pending = group.map((b) => {
      const ws = context.workbook.worksheets.getItem(snapshot.sheets[b.sheet]!.name);
      const range = ws.getRangeByIndexes(b.row, b.col, b.rows, b.cols);
      range.load("values,valueTypes,numberFormat");
      const areas = support.merges ? range.getMergedAreasOrNullObject() : null;
      areas?.load("address");
      return { b, range, areas };
    });
    // Each group is its own request: that is the point of banding (one request may not exceed 5 MB).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { b, range, areas } of pending) {
      blocks[b.sheet]!.push({ row: b.row + 1, col: b.col + 1, values: range.values, valueTypes: range.valueTypes, numberFormat: range.numberFormat });
      merges[b.sheet]!.push(...mergesOf(areas));
    }
  }
  return snapshot.sheets.map((s, i) => gridFromBlocks(s.name, blocks[i]!, merges[i]!));
}

function groupBands(bands: Band[], cellsPerRequest: number): Band[][] {
  const groups: Band[][] = [];
  let current: Band[] = [];
  let cells = 0;
  for (const b of bands) {
    const n = b.rows * b.cols;
    if (current.length && cells + n > cellsPerRequest) {
      groups.push(current);
      current = [];
      cells = 0;
    }
    current.push(b);
    cells += n;
  }
  if (current.length) groups.push(current);
  return groups;
}
