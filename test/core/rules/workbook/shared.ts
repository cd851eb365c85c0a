import { SettingsInput } from "../../../../src/core/settings";
import { checkSheets, findingsOf } from "../../../support/check";
import { cleanForm, FormSpec, sheetOf } from "../../../support/form-grid";
import { CLEAN_INDICATORS } from "../helpers";

// Helpers several workbook/ rule tests use.
/** Each form on its own sheet, named S1, S2 … */
export function sheets(rule: string, specs: FormSpec[], settings: SettingsInput = {}) {
  return findingsOf(checkSheets(specs.map((spec, i) => sheetOf(`S${i + 1}`, [{ spec }])), settings), rule);
}

/** cleanForm() under another name with every indicator value changed, so nothing is copied. */
export function own(name: string): FormSpec {
  return cleanForm({ name, indicators: CLEAN_INDICATORS.map(([l1, l2, n]) => [l1, l2, `${String(n)}（${name}）`, "=1.00(项)"]) });
}
