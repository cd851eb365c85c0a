import { Workbook } from "exceljs";
import { SheetPlan } from "../core/summary/sheet-plan";
import { TOOL } from "../core/version";
import { OutputRefused } from "./save";
import { WriteSummaryOptions, writeSummarySheet } from "./summary-sheet";

/**
 * A new workbook holding only the summary sheet (the consolidated 汇总表 of `jixiao summary`), as .xlsx bytes.
 * Its links reach the source files through `options.fileHref`.
 */
export async function summaryWorkbookBytes(plan: SheetPlan, options: WriteSummaryOptions, outPath: string): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = `${TOOL.name} ${TOOL.version}`;
  writeSummarySheet(wb, plan, options);
  try {
    return Buffer.from(await wb.xlsx.writeBuffer());
  } catch (e) {
    throw new OutputRefused("write-failed", outPath, "生成 .xlsx 失败", "could not build the .xlsx", e);
  }
}
