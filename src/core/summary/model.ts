import { Severity } from "../diagnostic";

/** The cross-project summary (汇总表): plain data that both sheet writers and the CLI lay out. */

export const CATEGORY_COLUMNS = ["产出指标", "效益指标", "满意度指标", "成本指标"] as const;
export type CategoryColumn = (typeof CATEGORY_COLUMNS)[number];

export interface SummaryProject {
  index: number;
  file: string;
  sheet: string;
  /** The 项目名称 value cell: where the link to the form points. */
  cell: string;
  name: string;
  department: string;
  implementer: string;
  nature: string;
  category: string;
  start: string | null;
  end: string | null;
  projectTotal: number | null;
  annualTotal: number | null;
  appropriation: number | null;
  carryover: number | null;
  other: number | null;
  /** Indicator rows per 一级; rows under other 一级 names count in `otherIndicators`. */
  categories: Record<CategoryColumn, number>;
  otherIndicators: number;
  indicators: number;
  errors: number;
  warnings: number;
  info: number;
  /** Distinct cells with an error or a warning: what has to change, however many findings they carry. */
  cells: number;
  status: "ok" | "warnings" | "errors";
  /** Another file (or sheet) holds a project of the same name. */
  duplicateOf: { file: string; sheet: string } | null;
}

export interface SummaryIndicator {
  file: string;
  project: string;
  sheet: string;
  cell: string;
  level1: string;
  level2: string;
  name: string;
  raw: string;
  op: string | null;
  number: number | null;
  unit: string | null;
  /** "unreadable": there is a value, but an error value or a formula without a result, so it was not read. */
  kind: "quantitative" | "qualitative" | "deadline" | "missing" | "unreadable";
  /** Rule ids of the findings on this row's cells, worst first. */
  findings: string[];
  worst: Severity | null;
}

export interface RuleCount {
  rule: string;
  severity: Severity;
  count: number;
}

export interface CopiedIndicator {
  name: string;
  raw: string;
  projects: string[];
}

export interface SummaryModel {
  files: string[];
  projects: SummaryProject[];
  indicators: SummaryIndicator[];
  totals: {
    projects: number;
    indicators: number;
    projectTotal: number;
    annualTotal: number;
    appropriation: number;
    carryover: number;
    other: number;
    errors: number;
    warnings: number;
    info: number;
    cells: number;
  };
  findingsByRule: RuleCount[];
  copiedIndicators: CopiedIndicator[];
  /** Files that could not be read: listed on the sheet, the rest still summarised. */
  unreadable: { file: string; reason: string }[];
}
