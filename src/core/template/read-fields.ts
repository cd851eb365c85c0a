import { CellRange } from "../grid/address";
import { cellText, isBlank, isCellError } from "../grid/cell-value";
import { LogicalCell } from "../grid/sheet-grid";
import { AmountParse, labelMoneyUnit, MONEY_SCALE, MoneyUnit, noteMoneyUnit, readAmount, roundCents } from "./amounts";
import { readDate, readPeriod } from "./dates";
import { FIELD_KEYS, FUND_KEYS, FUND_LABELS, FieldKey, FundKey, GOAL_KEYS, GoalKey, Role } from "./labels";
import { AmountRead, DateRead, FieldRead } from "./model";
import { LabelHit, SheetLabels } from "./sheet-labels";

export interface HeadFields {
  fields: Partial<Record<FieldKey, FieldRead>>;
  dates: { start?: DateRead; end?: DateRead };
  funds: Partial<Record<FundKey, AmountRead>>;
  fundsScale: 1 | 10000;
  goals: Partial<Record<GoalKey, FieldRead>>;
}

/** Reads the form's head (rows above `stopRow`): the labelled fields, the dates, the money block, the goals. */
export function readHead(sheet: SheetLabels, region: CellRange, labels: LabelHit[], stopRow: number): HeadFields {
  const byRole = new Map<Role, LabelHit[]>();
  for (const hit of labels) {
    if (hit.cell.row >= stopRow) continue;
    for (const role of hit.label.roles) {
      const list = byRole.get(role);
      if (list) list.push(hit);
      else byRole.set(role, [hit]);
    }
  }
  const first = (role: Role) => byRole.get(role)?.[0];

  const fields: Partial<Record<FieldKey, FieldRead>> = {};
  for (const key of FIELD_KEYS) {
    const hit = first(`field:${key}`);
    if (hit) fields[key] = valueRightOf(sheet, region, hit.cell);
  }
  const dates: HeadFields["dates"] = {};
  if (fields.start) dates.start = { ...fields.start, date: readDate(fields.start.value, fields.start.numberFormat, "start") };
  if (fields.end) dates.end = { ...fields.end, date: readDate(fields.end.value, fields.end.numberFormat, "end") };
  const period = first("field:period");
  if (period && !fields.start && !fields.end) Object.assign(dates, periodDates(valueRightOf(sheet, region, period.cell)));

  // "其他资金" is printed twice; the column of 年度资金申请总额 tells the project's from the year's.
  const annualCol = first("fund:annualTotal")?.cell.col;
  const cells: MoneyCell[] = [];
  for (const key of FUND_KEYS) {
    const side = FUND_LABELS[key].side;
    const hit = (byRole.get(`fund:${key}`) ?? []).find((h) => {
      if (!side || annualCol === undefined) return true;
      return side === "left" ? h.cell.col < annualCol : h.cell.col >= annualCol;
    });
    if (!hit) continue;
    const field = valueRightOf(sheet, region, hit.cell);
    cells.push({ key, hit, field, parsed: readAmount(field.value), own: labelMoneyUnit(keyOf(sheet, hit)) });
  }
  const unit = blockUnit(sheet, region, labels.filter((h) => h.cell.row < stopRow), cells);
  const funds: Partial<Record<FundKey, AmountRead>> = {};
  for (const c of cells) funds[c.key] = amountOf(c.field, c.parsed, c.own ?? unit);
  const fundsScale = MONEY_SCALE[unit];

  const goals: Partial<Record<GoalKey, FieldRead>> = {};
  for (const key of GOAL_KEYS) {
    const hit = first(`goal:${key}`);
    if (hit) goals[key] = goalOf(sheet, region, hit.cell, stopRow);
  }
  return { fields, dates, funds, fundsScale, goals };
}

/** One cell holds the start and the end: both dates name it, so a finding on it is the cell's either way. */
function periodDates(f: FieldRead): { start: DateRead; end: DateRead } {
  const p = readPeriod(f.value);
  return { start: { ...f, date: p?.start ?? null }, end: { ...f, date: p?.end ?? null } };
}

function read(label: LogicalCell, cell: LogicalCell | null): FieldRead {
  const f: FieldRead = {
    label: cellText(label.value).trim(),
    labelCell: label.address,
    cell: cell?.address ?? null,
    value: cell && !isBlank(cell.value) ? cell.value : null,
    // An error value is no text a person typed (see FieldRead.text); a formula without a result has none.
    text: cell && !isBlank(cell.value) && !isCellError(cell.value) ? cellText(cell.value).trim() : "",
  };
  if (cell?.numberFormat !== undefined) f.numberFormat = cell.numberFormat;
  return f;
}

function isLabel(sheet: SheetLabels, cell: LogicalCell): boolean {
  return typeof cell.value === "string" && sheet.classify(cell.value).roles.length > 0;
}

/**
 * The value of a label is the first non-blank cell to its right on the same row, up to the next label.
 * When there is none, the field points at the first cell right of the label: where it should be typed.
 */
function valueRightOf(sheet: SheetLabels, region: CellRange, label: LogicalCell): FieldRead {
  let firstSlot: LogicalCell | null = null;
  let lastAddress = label.address;
  for (let c = label.range.right + 1; c <= region.right; c++) {
    const cell = sheet.view.cell(label.row, c);
    if (cell.address === lastAddress) continue;
    lastAddress = cell.address;
    if (isBlank(cell.value)) {
      firstSlot ??= cell;
      continue;
    }
    if (isLabel(sheet, cell)) break;
    return read(label, cell);
  }
  return read(label, firstSlot);
}

/** Goals are printed below their label; some provinces put them to the right instead. */
function goalOf(sheet: SheetLabels, region: CellRange, label: LogicalCell, stopRow: number): FieldRead {
  const belowRow = label.range.bottom + 1;
  if (belowRow < stopRow && belowRow <= region.bottom) {
    const below = sheet.view.cell(belowRow, label.col);
    const labelBelow = isLabel(sheet, below);
    if (!labelBelow && !isBlank(below.value)) return read(label, below);
    const right = valueRightOf(sheet, region, label);
    if (right.value !== null) return right;
    if (!labelBelow) return read(label, below);
  }
  return valueRightOf(sheet, region, label);
}

interface MoneyCell {
  key: FundKey;
  hit: LabelHit;
  field: FieldRead;
  parsed: AmountParse;
  /** The unit the amount's own label prints (年度资金申请总额（万元）). */
  own: MoneyUnit | null;
}

function keyOf(sheet: SheetLabels, hit: LabelHit): string {
  return sheet.cache.key(cellText(hit.cell.value));
}

/**
 * The unit of the money block, in the order template.md gives: a unit in the block's own label
 * (项目资金(元), 资金情况(万元), or its amounts' labels), a 单位：万元 note in the form's head or above it,
 * a 万元 suffix on every amount; else the template's 元.
 */
function blockUnit(sheet: SheetLabels, region: CellRange, head: LabelHit[], cells: MoneyCell[]): MoneyUnit {
  // The block's label is merged down beside its amounts, or printed on the line above them; a money label
  // elsewhere in the head (a section line 预算资金(万元)) comes next.
  const top = Math.min(...cells.map((c) => c.hit.cell.row)) - 1;
  const bottom = Math.max(...cells.map((c) => c.hit.cell.range.bottom));
  const beside = (h: LabelHit) => h.cell.range.bottom >= top && h.cell.range.top <= bottom;
  for (const h of [...head.filter(beside), ...head.filter((h) => !beside(h))]) {
    const unit = labelMoneyUnit(keyOf(sheet, h));
    if (unit) return unit;
  }
  for (const h of head) {
    const unit = noteMoneyUnit(keyOf(sheet, h));
    if (unit) return unit;
  }
  // A note above the form: stacked forms often share one at the top of the sheet. Notes to the right belong
  // to the forms standing there.
  const above = notesOf(sheet).filter((n) => n.row < region.top && n.col <= region.right);
  if (above.length) return above[above.length - 1]!.unit;
  // 0 and "-" read the same in any unit: only the amounts that say something count.
  const stated = cells.filter((c) => c.parsed.kind === "number" && c.parsed.amount !== 0);
  if (stated.length && stated.every((c) => c.parsed.kind === "number" && c.parsed.written === "万元")) return "万元";
  return "元";
}

const NOTES = new WeakMap<SheetLabels, { row: number; col: number; unit: MoneyUnit }[]>();

/** The sheet's money-unit notes in reading order, found once per sheet: a stacked sheet holds hundreds of forms. */
function notesOf(sheet: SheetLabels): { row: number; col: number; unit: MoneyUnit }[] {
  let notes = NOTES.get(sheet);
  if (!notes) {
    notes = [];
    for (const h of sheet.all()) {
      const unit = noteMoneyUnit(keyOf(sheet, h));
      if (unit) notes.push({ row: h.cell.row, col: h.cell.col, unit });
    }
    NOTES.set(sheet, notes);
  }
  return notes;
}

/** An amount in 元: a unit written in the cell wins over its block's (funds/unit-mismatch says so). */
export function amountOf(f: FieldRead, parsed: AmountParse, unit: MoneyUnit): AmountRead {
  const base = { ...f, amount: null, scale: MONEY_SCALE[unit], unit };
  if (parsed.kind === "number") {
    const scale = MONEY_SCALE[parsed.written ?? unit];
    const read: AmountRead = { ...base, amount: roundCents(parsed.amount * scale), scale };
    if (parsed.written) read.written = parsed.written;
    return read;
  }
  if (parsed.kind === "problem") return { ...base, problem: parsed.problem };
  return base;
}
