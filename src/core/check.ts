import { SheetGrid } from "./grid/sheet-grid";
import { buildReport } from "./report/build";
import { Report } from "./report/schema";
import { RuleRun, runRules } from "./rules/run";
import { DEFAULT_SETTINGS, Settings } from "./settings";
import { readWorkbook } from "./template/read-workbook";
import { WorkbookRead } from "./template/model";

export interface CheckResult {
  workbook: WorkbookRead;
  run: RuleRun;
  report: Report;
}

/** The whole judgement, pure: grids in, report out. Every front end (pane, ribbon, CLI) calls this. */
export function checkGrids(grids: readonly SheetGrid[], file: string, settings: Settings = DEFAULT_SETTINGS): CheckResult {
  const workbook = readWorkbook(grids);
  const run = runRules(workbook, settings);
  return { workbook, run, report: buildReport(file, workbook, run, settings) };
}
