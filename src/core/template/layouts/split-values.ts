import { GridView, LogicalCell } from "../../grid/sheet-grid";
import { LabelHit, hasRole } from "../sheet-labels";

/**
 * The columns a target is written in. The standard template has one (年度指标值); other forms split the
 * value over 指标性质 · 指标值 · 计量单位 (or 度量单位), so the operator and the unit have columns of their own.
 */
export interface ValueColumns {
  value: number;
  op?: number;
  unit?: number;
}

/** A row's target cells, as the grid holds them. */
export interface ValueCells {
  value: LogicalCell;
  op?: LogicalCell;
  unit?: LogicalCell;
}

export interface ValueHeader {
  columns: ValueColumns;
  /** The header's last row: a second line (年度指标值 over 指标性质 · 指标值 · 计量单位) adds one. */
  bottom: number;
  /** The labels of that second line (none without one). */
  secondLine: LabelHit[];
}

/**
 * Finds the target's columns among a header row's labels. `below` gives the labels of a row, for a second
 * header line; `bottom` is the header's last row as its other cells (一级 · 二级 · 三级) reach.
 */
export function findValueHeader(onRow: LabelHit[], below: (row: number) => LabelHit[], bottom: number): ValueHeader | null {
  const col = (hits: LabelHit[], key: "value" | "nature" | "unit") => hits.find((l) => hasRole(l, `header:${key}`))?.cell;
  let value = col(onRow, "value");
  let op = col(onRow, "nature");
  let unit = col(onRow, "unit");
  // The header's depth is its own cells'; a side label merged down the table (绩效指标) does not count.
  let last = Math.max(bottom, ...[value, op, unit].map((c) => c?.range.bottom ?? bottom));
  const next = below(last + 1);
  const twoLine = !!(col(next, "nature") || col(next, "unit"));
  if (twoLine) {
    op = col(next, "nature") ?? op;
    unit = col(next, "unit") ?? unit;
    value = col(next, "value") ?? value;
    last += 1;
  }
  if (!value) return null;
  const columns: ValueColumns = { value: value.col };
  if (op) columns.op = op.col;
  if (unit) columns.unit = unit.col;
  return { columns, bottom: last, secondLine: twoLine ? next : [] };
}

/** The target's cells on a row: the value cell, and the operator and unit cells where there are columns for them. */
export function valueCellsAt(view: GridView, row: number, columns: ValueColumns): ValueCells {
  const cells: ValueCells = { value: view.cell(row, columns.value) };
  if (columns.op !== undefined) cells.op = view.cell(row, columns.op);
  if (columns.unit !== undefined) cells.unit = view.cell(row, columns.unit);
  return cells;
}

/** The columns, for telling them from extra columns (权重, 备注) under the same header. */
export function valueColumnList(columns: ValueColumns): number[] {
  return [columns.op, columns.value, columns.unit].filter((c): c is number => c !== undefined);
}
