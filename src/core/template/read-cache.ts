import { CellValue, isCellError, isFormulaWithoutResult } from "../grid/cell-value";
import { TargetParse } from "../target/model";
import { parseTargetCells, TargetCellValues } from "../target/parse";
import { labelKey } from "../text/normalize";
import { LabelClass, classifyLabel, levelMatchKey } from "./labels";

/**
 * Work done once per distinct text in a workbook read. Forms repeat their labels, level names and
 * targets ("=100.00(%)") hundreds of times; the results are plain immutable data, safe to share.
 */
export class ReadCache {
  private readonly labels = new Map<string, LabelClass>();
  private readonly keys = new Map<string, string>();
  private readonly levelKeys = new Map<string, string>();
  private readonly targets = new Map<string, TargetParse>();

  label(text: string): LabelClass {
    let c = this.labels.get(text);
    if (!c) {
      c = classifyLabel(text);
      this.labels.set(text, c);
    }
    return c;
  }

  /** labelKey(text), memoised. */
  key(text: string): string {
    let k = this.keys.get(text);
    if (k === undefined) {
      k = labelKey(text);
      this.keys.set(text, k);
    }
    return k;
  }

  /** levelMatchKey(text), memoised: a 一级/二级 without its score band. */
  levelKey(text: string): string {
    let k = this.levelKeys.get(text);
    if (k === undefined) {
      k = levelMatchKey(text);
      this.levelKeys.set(text, k);
    }
    return k;
  }

  /**
   * parseTargetCells, memoised for text and for numbers under a given format: a table repeats its values
   * ("=100.00(%)", or "≥" · 95 · "%") row after row.
   */
  target(cells: TargetCellValues): TargetParse {
    const value = memoId(cells.value, cells.valueFormat);
    const op = cells.op === undefined ? "" : memoId(cells.op);
    const unit = cells.unit === undefined ? "" : memoId(cells.unit);
    if (value === null || op === null || unit === null) return parseTargetCells(cells);
    // One-cell targets, nearly all of them, keep the value's own key; the others cannot collide with it.
    const id = op === "" && unit === "" ? value : JSON.stringify([value, op, unit]);
    let t = this.targets.get(id);
    if (!t) {
      t = parseTargetCells(cells);
      this.targets.set(id, t);
    }
    return t;
  }
}

/** A key for a cell's value under its format; null for what is cheap to parse or not to be shared (errors, formulas). */
function memoId(value: CellValue, numberFormat?: string): string | null {
  if (value === null) return "b";
  if (isCellError(value) || isFormulaWithoutResult(value) || typeof value === "boolean") return null;
  return typeof value === "string" ? `s${value}` : `n${value}\u0000${numberFormat ?? ""}`;
}
