import { labelKey } from "../text/normalize";

/**
 * Every label the reader recognises, as data. Adding a province's variant is one string in one list.
 * Matching is on `labelMatchKey`: no spaces or line breaks, half-width, without a leading 其中: and a
 * trailing colon or (元)/(万元).
 */

export const FIELD_KEYS = [
  "projectName", "nature", "category", "department", "implementer", "start", "end",
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export const FUND_KEYS = [
  "projectTotal", "projectFiscal", "projectOther", "annualTotal", "appropriation", "carryover", "annualOther",
] as const;
export type FundKey = (typeof FUND_KEYS)[number];

export const GOAL_KEYS = ["projectGoal", "annualGoal"] as const;
export type GoalKey = (typeof GOAL_KEYS)[number];

export const HEADER_KEYS = ["level1", "level2", "name", "value", "nature", "unit"] as const;
export type HeaderKey = (typeof HEADER_KEYS)[number];

interface LabelSpec {
  /** Exact labels (after normalisation). */
  exact: string[];
  /** Labels that may carry more text after them: 项目总体目标(2024年-2026年). */
  prefix?: string[];
}

export const FIELD_LABELS: Record<FieldKey, LabelSpec> = {
  projectName: { exact: ["项目名称", "项目支出名称"] },
  nature: { exact: ["项目性质"] },
  category: { exact: ["项目类别", "项目类型", "项目分类"] },
  department: { exact: ["主管部门", "项目主管部门", "预算部门", "业务主管部门", "单位名称"] },
  implementer: { exact: ["实施单位", "项目执行单位", "项目实施单位", "执行单位"] },
  start: { exact: ["计划开始日期", "项目开始日期", "开始日期", "计划开始时间"] },
  end: { exact: ["计划完成日期", "计划结束日期", "项目完成日期", "完成日期", "计划完成时间"] },
};

/**
 * "其他资金" is printed twice: the left column belongs to the whole project, the right to this year.
 * `side` tells them apart against the column of 年度资金申请总额.
 */
export const FUND_LABELS: Record<FundKey, LabelSpec & { side?: "left" | "right" }> = {
  projectTotal: { exact: ["项目资金总额", "项目总金额", "项目资金总计", "项目总预算"] },
  projectFiscal: { exact: ["财政资金"], side: "left" },
  projectOther: { exact: ["其他资金", "其它资金"], side: "left" },
  annualTotal: { exact: ["年度资金申请总额", "年度资金总额", "年度本级预算金额", "年度资金申请额", "当年年度预算", "预算数"] },
  appropriation: { exact: ["当年财政拨款", "财政拨款"] },
  carryover: { exact: ["上年结转资金", "上年结转"] },
  annualOther: { exact: ["其他资金", "其它资金"], side: "right" },
};

export const GOAL_LABELS: Record<GoalKey, LabelSpec> = {
  projectGoal: { exact: ["项目总目标", "项目总体目标", "总体目标"], prefix: ["项目总体目标", "项目总目标"] },
  annualGoal: {
    exact: ["年度总体目标", "年度绩效目标", "年度目标", "本年度绩效目标", "年度主要目标和成果"],
    prefix: ["年度总体目标", "年度绩效目标"],
  },
};

export const HEADER_LABELS: Record<HeaderKey, LabelSpec> = {
  level1: { exact: ["一级指标"] },
  level2: { exact: ["二级指标"] },
  name: { exact: ["三级指标", "指标内容", "指标名称"] },
  value: { exact: ["年度(/项目)指标值", "年度指标值", "项目指标值", "指标值", "指标值及单位", "年度(项目)指标值", "目标值"] },
  nature: { exact: ["指标性质"] },
  unit: { exact: ["计量单位", "度量单位"] },
};

/**
 * Other provinces print the plan period in one cell instead of 计划开始日期 + 计划完成日期
 * (项目支出实施期: 2023.07-2024.01); the reader splits it into the start and the end.
 */
export const PERIOD_LABELS: LabelSpec = { exact: ["项目支出实施期", "建设周期", "实施期限", "项目实施期", "项目实施周期", "实施周期"] };

/**
 * Columns some templates add to the indicator table (scores, directions, explanations). They are no part
 * of an indicator: the reader ignores what they hold wherever they stand, so that a weight or a scoring
 * note neither reads as a value nor ends the table.
 */
export const EXTRA_COLUMN_LABELS = new Set([
  "权重", "分值", "指标权重", "指标分值", "指标方向性", "指标方向", "指标解释", "指标说明", "绩效标准", "评(扣)分标准", "评分标准", "扣分标准", "评分规则", "备注",
]);

/** The head of an instruction table (填报说明: 栏目 | 填写要求), which repeats the form's labels to explain them. */
export const INSTRUCTION_HEADERS = new Set(["栏目", "填写要求", "填报要求", "填写内容及要求"]);

export const TITLE_PATTERNS: RegExp[] = [/绩效目标申报表/, /绩效目标表$/];
/** "(2024年度)", "（2026年度）", "2024年度": the form year. */
export const YEAR_PATTERN = /(?:^|[^\d])((?:19|20)\d{2})年度/;

/** Lines that close the indicator table. */
export const FOOTER_PREFIXES = [
  "填表人", "填报人", "联系电话", "填报日期", "备注", "审核人", "经办人", "负责人", "单位负责人", "财务负责人", "项目负责人", "联系人",
  "填报单位", "说明",
];

/** Side labels printed left of the indicator table; they do not end it. */
export const FRAME_LABELS = new Set(["绩效指标", "项目绩效目标", "绩效目标", "年度绩效指标", "项目绩效指标"]);

export function labelMatchKey(text: string): string {
  return matchKeyOf(labelKey(text));
}

function matchKeyOf(printed: string): string {
  // 必填 marks (*项目名称, ※) and colons are decoration, not part of the label.
  return printed
    .replace(/[*※]/g, "")
    .replace(/^[:：]+/, "")
    .replace(/^其中[:：]?/, "")
    .replace(/[:：]+$/, "")
    .replace(/\((?:单位[:：]?)?万?元\)$/, "");
}

/** A score band after a level name: 成本指标(0-20)分, 满意度指标(10)分, 产出指标(40分). */
const SCORE_BAND = /\(\d+(?:\.\d+)?(?:[-~—–至]\d+(?:\.\d+)?)?(?:\)分|分\))$/;

/**
 * The key a 一级/二级 is compared by: labelKey without a score band, so that 产出指标(40-50)分 is 产出指标 to
 * the taxonomy and to the category count.
 */
export function levelMatchKey(text: string): string {
  const key = labelKey(text);
  return key.replace(SCORE_BAND, "") || key;
}

/** What a label is for: "field:projectName", "fund:annualOther", "header:level1" … */
export type Role = `field:${FieldKey}` | "field:period" | `fund:${FundKey}` | `goal:${GoalKey}` | `header:${HeaderKey}`;

/** Everything the readers ask of a text cell, worked out once per distinct text. */
export interface LabelClass {
  key: string;
  roles: readonly Role[];
  title: boolean;
  footer: boolean;
  frame: boolean;
  /** A column of the indicator table that is no part of an indicator (权重, 备注 …). */
  extraColumn: boolean;
  /** The head of an instruction table (栏目, 填写要求). */
  instructionHeader: boolean;
  /** The form year a "(2024年度)" line states. */
  year: number | null;
}

const TABLES: [string, Record<string, LabelSpec>][] = [
  ["field", FIELD_LABELS],
  ["fund", FUND_LABELS],
  ["goal", GOAL_LABELS],
  ["header", HEADER_LABELS],
];
/** Exact label → roles ("其他资金" has two: the project's and the year's, told apart by column). */
const EXACT_ROLES = new Map<string, Role[]>(PERIOD_LABELS.exact.map((e) => [e, ["field:period"]]));
const PREFIX_ROLES: [string, Role][] = [];
for (const [group, table] of TABLES) {
  for (const [name, spec] of Object.entries(table)) {
    const role = `${group}:${name}` as Role;
    for (const e of spec.exact) EXACT_ROLES.set(e, [...(EXACT_ROLES.get(e) ?? []), role]);
    for (const p of spec.prefix ?? []) PREFIX_ROLES.push([p, role]);
  }
}
const NO_ROLES: readonly Role[] = [];

export function classifyLabel(text: string): LabelClass {
  // The match key drops a trailing (万元): the money reader takes the unit from the label as printed.
  const key = matchKeyOf(labelKey(text));
  const exact = EXACT_ROLES.get(key);
  // A prefix label may only carry a bracketed qualifier, 项目总体目标(2024年-2026年); a goal that repeats its
  // label ("年度总体目标：完成2期培训") is a value, not a label.
  const roles = exact ?? PREFIX_ROLES.filter(([p]) => key.startsWith(p) && /^(\(.*\))?$/.test(key.slice(p.length))).map(([, r]) => r);
  const year = YEAR_PATTERN.exec(key);
  return {
    key,
    roles: roles.length ? roles : NO_ROLES,
    title: TITLE_PATTERNS.some((re) => re.test(key)),
    footer: FOOTER_PREFIXES.some((p) => key.startsWith(p)),
    frame: FRAME_LABELS.has(key),
    extraColumn: EXTRA_COLUMN_LABELS.has(key),
    instructionHeader: INSTRUCTION_HEADERS.has(key),
    year: year ? Number(year[1]) : null,
  };
}
