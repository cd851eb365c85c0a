import { Diagnostic, SEVERITY_RANK, Severity, worstSeverity } from "../diagnostic";
import { Report, ReportIndicator, ReportProject } from "../report/schema";
import { sumAmounts } from "../template/amounts";
import { labelKey } from "../text/normalize";
import { CATEGORY_COLUMNS, CategoryColumn, SummaryIndicator, SummaryModel, SummaryProject } from "./model";

export interface SummarySource {
  /** The file name as the user knows it; rows name it so consolidated sheets show where each came from. */
  file: string;
  report: Report;
}

/** One summary over one or many workbooks' reports. Pure: the same reports give the same sheet. */
export function buildSummary(sources: readonly SummarySource[], unreadable: SummaryModel["unreadable"] = []): SummaryModel {
  const projects: SummaryProject[] = [];
  const indicators: SummaryIndicator[] = [];
  const firstByName = new Map<string, { file: string; sheet: string }>();
  for (const { file, report } of sources) {
    const byCell = findingsByCell(report.diagnostics);
    for (const p of report.projects) {
      const key = labelKey(p.name);
      const first = key ? firstByName.get(key) : undefined;
      if (key && !first) firstByName.set(key, { file, sheet: p.sheet });
      projects.push(projectRow(projects.length + 1, file, p, first ?? null));
      for (const ind of p.indicators) indicators.push(indicatorRow(file, p, ind, byCell));
    }
  }
  const sum = (pick: (p: SummaryProject) => number | null) => sumAmounts(projects.map(pick));
  const allDiagnostics = sources.flatMap((s) => s.report.diagnostics);
  return {
    files: sources.map((s) => s.file),
    projects,
    indicators,
    totals: {
      projects: projects.length,
      indicators: indicators.length,
      projectTotal: sum((p) => p.projectTotal),
      annualTotal: sum((p) => p.annualTotal),
      appropriation: sum((p) => p.appropriation),
      carryover: sum((p) => p.carryover),
      other: sum((p) => p.other),
      errors: projects.reduce((n, p) => n + p.errors, 0),
      warnings: projects.reduce((n, p) => n + p.warnings, 0),
      info: projects.reduce((n, p) => n + p.info, 0),
      cells: projects.reduce((n, p) => n + p.cells, 0),
    },
    findingsByRule: countByRule(allDiagnostics),
    copiedIndicators: copies(indicators),
    unreadable,
  };
}

function projectRow(index: number, file: string, p: ReportProject, duplicateOf: SummaryProject["duplicateOf"]): SummaryProject {
  const categories = Object.fromEntries(CATEGORY_COLUMNS.map((c) => [c, 0])) as Record<CategoryColumn, number>;
  let otherIndicators = 0;
  for (const ind of p.indicators) {
    const l1 = labelKey(ind.level1) as CategoryColumn;
    if ((CATEGORY_COLUMNS as readonly string[]).includes(l1)) categories[l1]++;
    else otherIndicators++;
  }
  return {
    index,
    file,
    sheet: p.sheet,
    cell: p.cell,
    name: p.name,
    department: p.department,
    implementer: p.implementer,
    nature: p.nature,
    category: p.category,
    start: p.start,
    end: p.end,
    projectTotal: p.funds.projectTotal,
    annualTotal: p.funds.annualTotal,
    appropriation: p.funds.appropriation,
    carryover: p.funds.carryover,
    other: p.funds.other,
    categories,
    otherIndicators,
    indicators: p.indicators.length,
    errors: p.errors,
    warnings: p.warnings,
    info: p.info,
    cells: p.cells,
    status: p.status,
    duplicateOf,
  };
}

/** Findings keyed by sheet and cell; an indicator row collects those on any of its cells. */
function findingsByCell(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const map = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const k = `${d.sheet}\u0000${d.cell}`;
    const list = map.get(k);
    if (list) list.push(d);
    else map.set(k, [d]);
  }
  return map;
}

function indicatorRow(file: string, p: ReportProject, ind: ReportIndicator, byCell: Map<string, Diagnostic[]>): SummaryIndicator {
  const cells = new Set([ind.cell, ind.nameCell, ind.level1Cell, ind.level2Cell]);
  const found = [...cells].flatMap((c) => byCell.get(`${p.sheet}\u0000${c}`) ?? []).filter((d) => d.project === p.name);
  found.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const t = ind.target;
  return {
    file,
    project: p.name,
    sheet: p.sheet,
    cell: ind.cell,
    level1: ind.level1,
    level2: ind.level2,
    name: ind.name,
    raw: ind.raw,
    op: t?.op ?? null,
    number: t?.number ?? null,
    unit: t?.unit ?? null,
    kind: t ? t.kind : ind.targetProblem === "error-value" || ind.targetProblem === "no-result" ? "unreadable" : "missing",
    findings: [...new Set(found.map((d) => d.rule))],
    worst: worstSeverity(found),
  };
}

function countByRule(diagnostics: readonly Diagnostic[]): SummaryModel["findingsByRule"] {
  const counts = new Map<string, { severity: Severity; count: number }>();
  for (const d of diagnostics) {
    const c = counts.get(d.rule);
    if (!c) counts.set(d.rule, { severity: d.severity, count: 1 });
    else {
      c.count++;
      if (SEVERITY_RANK[d.severity] < SEVERITY_RANK[c.severity]) c.severity = d.severity;
    }
  }
  return [...counts]
    .map(([rule, c]) => ({ rule, ...c }))
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.count - a.count || (a.rule < b.rule ? -1 : 1));
}

/** The same 三级指标 and value in two or more projects: what a reviewer checks for copy-paste. */
function copies(indicators: readonly SummaryIndicator[]): SummaryModel["copiedIndicators"] {
  const groups = new Map<string, { name: string; raw: string; projects: Set<string> }>();
  for (const ind of indicators) {
    // A value that could not be read (an error value, a formula without a result) says nothing about copying.
    if (!ind.name || !ind.raw || ind.kind === "unreadable") continue;
    const k = `${labelKey(ind.name)}\u0000${labelKey(ind.raw)}`;
    const g = groups.get(k) ?? { name: ind.name, raw: ind.raw, projects: new Set<string>() };
    g.projects.add(ind.project);
    groups.set(k, g);
  }
  return [...groups.values()]
    .filter((g) => g.projects.size > 1)
    .map((g) => ({ name: g.name, raw: g.raw, projects: [...g.projects] }))
    .sort((a, b) => b.projects.length - a.projects.length || (a.name < b.name ? -1 : 1));
}
