import type { Cell, Fill, Workbook } from "exceljs";
import { parseA1 } from "../core/grid/address";
import { CellMark, MARK_FILL, MARK_FONT, NOTE_AUTHOR } from "../core/marks";


export interface ApplyResult {
  cellsMarked: number;
  /** Sheet names that marks referred to but the workbook lacks (each name once). */
  missingSheets: string[];
  /** "sheet!cell" of marks whose address is not a cell address; they are skipped, not thrown. */
  invalidCells: string[];
}

const NOTE_PREFIX = `${NOTE_AUTHOR}:\n`;

/**
 * Paints each mark on its cell (fill, font colour, note). Values are never touched: only `style` and
 * `note` are assigned.
 */
export function applyMarks(wb: Workbook, marks: readonly CellMark[]): ApplyResult {
  const missing = new Set<string>();
  const invalid: string[] = [];
  let cellsMarked = 0;
  for (const mark of marks) {
    const ws = wb.getWorksheet(mark.sheet);
    if (!ws) {
      missing.add(mark.sheet);
      continue;
    }
    const pos = parseA1(mark.cell);
    if (!pos) {
      invalid.push(`${mark.sheet}!${mark.cell}`);
      continue;
    }
    let cell = ws.getCell(pos.row, pos.col);
    // A mark on a covered cell belongs to the merge: Excel draws a merged area with its top-left's format.
    if (cell.isMerged && cell.master !== cell) cell = cell.master;
    paint(cell, mark);
    cellsMarked++;
  }
  return { cellsMarked, missingSheets: [...missing], invalidCells: invalid };
}

function paint(cell: Cell, mark: CellMark): void {
  const fill: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(MARK_FILL[mark.severity]) } };
  // exceljs gives every cell loaded with the same style id ONE shared style object, and its `cell.fill =`
  // setter writes into that object, repainting every cell that shares it. Giving the cell a fresh style
  // object (and fresh font) confines the change to this cell.
  cell.style = {
    ...cell.style,
    fill,
    font: { ...cell.style.font, color: { argb: argb(MARK_FONT[mark.severity]) } },
  };
  cell.note = { texts: [{ text: NOTE_PREFIX + mark.note + userNote(cell) }] };
}

/**
 * A note the user wrote stays, after ours; a note from an earlier jixiao run is replaced, so annotating
 * an annotated copy does not stack old findings, and the user's note that followed the old one is kept.
 * (A finding's lines are joined by single line breaks: the first blank line ends jixiao's part.)
 */
function userNote(cell: Cell): string {
  const note = cell.note as unknown;
  let text = "";
  if (typeof note === "string") text = note;
  else if (note && typeof note === "object" && Array.isArray((note as { texts?: unknown }).texts)) {
    text = ((note as { texts: { text?: unknown }[] }).texts).map((t) => (typeof t.text === "string" ? t.text : "")).join("");
  }
  if (text.startsWith(NOTE_PREFIX)) {
    const end = text.indexOf("\n\n");
    text = end < 0 ? "" : text.slice(end + 2);
  }
  return text === "" ? "" : `\n\n${text}`;
}

/** "#FFC7CD" → "FFFFC7CD": exceljs wants opaque ARGB. */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}
