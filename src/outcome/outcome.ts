import { Outcome, decodeOutcome } from "../app/outcome";

/**
 * The dialog a ribbon command opens to say what it did. Plain DOM and textContent only: nothing from the
 * query string is ever parsed as HTML.
 */
const TEXT = {
  title: { zh: "绩效目标校验", en: "Performance-target check" },
  validated: {
    zh: "已校验 {projects} 个项目：{errors} 个错误、{warnings} 个警告、{info} 条提示；已在 {marked} 个单元格上标注。打开「绩效目标 → 打开面板」查看每一条。",
    en: "Checked {projects} projects: {errors} errors, {warnings} warnings, {info} info; {marked} cells highlighted. Open the pane (Performance targets → Open pane) to see each finding.",
  },
  summary: { zh: "已生成汇总表「{sheet}」（{projects} 个项目），并切换到该工作表。", en: "Built the summary sheet \"{sheet}\" ({projects} projects) and switched to it." },
  skipped: { zh: "另有 {skipped} 个单元格因工作表受保护未能标注。", en: "{skipped} cells were not highlighted because their sheet is protected." },
  none: { zh: "没有找到申报表（财政项目支出绩效目标申报表）。", en: "No performance-target form was found in this workbook." },
  unsupported: { zh: "此版本的 Excel 不支持本加载项（需要 Office 2019 或更高版本，或 Microsoft 365）。", en: "This Excel does not support the add-in (Office 2019 or later, or Microsoft 365, is needed)." },
  failed: { zh: "校验未能完成（{code}）。请关闭正在编辑的单元格后重试。", en: "The check could not finish ({code}). Leave cell editing and try again." },
  ok: { zh: "确定", en: "OK" },
} as const;

type Lang = "zh" | "en";

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (w, k: string) => (k in params ? String(params[k]) : w));
}

export function outcomeLines(o: Outcome, lang: Lang): string[] {
  if (o.kind === "unsupported") return [TEXT.unsupported[lang]];
  if (o.kind === "failed") return [fill(TEXT.failed[lang], { code: o.code })];
  if (o.kind === "summary") return [fill(TEXT.summary[lang], o)];
  if (o.projects === 0) return [TEXT.none[lang]];
  const lines = [fill(TEXT.validated[lang], o)];
  if (o.skipped) lines.push(fill(TEXT.skipped[lang], o));
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
