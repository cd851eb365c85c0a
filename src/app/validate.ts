import { CheckResult, checkGrids } from "../core/check";
import { marksFrom } from "../core/marks";
import { Settings } from "../core/settings";
import { Highlighter, MarkOutcome, WorkbookReader } from "./ports";

export interface Validation extends CheckResult {
  /** Present when a highlighter was given. */
  marked?: MarkOutcome;
}

export interface ValidateOptions {
  file: string;
  settings: Settings;
  highlighter?: Highlighter;
  onSheet?: (done: number, total: number) => void;
}

/** The one sequence every front end runs: read, judge, and (if asked) mark. */
export async function validateWorkbook(reader: WorkbookReader, options: ValidateOptions): Promise<Validation> {
  const grids = await reader.readGrids(options.onSheet);
  const result: Validation = checkGrids(grids, options.file, options.settings);
  if (options.highlighter) {
    result.marked = await options.highlighter.mark(marksFrom(result.report.diagnostics, options.settings.lang));
  }
  return result;
}
