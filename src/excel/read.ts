import { CellRange } from "../core/grid/address";
import { SheetGrid } from "../core/grid/sheet-grid";
import { OWNER_NAME, ownedSheet } from "../core/summary/owner";
import { placeOfReference, sheetOfReference } from "../core/grid/reference";
import { parseAreas } from "./areas";
import { COMMAND_BYTES, FILL_READ_BYTES, NOTE_READ_BYTES, REQUEST_BYTES, RequestBudget } from "./budget";
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
  /**
   * The note's text, or null when there is none (or notes are unsupported, or jixiao never wrote one);
   * undefined when it was not read, to be read in the run that edits it.
   */
  note: string | null | undefined;
}

export interface WorkbookSnapshot {
  /** Every sheet but the summary sheet jixiao made (it holds no form and is not the user's to check). */
  sheets: SheetInfo[];
  state: MarkState;
  /** Whether a state was stored at all (so that an empty one is deleted, not written). */
  stored: boolean;
  /**
   * The defined names jixiao made for marks, by lower-cased name, with the formula each holds now and its
   * type ("Range", or "Error" once its cell or sheet was deleted).
   */
  markNames: Map<string, { name: string; formula: string; type?: string }>;
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
  // type says whether a name's target was deleted (Error) without touching its range, which throws for such
  // a name in recent builds (office-js#5174, #5882).
  names.load("items/name,items/formula,items/type");
  const comments = withComments ? context.workbook.comments : null;
  comments?.load("items/id");
  await context.sync();
  const markNames = new Map<string, { name: string; formula: string; type?: string }>();
  let summarySheet: string | null = null;
  for (const n of names.items) {
    if (isMarkName(n.name)) markNames.set(n.name.toLowerCase(), { name: n.name, formula: n.formula, type: n.type });
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
  if (named?.type !== undefined && named.type !== "Range") {
    // A name of type Error points nowhere, whatever its formula still says: its sheet or its cell is gone.
    const said = placeOfReference(named.formula);
    return { gone: said === "sheet-gone" ? "sheet-gone" : "cell-gone" };
  }
  const where = named ? placeOfReference(named.formula) : { sheet: record.sheet, cell: record.cell };
  if (typeof where === "string") return { gone: where };
  const sheet = findSheet(snapshot.sheets, where.sheet);
  return sheet ? { sheet, cell: where.cell, byName: !!named } : { gone: "sheet-gone" };
}

interface PendingProbe {
  record: MarkRecord;
  place: MarkPlace;
  range: Excel.Range | null;
  note: Excel.Note | null;
  /** Whether the note was to be read (else the probe's note is undefined: not read). */
  readNote: boolean;
}

function queueProbe(context: Excel.RequestContext, snapshot: WorkbookSnapshot, record: MarkRecord, notes: boolean): PendingProbe {
  const place = locate(record, snapshot);
  if ("gone" in place || place.sheet.protected) return { record, place, range: null, note: null, readNote: notes };
  const ws = context.workbook.worksheets.getItem(place.sheet.name);
  const range = ws.getRange(place.cell);
  range.format.fill.load("color");
  const note = notes && record.note ? ws.notes.getItemOrNullObject(place.cell) : null;
  note?.load("content");
  return { record, place, range, note, readNote: notes };
}

function probeOf({ record, place, range, note, readNote }: PendingProbe): MarkProbe {
  return {
    record,
    place,
    fill: range ? range.format.fill.color : null,
    note: !readNote ? undefined : note && !note.isNullObject ? note.content : null,
  };
}

/**
 * Queues, in the caller's batch, a look at every previously marked cell where it is now: its fill (to tell
 * whether it still carries jixiao's mark) and, if `notes` and jixiao wrote into it, its note. Returns a
 * function that reads the answers after sync.
 */
export function queueMarkProbes(context: Excel.RequestContext, snapshot: WorkbookSnapshot, notes: boolean): () => MarkProbe[] {
  const pending = snapshot.state.marks.map((record) => queueProbe(context, snapshot, record, notes));
  return () => pending.map(probeOf);
}

/** The same, as many requests as the budget needs: for a run of its own. */
export async function queueMarkProbesInBudget(context: Excel.RequestContext, snapshot: WorkbookSnapshot, notes: boolean, budget: RequestBudget): Promise<() => MarkProbe[]> {
  const pending: PendingProbe[] = [];
  for (const record of snapshot.state.marks) {
    const withNote = notes && record.note !== null;
    await budget.room(COMMAND_BYTES * (withNote ? 2 : 1), FILL_READ_BYTES + (withNote ? NOTE_READ_BYTES : 0));
    pending.push(queueProbe(context, snapshot, record, notes));
  }
  return () => pending.map(probeOf);
}

/** Whether probes for this many marks may ride along with the read of the sheets without crowding it. */
export function probesRideAlong(snapshot: WorkbookSnapshot): boolean {
  return snapshot.state.marks.length * COMMAND_BYTES <= REQUEST_BYTES / 4;
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
 * into requests under the 5 MB cap of Excel on the web. What a cell costs is not known before it is read:
 * values, types and formats of a cell of Chinese text run at 3 bytes a character plus some 30 bytes of
 * quotes, type and format, so a request of cellsPerRequest cells is sized for ~100 bytes a cell, and a request
 * still refused is halved until it passes (readInBands). `requestBytes` sizes the write requests of marks and
 * of the summary (budget.ts).
 */
export interface ReadLimits {
  bandRows: number;
  cellsPerBand: number;
  cellsPerRequest: number;
  requestBytes: number;
}
export const DEFAULT_LIMITS: ReadLimits = { bandRows: 48, cellsPerBand: 20000, cellsPerRequest: 40000, requestBytes: REQUEST_BYTES };

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
    if (isRefusal(e)) return { grids: await readInBands(context, snapshot, support, limits), extrasLoaded: false };
    if (!extras) throw e;
    // Any other failure with the caller's loads aboard may be theirs: the grids are read again alone, as a
    // first run (no loads aboard) reads them, so both fail or fall back alike; the caller queues its loads
    // again in a batch of its own.
    const alone = await readAllGrids(context, snapshot, support, () => false, limits);
    return { grids: alone.grids, extrasLoaded: false };
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

/**
 * Errors that mean "this request was too big", after which a smaller read can succeed: a request or response
 * over 5 MB, a range over the cell limit of a get ("Resource limits and performance optimization for Office
 * Add-ins": RangeExceedsLimit), a merge query over 512 areas (GeneralException, InvalidArgument).
 */
export function isRefusal(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return (
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "RangeExceedsLimit" ||
    code === "GeneralException" ||
    code === "InvalidArgument"
  );
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
  const out: BandsRead = { blocks: snapshot.sheets.map(() => []), merges: snapshot.sheets.map(() => []) };
  // Each group is its own request: that is the point of banding (one request may not exceed 5 MB).
  for (const group of groupBands(bands, limits.cellsPerRequest)) await readGroup(context, snapshot, support, group, out);
  return snapshot.sheets.map((s, i) => gridFromBlocks(s.name, out.blocks[i]!, out.merges[i]!));
}

interface BandsRead {
  blocks: RangeBlock[][];
  merges: CellRange[][];
}

/** Reads a group of bands in one request; a group still refused is read as two halves, down to one row. */
async function readGroup(context: Excel.RequestContext, snapshot: WorkbookSnapshot, support: ExcelSupport, group: Band[], out: BandsRead): Promise<void> {
  const pending = group.map((b) => {
    const ws = context.workbook.worksheets.getItem(snapshot.sheets[b.sheet]!.name);
    const range = ws.getRangeByIndexes(b.row, b.col, b.rows, b.cols);
    range.load("values,valueTypes,numberFormat");
    const areas = support.merges ? range.getMergedAreasOrNullObject() : null;
    areas?.load("address");
    return { b, range, areas };
  });
  try {
    await context.sync();
  } catch (e) {
    const halves = isRefusal(e) ? halve(group) : null;
    if (!halves) throw e;
    await readGroup(context, snapshot, support, halves[0], out);
    await readGroup(context, snapshot, support, halves[1], out);
    return;
  }
  for (const { b, range, areas } of pending) {
    out.blocks[b.sheet]!.push({ row: b.row + 1, col: b.col + 1, values: range.values, valueTypes: range.valueTypes, numberFormat: range.numberFormat });
    out.merges[b.sheet]!.push(...mergesOf(areas));
  }
}

/** Two halves of a group: of its bands, or of a lone band's rows; null for a single row. */
function halve(group: Band[]): [Band[], Band[]] | null {
  if (group.length > 1) {
    const mid = group.length >> 1;
    return [group.slice(0, mid), group.slice(mid)];
  }
  const b = group[0]!;
  if (b.rows <= 1) return null;
  const top = Math.ceil(b.rows / 2);
  return [[{ ...b, rows: top }], [{ ...b, row: b.row + top, rows: b.rows - top }]];
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
