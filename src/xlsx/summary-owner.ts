import type { Workbook } from "exceljs";
import { OWNER_NAME, sheetOfReference } from "../core/summary/owner";

/** The sheet jixiao's summary occupies in this workbook, from the OWNER_NAME defined name, or null. */
export function ownedSummarySheet(wb: Workbook): string | null {
  const ref = wb.definedNames.getRanges(OWNER_NAME)?.ranges?.[0];
  return ref ? sheetOfReference(ref) : null;
}
