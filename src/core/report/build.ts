import { Diagnostic } from "../diagnostic";
import { formatYMD } from "../grid/cell-value";
import { RuleRun } from "../rules/run";
import { Settings } from "../settings";
import { sumAmounts } from "../template/amounts";
import { AmountRead, Form, Indicator, WorkbookRead } from "../template/model";
import { regionAddress } from "../template/read-workbook";
import { deadlineOf } from "../rules/support";
import { deadlineSpan } from "../target/deadline";
import { TOOL } from "../version";
import { Report, ReportIndicator, ReportProject } from "./schema";

type Counts = { error: number; warning: number; info: number; cells: number };
const NONE: Counts = { error: 0, warning: 0, info: 0, cells: 0 };

export function buildReport(file: string, workbook: WorkbookRead, run: RuleRun, settings: Settings): Report {
  const counts = new Map<Form, Counts>();
  const formCells = new Map<Form, Set<string>>();
  for (const d of run.diagnostics) {
    const form = run.formOf.get(d);
    if (!form) continue;
    const c = counts.get(form) ?? { ...NONE };
    c[d.severity]++;
    counts.set(form, c);
    if (d.severity === "info") continue;
    const cells = formCells.get(form) ?? new Set<string>();
    cells.add(cellKey(d));
    formCells.set(form, cells);
    c.cells = cells.size;
  }
  const projects = workbook.forms.map((f) => projectOf(f, counts.get(f) ?? NONE));
  const bySeverity = (s: Diagnostic["severity"]) => run.diagnostics.filter((d) => d.severity === s).length;
  return {
    tool: { name: TOOL.name, version: TOOL.version },
    file,
    profile: settings.profile,
    lang: settings.lang,
    sheets: workbook.sheets.map((s) => ({ name: s.name, forms: s.forms.length, blankForms: s.blankForms })),
    projects,
    diagnostics: run.diagnostics,
    totals: {
      projects: projects.length,
      indicators: projects.reduce((n, p) => n + p.indicators.length, 0),
      errors: bySeverity("error"),
      warnings: bySeverity("warning"),
      info: bySeverity("info"),
      cells: cellsToChange(run.diagnostics),
      annualTotal: sumAmounts(projects.map((p) => p.funds.annualTotal)),
    },
    internalErrors: run.internalErrors,
  };
}

/** Info findings are worth knowing, not something to change: they do not make a cell count. */
export function cellsToChange(ds: readonly Diagnostic[]): number {
  return new Set(ds.filter((d) => d.severity !== "info").map(cellKey)).size;
}

function cellKey(d: Diagnostic): string {
  return `${d.sheet}\u0000${d.cell}`;
}

function projectOf(form: Form, c: Counts): ReportProject {
  const yuan = (a: AmountRead | undefined) => a?.amount ?? null;
  return {
    sheet: form.sheet,
    cell: form.fields.projectName.cell ?? form.anchor,
    name: form.fields.projectName.text,
    nature: form.fields.nature?.text ?? "",
    category: form.fields.category?.text ?? "",
    department: form.fields.department?.text ?? "",
    implementer: form.fields.implementer?.text ?? "",
    start: form.dates.start?.date ? formatYMD(form.dates.start.date) : null,
    end: form.dates.end?.date ? formatYMD(form.dates.end.date) : null,
    year: form.year,
    funds: {
      projectTotal: yuan(form.funds.projectTotal),
      annualTotal: yuan(form.funds.annualTotal),
      appropriation: yuan(form.funds.appropriation),
      carryover: yuan(form.funds.carryover),
      other: yuan(form.funds.annualOther),
      projectFiscal: yuan(form.funds.projectFiscal),
      projectOther: yuan(form.funds.projectOther),
    },
    fundsUnit: form.fundsScale === 10000 ? "万元" : "元",
    projectGoal: form.goals.projectGoal?.text ?? "",
    annualGoal: form.goals.annualGoal?.text ?? "",
    indicators: form.indicators.map((ind) => indicatorOf(ind, form.year)),
    errors: c.error,
    warnings: c.warning,
    info: c.info,
    cells: c.cells,
    status: c.error ? "errors" : c.warning ? "warnings" : "ok",
    region: regionAddress(form),
  };
}

function indicatorOf(ind: Indicator, formYear: number | null): ReportIndicator {
  const out: ReportIndicator = {
    level1: ind.level1,
    level2: ind.level2,
    name: ind.name,
    raw: ind.raw,
    cell: ind.cell,
    target: null,
    level1Cell: ind.level1Cell,
    level2Cell: ind.level2Cell,
    nameCell: ind.nameCell,
  };
  if (!ind.target.ok) {
    out.targetProblem = ind.target.reason;
    return out;
  }
  const t = ind.target.target;
  if (t.kind === "quantitative") {
    out.target = { kind: t.kind, op: t.op, number: t.number, unit: t.unit, notation: t.notation };
    return out;
  }
  out.target = { kind: "qualitative", op: null, number: null, unit: null, text: t.text };
  const deadline = deadlineOf(ind);
  const span = deadline ? deadlineSpan(deadline, formYear) : null;
  if (deadline) {
    out.target.kind = "deadline";
    if (span) out.target.date = formatYMD(span.to);
    if (span?.from) out.target.from = formatYMD(span.from);
  }
  return out;
}
