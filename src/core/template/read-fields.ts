import { CellRange } from "../grid/address";
import { cellText, isBlank } from "../grid/cell-value";
import { GridView, LogicalCell } from "../grid/sheet-grid";
import { labelKey } from "../text/normalize";
import { readAmount } from "./amounts";
import { readDate } from "./dates";
import {
  FIELD_KEYS, FIELD_LABELS, FUND_KEYS, FUND_LABELS, FieldKey, FundKey, GOAL_KEYS, GOAL_LABELS, GoalKey,
  TEN_THOUSAND_YUAN, isKnownLabel, labelMatchKey, matchesSpec,
} from "./labels";
import { AmountRead, DateRead, FieldRead } from "./model";
import { LabelHit } from "./sheet-labels";

export interface HeadFields {
  fields: Partial<Record<FieldKey, FieldRead>>;
  dates: { start?: DateRead; end?: DateRead };
  funds: Partial<Record<FundKey, AmountRead>>;
  fundsScale: 1 | 10000;
  goals: Partial<Record<GoalKey, FieldRead>>;
}

/** Reads the form's head: the labelled fields, the dates, the money block and the goals. */
export function readHead(view: GridView, region: CellRange, labels: LabelHit[], stopRow: number): HeadFields {
  const head = labels.filter((l) => l.cell.row < stopRow);
  const fields: Partial<Record<FieldKey, FieldRead>> = {};
  for (const key of FIELD_KEYS) {
    const hit = head.find((l) => matchesSpec(l.key, FIELD_LABELS[key]));
    if (hit) fields[key] = valueRightOf(view, region, hit.cell);
  }
  const dates: HeadFields["dates"] = {};
  if (fields.start) dates.start = { ...fields.start, date: readDate(fields.start.value, fields.start.numberFormat, "start") };
  if (fields.end) dates.end = { ...fields.end, date: readDate(fields.end.value, fields.end.numberFormat, "end") };

  const annualLabel = head.find((l) => matchesSpec(l.key, FUND_LABELS.annualTotal));
  const funds: Partial<Record<FundKey, AmountRead>> = {};
  for (const key of FUND_KEYS) {
    const spec = FUND_LABELS[key];
    const hit = head.find((l) => {
      if (!matchesSpec(l.key, spec)) return false;
      if (!spec.side || !annualLabel) return true;
      return spec.side === "left" ? l.cell.col < annualLabel.cell.col : l.cell.col >= annualLabel.cell.col;
    });
    if (hit) funds[key] = amountOf(valueRightOf(view, region, hit.cell));
  }
  // The match key drops a trailing (万元), so the unit is read from the label as printed.
  const fundsScale = head.some((l) => {
    const printed = labelKey(cellText(l.cell.value));
    return TEN_THOUSAND_YUAN.test(printed) && /资金|金额|单位/.test(printed);
  })
    ? 10000
    : 1;

  const goals: Partial<Record<GoalKey, FieldRead>> = {};
  for (const key of GOAL_KEYS) {
    const hit = head.find((l) => matchesSpec(l.key, GOAL_LABELS[key]));
    if (hit) goals[key] = goalOf(view, region, hit.cell, stopRow);
  }
  return { fields, dates, funds, fundsScale, goals };
}

function read(label: LogicalCell, cell: LogicalCell | null): FieldRead {
  const f: FieldRead = {
    label: cellText(label.value).trim(),
    labelCell: label.address,
    cell: cell?.address ?? null,
    value: cell && !isBlank(cell.value) ? cell.value : null,
    text: cell && !isBlank(cell.value) ? cellText(cell.value).trim() : "",
  };
  if (cell?.numberFormat !== undefined) f.numberFormat = cell.numberFormat;
  return f;
}

/**
 * The value of a label is the first non-blank cell to its right on the same row, up to the next label.
 * When there is none, the field points at the first cell right of the label: where it should be typed.
 */
function valueRightOf(view: GridView, region: CellRange, label: LogicalCell): FieldRead {
  let firstSlot: LogicalCell | null = null;
  let lastAddress = label.address;
  for (let c = label.range.right + 1; c <= region.right; c++) {
    const cell = view.cell(label.row, c);
    if (cell.address === lastAddress) continue;
    lastAddress = cell.address;
    if (isBlank(cell.value)) {
      firstSlot ??= cell;
      continue;
    }
    if (typeof cell.value === "string" && isKnownLabel(labelMatchKey(cell.value))) break;
    return read(label, cell);
  }
  return read(label, firstSlot);
}

/** Goals are printed below their label; some provinces put them to the right instead. */
function goalOf(view: GridView, region: CellRange, label: LogicalCell, stopRow: number): FieldRead {
  const belowRow = label.range.bottom + 1;
  if (belowRow < stopRow && belowRow <= region.bottom) {
    const below = view.cell(belowRow, label.col);
    const isLabel = typeof below.value === "string" && isKnownLabel(labelMatchKey(below.value));
    if (!isLabel && !isBlank(below.value)) return read(label, below);
    const right = valueRightOf(view, region, label);
    if (right.value !== null) return right;
    if (!isLabel) return read(label, below);
  }
  return valueRightOf(view, region, label);
}

function amountOf(f: FieldRead): AmountRead {
  const parsed = readAmount(f.value);
  if (parsed.kind === "number") return { ...f, amount: parsed.amount };
  if (parsed.kind === "problem") return { ...f, amount: null, problem: parsed.problem };
  return { ...f, amount: null };
}
