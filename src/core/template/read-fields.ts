import { CellRange } from "../grid/address";
import { cellText, isBlank, isCellError } from "../grid/cell-value";
import { LogicalCell } from "../grid/sheet-grid";
import { readAmount, roundCents } from "./amounts";
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

  const fundsScale = labels.some((h) => h.cell.row < stopRow && h.label.tenThousandYuan) ? 10000 : 1;
  // "其他资金" is printed twice; the column of 年度资金申请总额 tells the project's from the year's.
  const annualCol = first("fund:annualTotal")?.cell.col;
  const funds: Partial<Record<FundKey, AmountRead>> = {};
  for (const key of FUND_KEYS) {
    const side = FUND_LABELS[key].side;
    const hit = (byRole.get(`fund:${key}`) ?? []).find((h) => {
      if (!side || annualCol === undefined) return true;
      return side === "left" ? h.cell.col < annualCol : h.cell.col >= annualCol;
    });
    if (hit) funds[key] = amountOf(valueRightOf(sheet, region, hit.cell), fundsScale);
  }

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

/** An amount in 元: a unit written in the cell wins over the form's (万元) heading. */
function amountOf(f: FieldRead, formScale: 1 | 10000): AmountRead {
  const parsed = readAmount(f.value);
  if (parsed.kind === "number") {
    const scale = parsed.written === "万元" ? 10000 : parsed.written === "元" ? 1 : formScale;
    return { ...f, amount: roundCents(parsed.amount * scale), scale };
  }
  if (parsed.kind === "problem") return { ...f, amount: null, scale: formScale, problem: parsed.problem };
  return { ...f, amount: null, scale: formScale };
}
