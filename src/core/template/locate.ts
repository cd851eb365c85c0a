import { CellRange } from "../grid/address";
import { LogicalCell } from "../grid/sheet-grid";
import { Role } from "./labels";
import { SheetLabels, hasRole } from "./sheet-labels";

/** A form found on a sheet: its 项目名称 label, the rectangle it owns, its title and year cells. */
export interface FormLocation {
  anchor: LogicalCell;
  region: CellRange;
  title: LogicalCell | null;
  yearCell: LogicalCell | null;
  year: number | null;
}

/** How many rows above 项目名称 may hold the title and the year line. */
const TITLE_REACH = 4;
/** The template is 6 columns wide (7 split): anchors closer than this in columns are stacked, not side by side. */
const MIN_FORM_WIDTH = 5;
/** A 项目名称 label anchors a form only if this many other labels of the template are near it. */
const MIN_CORROBORATING_LABELS = 2;
const CORROBORATING_ROLES: readonly Role[] = [
  "field:nature", "field:category", "field:department", "field:implementer", "field:start",
  "fund:annualTotal", "header:level1", "header:level2",
];
/** How far below an anchor the corroborating labels are looked for (a form's head is ~12 rows). */
const CORROBORATION_ROWS = 15;

/** Finds every form on a sheet, wherever it starts; forms may be stacked or side by side. */
export function locateForms(labels: SheetLabels): FormLocation[] {
  const view = labels.view;
  const anchors: LogicalCell[] = [];
  /** Labels that corroborate an anchor, in row order. */
  const support: LogicalCell[] = [];
  for (const hit of labels.all()) {
    if (hasRole(hit, "field:projectName")) anchors.push(hit.cell);
    else if (hit.label.roles.some((r) => CORROBORATING_ROLES.includes(r))) support.push(hit.cell);
  }
  // A table header row (项目名称 · 主管部门 · 实施单位 …, as in a summary sheet) is not a form: the
  // template spreads its labels over several rows, so at least one must sit below the anchor's row.
  const found: LogicalCell[] = [];
  let first = 0;
  for (const a of anchors) {
    while (first < support.length && support[first]!.row < a.row) first++;
    let n = 0;
    let below = false;
    for (let i = first; i < support.length && support[i]!.row <= a.row + CORROBORATION_ROWS; i++) {
      n++;
      if (support[i]!.row > a.row) below = true;
    }
    if (n >= MIN_CORROBORATING_LABELS && below) found.push(a);
  }

  const bands = columnBands(found);
  const heads = found.map((a) => headOf(labels, a));
  return found.map((a, i) => {
    const band = bands.get(a)!;
    // A form owns the columns from its 项目名称 label up to the next band of forms to its right.
    const left = a.col;
    const right = Math.min(view.right, ...found.filter((b) => bands.get(b)!.start > band.start).map((b) => b.col - 1));
    let bottom = view.bottom;
    found.forEach((b, j) => {
      if (b.row > a.row && bands.get(b) === band) bottom = Math.min(bottom, heads[j]!.top - 1);
    });
    const head = heads[i]!;
    return {
      anchor: a,
      region: { top: head.top, left, bottom: Math.max(bottom, a.row), right },
      title: head.title,
      yearCell: head.yearCell,
      year: head.year,
    };
  });
}

/**
 * Forms stand in columns: anchors whose columns are within a form's width of the band's first anchor are
 * stacked in that band; an anchor further right starts a new band (forms side by side, at any heights).
 */
function columnBands(anchors: LogicalCell[]): Map<LogicalCell, { start: number }> {
  const bands = new Map<LogicalCell, { start: number }>();
  let band: { start: number } | null = null;
  for (const a of [...anchors].sort((x, y) => x.col - y.col)) {
    if (!band || a.col - band.start >= MIN_FORM_WIDTH) band = { start: a.col };
    bands.set(a, band);
  }
  return bands;
}

/** The title and year lines above an anchor: the form's head starts at the highest of them. */
function headOf(labels: SheetLabels, a: LogicalCell): { top: number; title: LogicalCell | null; yearCell: LogicalCell | null; year: number | null } {
  let top = a.row;
  let title: LogicalCell | null = null;
  let yearCell: LogicalCell | null = null;
  let year: number | null = null;
  for (let r = a.row - 1; r >= Math.max(labels.view.top, a.row - TITLE_REACH); r--) {
    let seen = false;
    for (const { cell, label } of labels.onRow(r)) {
      if (label.roles.includes("field:projectName")) return { top, title, yearCell, year };
      if (label.title) {
        title ??= cell;
        seen = true;
      }
      if (label.year !== null && !yearCell) {
        yearCell = cell;
        year = label.year;
        seen = true;
      }
    }
    if (seen) top = r;
  }
  return { top, title, yearCell, year };
}
