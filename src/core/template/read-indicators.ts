import { CellRange } from "../grid/address";
import { CellValue, cellText, formatYMD, formulaText, isBlank, isDateFormat, isFormulaWithoutResult, isPercentFormat, serialToYMD } from "../grid/cell-value";
import { GridView, LogicalCell } from "../grid/sheet-grid";
import { parseSplitTarget } from "../target/parse";
import { HeaderKey } from "./labels";
import { ReadCache } from "./read-cache";
import { LabelHit, SheetLabels, hasRole } from "./sheet-labels";
import { EmptyCategory, Indicator } from "./model";

export interface TableHeader {
  row: number;
  /** First row of indicators. */
  dataRow: number;
  cols: Partial<Record<HeaderKey, number>> & { level1: number; level2: number; name: number; value: number };
  split: boolean;
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
  let value = col("value");
  let nature = col("nature");
  let unit = col("unit");
  // The header's depth is its own cells'; a side label merged down the table (绩效指标) does not count.
  let bottom = Math.max(...[level1.cell, l2, name, value, nature, unit].map((c) => c?.range.bottom ?? row));
  // A two-line header: 年度指标值 over 指标性质 · 指标值 · 计量单位.
  const below = labels.filter((l) => l.cell.row === bottom + 1);
  const sub = (key: HeaderKey) => below.find((l) => hasRole(l, `header:${key}`))?.cell;
  const twoLine = !!(sub("nature") || sub("unit"));
  if (twoLine) {
    nature = sub("nature") ?? nature;
    unit = sub("unit") ?? unit;
    value = sub("value") ?? value;
    bottom += 1;
  }
  if (!value) return null;
  const nameCol = name?.col ?? nextColumn(view, l2);
  const cols: TableHeader["cols"] = { level1: level1.cell.col, level2: l2.col, name: nameCol, value: value.col };
  if (nature) cols.nature = nature.col;
  if (unit) cols.unit = unit.col;
  const extra = [...onRow, ...(twoLine ? below : [])]
    .filter((l) => l.label.extraColumn && !Object.values(cols).includes(l.cell.col))
    .map((l) => ({ left: l.cell.range.left, right: l.cell.range.right }));
  return { row, dataRow: bottom + 1, cols, split: !!(nature || unit), extra };
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

interface Level {
  text: string;
  cell: string;
  /** The level's cell holds a formula without a result: its text is unknown, not blank. */
  formula?: string;
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
    const value = view.cell(r, cols.value);
    const nature = cols.nature !== undefined ? view.cell(r, cols.nature) : null;
    const unit = cols.unit !== undefined ? view.cell(r, cols.unit) : null;
    // A cell merged down from a row above belongs to that row; only cells starting here make a new row.
    const fresh = (c: LogicalCell | null) => !!c && c.row === r && !isBlank(c.value);
    // One cell over both the 三级 and the value column is a line across the table (a footer, a note), never
    // an indicator: 填报人：  审核人：  填报日期： merged over all columns.
    if (cols.name !== cols.value && fresh(name) && name.address === value.address) break;
    const newIndicator = fresh(name) || fresh(value) || fresh(nature) || fresh(unit);
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
    indicators.push(indicatorOf(labels.cache, r, current.level1 ?? { text: "", cell: l1.address }, current.level2 ?? { text: "", cell: l2.address }, name, value, nature, unit));
  }
  return { indicators, emptyCategories, endRow: Math.min(r, region.bottom + 1) - 1 };
}

/** Text as written, trimmed: a line break inside a name is the user's, and comparisons use labelKey. */
function levelText(v: CellValue): string {
  return isBlank(v) ? "" : cellText(v).trim();
}

function levelOf(cell: LogicalCell): Level | null {
  if (isFormulaWithoutResult(cell.value)) return { text: "", cell: cell.address, formula: formulaText(cell.value) };
  const text = levelText(cell.value);
  return text ? { text, cell: cell.address } : null;
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

function indicatorOf(
  cache: ReadCache,
  row: number,
  level1: Level,
  level2: Level,
  name: LogicalCell,
  value: LogicalCell,
  nature: LogicalCell | null,
  unit: LogicalCell | null,
): Indicator {
  const split = nature !== null || unit !== null;
  const target = split
    ? parseSplitTarget(nature?.value ?? null, value.value, unit?.value ?? null, value.numberFormat)
    : cache.target(value.value, value.numberFormat);
  const parts = split ? { nature: nature ? displayText(nature) : "", value: displayText(value), unit: unit ? displayText(unit) : "" } : null;
  const raw = parts ? [parts.nature, parts.value, parts.unit].filter(Boolean).join(" ") : displayText(value);
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
    row,
    target,
  };
  if (nature) indicator.natureCell = nature.address;
  if (unit) indicator.unitCell = unit.address;
  if (parts) indicator.parts = parts;
  const noResult: { cell: string; formula: string }[] = [];
  for (const l of [level1, level2]) if (l.formula) noResult.push({ cell: l.cell, formula: l.formula });
  for (const c of [name, value, nature, unit]) if (c && isFormulaWithoutResult(c.value)) noResult.push({ cell: c.address, formula: formulaText(c.value) });
  if (noResult.length) indicator.noResult = noResult;
  return indicator;
}

/**
 * A cell as a person reads it: percent-formatted numbers as 95%, text untouched. A formula without a result
 * is shown as its formula, so that the report's `raw` says what the cell holds rather than looking blank.
 */
function displayText(cell: LogicalCell): string {
  const v = cell.value;
  if (isFormulaWithoutResult(v)) return formulaText(v);
  if (typeof v === "number" && isPercentFormat(cell.numberFormat)) return `${Math.round(v * 1e10) / 1e8}%`;
  // rules.md: a date is shown as yyyy-mm-dd, never as the serial Excel stores (45565).
  const date = typeof v === "number" && isDateFormat(cell.numberFormat) ? serialToYMD(v) : null;
  if (date) return formatYMD(date);
  return cellText(v);
}
