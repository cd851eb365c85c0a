import { cellText } from "../../grid/cell-value";
import { LogicalCell } from "../../grid/sheet-grid";
import { tidy } from "../../text/normalize";
import { HeaderKey, Role } from "../labels";
import { UnreadableForm } from "../model";
import { findTableHeader, TableHeader } from "./block";
import { LabelHit, SheetLabels, hasRole } from "../sheet-labels";

/** The project columns of the list layout: what a project writes once and merges (or leaves blank) below. */
export const PROJECT_COLUMNS = ["projectName", "department", "budget", "goal"] as const;
export type ProjectColumn = (typeof PROJECT_COLUMNS)[number];

const PROJECT_ROLES: Readonly<Record<ProjectColumn, Role>> = {
  projectName: "field:projectName",
  department: "field:department",
  budget: "fund:annualTotal",
  goal: "goal:annualGoal",
};

/** The header of a list table: the indicator columns as the block's table reads them, plus the project columns. */
export interface ListHeader {
  /** The indicator part, in the shape readTable takes; `extra` covers every column that is no part of an indicator. */
  table: TableHeader;
  /** The project columns' header cells; 项目名称 is always there, the others when printed. */
  project: Partial<Record<ProjectColumn, LogicalCell>> & { projectName: LogicalCell };
  /** Columns the table spans, from its leftmost header cell to its rightmost. */
  left: number;
  right: number;
}

/**
 * Finds every list-layout header on a sheet: an indicator header (一级指标 · 二级指标 · 三级指标 · 指标值) with
 * a 项目名称 in the same header band. The block template never prints 项目名称 beside 一级指标, so the two
 * layouts cannot be told wrong.
 */
export function findListHeaders(sheet: SheetLabels): ListHeader[] {
  const all = sheet.all();
  const out: ListHeader[] = [];
  const seenRows = new Set<number>();
  for (const hit of all) {
    if (!hasRole(hit, "header:level1") || seenRows.has(hit.cell.row)) continue;
    const row = hit.cell.row;
    const near = all.filter((h) => h.cell.row >= row - 2 && h.cell.row <= hit.cell.range.bottom + 2);
    const table = findTableHeader(sheet.view, [hit, ...near.filter((h) => h !== hit && h.cell.row >= row)]);
    // The project columns usually stand left of 一级指标, but "any order" means anywhere in the header band.
    const band = table ? near.filter((h) => h.cell.range.top < table.dataRow && h.cell.range.bottom >= row) : [];
    const project = projectColumns(band);
    if (!table || !project) continue;
    seenRows.add(row);
    out.push(headerOf(table, project, band));
  }
  return out;
}

function projectColumns(band: LabelHit[]): ListHeader["project"] | null {
  const found: Partial<Record<ProjectColumn, LogicalCell>> = {};
  for (const key of PROJECT_COLUMNS) {
    const hit = band.find((h) => hasRole(h, PROJECT_ROLES[key]));
    if (hit) found[key] = hit.cell;
  }
  const { projectName } = found;
  return projectName ? { ...found, projectName } : null;
}

function headerOf(table: TableHeader, project: ListHeader["project"], band: LabelHit[]): ListHeader {
  const cells = band.map((h) => h.cell);
  const left = Math.min(...cells.map((c) => c.range.left));
  const right = Math.max(...cells.map((c) => c.range.right));
  // readTable reads only the indicator columns; everything else in the table (the project columns, 权重,
  // 指标方向性, a 序号) is "extra" to it, so that a project's name or goal never ends its indicator rows.
  const indicatorCols = new Set(Object.values(table.cols));
  const extra: TableHeader["extra"] = [];
  for (let c = left; c <= right; c++) if (!indicatorCols.has(c)) extra.push({ left: c, right: c });
  return { table: { ...table, extra }, project, left, right };
}

/** The columns without which no indicator of a list can be read, as printed in the message. */
const NEEDED: readonly [HeaderKey, string][] = [["level1", "一级指标"], ["level2", "二级指标"], ["value", "指标值"]];
/** Indicator columns beside a 项目名称 before a header row is a list's: a summary's header row has none. */
const MIN_INDICATOR_COLUMNS = 2;

/**
 * A header row that is a list's (项目名称 beside indicator columns) but lacks a column an indicator needs:
 * the table below it cannot be read, and a sheet read as nothing must not pass for clean. A row with 一级指标
 * is the block's unreadable header check's already (findUnreadable): only rows without it are reported here.
 */
export function findBrokenListHeaders(sheet: SheetLabels, headers: readonly ListHeader[]): UnreadableForm[] {
  const read = new Set(headers.map((h) => h.table.row));
  const out: UnreadableForm[] = [];
  const seen = new Set<number>();
  for (const hit of sheet.all()) {
    const row = hit.cell.row;
    if (!hasRole(hit, "field:projectName") || seen.has(row) || read.has(row)) continue;
    seen.add(row);
    const onRow = sheet.onRow(row);
    const has = (key: HeaderKey) => onRow.some((h) => hasRole(h, `header:${key}`));
    const indicatorColumns = onRow.filter((h) => h.label.roles.some((r) => r.startsWith("header:")));
    if (has("level1") || indicatorColumns.length < MIN_INDICATOR_COLUMNS) continue;
    const found = [...new Set(onRow.filter((h) => h.label.roles.length).map((h) => tidy(cellText(h.cell.value))))];
    out.push({ cell: hit.cell.address, missing: "listColumns", found, columns: NEEDED.filter(([key]) => !has(key)).map(([, name]) => name) });
  }
  return out;
}
