import { Diagnostic, SEVERITY_RANK, Severity } from "../core/diagnostic";
import { compareA1 } from "../core/grid/address";
import { Report } from "../core/report/schema";
import { RULE_IDS } from "../core/rules/registry";

/** How the pane arranges a report's findings: pure functions, so the components only draw. */

export interface Filter {
  severities: ReadonlySet<Severity>;
  /** A rule id, or null for every rule. */
  rule: string | null;
}

export interface SheetGroup {
  sheet: string;
  findings: Diagnostic[];
}

export interface ProjectGroup {
  /** Stable key: the project's name, "" for workbook- and sheet-level findings. */
  key: string;
  project: string;
  errors: number;
  warnings: number;
  info: number;
  sheets: SheetGroup[];
  /** Findings that pass the filter. */
  shown: number;
}

export function matches(d: Diagnostic, filter: Filter): boolean {
  return filter.severities.has(d.severity) && (filter.rule === null || d.rule === filter.rule);
}

/**
 * Findings by project (in the workbook's order, workbook-level last), then by sheet, then by cell.
 * Counts are over all the group's findings; `sheets` hold only the ones the filter lets through.
 */
export function groupFindings(report: Report, filter: Filter): ProjectGroup[] {
  const order = new Map<string, number>();
  report.projects.forEach((p, i) => {
    if (!order.has(p.name)) order.set(p.name, i);
  });
  const groups = new Map<string, ProjectGroup>();
  const sheetMaps = new Map<string, Map<string, SheetGroup>>();
  for (const d of report.diagnostics) {
    let g = groups.get(d.project);
    if (!g) {
      g = { key: d.project, project: d.project, errors: 0, warnings: 0, info: 0, sheets: [], shown: 0 };
      groups.set(d.project, g);
      sheetMaps.set(d.project, new Map());
    }
    if (d.severity === "error") g.errors++;
    else if (d.severity === "warning") g.warnings++;
    else g.info++;
    if (!matches(d, filter)) continue;
    const sheets = sheetMaps.get(d.project)!;
    let s = sheets.get(d.sheet);
    if (!s) {
      s = { sheet: d.sheet, findings: [] };
      sheets.set(d.sheet, s);
      g.sheets.push(s);
    }
    s.findings.push(d);
    g.shown++;
  }
  for (const g of groups.values()) {
    for (const s of g.sheets) {
      s.findings.sort((a, b) => compareA1(a.cell, b.cell) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    }
  }
  const rank = (g: ProjectGroup) => (g.key === "" ? Number.MAX_SAFE_INTEGER : (order.get(g.key) ?? Number.MAX_SAFE_INTEGER - 1));
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

/** The rule ids that occur in the report, in the catalogue's order (unknown ids last), with counts. */
export function rulesPresent(report: Report): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const d of report.diagnostics) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
  const known = RULE_IDS.filter((id) => counts.has(id));
  const unknown = [...counts.keys()].filter((id) => !RULE_IDS.includes(id)).sort();
  return [...known, ...unknown].map((id) => ({ id, count: counts.get(id)! }));
}

/** A stable key for one finding (a cell can carry several rules' findings), the same in either language. */
export function findingKey(d: Diagnostic): string {
  return `${d.sheet}\u0000${d.cell}\u0000${d.rule}\u0000${d.messageId}\u0000${JSON.stringify(d.params)}`;
}
