import { Lang, Severity } from "../core/diagnostic";
import { format, severityWord, word } from "../core/i18n";
import { HostError } from "../app/ports";

/**
 * Every string the pane shows, in both languages, as data. Findings' messages, the severity words and the
 * fix label are not here: they are core/i18n's, rendered from each finding's id and parameters in the pane's
 * language (so a language switch re-renders the findings it holds). Placeholders are {name}.
 */
export const STRINGS = {
  appTitle: { zh: "绩效目标校验", en: "Performance-target check" },
  validate: { zh: "一键校验", en: "Validate" },
  validating: { zh: "正在校验…", en: "Validating…" },
  clear: { zh: "清除标注", en: "Clear highlights" },
  clearing: { zh: "正在清除标注…", en: "Clearing highlights…" },
  applyingFix: { zh: "正在写入修改…", en: "Applying the fix…" },
  busy: { zh: "请稍候…", en: "Please wait…" },

  emptyTitle: { zh: "尚未校验", en: "Not checked yet" },
  emptyBody: {
    zh: "点击「一键校验」检查本工作簿中每一张绩效目标申报表：有问题的单元格会被标上底色，问题列在这里。标注可随时清除，单元格的值不会被改动。",
    en: "Press Validate to check every performance-target form in this workbook: cells with problems get a fill and are listed here. Highlights can be cleared at any time; cell values are never changed.",
  },
  noProblemsTitle: { zh: "未发现问题", en: "No problems found" },
  noProblemsBody: {
    zh: "已检查 {projects} 个项目、{indicators} 条指标。",
    en: "Checked {projects} projects and {indicators} indicators.",
  },
  noErrorsTitle: { zh: "没有错误或警告", en: "No errors or warnings" },
  noErrorsBody: { zh: "下面只有供参考的提示。", en: "Only notes for your information are listed below." },
  noFormsTitle: { zh: "未找到申报表", en: "No forms found" },
  noFormsBody: {
    zh: "本工作簿中没有识别出绩效目标申报表（需含「项目名称」和绩效指标表）。",
    en: "No performance-target form was recognised in this workbook (a form has 项目名称 and an indicator table).",
  },
  noMatch: { zh: "没有符合筛选条件的问题。", en: "No findings match the filters." },

  resultsHeading: { zh: "校验结果", en: "Results" },
  summary: { zh: "{projects} 个项目 · {indicators} 条指标", en: "{projects} projects · {indicators} indicators" },
  announceCounts: {
    zh: "校验完成：错误 {errors} 个，警告 {warnings} 个，提示 {info} 个。",
    en: "Validation finished: {errors} errors, {warnings} warnings, {info} notes.",
  },
  shownOf: { zh: "显示 {shown} / {total} 条", en: "Showing {shown} of {total}" },

  filtersLabel: { zh: "筛选", en: "Filters" },
  severityFilter: { zh: "按严重程度筛选", en: "Filter by severity" },
  ruleFilter: { zh: "规则", en: "Rule" },
  allRules: { zh: "全部规则", en: "All rules" },

  findingsList: { zh: "问题列表", en: "Findings" },
  workbookLevel: { zh: "工作簿 / 工作表级问题", en: "Workbook and sheet findings" },
  projectCounts: { zh: "错误 {errors} · 警告 {warnings}", en: "{errors} errors · {warnings} warnings" },
  sheetLabel: { zh: "工作表：{sheet}", en: "Sheet: {sheet}" },
  written: { zh: "原值", en: "As written" },
  applyFix: { zh: "应用修改", en: "Apply fix" },
  // The Apply-fix button's accessible name: it starts with the visible text (WCAG 2.5.3, label in name).
  applyFixLabel: { zh: "应用修改：将 {sheet}!{cell} 改为建议值", en: "Apply fix: write the suggested value into {sheet}!{cell}" },
  goToCell: { zh: "选中单元格 {sheet}!{cell}", en: "Select cell {sheet}!{cell}" },

  fixApplied: { zh: "已将建议值写入 {sheet}!{cell}，并重新校验。", en: "Wrote the suggested value into {sheet}!{cell} and validated again." },
  cellsToChange: { zh: "需修改单元格 {n}", en: "Cells to change {n}" },
  cleared: { zh: "已恢复 {n} 个单元格的原有格式。", en: "Restored the original format of {n} cells." },
  clearedNone: { zh: "没有需要清除的标注。", en: "There were no highlights to clear." },
  markSkipped: { zh: "{n} 个单元格未能标注", en: "{n} cells could not be highlighted" },
  clearSkipped: { zh: "{n} 个单元格未能恢复", en: "{n} cells could not be restored" },
  buildSummary: { zh: "生成汇总表", en: "Build summary" },
  buildingSummary: { zh: "正在生成汇总表…", en: "Building the summary…" },
  summaryBuilt: { zh: "已生成汇总表「{sheet}」（{projects} 个项目）。", en: "Built the summary sheet \"{sheet}\" ({projects} projects)." },
  andMore: { zh: "另有 {n} 个…", en: "and {n} more…" },
  noHighlight: {
    zh: "此版本的 Excel 无法标注单元格，问题只列在面板中。",
    en: "This version of Excel cannot highlight cells; findings are listed in the pane only.",
  },

  errHostTitle: { zh: "操作未完成", en: "Could not finish" },
  "err.unsupported-host": {
    zh: "此版本的 Excel 不支持这项操作。请更新 Excel，或使用命令行工具 npx jixiao check。",
    en: "This version of Excel does not support this operation. Update Excel, or use the command line: npx jixiao check.",
  },
  "err.protected": {
    zh: "工作表或工作簿受保护，无法写入。请先撤销保护（审阅 › 撤销工作表保护），再重试。",
    en: "The sheet or workbook is protected. Unprotect it (Review › Unprotect Sheet) and try again.",
  },
  "err.busy": {
    zh: "Excel 正忙（可能正在编辑单元格）。请按 Enter 或 Esc 结束编辑后重试。",
    en: "Excel is busy (perhaps a cell is being edited). Press Enter or Esc to finish editing and try again.",
  },
  "err.too-large": {
    zh: "工作簿太大，无法一次读取。请拆分工作簿，或使用命令行工具 npx jixiao check。",
    en: "The workbook is too large to read at once. Split it, or use the command line: npx jixiao check.",
  },
  "err.changed": {
    zh: "检查之后该单元格已被修改或移动，修正未应用。请重新检查。",
    en: "The cell was edited or moved since the check, so the fix was not applied. Please check again.",
  },
  "err.failed": { zh: "Excel 报告操作失败，请重试。", en: "Excel reported a failure. Please try again." },
  "err.unknown": {
    zh: "出现了意外错误，请重试。如果反复出现，请用命令行工具 npx jixiao check 检查该文件。",
    en: "Something unexpected went wrong. Please try again; if it keeps happening, check the file with npx jixiao check.",
  },

  settings: { zh: "设置", en: "Settings" },
  profile: { zh: "规则集", en: "Profile" },
  profileShanghai: { zh: "上海（标准）", en: "Shanghai (standard)" },
  profileLenient: { zh: "宽松", en: "Lenient" },
  floor: { zh: "满意度下限（%）", en: "Satisfaction floor (%)" },
  floorHint: { zh: "满意度目标低于此值时提示", en: "Satisfaction targets below this are flagged" },
  floorInvalid: { zh: "请输入 0 到 100 之间的数字", en: "Enter a number from 0 to 100" },
  settingsInvalid: { zh: "设置有误，请先更正。", en: "Correct the settings first." },
  language: { zh: "语言", en: "Language" },
  settingsChanged: { zh: "设置已更改，重新校验后生效。", en: "Settings changed; validate again to apply them." },
  storedSettingsInvalid: { zh: "保存的设置有误，已改用默认设置：", en: "The saved settings were not valid, so the defaults are used:" },
  ruleTooltip: { zh: "规则 {id}：{docs}", en: "Rule {id}: {docs}" },

  outsideTitle: { zh: "请在 Excel 中打开", en: "Open this in Excel" },
  outsideAbout: {
    zh: "这是「绩效目标校验」Excel 加载项：在 Excel 中一键校验财政项目支出绩效目标申报表，就地标出有问题的单元格。请在 Excel（桌面版或网页版）中点击「开始 › 绩效目标 › 打开面板」。",
    en: "This is the jixiao Excel add-in: it checks project performance-target forms (绩效目标申报表) with one click and highlights problem cells in place. Open it in Excel (desktop or web): Home › Performance targets › Open pane.",
  },
  outsideCli: {
    zh: "没有 Excel（例如使用 WPS）？可用命令行：",
    en: "No Excel (e.g. on WPS)? Use the command line:",
  },
  unsupportedTitle: { zh: "此版本的 Excel 不受支持", en: "This version of Excel is not supported" },
  unsupportedBody: {
    zh: "绩效目标校验需要较新的 Excel（Microsoft 365、Excel 2021 或网页版）。也可以用命令行工具检查文件：",
    en: "jixiao needs a recent Excel (Microsoft 365, Excel 2021 or Excel on the web). You can also check the file with the command line:",
  },
  unsupportedDetail: { zh: "详情：{reason}", en: "Details: {reason}" },
  "skip.protected": { zh: "工作表受保护", en: "the sheet is protected" },
  "skip.sheet-gone": { zh: "工作表已不存在", en: "the sheet no longer exists" },
  "skip.cell-gone": { zh: "所在的行或列已被删除", en: "its row or column was deleted" },
  "skip.changed-by-user": { zh: "已被手动改色，保留您的格式", en: "recoloured by hand; your format is kept" },
  "skip.not-a-cell": { zh: "不是有效的单元格地址", en: "not a cell address" },
} as const satisfies Record<string, { zh: string; en: string }>;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return format(STRINGS[key], lang, params);
}

/** A severity's word as the pane shows it ("Errors" over a count, "Error" on one finding), from core/i18n's table. */
export function severityLabel(s: Severity, lang: Lang, number: "one" | "many"): string {
  return severityWord(s, lang, { number, capital: true });
}

/** The label before a finding's offered fix (建议 / Suggested). */
export function fixLabel(lang: Lang): string {
  return word("fix", lang, true);
}

/** What the user reads when an action fails: a localised sentence per HostError code, never a stack. */
export function errorMessage(err: unknown, lang: Lang): string {
  if (err instanceof HostError || (isHostErrorLike(err) && err.name === "HostError")) {
    return t(`err.${err.code}`, lang);
  }
  return t("err.unknown", lang);
}

function isHostErrorLike(err: unknown): err is HostError {
  if (typeof err !== "object" || err === null) return false;
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" && `err.${code}` in STRINGS;
}

/** The language Office reports ("zh-CN", "en-US"…), or the browser's outside Office. */
export function langOf(displayLanguage: string | undefined | null): Lang {
  return displayLanguage?.toLowerCase().startsWith("zh") ? "zh" : "en";
}
