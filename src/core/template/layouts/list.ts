import { CellValue, cellText, isBlank, isCellError } from "../../grid/cell-value";
import { LogicalCell } from "../../grid/sheet-grid";
import { tidy } from "../../text/normalize";
import { MONEY_SCALE, MoneyUnit, labelMoneyUnit, noteMoneyUnit, readAmount } from "../amounts";
import { FieldKey, GoalKey } from "../labels";
import { FieldRead, Form, UnreadableForm } from "../model";
import { amountOf } from "../read-fields";
import { readTable } from "./block";
import { SheetLabels, hasRole } from "../sheet-labels";
import { ListHeader, ProjectColumn, findBrokenListHeaders, findListHeaders } from "./list-header";

/**
 * The fields the list layout prints. It has no 项目性质, 项目类别, 实施单位 or dates (template.md, "Required
 * fields"), so no profile may ask a list project for them.
 */
const LIST_FIELDS: ReadonlySet<FieldKey | GoalKey> = new Set<FieldKey | GoalKey>(["projectName", "department", "annualGoal"]);

/** How many rows above the header may hold the title, the year and the 金额单位 line. */
const HEAD_REACH = 4;

export interface ListRead {
  /** One form per project, in reading order. */
  forms: Form[];
  /** The 项目名称 header cells of the list tables: no block form may be anchored there. */
  anchors: Set<string>;
  /** List headers that lack a column an indicator needs (sheet/unreadable-form). */
  unreadable: UnreadableForm[];
}

/** A project's rows as the first pass finds them, before its cells are read. */
interface ProjectRows {
  first: number;
  last: number;
  /** The 单位名称 cell that names the project's department: its own, or the one above it (blank = same as above). */
  department: LogicalCell | null;
}

/**
 * Reads the list layout of county and township disclosures: many projects on one sheet, one row per
 * indicator, each project a form of its own.
 */
export function readListForms(sheet: SheetLabels): ListRead {
  const headers = findListHeaders(sheet);
  const anchors = new Set(headers.map((h) => h.project.projectName.address));
  const forms: Form[] = [];
  let consumed = -Infinity;
  for (const header of headers) {
    // A header printed again inside a table (a page break pasted back) continues it: the table read past it.
    if (header.table.row <= consumed) continue;
    const { projects, endRow } = projectRowsOf(sheet, header, headers);
    consumed = endRow;
    const unit = moneyUnit(sheet, header, projects);
    const head = headOf(sheet, header);
    for (const p of projects) forms.push(formOf(sheet, header, p, unit, head));
  }
  return { forms, anchors, unreadable: findBrokenListHeaders(sheet, headers) };
}

/**
 * Splits the table's rows into projects. A project starts at a 项目名称 that starts on its row; an indicator
 * row with no project above it (the table's first, or the first after a subtotal), or one that starts a
 * second amount or goal for the project above, is a project whose name was left out. A row with a 单位名称
 * or an amount but no 项目名称 and no indicator is a department's subtotal: a group header, not a project.
 */
function projectRowsOf(sheet: SheetLabels, header: ListHeader, headers: ListHeader[]): { projects: ProjectRows[]; endRow: number } {
  const view = sheet.view;
  const { cols } = header.table;
  const pc = header.project;
  const at = (r: number, head: LogicalCell | undefined) => (head ? view.cell(r, head.col) : null);
  const fresh = (c: LogicalCell | null, r: number): c is LogicalCell => !!c && c.row === r && !isBlank(c.value);
  const indicatorCols = [cols.level1, cols.level2, cols.name, cols.values.value, cols.values.op, cols.values.unit].filter((c): c is number => c !== undefined);
  const repeatedHeaders = new Set(headers.filter((h) => h !== header).map((h) => h.table.row));

  const projects: ProjectRows[] = [];
  let current: (ProjectRows & { name: string; budget: string; goal: string }) | null = null;
  let lastDepartment: LogicalCell | null = null;
  let r = header.table.dataRow;
  let endRow = header.table.dataRow - 1;
  for (; r <= view.bottom; r++) {
    if (repeatedHeaders.has(r) || isRepeatedHeader(sheet, r, header)) {
      // Skip the header's own band too: a header may run over two rows.
      const again = headers.find((h) => h.table.row === r);
      if (again) r = again.table.dataRow - 1;
      continue;
    }
    const name = at(r, pc.projectName);
    const department = at(r, pc.department);
    const budget = at(r, pc.budget);
    const goal = at(r, pc.goal);
    const indicator = indicatorCols.some((c) => fresh(view.cell(r, c), r));
    if (!indicator && !fresh(name, r) && endsTable(sheet, r, header)) break;
    const group = !indicator && !fresh(name, r) && (fresh(department, r) || fresh(budget, r));
    const text = (c: LogicalCell | null) => (c && !isBlank(c.value) ? tidy(cellText(c.value)) : "");
    if (group) {
      current = null;
      lastDepartment = department;
      endRow = r;
      continue;
    }
    if (!indicator && !fresh(name, r) && !fresh(goal, r)) continue;
    endRow = r;
    const sameProject =
      current !== null &&
      (!fresh(name, r) || (text(name) === current.name && (!fresh(budget, r) || text(budget) === current.budget))) &&
      !(fresh(budget, r) && current.budget && text(budget) !== current.budget) &&
      !(fresh(goal, r) && current.goal && text(goal) !== current.goal);
    if (sameProject) {
      current!.last = r;
      continue;
    }
    const own = department && !isBlank(department.value) ? department : null;
    current = { first: r, last: r, department: own ?? lastDepartment ?? department, name: text(name), budget: text(budget), goal: text(goal) };
    if (own) lastDepartment = own;
    projects.push(current);
  }
  return { projects, endRow };
}

/** The table's header printed again after a page break, with no list header found there (its labels retyped). */
function isRepeatedHeader(sheet: SheetLabels, r: number, header: ListHeader): boolean {
  const texts = sheet.onRow(r, header.left, header.right);
  return texts.some((t) => hasRole(t, "header:level1")) && texts.some((t) => hasRole(t, "field:projectName"));
}

/**
 * A line that is no row of the table ends it: a footer (填表人, 联系电话, 备注 …) or a title, in any column, or
 * one cell merged across the 三级 and 指标值 columns (a note over the whole table).
 */
function endsTable(sheet: SheetLabels, r: number, header: ListHeader): boolean {
  const { cols } = header.table;
  const across = sheet.view.cell(r, cols.name);
  if (across.row === r && !isBlank(across.value) && cols.name !== cols.values.value && across.address === sheet.view.cell(r, cols.values.value).address) return true;
  return sheet.onRow(r, -Infinity, header.right).some(({ label }) => label.footer || label.title);
}

interface ListHead {
  title: { text: string; cell: string } | null;
  year: number | null;
  yearCell: string | null;
}

/** The title and year lines above the header: 部门预算项目绩效目标申报表(2024年度). */
function headOf(sheet: SheetLabels, header: ListHeader): ListHead {
  const head: ListHead = { title: null, year: null, yearCell: null };
  const top = Math.max(sheet.view.top, header.table.row - HEAD_REACH);
  for (let r = header.table.row - 1; r >= top; r--) {
    for (const { cell, label } of sheet.onRow(r, -Infinity, header.right)) {
      if (label.title && !head.title) head.title = { text: tidy(cellText(cell.value)), cell: cell.address };
      if (label.year !== null && head.year === null) {
        head.year = label.year;
        head.yearCell = cell.address;
      }
    }
  }
  return head;
}

/**
 * The unit of the 预算数 column, in template.md's order: a unit in its own label (预算数(万元)), a 金额单位:万元
 * line above the header, a 万元 suffix on every amount; else 元.
 */
function moneyUnit(sheet: SheetLabels, header: ListHeader, projects: ProjectRows[]): MoneyUnit {
  const label = header.project.budget;
  const own = label ? labelMoneyUnit(sheet.cache.key(cellText(label.value))) : null;
  if (own) return own;
  const top = Math.max(sheet.view.top, header.table.row - HEAD_REACH);
  for (let r = header.table.row - 1; r >= top; r--) {
    for (const { cell } of sheet.onRow(r, -Infinity, header.right)) {
      const unit = noteMoneyUnit(sheet.cache.key(cellText(cell.value)));
      if (unit) return unit;
    }
  }
  if (!label) return "元";
  const stated = projects.map((p) => readAmount(sheet.view.cell(p.first, label.col).value)).filter((a) => a.kind === "number" && a.amount !== 0);
  return stated.length && stated.every((a) => a.kind === "number" && a.written === "万元") ? "万元" : "元";
}

function formOf(sheet: SheetLabels, header: ListHeader, p: ProjectRows, unit: MoneyUnit, head: ListHead): Form {
  const view = sheet.view;
  const pc = header.project;
  const region = { top: p.first, left: header.left, bottom: p.last, right: header.right };
  const cellOf = (key: ProjectColumn) => (pc[key] ? view.cell(p.first, pc[key].col) : null);
  const projectName = fieldOf(pc.projectName, cellOf("projectName"));
  const fields: Form["fields"] = { projectName };
  if (pc.department) fields.department = fieldOf(pc.department, p.department);
  const goals: Form["goals"] = {};
  if (pc.goal) goals.annualGoal = fieldOf(pc.goal, cellOf("goal"));
  const funds: Form["funds"] = {};
  if (pc.budget) {
    const f = fieldOf(pc.budget, cellOf("budget"));
    funds.annualTotal = amountOf(f, readAmount(f.value), unit);
  }
  // The block's own table reader reads each project's rows: the indicators come out exactly as the block's
  // split layout gives them, and every rule runs on them unchanged.
  const table = readTable(sheet, region, { ...header.table, dataRow: p.first });
  return {
    sheet: view.name,
    anchor: pc.projectName.address,
    region,
    title: head.title,
    year: head.year,
    yearCell: head.yearCell,
    fields,
    dates: {},
    funds,
    fundsScale: MONEY_SCALE[unit],
    goals,
    indicators: table.indicators,
    emptyCategories: table.emptyCategories,
    table: { headerRow: header.table.row, endRow: p.last },
    templateFields: LIST_FIELDS,
  };
}

function fieldOf(label: LogicalCell, cell: LogicalCell | null): FieldRead {
  const value: CellValue = cell && !isBlank(cell.value) ? cell.value : null;
  const f: FieldRead = {
    label: tidy(cellText(label.value)),
    labelCell: label.address,
    cell: cell?.address ?? null,
    value,
    // As the block's fields: an error value or a formula without a result is nothing typed that names a project.
    text: value !== null && !isCellError(value) ? cellText(value).trim() : "",
  };
  if (cell?.numberFormat !== undefined) f.numberFormat = cell.numberFormat;
  return f;
}

