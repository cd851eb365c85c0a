import { CellValue, isCellError, isFormulaWithoutResult } from "../grid/cell-value";
import { TargetParse } from "../target/model";
import { parseTarget } from "../target/parse";
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

  /** parseTarget, memoised for text and for numbers under a given format. */
  target(value: CellValue, numberFormat?: string): TargetParse {
    if (value === null || isCellError(value) || isFormulaWithoutResult(value) || typeof value === "boolean") return parseTarget(value, numberFormat);
    const id = typeof value === "string" ? `s${value}` : `n${value}\u0000${numberFormat ?? ""}`;
    let t = this.targets.get(id);
    if (!t) {
      t = parseTarget(value, numberFormat);
      this.targets.set(id, t);
    }
    return t;
  }
}
