import { CellRange } from "../grid/address";
import { CellValue, YMD } from "../grid/cell-value";
import { TargetParse } from "../target/model";
import type { AmountProblem, MoneyUnit } from "./amounts";
import { FieldKey, FundKey, GoalKey } from "./labels";

/** A labelled value as the form holds it. `cell` is where the user types the value, found or not. */
export interface FieldRead {
  /** The label as printed. */
  label: string;
  labelCell: string;
  /** The value cell (a merge's top-left). Null only when the form has no cell for it at all. */
  cell: string | null;
  value: CellValue;
  /**
   * The value as text, whitespace tidied. Empty when the cell is blank, and when it holds an error value
   * (#REF!) or a formula without a result: neither is what the user wrote, so neither may name a project
   * or pass for a filled field. `value` still tells these apart from a blank.
   */
  text: string;
  numberFormat?: string;
}

export interface DateRead extends FieldRead {
  /** The date the cell means, or null when it is blank or unreadable. */
  date: YMD | null;
}

export interface AmountRead extends FieldRead {
  /** The amount in 元, or null when the cell is blank or not a number. */
  amount: number | null;
  /** 元 per unit of what the cell holds: 10000 for a cell in 万元 (by its own text or the block's unit). */
  scale: 1 | 10000;
  /** The unit the block (or the amount's own label) prints its amounts in. */
  unit: MoneyUnit;
  /** The unit the cell's text states ("65万元", "587,921.00元"), when it states one. */
  written?: MoneyUnit;
  /** Why the value is not a number, when it is not. */
  problem?: AmountProblem;
}

/** One cell of a target and its text as written (a formula without a result: the formula). */
export interface CellPart {
  cell: string;
  text: string;
}

/**
 * The cells a target is written in, whatever layout the form has. Every target has its value cell; a form
 * that gives the operator (指标性质) or the unit (计量单位) a column of its own also has `op` or `unit`, even
 * where the row leaves that cell blank, so that a finding about the operator or the unit names the cell
 * the user must change.
 */
export interface TargetCells {
  value: CellPart;
  op?: CellPart;
  unit?: CellPart;
}

export interface Indicator {
  /** 一级, 二级 and 三级 as compared: no spaces or line breaks, half-width (labelKey). */
  keys: { level1: string; level2: string; name: string };
  level1: string;
  /** Where the 一级 text lives (carried down or merged: the cell holding it; blank: this row's cell). */
  level1Cell: string;
  level2: string;
  level2Cell: string;
  name: string;
  nameCell: string;
  /**
   * The target as written (over several cells: their texts joined with spaces). A formula without a result
   * is written as its formula ("=B5*2"), so that the report shows what the cell holds; `target` then fails
   * with "no-result".
   */
  raw: string;
  /** The value cell: `cells.value.cell`. */
  cell: string;
  cells: TargetCells;
  row: number;
  target: TargetParse;
  /** The cells of this row (levels, name, value parts) holding a formula without a result, with the formula. */
  noResult?: { cell: string; formula: string }[];
}

/** A 一级/二级 with no indicator under it. */
export interface EmptyCategory {
  level1: string;
  level2: string;
  cell: string;
}

export interface Form {
  sheet: string;
  /** The 项目名称 label cell that anchors the form. */
  anchor: string;
  region: CellRange;
  title: { text: string; cell: string } | null;
  year: number | null;
  yearCell: string | null;
  fields: Partial<Record<FieldKey, FieldRead>> & { projectName: FieldRead };
  dates: { start?: DateRead; end?: DateRead };
  funds: Partial<Record<FundKey, AmountRead>>;
  /**
   * 10000 when the money block is in 万元 (its label, a 单位：万元 note, or every amount says so); amounts
   * are held in 元 either way.
   */
  fundsScale: 1 | 10000;
  goals: Partial<Record<GoalKey, FieldRead>>;
  indicators: Indicator[];
  emptyCategories: EmptyCategory[];
  /** Where the indicator table's header row is and the last row the table spans; null when absent. */
  table: { headerRow: number; endRow: number } | null;
  /**
   * The fields the form's template prints, when it prints fewer than the block template: the list layout has
   * no 项目性质, 项目类别, 实施单位 or dates, and no profile may ask for a field the template does not have.
   * Absent: the block template, every field of which is asked for.
   */
  templateFields?: ReadonlySet<FieldKey | GoalKey>;
}

export interface SheetRead {
  name: string;
  forms: Form[];
  /** Forms of the template with nothing filled in (a blank 模板 sheet): skipped, not judged. */
  blankForms: number;
  /** The sheet is an instruction table (填报说明: 栏目 | 填写要求) repeating the form's labels: skipped. */
  instructions: boolean;
  /** What looks like a form but could not be read as one: never to be reported as clean. */
  unreadable: UnreadableForm[];
}

/** A form-like part of a sheet that no form was read from (sheet/unreadable-form). */
export interface UnreadableForm {
  /** Where it was found: the 一级指标 cell of an indicator header, or the first of the form's labels. */
  cell: string;
  /**
   * What was missing. Beside an indicator header: any 项目名称 label ("projectName"), or the form's other
   * labels near the 项目名称 there is ("formHead": too far from the header, or alone). Beside the form's
   * labels, without a header: 项目名称 and the header ("projectNameAndHeader"), or the header and the labels
   * that would make the 项目名称 there a form ("headerAndHead"). A list layout's header row (项目名称 beside
   * indicator columns) without the columns an indicator needs: "listColumns".
   */
  missing: "projectName" | "formHead" | "projectNameAndHeader" | "headerAndHead" | "listColumns";
  /** The form's labels found, as printed, for the message. */
  found: string[];
  /** The 项目名称 label that could not anchor a form ("formHead"). */
  nameCell?: string;
  /** A list header's indicator columns not found ("listColumns": 项目名称 beside 二级指标 but no 一级指标). */
  columns?: string[];
}

export interface WorkbookRead {
  sheets: SheetRead[];
  forms: Form[];
}
