import { CellRange } from "../../src/core/grid/address";
import { CellValue } from "../../src/core/grid/cell-value";
import { SheetGrid } from "../../src/core/grid/sheet-grid";
import { gridFromCells } from "./form-grid";

/**
 * Builds the list layout of county budget disclosures in memory: one table for a whole unit, one row per
 * indicator, the project columns (单位名称 · 项目名称 · 预算数 · 年度目标) merged down over a project's rows
 * or written on its first row only, department subtotal rows between the projects.
 */

/** 一级 · 二级 · 三级 · 指标性质 · 指标值 · 度量单位, as typed. */
export type ListIndicator = [level1: CellValue, level2: CellValue, name: CellValue, nature: CellValue, value: CellValue, unit: CellValue];

export interface ListProject {
  department: CellValue;
  name: CellValue;
  budget: CellValue;
  goal: CellValue;
  indicators: ListIndicator[];
}

/** A department's subtotal line: a 单位名称 and an amount, no project, no indicator. */
export interface ListSubtotal {
  department: CellValue;
  amount: CellValue;
}

export type ListRow = ListProject | ListSubtotal;

export const LIST_COLUMNS = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性"] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

export interface ListOptions {
  /** Top-left cell of the table's first line (the title, when there is one). */
  origin?: { row: number; col: number };
  /** merged (default): project columns merged down over the project's rows; blank: written on its first row only. */
  projectColumns?: "merged" | "blank";
  title?: string | null;
  /** The line under the title: 金额单位:元 (default), 金额单位:万元, or none. */
  unitLine?: string | null;
  /** The header's labels in the order printed; default LIST_COLUMNS. A column left out is not printed. */
  columns?: readonly string[];
  /** Replace a header label as printed: { 项目名称: "项目支出名称" }. */
  labels?: Partial<Record<ListColumn, string>>;
}

export interface LaidList {
  grid: SheetGrid;
  /** Where each project's first row is, by project index (1-based sheet rows). */
  projectRows: number[];
  headerRow: number;
  /** The sheet address of a column's cell on a row: cellOf("指标值", 7) → "I7". */
  cellOf: (column: ListColumn, row: number) => string;
}

const isProject = (r: ListRow): r is ListProject => "indicators" in r;

export function layList(name: string, rows: ListRow[], opts: ListOptions = {}): LaidList {
  const o = opts.origin ?? { row: 1, col: 1 };
  const columns = opts.columns ?? LIST_COLUMNS;
  const colOf = (c: ListColumn) => {
    const i = columns.indexOf(c);
    return i < 0 ? null : o.col + i;
  };
  const cells: { row: number; col: number; value: CellValue; format?: string }[] = [];
  const merges: CellRange[] = [];
  const put = (row: number, c: ListColumn, value: CellValue, format?: string) => {
    const col = colOf(c);
    if (col === null || value === null || value === undefined) return;
    const cell: { row: number; col: number; value: CellValue; format?: string } = { row, col, value };
    if (format) cell.format = format;
    else if (typeof value === "number") cell.format = "#,##0.00";
    cells.push(cell);
  };
  const last = o.col + columns.length - 1;
  let r = o.row;
  if (opts.title !== null) {
    cells.push({ row: r, col: o.col, value: opts.title ?? "部门预算项目绩效目标申报表(2024年度)" });
    merges.push({ top: r, left: o.col, bottom: r, right: last });
    r++;
  }
  if (opts.unitLine !== null) {
    cells.push({ row: r, col: last - 1, value: opts.unitLine ?? "金额单位:元" });
    r++;
  }
  const headerRow = r;
  columns.forEach((label, i) => cells.push({ row: r, col: o.col + i, value: opts.labels?.[label as ListColumn] ?? label }));
  r++;
  const projectRows: number[] = [];
  for (const row of rows) {
    if (!isProject(row)) {
      put(r, "单位名称", row.department);
      put(r, "预算数", row.amount);
      r++;
      continue;
    }
    projectRows.push(r);
    const first = r;
    put(r, "单位名称", row.department);
    put(r, "项目名称", row.name);
    put(r, "预算数", row.budget);
    put(r, "年度目标", row.goal);
    for (const [l1, l2, n, nature, value, unit] of row.indicators) {
      put(r, "一级指标", l1);
      put(r, "二级指标", l2);
      put(r, "三级指标", n);
      put(r, "指标性质", nature);
      put(r, "指标值", value, "General");
      put(r, "度量单位", unit);
      put(r, "权重", 10, "General");
      put(r, "指标方向性", "正向指标");
      r++;
    }
    const lastRow = Math.max(first, r - 1);
    if (row.indicators.length === 0) r++;
    if ((opts.projectColumns ?? "merged") === "merged" && lastRow > first) {
      for (const c of ["单位名称", "项目名称", "预算数", "年度目标"] as const) {
        const col = colOf(c);
        if (col !== null) merges.push({ top: first, left: col, bottom: lastRow, right: col });
      }
    }
  }
  const cellOf = (c: ListColumn, row: number) => {
    const col = colOf(c);
    if (col === null) throw new Error(`no column ${c}`);
    return `${columnLetters(col)}${row}`;
  };
  return { grid: gridFromCells(name, cells, merges), projectRows, headerRow, cellOf };
}

function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Five clean projects of one township, 31 indicators in all, under a department subtotal: every rule stays
 * quiet on them. Tests plant their defects into copies.
 */
export function townshipProjects(): ListRow[] {
  const dept = "830001-某乡人民政府";
  const sat = (name: string): ListIndicator => ["满意度指标", "服务对象满意度指标", name, "≥", 90, "%"];
  return [
    { department: "830-某乡部门", amount: 2_330_000 },
    {
      department: dept, name: "乡村道路养护", budget: 450_000, goal: "完成辖区道路日常养护，保障群众安全出行。",
      indicators: [
        ["产出指标", "数量指标", "养护道路里程", "≥", 35, "公里"],
        ["产出指标", "数量指标", "修补坑槽面积", "≥", 1200, "平方米"],
        ["产出指标", "质量指标", "养护路段合格率", "≥", 95, "%"],
        ["产出指标", "时效指标", "养护任务完成及时率", "=", 100, "%"],
        ["效益指标", "社会效益指标", "群众出行条件", "定性", "安全便捷", null],
        ["效益指标", "可持续影响指标", "道路长效管护机制", "定性", "建立", null],
        sat("沿线群众满意度"),
      ],
    },
    {
      department: dept, name: "村级公益事业补助", budget: 800_000, goal: "支持村级公益设施建设，改善村容村貌。",
      indicators: [
        ["产出指标", "数量指标", "补助村数", "=", 12, "个"],
        ["产出指标", "质量指标", "项目验收合格率", "≥", 98, "%"],
        ["产出指标", "时效指标", "资金拨付及时率", "=", 100, "%"],
        ["效益指标", "社会效益指标", "村级公益设施条件", "定性", "达标", null],
        ["效益指标", "经济效益指标", "带动村集体增收", "≥", 5, "万元"],
        sat("受益群众满意度"),
      ],
    },
    {
      department: dept, name: "农村环境卫生整治", budget: 600_000, goal: "开展农村人居环境整治，垃圾日产日清。",
      indicators: [
        ["产出指标", "数量指标", "保洁覆盖自然村", "=", 24, "个"],
        ["产出指标", "数量指标", "清运生活垃圾", "≥", 3000, "吨"],
        ["产出指标", "质量指标", "垃圾无害化处理率", "≥", 95, "%"],
        ["产出指标", "时效指标", "垃圾清运及时率", "≥", 98, "%"],
        ["效益指标", "生态效益指标", "村庄环境面貌", "定性", "整洁有序", null],
        ["效益指标", "社会效益指标", "环境卫生长效机制", "定性", "建立", null],
        sat("村民满意度"),
      ],
    },
    {
      department: dept, name: "困难群众临时救助", budget: 300_000, goal: "对遭遇突发困难的群众及时救助。",
      indicators: [
        ["产出指标", "数量指标", "救助人次", "≥", 150, "人次"],
        ["产出指标", "质量指标", "救助对象认定准确率", "=", 100, "%"],
        ["产出指标", "时效指标", "救助资金发放及时率", "=", 100, "%"],
        ["效益指标", "社会效益指标", "困难群众基本生活", "定性", "得到保障", null],
        ["效益指标", "可持续影响指标", "救助工作机制", "定性", "健全", null],
        sat("救助对象满意度"),
      ],
    },
    {
      department: dept, name: "乡村文化活动", budget: 180_000, goal: "组织群众文化活动，丰富群众精神生活。",
      indicators: [
        ["产出指标", "数量指标", "举办文化活动", "≥", 20, "场"],
        ["产出指标", "质量指标", "活动开展合格率", "≥", 95, "%"],
        ["产出指标", "时效指标", "活动按计划完成率", "=", 100, "%"],
        ["效益指标", "社会效益指标", "群众文化生活", "定性", "丰富", null],
        sat("参与群众满意度"),
      ],
    },
  ];
}
