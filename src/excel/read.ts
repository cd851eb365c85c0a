import { CellRange } from "../core/grid/address";
import { SheetGrid } from "../core/grid/sheet-grid";
import { parseAreas } from "./areas";
import { ExcelSupport } from "./host";
import { OWNER_NAME, sheetOfReference } from "../core/summary/owner";
import { EMPTY_STATE, MarkRecord, MarkState, SETTINGS_KEY, parseState } from "./mark-state";
import { gridFromBlocks, RangeBlock } from "./values";

export interface SheetInfo {
  id: string;
  name: string;
  protected: boolean;
}

/** What one round trip learned about a previously marked cell: is it still jixiao's, and its note. */
export interface MarkProbe {
  record: MarkRecord;
  /** null when the sheet is gone. */
  fill: string | null;
  font: string | null;
  /** The note's text, or null when the cell has no note (or notes are unsupported). */
  note: string | null;
  sheetExists: boolean;
}

export interface WorkbookSnapshot {
  /** Every sheet but the summary sheet jixiao made (it holds no form and is not the user's to check). */
  sheets: SheetInfo[];
  state: MarkState;
}

/** Round trip 1: the sheets (names, ids, protection) and the stored marks state. */
export async function readSheetList(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/protection/protected");
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const summary = context.workbook.names.getItemOrNullObject(OWNER_NAME).getRangeOrNullObject();
  summary.load("address");
  await context.sync();
  const summarySheet = summary.isNullObject ? null : sheetOfReference(summary.address);
  return {
    sheets: sheets.items.filter((ws) => ws.name !== summarySheet).map((ws) => ({ id: ws.id, name: ws.name, protected: ws.protection.protected })),
    state: setting.isNullObject ? EMPTY_STATE : parseState(setting.value),
  };
}

/**
 * Queues, in the caller's batch, a look at every previously marked cell: its current fill and font (to tell
 * whether it still carries jixiao's mark) and its note. Returns a function that reads the answers after sync.
 */
export function queueMarkProbes(context: Excel.RequestContext, snapshot: WorkbookSnapshot, notes: boolean): () => MarkProbe[] {
  const byId = new Map(snapshot.sheets.map((s) => [s.id, s]));
  const pending = snapshot.state.marks.map((record) => {
    const sheet = byId.get(record.sheetId);
    if (!sheet) return { record, range: null, note: null };
    const ws = context.workbook.worksheets.getItem(sheet.name);
    const range = ws.getRange(record.cell);
    range.format.fill.load("color");
    range.format.font.load("color");
    const note = notes ? ws.notes.getItemOrNullObject(record.cell) : null;
    note?.load("content");
    return { record, range, note };
  });
  return () =>
    pending.map(({ record, range, note }) => ({
      record,
      sheetExists: range !== null,
      fill: range ? range.format.fill.color : null,
      font: range ? range.format.font.color : null,
      note: note && !note.isNullObject ? note.content : null,
    }));
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
  alsoQueue: (context: Excel.RequestContext) => void = () => undefined,
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
  alsoQueue(context);
  try {
    await context.sync();
  } catch (e) {
    if (!isRefusal(e)) throw e;
    // The refused batch took the caller's extra loads with it: they must be queued again by the caller.
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
