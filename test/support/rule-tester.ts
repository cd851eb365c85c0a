import { CheckResult } from "../../src/core/check";
import { Diagnostic, Severity } from "../../src/core/diagnostic";
import { CellValue } from "../../src/core/grid/cell-value";
import { SheetGrid } from "../../src/core/grid/sheet-grid";
import { Params } from "../../src/core/i18n";
import { SettingsInput } from "../../src/core/settings";
import { Form } from "../../src/core/template/model";
import { FieldKey, FundKey, GoalKey } from "../../src/core/template/labels";
import { checkSheets } from "./check";
import { FormSpec, IndicatorRow, LayoutOptions, sheetOf, SplitValue } from "./form-grid";
import { layList, ListIndicator, ListProject } from "./list-grid";

/**
 * An ESLint-style rule tester. A case says what a form holds, not where: the tester lays it out in every
 * layout that can print it (the block template with the target in one cell, the block template with
 * 指标性质 · 指标值 · 计量单位 in columns of their own, the list layout) and checks the rule's findings in each,
 * so a rule that only works where its author looked fails here. Expected cells are logical ("the operator
 * cell of indicator 2") and are resolved through the form as read, the one thing that knows where each
 * layout puts them; where the reader puts each cell is pinned by catalogue.test.ts and test/core/template.
 */

export const LAYOUTS = ["block", "split", "list"] as const;
export type Layout = (typeof LAYOUTS)[number];

/** A target as its three parts, the way the split and list layouts print it. */
export interface Parts { op: CellValue; value: CellValue; unit: CellValue }
/**
 * A target as written: one cell's content (block), its parts (split, list), or both. Given one way, the
 * other is derived only when it means the same (canonical values, 定性 text); otherwise the case runs only
 * in the layouts that print what it gives.
 */
export type Target = CellValue | Parts | { one: CellValue; parts: Parts };
export type Indicator = [level1: string, level2: string, name: CellValue, target: Target];

export interface FormCase {
  /** The form's other fields; one the list layout does not print keeps the case in the block layouts. */
  fields?: Partial<Omit<FormSpec, "indicators">>;
  indicators?: Indicator[];
}

export type CellRef =
  | string
  | Partial<Record<Layout, string>>
  | { indicator: number; part?: "value" | "op" | "unit" | "name" | "level1" | "level2"; form?: number }
  | { field: FieldKey; form?: number }
  | { fund: FundKey; form?: number }
  | { goal: GoalKey; form?: number };

export interface Case {
  name?: string;
  /** One form, or several (each on its own sheet in the block layouts, all on one sheet in the list). */
  form?: FormCase;
  forms?: FormCase[];
  settings?: SettingsInput;
  /** The layouts the case is meant for; default every layout that can print it. */
  layouts?: readonly Layout[];
  /** Extra options of the block layouts (origin, levels, labels…); the case then skips the list. */
  block?: LayoutOptions;
  /** Sheets given as they are (not a form, several tables): run once, cells given as A1. */
  grids?: () => SheetGrid[];
}

export interface ExpectedError {
  messageId: string;
  cell?: CellRef;
  severity?: Severity;
  /** The offered fix; null: none offered. */
  fix?: string | null;
  fixInPlace?: boolean;
  params?: Params;
}

export interface InvalidCase extends Case { errors: ExpectedError[] }
export interface RuleCases { valid: Case[]; invalid: InvalidCase[] }

const ONE_OPS = /^(=|≥|≤|>|<)(-?\d+\.\d{2})(?:\(([^()（）]+)\))?$/;
const PLAIN_UNIT = /^[^()（）\s]+$/;
const COMPARISONS = new Set(["=", "≥", "≤", ">", "<"]);

function oneOf(t: Target): CellValue | undefined {
  if (t !== null && typeof t === "object" && "one" in t) return t.one;
  if (t !== null && typeof t === "object" && "op" in t) {
    const { op, value, unit } = t;
    if (op === "定性" && typeof value === "string" && unit === null) return value;
    if (typeof op === "string" && COMPARISONS.has(op) && typeof value === "number" && (unit === null || (typeof unit === "string" && PLAIN_UNIT.test(unit)))) return `${op}${value.toFixed(2)}${unit === null ? "" : `(${String(unit)})`}`;
    return undefined;
  }
  return t;
}

function partsOf(t: Target): Parts | undefined {
  if (t !== null && typeof t === "object" && "parts" in t) return t.parts;
  if (t !== null && typeof t === "object" && "op" in t) return t;
  if (typeof t !== "string") return undefined;
  const m = ONE_OPS.exec(t);
  // Only the canonical text: anything else is a different case in columns of their own.
  if (m) return { op: m[1]!, value: Number(m[2]), unit: m[3] ?? null };
  return undefined;
}

/** cleanForm()'s indicators: every rule stays quiet on them, in every layout. */
export const CLEAN: readonly Indicator[] = [
  ["产出指标", "数量指标", "举办培训班", "=2.00(次)"],
  ["产出指标", "质量指标", "培训结业率", "≥95.00(%)"],
  ["产出指标", "时效指标", "完成及时率", "=100.00(%)"],
  ["效益指标", "社会效益指标", "长效管理机制", { one: "建立", parts: { op: "定性", value: "建立", unit: null } }],
  ["满意度指标", "服务对象满意度指标", "培训对象满意度", "≥90.00(%)"],
];
export type CleanLevel2 = "数量指标" | "质量指标" | "时效指标" | "社会效益指标" | "服务对象满意度指标";

export const parts = (op: CellValue, value: CellValue, unit: CellValue): Parts => ({ op, value, unit });

/** The clean form with the indicator of one 二级 given another target (and, optionally, another name). */
export function formWith(level2: CleanLevel2, target: Target, name?: CellValue, fields?: FormCase["fields"]): FormCase {
  const indicators = CLEAN.map((r): Indicator => (r[1] === level2 ? [r[0], r[1], name === undefined ? r[2] : name, target] : r));
  return fields ? { fields, indicators } : { indicators };
}

/** The list layout prints only these of a form's fields. */
const LIST_FIELDS = new Set(["name", "department", "annualGoal", "funds"]);

function layoutsOf(c: Case): Layout[] {
  const forms = c.forms ?? [c.form ?? {}];
  const inds = forms.flatMap((f) => f.indicators ?? CLEAN);
  const can: Record<Layout, boolean> = {
    block: inds.every((i) => oneOf(i[3]) !== undefined),
    split: inds.every((i) => partsOf(i[3]) !== undefined),
    list: c.block === undefined && inds.every((i) => partsOf(i[3]) !== undefined) && forms.every((f) => Object.entries(f.fields ?? {}).every(([k, v]) =>
      LIST_FIELDS.has(k) && (k !== "funds" || Object.keys(v as object).every((fk) => fk === "annualTotal")))),
  };
  if (c.layouts) {
    const cannot = c.layouts.filter((l) => !can[l]);
    if (cannot.length) throw new Error(`case ${c.name ?? ""} cannot be laid out in ${cannot.join(", ")}`);
    return [...c.layouts];
  }
  const all = LAYOUTS.filter((l) => can[l]);
  if (!all.length) throw new Error(`case ${c.name ?? ""} fits no layout`);
  return all;
}

function specOf(f: FormCase, layout: "block" | "split"): FormSpec {
  const indicators = (f.indicators ?? CLEAN).map((i): IndicatorRow => {
    if (layout === "block") return [i[0], i[1], i[2], oneOf(i[3])!];
    const p = partsOf(i[3])!;
    const v: SplitValue = { nature: p.op, value: p.value, unit: p.unit };
    return [i[0], i[1], i[2], v];
  });
  return { name: "示例项目", ...f.fields, indicators };
}

function listProjectOf(f: FormCase): ListProject {
  const spec = { name: "示例项目", ...f.fields };
  return {
    department: spec.department ?? "上海市工商业联合会",
    name: spec.name,
    budget: spec.funds?.annualTotal ?? 100000,
    goal: spec.annualGoal ?? "完成年度工作任务。",
    indicators: (f.indicators ?? CLEAN).map((i): ListIndicator => {
      const p = partsOf(i[3])!;
      return [i[0], i[1], i[2], p.op, p.value, p.unit];
    }),
  };
}

/** The grids a case is checked on in one layout. */
export function gridsOf(c: Case, layout: Layout): SheetGrid[] {
  if (c.grids) return c.grids();
  const forms = c.forms ?? [c.form ?? {}];
  if (layout === "list") return [layList("S", forms.map(listProjectOf)).grid];
  return forms.map((f, i) => sheetOf(i === 0 ? "S" : `S${i + 1}`, [{ spec: specOf(f, layout), opts: { ...c.block, split: layout === "split" } }]));
}

export function runCase(c: Case, layout: Layout): CheckResult {
  return checkSheets(gridsOf(c, layout), c.settings ?? {});
}

/** The layouts a case runs in ("as given" for sheets given as grids). */
export function layoutsFor(c: Case): readonly (Layout | "as given")[] {
  return c.grids ? ["as given"] : layoutsOf(c);
}

interface Where { cell: string; sheet?: string }

/** A logical cell of a form names its sheet too: several forms lie on several sheets in the block layouts. */
function resolve(ref: CellRef, layout: Layout | "as given", forms: readonly Form[]): Where {
  if (typeof ref === "object" && ("indicator" in ref || "field" in ref || "fund" in ref || "goal" in ref)) {
    return { cell: resolveCell(ref, layout, forms), sheet: forms[ref.form ?? 0]!.sheet };
  }
  return { cell: resolveCell(ref, layout, forms) };
}

function resolveCell(ref: CellRef, layout: Layout | "as given", forms: readonly Form[]): string {
  if (typeof ref === "string") return ref;
  const formOf = (k: number | undefined) => {
    const f = forms[k ?? 0];
    if (!f) throw new Error(`no form ${k ?? 0} was read`);
    return f;
  };
  if ("indicator" in ref) {
    const ind = formOf(ref.form).indicators[ref.indicator - 1];
    if (!ind) throw new Error(`no indicator ${ref.indicator} was read`);
    switch (ref.part ?? "value") {
      case "value": return ind.cells.value.cell;
      // The one-cell layout writes the operator and the unit in the value cell.
      case "op": return ind.cells.op?.cell ?? ind.cells.value.cell;
      case "unit": return ind.cells.unit?.cell ?? ind.cells.value.cell;
      case "name": return ind.nameCell;
      case "level1": return ind.level1Cell;
      case "level2": return ind.level2Cell;
    }
  }
  if ("field" in ref) {
    const f = formOf(ref.form);
    const cell = ref.field === "start" || ref.field === "end" ? (f.dates[ref.field]?.cell ?? f.fields[ref.field]?.cell) : f.fields[ref.field]?.cell;
    if (!cell) throw new Error(`no ${ref.field} cell was read`);
    return cell;
  }
  if ("fund" in ref) {
    const cell = formOf(ref.form).funds[ref.fund]?.cell;
    if (!cell) throw new Error(`no ${ref.fund} cell was read`);
    return cell;
  }
  if ("goal" in ref) {
    const cell = formOf(ref.form).goals[ref.goal]?.cell;
    if (!cell) throw new Error(`no ${ref.goal} cell was read`);
    return cell;
  }
  if (layout === "as given") throw new Error("a per-layout cell needs a case laid out by the tester");
  const cell = ref[layout];
  if (cell === undefined) throw new Error(`no cell given for the ${layout} layout`);
  return cell;
}

type Seen = Record<string, unknown>;

function seen(d: Diagnostic, e: ExpectedError, where: Where | undefined): Seen {
  const s: Seen = { messageId: d.messageId };
  if (where !== undefined) s.cell = d.cell;
  if (where?.sheet !== undefined) s.sheet = d.sheet;
  if (e.severity !== undefined) s.severity = d.severity;
  if (e.fix !== undefined) s.fix = d.fix ?? null;
  if (e.fixInPlace !== undefined) s.fixInPlace = d.fixInPlace ?? false;
  if (e.params !== undefined) s.params = d.params;
  return s;
}

function wanted(e: ExpectedError, where: Where | undefined): Seen {
  const s: Seen = { messageId: e.messageId };
  if (where !== undefined) s.cell = where.cell;
  if (where?.sheet !== undefined) s.sheet = where.sheet;
  if (e.severity !== undefined) s.severity = e.severity;
  if (e.fix !== undefined) s.fix = e.fix;
  if (e.fixInPlace !== undefined) s.fixInPlace = e.fixInPlace;
  if (e.params !== undefined) s.params = e.params;
  return s;
}

const order = (a: Seen, b: Seen) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0);

/** Checks one invalid case in one layout; the findings compared keep only what the expectations name. */
export function checkInvalid(ruleId: string, c: InvalidCase, layout: Layout | "as given"): void {
  const result = c.grids ? checkSheets(c.grids(), c.settings ?? {}) : runCase(c, layout as Layout);
  const found = result.report.diagnostics.filter((d) => d.rule === ruleId);
  const cells = c.errors.map((e) => (e.cell === undefined ? undefined : resolve(e.cell, layout, result.workbook.forms)));
  // Each finding is set beside an expectation with the same message id, so that the keys compared match.
  const byId = new Map<string, number[]>();
  c.errors.forEach((e, i) => byId.set(e.messageId, [...(byId.get(e.messageId) ?? []), i]));
  const expected = c.errors.map((e, i) => wanted(e, cells[i]));
  const actual = found.map((d, k) => {
    const candidates = byId.get(d.messageId) ?? [];
    const i = candidates.find((j) => cells[j] === undefined || (cells[j]!.cell === d.cell && (cells[j]!.sheet ?? d.sheet) === d.sheet)) ?? candidates[0];
    if (i === undefined) return { messageId: d.messageId, cell: d.cell, unexpected: k };
    return seen(d, c.errors[i]!, cells[i]);
  });
  expect(actual.sort(order)).toEqual(expected.sort(order));
}

export function checkValid(ruleId: string, c: Case, layout: Layout | "as given"): void {
  const result = c.grids ? checkSheets(c.grids(), c.settings ?? {}) : runCase(c, layout as Layout);
  expect(result.report.diagnostics.filter((d) => d.rule === ruleId).map((d) => [d.messageId, d.cell])).toEqual([]);
}

const COLLECT = Symbol.for("jixiao.rule-tester.collect");
type Collector = { rule: string; cases: RuleCases }[];

/**
 * Defines the tests of one rule: every case in every layout it applies to, and the clean form in every
 * layout as one more valid case (what every rule's author assumes and no rule may break).
 */
export function ruleTester(ruleId: string, cases: RuleCases): void {
  const collector = (globalThis as Record<symbol, Collector | undefined>)[COLLECT];
  if (collector) {
    collector.push({ rule: ruleId, cases });
    return;
  }
  const label = (c: Case, i: number) => c.name ?? `#${i + 1}`;
  describe(`${ruleId} (rule tester)`, () => {
    const valid: Case[] = [{ name: "the clean form" }, ...cases.valid];
    describe("valid", () => {
      valid.forEach((c, i) => {
        for (const layout of layoutsFor(c)) test(`${label(c, i)} [${layout}]`, () => checkValid(ruleId, c, layout));
      });
    });
    describe("invalid", () => {
      cases.invalid.forEach((c, i) => {
        for (const layout of layoutsFor(c)) test(`${label(c, i)} [${layout}]`, () => checkInvalid(ruleId, c, layout));
      });
    });
  });
}

/**
 * The cases the test files give the tester, read without running them: the metadata checks observe what
 * the rules report on them. jest's globals are stubbed while the files load, so their own tests are not
 * defined again; describe bodies still run, so a tester called inside one is seen.
 */
export function collectCases(files: readonly string[]): { rule: string; file: string; cases: RuleCases }[] {
  const out: { rule: string; file: string; cases: RuleCases }[] = [];
  const g = globalThis as unknown as Record<string | symbol, unknown>;
  const names = ["describe", "test", "it", "beforeAll", "afterAll", "beforeEach", "afterEach"] as const;
  const saved = names.map((n) => g[n]);
  const noop = Object.assign(() => undefined, { each: () => () => undefined, skip: () => undefined, only: () => undefined, todo: () => undefined });
  const suite = Object.assign((_name: string, fn: () => void) => fn(), { each: () => () => undefined, skip: () => undefined, only: (_n: string, fn: () => void) => fn() });
  try {
    for (const n of names) g[n] = n === "describe" ? suite : noop;
    for (const file of files) {
      const collector: Collector = [];
      g[COLLECT] = collector;
      jest.isolateModules(() => {
        require(file);
      });
      out.push(...collector.map((c) => ({ ...c, file })));
    }
  } finally {
    names.forEach((n, i) => { g[n] = saved[i]; });
    delete g[COLLECT];
  }
  return out;
}
