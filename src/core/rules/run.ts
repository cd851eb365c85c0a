import { parseA1 } from "../grid/address";
import { Diagnostic, SEVERITY_RANK } from "../diagnostic";
import { format } from "../i18n";
import { profileSpec, ProfileSpec } from "../profiles";
import { Settings } from "../settings";
import { taxonomyFor } from "../taxonomy";
import { Form, WorkbookRead } from "../template/model";
import { ALL_RULES } from "./registry";
import { FindingInput, Rule } from "./types";

export interface RuleRun {
  diagnostics: Diagnostic[];
  /** The form each diagnostic belongs to (absent for sheet- and workbook-level findings). */
  formOf: Map<Diagnostic, Form>;
  /** Rules that failed on this workbook: a jixiao bug, reported rather than crashing the whole check. */
  internalErrors: { rule: string; message: string }[];
  /**
   * Findings left out because another on the same cell offered the same fix. The rules avoid such pairs
   * themselves, so this stays empty on every form the tests know; it is here so that they can say so.
   */
  repeatedFixes: Diagnostic[];
}

/**
 * Runs every enabled rule over a read workbook. A rule that throws is a bug in jixiao, not in the user's
 * workbook: it is listed in `internalErrors` and the other rules still run. `profile` is the settings'
 * profile unless one is given as data (a profile is nothing but that data).
 */
export function runRules(
  workbook: WorkbookRead,
  settings: Settings,
  rules: readonly Rule[] = ALL_RULES,
  profile: ProfileSpec = profileSpec(settings.profile),
): RuleRun {
  const disabled = new Set(settings.disabledRules);
  const taxonomy = taxonomyFor(profile);
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const formOf = new Map<Diagnostic, Form>();
  const internalErrors: RuleRun["internalErrors"] = [];
  for (const rule of rules) {
    if (disabled.has(rule.meta.id)) continue;
    const report = (f: FindingInput<string>) => {
      const message = rule.messages[f.message];
      const d: Diagnostic = {
        rule: rule.meta.id,
        severity: f.severity ?? profile.severities[rule.meta.id] ?? rule.meta.severity,
        sheet: f.form?.sheet ?? f.sheet ?? "",
        cell: f.cell,
        project: f.form?.fields.projectName.text ?? "",
        messageId: f.message,
        params: f.params ?? {},
        message: message ? format(message, settings.lang, f.params) : f.message,
      };
      if (f.fix !== undefined) d.fix = f.fix;
      // Only ever true, and only with a fix: the pane's "apply" button reads it as a yes/no.
      if (f.fixInPlace && f.fix !== undefined) d.fixInPlace = true;
      if (f.value !== undefined) d.value = f.value;
      const key = `${d.rule}\u0000${d.sheet}\u0000${d.cell}\u0000${d.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      diagnostics.push(d);
      if (f.form) formOf.set(d, f.form);
    };
    try {
      rule.check({ workbook, settings, profile, taxonomy, report });
    } catch (e) {
      internalErrors.push({ rule: rule.meta.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  const kept = withoutRepeatedFixes(diagnostics);
  const repeatedFixes = diagnostics.filter((d) => !kept.has(d));
  for (const d of repeatedFixes) formOf.delete(d);
  const sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  const keyed = diagnostics.filter((d) => kept.has(d)).map((d) => {
    const pos = parseA1(d.cell);
    return { d, sheet: sheetOrder.get(d.sheet) ?? -1, row: pos?.row ?? 0, col: pos?.col ?? 0 };
  });
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col || (a.d.rule < b.d.rule ? -1 : a.d.rule > b.d.rule ? 1 : 0));
  diagnostics.length = 0;
  for (const k of keyed) diagnostics.push(k.d);
  return { diagnostics, formOf, internalErrors, repeatedFixes };
}

/**
 * One mistake, one finding (rules.md): two findings on one cell that offer the same fix are one correction,
 * so a user would count one cell as two mistakes. The rules avoid it themselves; this is the guarantee for
 * the pairs nobody foresaw. The worse finding stays, and of equals the one from the rule listed first.
 */
function withoutRepeatedFixes(ds: readonly Diagnostic[]): Set<Diagnostic> {
  const byFix = new Map<string, Diagnostic>();
  for (const d of ds) {
    if (d.fix === undefined) continue;
    const key = `${d.sheet}\u0000${d.cell}\u0000${d.fix}`;
    const held = byFix.get(key);
    if (!held || SEVERITY_RANK[d.severity] < SEVERITY_RANK[held.severity]) byFix.set(key, d);
  }
  const winners = new Set(byFix.values());
  return new Set(ds.filter((d) => d.fix === undefined || winners.has(d)));
}
