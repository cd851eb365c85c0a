import type { Workbook } from "exceljs";
import { sheetOfReference } from "../core/grid/reference";
import { OWNER_NAME, ownedSheet } from "../core/summary/owner";

/** The sheet jixiao's summary occupies in this workbook, from the OWNER_NAME defined name (see ownedSheet), or null. */
export function ownedSummarySheet(wb: Workbook): string | null {
  const ref = wb.definedNames.getRanges(OWNER_NAME)?.ranges?.[0];
  return ref ? ownedSheet(sheetOfReference(ref)) : null;
}
