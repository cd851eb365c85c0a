import * as z from "zod/mini";
import { SEVERITIES } from "../diagnostic";
import { OPERATORS } from "../target/model";
import { PROFILES } from "../profiles";

/**
 * The JSON report: the contract other tools, the pane and the tests read (outputs.md). Field names
 * shown there are fixed; everything else here is an addition.
 */

const Amount = z.nullable(z.number());

export const TargetSchema = z.object({
  /** "deadline" only under 时效指标; a date under any other 二级 is qualitative text (rules.md). */
  kind: z.enum(["quantitative", "qualitative", "deadline"]),
  op: z.nullable(z.enum(OPERATORS)),
  number: z.nullable(z.number()),
  unit: z.nullable(z.string()),
  notation: z.optional(z.enum(["arabic", "chinese", "mixed"])),
  text: z.optional(z.string()),
  /** A deadline's latest day, yyyy-mm-dd (a month's last day; a month without a year is in the form's year). */
  date: z.optional(z.string()),
  /** A period's first day, yyyy-mm-dd. */
  from: z.optional(z.string()),
});

export const IndicatorSchema = z.object({
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  raw: z.string(),
  cell: z.string(),
  target: z.nullable(TargetSchema),
  /**
   * Why `target` is null: the value is blank, an error value, or a formula the file holds no calculated
   * result for ("no-result"; `raw` is then the formula, "=B5*2").
   */
  targetProblem: z.optional(z.enum(["empty", "error-value", "no-result"])),
  level1Cell: z.string(),
  level2Cell: z.string(),
  nameCell: z.string(),
});

export const ProjectSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  name: z.string(),
  nature: z.string(),
  category: z.string(),
  department: z.string(),
  implementer: z.string(),
  start: z.nullable(z.string()),
  end: z.nullable(z.string()),
  year: z.nullable(z.number()),
  funds: z.object({
    projectTotal: Amount,
    annualTotal: Amount,
    appropriation: Amount,
    carryover: Amount,
    other: Amount,
    projectFiscal: Amount,
    projectOther: Amount,
  }),
  /** The unit the form states its money in; `funds` are always in 元. */
  fundsUnit: z.enum(["元", "万元"]),
  projectGoal: z.string(),
  annualGoal: z.string(),
  indicators: z.array(IndicatorSchema),
  errors: z.int(),
  warnings: z.int(),
  info: z.int(),
  /** Distinct cells of this form with an error or a warning: what the user has to change. */
  cells: z.int(),
  status: z.enum(["ok", "warnings", "errors"]),
  region: z.string(),
});

/** A message parameter: text, a number, or a `{zh, en}` pair to translate. */
export const ParamSchema = z.union([z.string(), z.number(), z.object({ zh: z.string(), en: z.string() })]);

export const DiagnosticSchema = z.object({
  rule: z.string(),
  severity: z.enum(SEVERITIES),
  sheet: z.string(),
  cell: z.string(),
  project: z.string(),
  /** The message's key in the rule's catalogue: with `rule`, it names the template (e.g. "mixed"). */
  messageId: z.string(),
  /** The template's placeholders; a value that is translated is a `{zh, en}` pair. */
  params: z.record(z.string(), ParamSchema),
  /** The text, in the report's `lang`. */
  message: z.string(),
  fix: z.optional(z.string()),
  /** Writing `fix` into `cell` is the correction. */
  fixInPlace: z.optional(z.boolean()),
  value: z.optional(z.string()),
});

export const ReportSchema = z.object({
  tool: z.object({ name: z.literal("jixiao"), version: z.string() }),
  file: z.string(),
  profile: z.enum(PROFILES),
  lang: z.enum(["zh", "en"]),
  sheets: z.array(z.object({ name: z.string(), forms: z.int(), blankForms: z.int() })),
  projects: z.array(ProjectSchema),
  diagnostics: z.array(DiagnosticSchema),
  totals: z.object({
    projects: z.int(),
    indicators: z.int(),
    errors: z.int(),
    warnings: z.int(),
    info: z.int(),
    /**
     * Distinct (sheet, cell) with an error or a warning: the cells that need a change, whatever the number
     * of findings on them (rules.md, "One mistake, one finding").
     */
    cells: z.int(),
    annualTotal: z.number(),
  }),
  /** Rules that failed on this workbook (a jixiao bug); empty in a healthy run. */
  internalErrors: z.array(z.object({ rule: z.string(), message: z.string() })),
});

export type Report = z.infer<typeof ReportSchema>;
export type ReportProject = z.infer<typeof ProjectSchema>;
export type ReportIndicator = z.infer<typeof IndicatorSchema>;
