import { HostErrorCode, Outcome, OutcomeCommand, SKIP_REASONS, decodeOutcome } from "../app/outcome";
import { SkipReason } from "../app/ports";

type Words = { zh: string; en: string };

/**
 * The dialog a ribbon command opens to say what it did. Plain DOM and textContent only: nothing from the
 * query string is ever parsed as HTML.
 */
const TEXT = {
  title: { zh: "绩效目标校验", en: "Performance-target check" },
  validated: {
    zh: "已校验 {projects} 个项目：{errors} 个错误、{warnings} 个警告、{info} 条提示；已在 {marked} 个单元格上标注。",
    en: "Checked {projects} projects: {errors} errors, {warnings} warnings, {info} info; {marked} cells highlighted.",
  },
  // The pane shows nothing until it validates itself: say so, and what it then offers.
  openPane: {
    zh: "要逐条查看问题和修改建议，请打开面板（绩效目标 → 打开面板）并点击「一键校验」。",
    en: "To see each finding with its fix, open the pane (Performance targets → Open pane) and press Validate.",
  },
  summary: { zh: "已生成汇总表「{sheet}」（{projects} 个项目），并切换到该工作表。", en: "Built the summary sheet \"{sheet}\" ({projects} projects) and switched to it." },
  skipped: {
    protected: { zh: "{n} 个单元格所在的工作表受保护，未能标注。", en: "{n} cells were not highlighted because their sheet is protected." },
    "sheet-gone": { zh: "{n} 个单元格所在的工作表已不存在，未能标注。", en: "{n} cells were not highlighted because their sheet no longer exists." },
    "changed-by-user": { zh: "{n} 个单元格已被手动改过颜色，保留了您的格式，未作标注。", en: "{n} cells were recoloured by hand: your format was kept and they were not highlighted." },
    "cell-gone": { zh: "{n} 个单元格所在的行或列已被删除，未能标注。", en: "{n} cells were not highlighted because their row or column was deleted." },
    "not-a-cell": { zh: "{n} 条问题的位置不是有效的单元格地址，未能标注。", en: "{n} findings point at no valid cell address and were not highlighted." },
  } satisfies Record<SkipReason, Words>,
  none: { zh: "没有找到申报表（财政项目支出绩效目标申报表）。", en: "No performance-target form was found in this workbook." },
  unsupported: {
    zh: "此版本的 Excel 不支持本加载项（需要 Office 2021 或更高版本、Microsoft 365 或网页版 Excel）。也可以用命令行 npx jixiao check 检查文件。",
    en: "This Excel does not support the add-in (Office 2021 or later, Microsoft 365 or Excel on the web is needed). The command line, npx jixiao check, can check the file instead.",
  },
  failedIn: {
    validate: { zh: "校验未能完成。", en: "The check could not finish." },
    summary: { zh: "汇总表未能生成。", en: "The summary sheet could not be built." },
    unknown: { zh: "操作未能完成。", en: "The command could not finish." },
  },
  why: {
    protected: {
      validate: { zh: "工作表或工作簿受保护，无法标注。请先撤销保护（审阅 › 撤销工作表保护）后重试。", en: "A sheet or the workbook is protected, so nothing could be highlighted. Unprotect it (Review › Unprotect Sheet) and try again." },
      summary: { zh: "工作簿的结构受保护，无法添加工作表。请先撤销保护（审阅 › 保护工作簿）后重试；工作簿未作任何改动。", en: "The workbook's structure is protected, so no sheet can be added. Unprotect it (Review › Protect Workbook) and try again; nothing was changed." },
    },
    busy: {
      validate: { zh: "Excel 正忙（可能正在编辑单元格）。请按 Enter 或 Esc 结束编辑后重试。", en: "Excel is busy (perhaps a cell is being edited). Press Enter or Esc to finish editing and try again." },
      summary: { zh: "Excel 正忙（可能正在编辑单元格）。请按 Enter 或 Esc 结束编辑后重试。", en: "Excel is busy (perhaps a cell is being edited). Press Enter or Esc to finish editing and try again." },
    },
    "too-large": {
      validate: { zh: "工作簿太大，Excel 无法一次读取。请拆分工作簿，或使用命令行 npx jixiao check。", en: "The workbook is too large for Excel to read at once. Split it, or use the command line: npx jixiao check." },
      summary: { zh: "工作簿太大，Excel 无法一次处理。请用命令行生成汇总表：npx jixiao check 文件.xlsx --summary --out 副本.xlsx。", en: "The workbook is too large for Excel to handle at once. Build the summary on the command line: npx jixiao check FILE.xlsx --summary --out COPY.xlsx." },
    },
    "unsupported-host": {
      validate: { zh: "此版本的 Excel 不支持这项操作（需要 Office 2021 或更高版本、Microsoft 365 或网页版 Excel）。也可以用命令行 npx jixiao check。", en: "This Excel does not support this operation (Office 2021 or later, Microsoft 365 or Excel on the web is needed). The command line, npx jixiao check, works too." },
      summary: { zh: "此版本的 Excel 不支持这项操作（需要 Office 2021 或更高版本、Microsoft 365 或网页版 Excel）。也可以用命令行 npx jixiao check 文件.xlsx --summary。", en: "This Excel does not support this operation (Office 2021 or later, Microsoft 365 or Excel on the web is needed). The command line, npx jixiao check FILE.xlsx --summary, works too." },
    },
    changed: {
      validate: { zh: "工作簿在校验期间被修改。请重试。", en: "The workbook changed while it was being checked. Try again." },
      summary: { zh: "工作簿在生成汇总表期间被修改。请重试。", en: "The workbook changed while the summary was being built. Try again." },
    },
    failed: {
      validate: { zh: "Excel 报告操作失败。请重试；若反复出现，请用命令行 npx jixiao check 检查该文件。", en: "Excel reported a failure. Try again; if it keeps happening, check the file with npx jixiao check." },
      summary: { zh: "Excel 报告操作失败，工作簿未留下不完整的汇总表。请重试；若反复出现，请用命令行 npx jixiao check 文件.xlsx --summary。", en: "Excel reported a failure; no half-built summary sheet was left. Try again; if it keeps happening, use npx jixiao check FILE.xlsx --summary." },
    },
  } satisfies Record<HostErrorCode, Record<OutcomeCommand, Words>>,
  ok: { zh: "确定", en: "OK" },
} as const;

type Lang = "zh" | "en";

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (w, k: string) => (k in params ? String(params[k]) : w));
}

export function outcomeLines(o: Outcome, lang: Lang): string[] {
  if (o.kind === "unsupported") return [TEXT.unsupported[lang]];
  if (o.kind === "failed") {
    const why = TEXT.why[o.code] ?? TEXT.why.failed;
    return [TEXT.failedIn[o.command ?? "unknown"][lang], why[o.command ?? "validate"][lang]];
  }
  if (o.kind === "summary") return [fill(TEXT.summary[lang], { sheet: o.sheet, projects: o.projects })];
  if (o.projects === 0) return [TEXT.none[lang]];
  const lines = [fill(TEXT.validated[lang], { projects: o.projects, errors: o.errors, warnings: o.warnings, info: o.info, marked: o.marked })];
  for (const reason of SKIP_REASONS) {
    const n = o.skipped[reason];
    if (n) lines.push(fill(TEXT.skipped[reason][lang], { n }));
  }
  lines.push(TEXT.openPane[lang]);
  return lines;
}

function render(): void {
  const lang: Lang = (typeof Office !== "undefined" && Office.context?.displayLanguage ? Office.context.displayLanguage : navigator.language).toLowerCase().startsWith("zh") ? "zh" : "en";
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  const root = document.getElementById("root")!;
  const h = document.createElement("h1");
  h.textContent = TEXT.title[lang];
  root.append(h);
  for (const line of outcomeLines(decodeOutcome(window.location.search), lang)) {
    const p = document.createElement("p");
    p.textContent = line;
    root.append(p);
  }
  const ok = document.createElement("button");
  ok.textContent = TEXT.ok[lang];
  ok.addEventListener("click", () => Office.context.ui.messageParent("close"));
  root.append(ok);
  ok.focus();
}

if (typeof Office !== "undefined") void Office.onReady(render);
