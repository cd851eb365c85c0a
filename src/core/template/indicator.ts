import {
  CellValue, cellText, formatYMD, formulaText, isBlank, isDateFormat, isFormulaWithoutResult, isPercentFormat, serialToYMD,
} from "../grid/cell-value";
import { LogicalCell } from "../grid/sheet-grid";
import { ValueCells } from "./layouts/split-values";
import { CellPart, Indicator, TargetCells } from "./model";
import { ReadCache } from "./read-cache";

/** A 一级 or 二级 as a row files it. */
export interface Level {
  text: string;
  cell: string;
  /** The level's cell holds a formula without a result: its text is unknown, not blank. */
  formula?: string;
}

/** Text as written, trimmed: a line break inside a name is the user's, and comparisons use labelKey. */
export function levelText(v: CellValue): string {
  return isBlank(v) ? "" : cellText(v).trim();
}

export function levelOf(cell: LogicalCell): Level | null {
  if (isFormulaWithoutResult(cell.value)) return { text: "", cell: cell.address, formula: formulaText(cell.value) };
  const text = levelText(cell.value);
  return text ? { text, cell: cell.address } : null;
}

/**
 * One indicator row, whichever layout it was read from: every layout hands over the same cells, so that
 * the indicator, its target and what the rules see of it do not depend on where the cells stood.
 */
export function indicatorOf(cache: ReadCache, row: number, level1: Level, level2: Level, name: LogicalCell, values: ValueCells): Indicator {
  const { value, op, unit } = values;
  const target = cache.target({
    value: value.value,
    valueFormat: value.numberFormat,
    ...(op && { op: op.value }),
    ...(unit && { unit: unit.value }),
  });
  const cells: TargetCells = { value: partOf(value) };
  if (op) cells.op = partOf(op);
  if (unit) cells.unit = partOf(unit);
  const raw = [cells.op, cells.value, cells.unit].filter((p) => p?.text).map((p) => p!.text).join(" ");
  const nameText = levelText(name.value);
  const indicator: Indicator = {
    keys: { level1: cache.levelKey(level1.text), level2: cache.levelKey(level2.text), name: cache.key(nameText) },
    level1: level1.text,
    level1Cell: level1.cell,
    level2: level2.text,
    level2Cell: level2.cell,
    name: nameText,
    nameCell: name.address,
    raw,
    cell: value.address,
    cells,
    row,
    target,
  };
  const noResult: { cell: string; formula: string }[] = [];
  for (const l of [level1, level2]) if (l.formula) noResult.push({ cell: l.cell, formula: l.formula });
  for (const c of [name, value, op, unit]) if (c && isFormulaWithoutResult(c.value)) noResult.push({ cell: c.address, formula: formulaText(c.value) });
  if (noResult.length) indicator.noResult = noResult;
  return indicator;
}

function partOf(cell: LogicalCell): CellPart {
  return { cell: cell.address, text: displayText(cell) };
}

/**
 * A cell as a person reads it: percent-formatted numbers as 95%, text untouched. A formula without a result
 * is shown as its formula, so that the report's `raw` says what the cell holds rather than looking blank.
 */
export function displayText(cell: LogicalCell): string {
  const v = cell.value;
  if (isFormulaWithoutResult(v)) return formulaText(v);
  if (typeof v === "number" && isPercentFormat(cell.numberFormat)) return `${Math.round(v * 1e10) / 1e8}%`;
  // rules.md: a date is shown as yyyy-mm-dd, never as the serial Excel stores (45565).
  const date = typeof v === "number" && isDateFormat(cell.numberFormat) ? serialToYMD(v) : null;
  if (date) return formatYMD(date);
  return cellText(v);
}
