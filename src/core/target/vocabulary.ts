import { Op } from "./model";

/**
 * Words finance staff use where the template wants a sign. Kept as data: adding a variant is a line.
 * Longest first, so 大于等于 wins over 大于.
 */
const PREFIXES: Array<readonly [string, Op]> = [
  [">=", "≥"], ["=>", "≥"], ["≧", "≥"], ["≥", "≥"],
  ["<=", "≤"], ["=<", "≤"], ["≦", "≤"], ["≤", "≤"],
  ["==", "="], ["=", "="], [">", ">"], ["<", "<"],
  ["大于或等于", "≥"], ["大于等于", "≥"], ["不低于", "≥"], ["不少于", "≥"], ["不小于", "≥"], ["至少", "≥"],
  ["小于或等于", "≤"], ["小于等于", "≤"], ["不高于", "≤"], ["不多于", "≤"], ["不大于", "≤"], ["不超过", "≤"], ["最多", "≤"],
  ["大于", ">"], ["高于", ">"], ["超过", ">"], ["多于", ">"],
  ["小于", "<"], ["低于", "<"], ["少于", "<"],
  ["等于", "="],
];
export const OPERATOR_PREFIXES: ReadonlyArray<readonly [string, Op]> = [...PREFIXES].sort((a, b) => b[0].length - a[0].length);

export const CANONICAL_OPERATORS: ReadonlySet<string> = new Set(["=", "≥", "≤", ">", "<"]);

/** Suffixes that state the operator after the value: 95%以上, 3天以内. */
export const OPERATOR_SUFFIXES: ReadonlyArray<readonly [string, Op]> = [
  ["及以上", "≥"], ["以上", "≥"], ["及以下", "≤"], ["以下", "≤"], ["以内", "≤"],
  // Bare 内 last, so 以内 is matched whole: 5个工作日内, 3天内.
  ["内", "≤"],
];

/**
 * Measure words (量词) that may follow a Chinese numeral for the value to count as a number: 三次, 十二期.
 * Without this list, 一流 or 三方联动 would read as numbers.
 */
export const MEASURE_WORDS: ReadonlySet<string> = new Set([
  "次", "人次", "家", "期", "本", "篇", "个", "条", "人", "项", "场", "天", "日", "个月", "月", "年", "批", "轮",
  "份", "台", "套", "件", "辆", "座", "所", "户", "名", "位", "处", "门", "课", "节", "小时", "分钟", "周", "间",
  "栋", "亩", "平方米", "米", "公里", "千米", "吨", "册", "部", "集", "幅", "张", "页", "封", "趟", "遍", "组",
  "类", "种", "支", "队", "届", "元", "万元", "亿元", "个工作日", "工作日", "课时", "学时", "家次", "户次", "批次",
]);

/**
 * Words that end a unit: 100人左右 is about 100 人, not 100 of a unit "人左右"; 100%完成 is 100% and a verb.
 * 以内/以上 end a unit too, as OPERATOR_SUFFIXES.
 */
export const UNIT_STOP_WORDS: readonly string[] = ["左右", "完成", "等", "约"];

/**
 * Words in a 三级指标 name that make less the better (投诉率, 差错次数): its target is a ceiling, so
 * a satisfaction floor (≥) does not apply to it even under 满意度指标.
 */
export const INVERSE_NAME_WORDS: readonly string[] = ["投诉", "不满意", "差评", "事故", "差错", "失误", "错误", "违规", "延误"];

/** Units that count heads or items: wrong under 时效指标 (a deadline is not a head-count). */
export const COUNT_UNITS: ReadonlySet<string> = new Set(["次", "人次", "人", "家", "个", "项", "本", "期", "篇", "条"]);

/** The longest unit the grammar accepts; longer tails are words, not units ("个工作日内完成" is a sentence). */
export const MAX_UNIT_LENGTH = 6;
