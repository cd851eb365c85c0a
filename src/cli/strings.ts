import { format } from "../core/i18n";

/** Everything the terminal says, zh and en (the severity words and a finding's own words are core/i18n's). */
export const STRINGS = {
  totals: {
    zh: "{projects} 个项目 · {indicators} 条指标 · {errors} 个错误 · {warnings} 个警告 · {info} 条提示 · {cells} 个单元格需要修改",
    en: "{projects} projects · {indicators} indicators · {errors} errors · {warnings} warnings · {info} info · {cells} cells need a change",
  },
  header: { zh: "{file} · 配置 {profile}", en: "{file} · profile {profile}" },
  skippedSheets: { zh: "无申报表、已跳过的工作表：{sheets}", en: "sheets without a form, skipped: {sheets}" },
  noForms: { zh: "没有找到申报表（财政项目支出绩效目标申报表）。", en: "No performance-target form (财政项目支出绩效目标申报表) was found." },
  infoHidden: { zh: "另有 {count} 条提示未列出（加 --all 显示）：{rules}", en: "{count} info findings not listed (add --all): {rules}" },
  clean: { zh: "未发现错误或警告。", en: "No errors or warnings." },
  workbookLevel: { zh: "（工作簿）", en: "(workbook)" },
  wroteJson: { zh: "已写出 JSON 报告：{path}", en: "wrote JSON report: {path}" },
  wroteCopy: { zh: "已写出标注副本：{path}（{cells} 个单元格已标注；原文件未改动）", en: "wrote annotated copy: {path} ({cells} cells marked; the input is untouched)" },
  reading: { zh: "正在读取 {file}（{size}）…", en: "reading {file} ({size})…" },
  readDone: { zh: "已读取 {sheets} 张工作表，用时 {seconds} 秒", en: "read {sheets} sheets in {seconds} s" },
  converting: { zh: "工作表", en: "sheets" },
  wroteSummarySheet: { zh: "已在副本中加入汇总表：工作表「{sheet}」", en: "added the summary sheet to the copy: sheet \"{sheet}\"" },
  files: { zh: "个文件", en: "files" },
  skippedFile: { zh: "{message}（已跳过）", en: "{message} (skipped)" },
  emptyFolder: { zh: "文件夹 {folder} 里没有 .xlsx 或 .xlsm 文件，没有检查任何东西", en: "the folder {folder} holds no .xlsx or .xlsm file; nothing was checked" },
  noInputs: { zh: "没有找到要汇总的工作簿，未写出汇总表", en: "no workbook to summarise was found; no summary was written" },
  batchTotals: {
    zh: "共 {files} 个文件：{withErrors} 个有错误 · {errors} 个错误 · {warnings} 个警告 · {cells} 个单元格需要修改 · {unreadable} 个无法读取",
    en: "{files} files: {withErrors} with errors · {errors} errors · {warnings} warnings · {cells} cells need a change · {unreadable} could not be read",
  },
  internalFile: { zh: "读取 {file} 时 jixiao 内部出错：{message}", en: "jixiao internal error while reading {file}: {message}" },
  listedTwice: { zh: "{file} 列出了不止一次，只读取一次", en: "{file} is listed more than once; read once" },
  noFormsIn: { zh: "{file}：没有找到申报表", en: "{file}: no performance-target form found" },
  noneReadable: { zh: "没有一个输入文件能读取，未写出汇总表", en: "none of the input files could be read; no summary was written" },
  summaryDone: {
    zh: "汇总 {files} 个文件：{projects} 个项目 · {indicators} 条指标 · {errors} 个错误 · {warnings} 个警告 · {cells} 个单元格需要修改 · 年度资金申请总额合计 {annual} 元",
    en: "summarised {files} files: {projects} projects · {indicators} indicators · {errors} errors · {warnings} warnings · {cells} cells need a change · annual amount total {annual} yuan",
  },
  summaryUnreadable: { zh: "另有 {count} 个文件无法读取，已跳过（原因见上，也列在汇总表末尾）", en: "{count} more files could not be read and were skipped (reasons above, and at the end of the sheet)" },
  summaryDuplicates: { zh: "{count} 个项目与另一个文件或工作表中的项目重名（见“备注”列）", en: "{count} projects share their name with a project in another file or sheet (see the Note column)" },
  wroteSummary: { zh: "已写出汇总表：{path}", en: "wrote the summary: {path}" },
  internal: { zh: "jixiao 内部错误（规则 {rule}）：{message}；其余规则的结果仍然有效", en: "jixiao internal error (rule {rule}): {message}; the other rules' results stand" },
} as const;

/** Fills a terminal string; the same template filler as the rules' messages. */
export const t = format;
