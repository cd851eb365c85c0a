import type { Params } from "./i18n";

/**
 * A finding: plain data that the report, the highlights, the pane and the terminal all read. What it says is
 * data too, `messageId` and `params`: every front end renders the text in its own language from them
 * (core/i18n/findings), so a language switch needs no second look at the workbook.
 */

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Lang = "zh" | "en";

export interface Diagnostic {
  /** Public rule id, e.g. "target/mixed-notation". */
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address without sheet or $: the cell the user must change (a merge's top-left). */
  cell: string;
  /** 项目名称 of the form, or "" for sheet- and workbook-level findings. */
  project: string;
  /** The key of the message in the rule's catalogue (`rule` + `messageId` name the template). */
  messageId: string;
  /** The template's placeholders; a value to translate is a `{zh, en}` pair. */
  params: Params;
  /** The text in the language the check ran in (the JSON report's `lang`): for consumers that do not render. */
  message: string;
  /** The corrected value or text, when the rule can offer one. */
  fix?: string;
  /**
   * True when writing `fix` into `cell` is the correction (an "apply" button may offer it); absent when the
   * fix is a suggestion to read, or belongs elsewhere (a whole target reported at one of the several cells
   * it is written in).
   */
  fixInPlace?: boolean;
  /** The cell's content as written, when the finding is about a value. */
  value?: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function worstSeverity(ds: readonly { severity: Severity }[]): Severity | null {
  let worst: Severity | null = null;
  for (const d of ds) if (worst === null || SEVERITY_RANK[d.severity] < SEVERITY_RANK[worst]) worst = d.severity;
  return worst;
}
