import { Lang } from "../core/diagnostic";
import { ALL_RULES } from "../core/rules/registry";

/** The rule catalogue as a Markdown table, built from the rules' own metadata (the README embeds it). */
export function rulesMarkdown(lang: Lang): string {
  const head = lang === "zh" ? "| 规则 id | 名称 | 级别 | 检查内容 | 建议修改 |\n|---|---|---|---|---|" : "| rule id | title | severity | fires when | fix offered |\n|---|---|---|---|---|";
  const rows = ALL_RULES.map((r) => {
    const sev = (r.meta.severities ?? [r.meta.severity]).join(" / ");
    const escape = (s: string) => s.replace(/\|/g, "\\|");
    return `| \`${r.meta.id}\` | ${escape(r.meta.title[lang])} | ${sev} | ${escape(r.meta.docs[lang])} | ${r.meta.fix ? escape(r.meta.fix[lang]) : "—"} |`;
  });
  return [head, ...rows].join("\n");
}
