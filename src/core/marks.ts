import { compareA1 } from "./grid/address";
import { Diagnostic, Lang, SEVERITY_RANK } from "./diagnostic";
import { word } from "./i18n";
import { findingText } from "./i18n/findings";

/**
 * What an adapter paints on one cell: the worst severity among its findings and a note listing them.
 * Info findings are never painted (rules.md: "never highlighted as a problem").
 */
export interface CellMark {
  sheet: string;
  cell: string;
  severity: "error" | "warning";
  /** One line per finding, in the language asked for: "[rule] message (建议: fix)". */
  note: string;
  rules: string[];
}

export const NOTE_AUTHOR = "jixiao";
/**
 * Fill colours: error and warning told apart at a glance, and both readable with black text. Each is one
 * step off the fill of Excel's built-in 差 / 适中 (Bad / Neutral) cell styles, which look the same: a cell that
 * wears exactly this colour is jixiao's paint, never a style the user picked, so it is never taken for the
 * cell's own fill.
 */
export const MARK_FILL = { error: "#FFC7CD", warning: "#FFEB9B" } as const;
export const MARK_FONT = { error: "#9C0006", warning: "#9C5700" } as const;

/** Is this colour one jixiao paints? */
export function isMarkFill(color: string | null | undefined): boolean {
  const c = color?.toUpperCase();
  return c === MARK_FILL.error || c === MARK_FILL.warning;
}

export function marksFrom(diagnostics: readonly Diagnostic[], lang: Lang = "zh"): CellMark[] {
  const byCell = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.severity === "info") continue;
    const key = `${d.sheet}\u0000${d.cell}`;
    const list = byCell.get(key);
    if (list) list.push(d);
    else byCell.set(key, [d]);
  }
  const marks: CellMark[] = [];
  for (const list of byCell.values()) {
    list.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    const first = list[0]!;
    const fixWord = word("fix", lang);
    marks.push({
      sheet: first.sheet,
      cell: first.cell,
      severity: first.severity === "error" ? "error" : "warning",
      note: list.map((d) => `[${d.rule}] ${findingText(d, lang)}${d.fix !== undefined ? ` (${fixWord}: ${d.fix})` : ""}`).join("\n"),
      rules: [...new Set(list.map((d) => d.rule))],
    });
  }
  return marks.sort((a, b) => (a.sheet === b.sheet ? compareA1(a.cell, b.cell) : a.sheet < b.sheet ? -1 : 1));
}
