import { CellRange } from "../../src/core/grid/address";
import { CellValue } from "../../src/core/grid/cell-value";
import { SheetGrid } from "../../src/core/grid/sheet-grid";

/**
 * Builds sheets laid out like the printed template, in memory, with the variants template.md names:
 * shifted origin, merged/repeated/blank 一级 and 二级, split 指标性质·指标值·计量单位 columns, extra columns,
 * a header repeated after a page break, blank rows, footers, labels with spaces or full-width forms.
 */

export type SplitValue = { nature: CellValue; value: CellValue; unit: CellValue };
/** A value with the number format its cell shows it in (a date serial is a date only under a date format). */
export type Formatted = { value: CellValue; numberFormat: string };
export const formatted = (value: CellValue, numberFormat: string): Formatted => ({ value, numberFormat });
type Field = CellValue | Formatted;
export type IndicatorRow = [level1: string, level2: string, name: CellValue, value: CellValue | SplitValue | Formatted];

export interface FormSpec {
  name: CellValue;
  nature?: CellValue;
  category?: CellValue;
  department?: CellValue;
  implementer?: CellValue;
  start?: Field;
  end?: Field;
  yearLabel?: string | null;
  funds?: Partial<Record<"projectTotal" | "projectFiscal" | "projectOther" | "annualTotal" | "appropriation" | "carryover" | "annualOther", CellValue>>;
  projectGoal?: CellValue;
  annualGoal?: CellValue;
  indicators: IndicatorRow[];
}

export interface LayoutOptions {
  /** Top-left cell of the form (1-based); default A1. */
  origin?: { row: number; col: number };
  /** How 一级/二级 are written down a group: merged (default), repeated on every row, or blank below the first. */
  levels?: "merged" | "repeated" | "blank";
  /** 指标性质 · 指标值 · 计量单位 in three columns (indicator values must then be SplitValue). */
  split?: boolean;
  /** 三级指标 merged across two columns (default true; ignored when split). */
  nameMerged?: boolean;
  title?: boolean;
  extraColumns?: string[];
  footer?: string;
  /** Print the table header again before this indicator index (a page break pasted back). */
  headerRepeatAt?: number;
  /** Leave an empty row before this indicator index. */
  blankRowAt?: number;
  /** How labels are typed. */
  labelStyle?: "plain" | "spaced" | "fullwidth";
  /** Override label texts, e.g. { 项目名称: "项目支出名称" }. */
  labels?: Record<string, string>;
  /** Rows with only a 一级/二级 (empty categories), inserted before this indicator index. */
  emptyCategoryAt?: { index: number; level1: string; level2: string };
}

export interface LaidForm {
  cells: Map<string, { row: number; col: number; value: CellValue; format?: string }>;
  merges: CellRange[];
  rows: number;
  cols: number;
}

const key = (r: number, c: number) => `${r},${c}`;

export function layForm(spec: FormSpec, opts: LayoutOptions = {}): LaidForm {
  const o = opts.origin ?? { row: 1, col: 1 };
  const split = !!opts.split;
  const nameMerged = !split && opts.nameMerged !== false;
  const cols = (split ? 7 : 6) + (opts.extraColumns?.length ?? 0);
  const cells: LaidForm["cells"] = new Map();
  const merges: CellRange[] = [];
  const label = (s: string) => styled(opts.labels?.[s] ?? s, opts.labelStyle ?? "plain");
  const put = (r: number, c: number, field: Field | undefined, format?: string) => {
    if (field === undefined || field === null) return;
    const isFormatted = typeof field === "object" && "numberFormat" in field;
    const value = isFormatted ? field.value : field;
    if (isFormatted) format = field.numberFormat;
    if (value === null) return;
    const cell: { row: number; col: number; value: CellValue; format?: string } = { row: o.row + r, col: o.col + c, value };
    if (format) cell.format = format;
    else if (typeof value === "number") cell.format = "#,##0.00";
    cells.set(key(o.row + r, o.col + c), cell);
  };
  const merge = (r1: number, c1: number, r2: number, c2: number) => {
    if (r1 === r2 && c1 === c2) return;
    merges.push({ top: o.row + r1, left: o.col + c1, bottom: o.row + r2, right: o.col + c2 });
  };
  const last = cols - 1;

  let r = 0;
  if (opts.title !== false) {
    put(r, 0, label("财政项目支出绩效目标申报表"));
    merge(r, 0, r, last);
    r++;
    if (spec.yearLabel !== null) {
      put(r, 0, spec.yearLabel ?? "(2024年度)");
      merge(r, 0, r, last);
      r++;
    }
  }
  put(r, 0, label("项目名称")); put(r, 1, spec.name); put(r, 2, label("项目性质")); put(r, 3, spec.nature ?? "经常性专项业务费"); put(r, 4, label("项目类别")); put(r, 5, spec.category ?? "特定目标类");
  r++;
  put(r, 0, label("主管部门")); put(r, 1, spec.department ?? "上海市工商业联合会"); merge(r, 1, r, 2); put(r, 3, label("实施单位")); put(r, 4, spec.implementer ?? "上海市工商业联合会"); merge(r, 4, r, 5);
  r++;
  put(r, 0, label("计划开始日期")); put(r, 1, spec.start ?? "2024-01-01"); merge(r, 1, r, 2); put(r, 3, label("计划完成日期")); put(r, 4, spec.end ?? "2024-12-31"); merge(r, 4, r, 5);
  r++;
  const f = spec.funds ?? { annualTotal: 100000, appropriation: 100000, carryover: 0, annualOther: 0 };
  put(r, 0, label("项目资金\n(元)")); merge(r, 0, r + 3, 0);
  put(r, 1, label("项目资金总额")); put(r, 2, f.projectTotal); put(r, 3, label("年度资金申请总额")); put(r, 4, f.annualTotal); merge(r, 4, r, 5);
  put(r + 1, 1, label("其中：财政资金")); put(r + 1, 2, f.projectFiscal); put(r + 1, 3, label("其中：当年财政拨款")); put(r + 1, 4, f.appropriation); merge(r + 1, 4, r + 1, 5);
  put(r + 2, 3, label("上年结转资金")); put(r + 2, 4, f.carryover); merge(r + 2, 4, r + 2, 5);
  put(r + 3, 1, label("其他资金")); put(r + 3, 2, f.projectOther); put(r + 3, 3, label("其他资金")); put(r + 3, 4, f.annualOther); merge(r + 3, 4, r + 3, 5);
  r += 4;
  put(r, 0, label("项目\n绩效\n目标")); merge(r, 0, r + 1, 0);
  put(r, 1, label("项目总目标")); merge(r, 1, r, 2); put(r, 3, label("年度总体目标")); merge(r, 3, r, 5);
  put(r + 1, 1, spec.projectGoal); merge(r + 1, 1, r + 1, 2); put(r + 1, 3, spec.annualGoal ?? "完成年度工作任务。"); merge(r + 1, 3, r + 1, 5);
  r += 2;

  const tableTop = r;
  const header = () => {
    put(r, 1, label("一级指标")); put(r, 2, label("二级指标"));
    if (split) {
      put(r, 3, label("三级指标")); put(r, 4, label("指标性质")); put(r, 5, label("指标值")); put(r, 6, label("计量单位"));
    } else {
      put(r, 3, label("三级指标")); if (nameMerged) merge(r, 3, r, 4); put(r, 5, label("年度(/项目)指标值"));
    }
    (opts.extraColumns ?? []).forEach((h, i) => put(r, (split ? 7 : 6) + i, h));
    r++;
  };
  put(r, 0, label("绩效\n指标"));
  header();

  // Runs of equal 一级 (and 二级 within it) become merges or repeats.
  let run1: { start: number; text: string } | null = null;
  let run2: { start: number; text: string } | null = null;
  const closeRun = (run: { start: number } | null, col: number, end: number) => {
    if (run && opts.levels !== "repeated" && opts.levels !== "blank") merge(run.start, col, end, col);
  };
  spec.indicators.forEach((ind, i) => {
    const breakHere = i === opts.headerRepeatAt || i === opts.blankRowAt || i === opts.emptyCategoryAt?.index;
    if (breakHere) {
      closeRun(run2, 2, r - 1); closeRun(run1, 1, r - 1);
      run1 = run2 = null;
      if (i === opts.blankRowAt) r++;
      if (i === opts.headerRepeatAt) header();
      if (i === opts.emptyCategoryAt?.index) {
        put(r, 1, opts.emptyCategoryAt.level1); put(r, 2, opts.emptyCategoryAt.level2);
        r++;
      }
    }
    const [l1, l2, name, value] = ind;
    const new1 = run1?.text !== l1;
    const new2 = new1 || run2?.text !== l2;
    if (new1) { closeRun(run2, 2, r - 1); closeRun(run1, 1, r - 1); run1 = { start: r, text: l1 }; run2 = null; }
    else if (new2) { closeRun(run2, 2, r - 1); }
    if (new2) run2 = { start: r, text: l2 };
    if (new1 || opts.levels === "repeated") put(r, 1, l1);
    if (new2 || opts.levels === "repeated") put(r, 2, l2);
    put(r, 3, name);
    if (nameMerged) merge(r, 3, r, 4);
    if (split) {
      const v = value as SplitValue;
      put(r, 4, v.nature); put(r, 5, v.value, "General"); put(r, 6, v.unit);
    } else put(r, 5, value as CellValue, typeof value === "number" ? "General" : "@");
    r++;
  });
  closeRun(run2, 2, r - 1); closeRun(run1, 1, r - 1);
  merge(tableTop, 0, r - 1, 0);
  if (opts.footer) {
    put(r, 0, opts.footer);
    r++;
  }
  return { cells, merges, rows: r, cols };
}

function styled(text: string, style: "plain" | "spaced" | "fullwidth"): string {
  if (style === "spaced") return text.split("").join(" ").replace(/ \n /g, "\n");
  if (style === "fullwidth") return text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  return text;
}

export interface Placed {
  spec: FormSpec;
  opts?: LayoutOptions;
}

/** Lays several forms on one sheet (each at its own origin) and adds loose cells (notes, scratch). */
export function sheetOf(name: string, placed: Placed[], loose: { row: number; col: number; value: CellValue; format?: string }[] = []): SheetGrid {
  const all = new Map<string, { row: number; col: number; value: CellValue; format?: string }>();
  const merges: CellRange[] = [];
  for (const p of placed) {
    const laid = layForm(p.spec, p.opts);
    for (const [k, v] of laid.cells) all.set(k, v);
    merges.push(...laid.merges);
  }
  for (const c of loose) all.set(key(c.row, c.col), c);
  return gridFromCells(name, [...all.values()], merges);
}

/** A grid from loose cells, origin at the top-left-most cell or merge (as the adapters report it). */
export function gridFromCells(name: string, cells: { row: number; col: number; value: CellValue; format?: string }[], merges: CellRange[] = []): SheetGrid {
  let top = Infinity;
  let left = Infinity;
  for (const c of cells) { top = Math.min(top, c.row); left = Math.min(left, c.col); }
  for (const m of merges) { top = Math.min(top, m.top); left = Math.min(left, m.left); }
  if (!Number.isFinite(top)) { top = 1; left = 1; }
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  for (const c of cells) {
    (values[c.row - top] ??= [])[c.col - left] = c.value;
    if (c.format) (numberFormats[c.row - top] ??= [])[c.col - left] = c.format;
  }
  return { name, origin: { row: top, col: left }, values, numberFormats, merges };
}

/** A small well-formed project: every rule stays quiet on it. */
export function cleanForm(overrides: Partial<FormSpec> = {}): FormSpec {
  return {
    name: "示例项目",
    indicators: [
      ["产出指标", "数量指标", "举办培训班", "=2.00(次)"],
      ["产出指标", "质量指标", "培训结业率", "≥95.00(%)"],
      ["产出指标", "时效指标", "完成及时率", "=100.00(%)"],
      ["效益指标", "社会效益指标", "长效管理机制", "建立"],
      ["满意度指标", "服务对象满意度指标", "培训对象满意度", "≥90.00(%)"],
    ],
    ...overrides,
  };
}
