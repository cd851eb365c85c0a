import { Diagnostic, Lang, Severity } from "../core/diagnostic";
import { severityWord, word } from "../core/i18n";
import { findingText } from "../core/i18n/findings";
import { Report } from "../core/report/schema";
import { STRINGS, t } from "./strings";

export interface RenderOptions {
  lang: Lang;
  color: boolean;
  /** List info findings too. */
  all: boolean;
}

const ANSI = { red: "\x1b[31m", yellow: "\x1b[33m", dim: "\x1b[2m", bold: "\x1b[1m", cyan: "\x1b[36m", reset: "\x1b[0m" };

/** The human report: totals, then findings grouped by sheet and project, each with its cell and fix. */
export function renderReport(report: Report, opts: RenderOptions): string {
  const paint = (code: string, s: string) => (opts.color ? `${code}${s}${ANSI.reset}` : s);
  const sev: Record<Severity, (s: string) => string> = {
    error: (s) => paint(ANSI.red, s),
    warning: (s) => paint(ANSI.yellow, s),
    info: (s) => paint(ANSI.dim, s),
  };
  const lines: string[] = [];
  lines.push(paint(ANSI.bold, `jixiao ${report.tool.version}`) + " · " + t(STRINGS.header, opts.lang, { file: report.file, profile: report.profile }));
  const { totals } = report;
  lines.push(t(STRINGS.totals, opts.lang, { ...totals }));
  if (!report.projects.length) lines.push(t(STRINGS.noForms, opts.lang));

  const listed = report.diagnostics.filter((d) => opts.all || d.severity !== "info");
  const groups = new Map<string, Diagnostic[]>();
  for (const d of listed) {
    if (d.rule === "sheet/not-a-form") continue; // summarised below
    const key = `${d.sheet}\u0000${d.project}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  for (const [key, ds] of groups) {
    const [sheet, project] = key.split("\u0000");
    const counts = (["error", "warning", "info"] as const)
      .map((s) => [s, ds.filter((d) => d.severity === s).length] as const)
      .filter(([, n]) => n)
      .map(([s, n]) => sev[s](`${n} ${severityWord(s, opts.lang, { number: n === 1 ? "one" : "many" })}`))
      .join(" · ");
    lines.push("");
    lines.push(`${paint(ANSI.bold, `■ ${sheet}`)}${project ? ` › ${project}` : ` ${t(STRINGS.workbookLevel, opts.lang)}`}   ${counts}`);
    for (const d of ds) {
      const fix = d.fix !== undefined && d.fix.length <= 60 ? paint(ANSI.cyan, `  → ${word("fix", opts.lang)} ${d.fix}`) : "";
      lines.push(`  ${d.cell.padEnd(6)}${sev[d.severity](severityWord(d.severity, opts.lang).padEnd(opts.lang === "zh" ? 3 : 8))} ${findingText(d, opts.lang)}${fix}  ${paint(ANSI.dim, d.rule)}`);
    }
  }

  const skipped = report.sheets.filter((s) => s.forms === 0).map((s) => s.name);
  if (skipped.length) lines.push("", t(STRINGS.skippedSheets, opts.lang, { sheets: skipped.join("、") }));
  if (!opts.all) {
    const hidden = report.diagnostics.filter((d) => d.severity === "info" && d.rule !== "sheet/not-a-form");
    if (hidden.length) {
      const byRule = new Map<string, number>();
      for (const d of hidden) byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
      const rules = [...byRule].map(([r, n]) => `${r} ×${n}`).join(", ");
      lines.push("", paint(ANSI.dim, t(STRINGS.infoHidden, opts.lang, { count: hidden.length, rules })));
    }
  }
  if (!totals.errors && !totals.warnings && report.projects.length) lines.push("", t(STRINGS.clean, opts.lang));
  return lines.join("\n") + "\n";
}
