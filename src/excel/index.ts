/**
 * The Excel adapter's public face: the only module the pane and the ribbon commands import from src/excel.
 * Everything that calls Excel.run lives behind it.
 */
export { ExcelWorkbook, excelSupport } from "./excel-workbook";
export type { ExcelSupport } from "./excel-workbook";
