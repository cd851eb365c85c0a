import { checkGrids } from "../core/check";
import { Diagnostic } from "../core/diagnostic";
import { buildSummary } from "../core/summary/build";
import { SummaryModel } from "../core/summary/model";
import { summarySheetPlan } from "../core/summary/sheet-plan";
import { Settings } from "../core/settings";
import { ClearOutcome, HostError, WorkbookPort } from "./ports";
import { Validation, validateWorkbook } from "./validate";

/** The things a user does from the pane or the ribbon, as one sequence each. */

export function validateAndMark(port: WorkbookPort, file: string, settings: Settings): Promise<Validation> {
  return validateWorkbook(port, { file, settings, ...(port.capabilities.highlight ? { highlighter: port } : {}) });
}

export function clearHighlights(port: WorkbookPort): Promise<ClearOutcome> {
  return port.clearMarks();
}

/**
 * Applies the fix a finding offers (only ever on the user's request), then validates again so that the
 * marks and the list reflect the corrected cell. The workbook is read first: if the cell no longer yields the
 * same finding with the same fix (the user edited it, or inserted rows so that another cell sits at that
 * address), nothing is written and the user is told to check again.
 */
export async function applyFix(port: WorkbookPort, finding: Diagnostic, file: string, settings: Settings): Promise<Validation> {
  if (finding.fix === undefined) throw new Error(`${finding.rule} at ${finding.sheet}!${finding.cell} offers no fix`);
  const now = checkGrids(await port.readGrids(), file, settings).report.diagnostics;
  const same = (d: Diagnostic) => d.rule === finding.rule && d.sheet === finding.sheet && d.cell === finding.cell && d.fix === finding.fix && d.value === finding.value;
  if (!now.some(same)) throw new HostError("changed", `${finding.sheet}!${finding.cell} changed since it was checked`);
  await port.writeValue(finding.sheet, finding.cell, finding.fix);
  return validateAndMark(port, file, settings);
}

/**
 * Builds the summary sheet (汇总表) of this workbook: read, judge, lay out, write. The forms are not marked
 * and no value anywhere changes; only jixiao's own summary sheet is replaced.
 */
export async function buildSummarySheet(port: WorkbookPort, file: string, settings: Settings): Promise<{ sheet: string; model: SummaryModel }> {
  const { report } = checkGrids(await port.readGrids(), file, settings);
  const model = buildSummary([{ file, report }]);
  const { sheet } = await port.writeSummary(summarySheetPlan(model, settings.lang));
  return { sheet, model };
}
