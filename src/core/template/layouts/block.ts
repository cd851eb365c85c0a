import { CellRange } from "../../grid/address";
import { cellText, isBlank } from "../../grid/cell-value";
import { GridView, LogicalCell } from "../../grid/sheet-grid";
import { tidy } from "../../text/normalize";
import { indicatorOf, Level, levelOf } from "../indicator";
import { HeaderKey } from "../labels";
import { FormLocation } from "../locate";
import { EmptyCategory, Form, Indicator } from "../model";
import { readHead } from "../read-fields";
import { LabelHit, SheetLabels, hasRole } from "../sheet-labels";
import { findValueHeader, valueCellsAt, valueColumnList, ValueColumns } from "./split-values";

/**
 * The standard template's layout: labelled fields and the money block above, the 绩效指标 table below, one
 * form to a block; a sheet may hold several blocks, stacked or side by side.
 */
export function readBlockForm(sheet: SheetLabels, loc: FormLocation): Form {
  const view = sheet.view;
  const labels = sheet.inRegion(loc.region);
  const header = findTableHeader(view, labels.filter((l) => l.cell.row > loc.anchor.row));
  const stopRow = header ? header.row : loc.region.bottom + 1;
  const head = readHead(sheet, loc.region, labels, stopRow);
  const table = header ? readTable(sheet, loc.region, header) : { indicators: [], emptyCategories: [], endRow: 0 };
  const projectName = head.fields.projectName ?? {
    label: tidy(cellText(loc.anchor.value)),
    labelCell: loc.anchor.address,
    cell: null,
    value: null,
    text: "",
  };
  return {
    sheet: view.name,
    anchor: loc.anchor.address,
    region: loc.region,
    title: loc.title ? { text: tidy(cellText(loc.title.value)), cell: loc.title.address } : null,
    year: loc.year,
    yearCell: loc.yearCell?.address ?? null,
    fields: { ...head.fields, projectName },
    dates: head.dates,
    funds: head.funds,
    fundsScale: head.fundsScale,
    goals: head.goals,
    indicators: table.indicators,
    emptyCategories: table.emptyCategories,
    table: header ? { headerRow: header.row, endRow: table.endRow } : null,
  };
}

export interface TableHeader {
  row: number;
  /** First row of indicators. */
  dataRow: number;
  cols: { level1: number; level2: number; name: number; values: ValueColumns };
  /** Column spans of 权重, 备注 and the like: what stands below them is no part of an indicator. */
  extra: { left: number; right: number }[];
}

/** Finds the 一级指标 · 二级指标 · 三级指标 · 指标值 header row among a form's labels. */
export function findTableHeader(view: GridView, labels: LabelHit[]): TableHeader | null {
  const level1 = labels.find((l) => hasRole(l, "header:level1"));
  if (!level1) return null;
  const row = level1.cell.row;
  const onRow = labels.filter((l) => l.cell.row === row);
  const col = (key: HeaderKey) => onRow.find((l) => hasRole(l, `header:${key}`))?.cell;
  const l2 = col("level2");
  if (!l2) return null;
  const name = col("name");
  const depth = Math.max(...[level1.cell, l2, name].map((c) => c?.range.bottom ?? row));
  const values = findValueHeader(onRow, (r) => labels.filter((l) => l.cell.row === r), depth);
  if (!values) return null;
  const nameCol = name?.col ?? nextColumn(view, l2);
  const cols: TableHeader["cols"] = { level1: level1.cell.col, level2: l2.col, name: nameCol, values: values.columns };
  const taken = [cols.level1, cols.level2, cols.name, ...valueColumnList(values.columns)];
  const extra = [...onRow, ...values.secondLine]
    .filter((l) => l.label.extraColumn && !taken.includes(l.cell.col))
    .map((l) => ({ left: l.cell.range.left, right: l.cell.range.right }));
  return { row, dataRow: values.bottom + 1, cols, extra };
}

function nextColumn(view: GridView, cell: LogicalCell): number {
  return Math.min(cell.range.right + 1, view.right);
}

export interface TableRead {
  indicators: Indicator[];
  emptyCategories: EmptyCategory[];
  /** The last row the table spans (the row before the one that ended it). */
  endRow: number;
}

/**
 * Reads indicator rows until the table ends: at a line that is no indicator row (a footer such as 填表人 or
 * 备注, another form's title or 项目名称, or text left of the 一级 column), or at the end of the form's
 * rectangle. Blank rows and a header printed again after a page break are skipped. 一级/二级 left blank
 * are carried down from above.
 */
export function readTable(labels: SheetLabels, region: CellRange, header: TableHeader): TableRead {
  const view = labels.view;
  const { cols } = header;
  const indicators: Indicator[] = [];
  const emptyCategories: EmptyCategory[] = [];
  const current: { level1: Level | null; level2: Level | null } = { level1: null, level2: null };

  const inExtra = (col: number) => header.extra.some((x) => col >= x.left && col <= x.right);
  let r = header.dataRow;
  for (; r <= region.bottom; r++) {
    const texts = labels.onRow(r, region.left, region.right).filter((t) => !inExtra(t.cell.col));
    if (isRepeatedHeader(texts)) continue;

    const l1 = view.cell(r, cols.level1);
    const l2 = view.cell(r, cols.level2);
    const name = view.cell(r, cols.name);
    const values = valueCellsAt(view, r, cols.values);
    const value = values.value;
    // A cell merged down from a row above belongs to that row; only cells starting here make a new row.
    const fresh = (c: LogicalCell | null) => !!c && c.row === r && !isBlank(c.value);
    // One cell over both the 三级 and the value column is a line across the table (a footer, a note), never
    // an indicator: 填报人：  审核人：  填报日期： merged over all columns.
    if (cols.name !== cols.values.value && fresh(name) && name.address === value.address) break;
    const newIndicator = fresh(name) || fresh(value) || fresh(values.op ?? null) || fresh(values.unit ?? null);
    if (endsTable(texts, cols.level1, newIndicator, [l1, l2].filter(fresh))) break;
    if (!newIndicator && !fresh(l1) && !fresh(l2)) continue;

    // A level that is a formula without a result starts a group of its own: carrying the one above down
    // would file the row under a level the user did not write.
    const level1 = levelOf(l1);
    const level2 = levelOf(l2);
    if (level1 && l1.address !== current.level1?.cell) {
      if (level1.text !== current.level1?.text || level1.formula) current.level2 = null;
      current.level1 = level1;
    }
    if (level2 && l2.address !== current.level2?.cell) current.level2 = level2;

    if (!newIndicator) {
      const { level1, level2 } = current;
      emptyCategories.push({ level1: level1?.text ?? "", level2: level2?.text ?? "", cell: (fresh(l2) ? l2 : l1).address });
      continue;
    }
    indicators.push(indicatorOf(labels.cache, r, current.level1 ?? { text: "", cell: l1.address }, current.level2 ?? { text: "", cell: l2.address }, name, values));
  }
  return { indicators, emptyCategories, endRow: Math.min(r, region.bottom + 1) - 1 };
}

/**
 * Whether a row closes the table. Words inside an indicator row never do (a 三级 may well start with 说明 or
 * name the 申报表), except a footer typed into the 一级/二级 cells themselves. Otherwise the table ends at
 * text left of the 一级 column (numbers there are a 序号 column; frame labels such as 绩效指标 are the
 * template's), or at a row holding a footer, a title or 项目名称.
 */
function endsTable(texts: LabelHit[], level1Col: number, indicatorRow: boolean, levelCells: LogicalCell[]): boolean {
  if (indicatorRow) return levelCells.some((c) => texts.some((t) => t.cell.address === c.address && t.label.footer));
  return texts.some(
    ({ cell, label }) =>
      label.footer || label.title || label.roles.includes("field:projectName") ||
      (cell.col < level1Col && !label.frame && !/^\d+$/.test(label.key)),
  );
}

function isRepeatedHeader(texts: LabelHit[]): boolean {
  return texts.some((t) => hasRole(t, "header:level1")) && texts.some((t) => hasRole(t, "header:level2"));
}
