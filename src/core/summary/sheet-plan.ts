import { CellRange, columnLetters, parseA1, toA1 } from "../grid/address";
import { ymdToSerial } from "../grid/cell-value";
import { Lang } from "../diagnostic";
import { SEVERITY_WORDS, WORDS, capitalised, severityWord } from "../i18n";
import { ruleTitle } from "../i18n/findings";
import { TOOL } from "../version";
import { CATEGORY_COLUMNS, SummaryModel } from "./model";

/**
 * The summary sheet as data: every cell (value, number format, formula, link), the Excel tables, the charts
 * and column widths. Both writers (office.js in Excel, exceljs for the CLI) paint this same plan, so the
 * sheet is the same wherever it is built.
 */

export interface PlanCell {
  value: string | number | null;
  /** A live formula (without "="); `value` is its current result for writers that cannot compute. */
  formula?: string;
  numberFormat?: string;
  /** A link to a cell of a form: in this workbook, or in the source file it names (a consolidated summary). */
  link?: { file: string; sheet: string; cell: string };
  bold?: boolean;
  /** Text colour for status words. */
  color?: string;
}

export interface PlanTable {
  /** ASCII, unique in a workbook. */
  name: string;
  range: CellRange;
}

export interface PlanChart {
  kind: "bar" | "column";
  title: string;
  /** The category labels and the values, each one column with its header cell. */
  categories: CellRange;
  values: CellRange;
  /** Where the chart's top-left sits: right of every filled cell in the rows it covers, below the other chart. */
  anchor: { row: number; col: number };
  /** The chart's size in points (Excel's own default is 360×216, too small for a dozen project names). */
  width: number;
  height: number;
}

export interface SheetPlan {
  /** The name the summary sheet wants (a user's sheet of that name is never replaced; writers pick another). */
  name: string;
  cells: Map<string, PlanCell>;
  tables: PlanTable[];
  charts: PlanChart[];
  columnWidths: number[];
}


export const MONEY_FORMAT = "#,##0.00";
export const DATE_FORMAT = "yyyy-mm-dd";
import { SUMMARY_SHEET } from "./owner";
export { OWNER_NAME, SUMMARY_SHEET } from "./owner";

const T = {
  title: { zh: "绩效目标汇总表", en: "Performance-target summary" },
  subtitle: { zh: "来源：{files} · {projects} 个项目 · {indicators} 条指标 · {errors} 个错误 · {warnings} 个警告 · {cells} 个单元格需要修改 · 由 jixiao {version} 生成", en: "From {files} · {projects} projects · {indicators} indicators · {errors} errors · {warnings} warnings · {cells} cells need a change · made by jixiao {version}" },
  projects: { zh: "一、项目", en: "1. Projects" },
  rules: { zh: "二、按规则统计的问题", en: "2. Findings by rule" },
  money: { zh: "三、各项目年度资金申请总额", en: "3. Annual amount by project" },
  indicators: { zh: "四、指标明细", en: "4. Indicators" },
  copies: { zh: "五、多个项目中相同的指标", en: "5. Indicators repeated across projects" },
  unreadable: { zh: "未能读取的文件", en: "Files that could not be read" },
  total: { zh: "合计", en: "Total" },
  status: { ok: { zh: "通过", en: "OK" }, warnings: { zh: "有警告", en: "Warnings" }, errors: { zh: "有错误", en: "Errors" } },
  kind: { quantitative: { zh: "定量", en: "quantitative" }, qualitative: { zh: "定性", en: "qualitative" }, deadline: { zh: "时限", en: "deadline" }, missing: { zh: "未填", en: "missing" }, unreadable: { zh: "无法读取", en: "unreadable" } },
  duplicate: { zh: "与 {file}「{sheet}」重名", en: "same name as {file} \"{sheet}\"" },
} as const;

/** A column counting one severity: the severity words' table, plural (错误 / Errors). */
function countHeader(s: "error" | "warning"): [string, string, number] {
  return [SEVERITY_WORDS[s].many.zh, capitalised(SEVERITY_WORDS[s].many.en), 8];
}

const PROJECT_HEADERS: [zh: string, en: string, width: number][] = [
  ["序号", "No.", 6], ["项目名称", "Project", 30], ["来源文件", "File", 18], ["工作表", "Sheet", 18], ["主管部门", "Department", 18],
  ["实施单位", "Implementer", 18], ["项目性质", "Nature", 14], ["项目类别", "Category", 12], ["计划开始日期", "Start", 12], ["计划完成日期", "End", 12],
  ["项目资金总额", "Project total", 16], ["年度资金申请总额", "Annual amount", 16], ["当年财政拨款", "Appropriation", 16], ["上年结转资金", "Carry-over", 14], ["其他资金", "Other funds", 14],
  ...CATEGORY_COLUMNS.map((c): [string, string, number] => [c, c, 10]),
  ["指标数", "Indicators", 8], countHeader("error"), countHeader("warning"), ["需修改单元格", "Cells to change", 10], ["状态", "Status", 10], ["备注", "Note", 24],
];
const INDICATOR_HEADERS: [string, string][] = [
  ["项目名称", "Project"], ["来源文件", "File"], ["一级指标", "Level 1"], ["二级指标", "Level 2"], ["三级指标", "Indicator"], ["指标值（原文）", "Target as written"],
  ["运算符", "Operator"], ["数值", "Number"], ["单位", "Unit"], ["定量/定性", "Kind"], ["问题", "Findings"], ["单元格", "Cell"],
];

const STATUS_COLOR = { ok: "#107C10", warnings: "#9C5700", errors: "#9C0006" } as const;

/** Every chart's size, in points. */
export const CHART_SIZE = { width: 420, height: 240 } as const;
/**
 * The row height charts are laid out with: 14.25 pt is the default row of 等线 11 (Chinese Excel), a little
 * less than Calibri 11's 15 pt, so a chart counted in 14.25-pt rows covers at least as many rows in either.
 */
const ROW_POINTS = 14.25;

export function summarySheetPlan(model: SummaryModel, lang: Lang): SheetPlan {
  const cells = new Map<string, PlanCell>();
  const tables: PlanTable[] = [];
  const charts: PlanChart[] = [];
  const put = (row: number, col: number, cell: PlanCell) => cells.set(toA1(row, col), cell);
  const text = (v: string | null | undefined): PlanCell => ({ value: v ?? "" });
  const money = (v: number | null): PlanCell => ({ value: v, numberFormat: MONEY_FORMAT });
  const date = (iso: string | null): PlanCell => (iso ? { value: ymdToSerial({ year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10) }), numberFormat: DATE_FORMAT } : { value: null });
  const fill = (tpl: string, params: Record<string, string | number>) => tpl.replace(/\{(\w+)\}/g, (w, k: string) => (k in params ? String(params[k]) : w));

  put(1, 1, { value: T.title[lang], bold: true });
  put(2, 1, { value: fill(T.subtitle[lang], { ...model.totals, files: model.files.join("、"), version: TOOL.version }) });

  // 1. Projects, with a totals row of live formulas under the table.
  let row = 4;
  put(row, 1, { value: T.projects[lang], bold: true });
  const head = ++row;
  PROJECT_HEADERS.forEach(([zh, en], i) => put(head, i + 1, { value: lang === "zh" ? zh : en, bold: true }));
  for (const p of model.projects) {
    row++;
    const note = p.duplicateOf ? fill(T.duplicate[lang], p.duplicateOf) : "";
    const values: PlanCell[] = [
      { value: p.index }, { value: p.name, link: { file: p.file, sheet: p.sheet, cell: p.cell } }, text(p.file), text(p.sheet), text(p.department),
      text(p.implementer), text(p.nature), text(p.category), date(p.start), date(p.end),
      money(p.projectTotal), money(p.annualTotal), money(p.appropriation), money(p.carryover), money(p.other),
      ...CATEGORY_COLUMNS.map((c) => ({ value: p.categories[c] })),
      { value: p.indicators }, { value: p.errors }, { value: p.warnings }, { value: p.cells }, { value: T.status[p.status][lang], color: STATUS_COLOR[p.status] }, text(note),
    ];
    values.forEach((c, i) => put(row, i + 1, c));
  }
  const lastProjectRow = Math.max(row, head + 1);
  if (row === head) row++; // an empty table still needs its one data row
  tables.push({ name: "jixiao_projects", range: { top: head, left: 1, bottom: lastProjectRow, right: PROJECT_HEADERS.length } });
  const totalRow = lastProjectRow + 1;
  put(totalRow, 2, { value: T.total[lang], bold: true });
  const sums: [number, number][] = [
    [11, model.totals.projectTotal], [12, model.totals.annualTotal], [13, model.totals.appropriation], [14, model.totals.carryover], [15, model.totals.other],
  ];
  const counts: [number, number][] = [
    ...CATEGORY_COLUMNS.map((c, i): [number, number] => [16 + i, model.projects.reduce((n, p) => n + p.categories[c], 0)]),
    [20, model.totals.indicators], [21, model.totals.errors], [22, model.totals.warnings], [23, model.totals.cells],
  ];
  for (const [col, value] of [...sums, ...counts]) {
    const colRange = `${columnLetters(col)}${head + 1}:${columnLetters(col)}${lastProjectRow}`;
    put(totalRow, col, { value, formula: `SUBTOTAL(109,${colRange})`, bold: true, ...(col <= 15 ? { numberFormat: MONEY_FORMAT } : {}) });
  }
  row = totalRow + 2;

  // 2. Findings by rule, and 3. money by project: small tables that double as chart sources.
  put(row, 1, { value: T.rules[lang], bold: true });
  const rulesHead = ++row;
  // Each rule by its title (what the chart shows), its id beside it for filtering and for the docs.
  [[WORDS.rule.zh, capitalised(WORDS.rule.en)], [WORDS.ruleId.zh, capitalised(WORDS.ruleId.en)], ["级别", "Severity"], ["数量", "Count"]].forEach(([zh, en], i) =>
    put(rulesHead, i + 2, { value: lang === "zh" ? zh! : en!, bold: true }),
  );
  for (const r of model.findingsByRule) {
    row++;
    put(row, 2, { value: ruleTitle(r.rule, lang) });
    put(row, 3, { value: r.rule });
    put(row, 4, { value: severityWord(r.severity, lang) });
    put(row, 5, { value: r.count });
  }
  if (row === rulesHead) row++;
  tables.push({ name: "jixiao_rules", range: { top: rulesHead, left: 2, bottom: row, right: 5 } });
  if (model.findingsByRule.length) {
    charts.push({ kind: "bar", title: T.rules[lang], categories: column(rulesHead, row, 2), values: column(rulesHead, row, 5), anchor: { row: rulesHead, col: 0 }, ...CHART_SIZE });
  }
  row += 2;

  put(row, 1, { value: T.money[lang], bold: true });
  const moneyHead = ++row;
  put(moneyHead, 2, { value: lang === "zh" ? "项目名称" : "Project", bold: true });
  put(moneyHead, 3, { value: lang === "zh" ? "年度资金申请总额" : "Annual amount", bold: true });
  for (const p of model.projects) {
    row++;
    put(row, 2, { value: p.name });
    put(row, 3, money(p.annualTotal));
  }
  if (row === moneyHead) row++;
  tables.push({ name: "jixiao_money", range: { top: moneyHead, left: 2, bottom: row, right: 3 } });
  if (model.projects.length) {
    charts.push({ kind: "column", title: T.money[lang], categories: column(moneyHead, row, 2), values: column(moneyHead, row, 3), anchor: { row: moneyHead, col: 0 }, ...CHART_SIZE });
  }
  row += 2;

  // 4. Every indicator row, filterable.
  put(row, 1, { value: T.indicators[lang], bold: true });
  const indHead = ++row;
  INDICATOR_HEADERS.forEach(([zh, en], i) => put(indHead, i + 1, { value: lang === "zh" ? zh : en, bold: true }));
  for (const ind of model.indicators) {
    row++;
    const values: PlanCell[] = [
      text(ind.project), text(ind.file), text(ind.level1), text(ind.level2), text(ind.name), text(ind.raw),
      text(ind.op), { value: ind.number }, text(ind.unit), { value: T.kind[ind.kind][lang] },
      text(ind.findings.join(", ")), { value: `${ind.sheet}!${ind.cell}`, link: { file: ind.file, sheet: ind.sheet, cell: ind.cell } },
    ];
    values.forEach((c, i) => put(row, i + 1, c));
  }
  if (row === indHead) row++;
  tables.push({ name: "jixiao_indicators", range: { top: indHead, left: 1, bottom: row, right: INDICATOR_HEADERS.length } });
  row += 2;

  // 5. Copied indicators, and files that could not be read.
  put(row, 1, { value: T.copies[lang], bold: true });
  const copyHead = ++row;
  [["三级指标", "Indicator"], ["指标值", "Target"], ["项目数", "Projects"], ["项目", "Project names"]].forEach(([zh, en], i) => put(copyHead, i + 2, { value: lang === "zh" ? zh! : en!, bold: true }));
  for (const c of model.copiedIndicators) {
    row++;
    put(row, 2, text(c.name));
    put(row, 3, text(c.raw));
    put(row, 4, { value: c.projects.length });
    put(row, 5, text(c.projects.join("、")));
  }
  if (row === copyHead) row++;
  tables.push({ name: "jixiao_copies", range: { top: copyHead, left: 2, bottom: row, right: 5 } });
  if (model.unreadable.length) {
    row += 2;
    put(row, 1, { value: T.unreadable[lang], bold: true });
    for (const u of model.unreadable) {
      row++;
      put(row, 2, text(u.file));
      put(row, 3, text(u.reason));
    }
  }
  placeCharts(charts, cells);
  return { name: SUMMARY_SHEET[lang], cells, tables, charts, columnWidths: PROJECT_HEADERS.map(([, , w]) => w) };
}

/**
 * Places the charts beside their small tables without covering anything: stacked one under the other (a blank
 * row between), and all in one column, one blank column right of every filled cell of the rows they cover
 * (a chart beside a short table reaches down beside the indicators, which span A..L).
 */
function placeCharts(charts: PlanChart[], cells: Map<string, PlanCell>): void {
  let free = 1;
  for (const c of charts) {
    c.anchor.row = Math.max(c.anchor.row, free);
    free = c.anchor.row + chartRows(c) + 1;
  }
  const rightmost = new Map<number, number>();
  for (const address of cells.keys()) {
    const p = parseA1(address)!;
    rightmost.set(p.row, Math.max(rightmost.get(p.row) ?? 0, p.col));
  }
  let col = 1;
  for (const c of charts) for (let r = c.anchor.row; r < c.anchor.row + chartRows(c); r++) col = Math.max(col, (rightmost.get(r) ?? 0) + 2);
  for (const c of charts) c.anchor.col = col;
}

/** How many rows a chart covers from its anchor row, at the smallest default row height. */
function chartRows(c: PlanChart): number {
  return Math.ceil(c.height / ROW_POINTS);
}

function column(top: number, bottom: number, col: number): CellRange {
  return { top, left: col, bottom, right: col };
}
