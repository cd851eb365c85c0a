import { checkGrids, CheckResult } from "../../src/core/check";
import { Diagnostic } from "../../src/core/diagnostic";
import { SheetGrid } from "../../src/core/grid/sheet-grid";
import { SettingsInput, SettingsSchema } from "../../src/core/settings";
import { FormSpec, LayoutOptions, sheetOf } from "./form-grid";

/** Checks in-memory grids with settings given as a partial input (defaults filled by the schema). */
export function checkSheets(grids: SheetGrid[], settings: SettingsInput = {}): CheckResult {
  return checkGrids(grids, "test.xlsx", SettingsSchema.parse(settings));
}

/** One form on one sheet named "S", checked. */
export function checkForm(spec: FormSpec, opts: LayoutOptions = {}, settings: SettingsInput = {}): CheckResult {
  return checkSheets([sheetOf("S", [{ spec, opts }])], settings);
}

export function findingsOf(result: CheckResult, rule: string): Diagnostic[] {
  return result.report.diagnostics.filter((d) => d.rule === rule);
}
