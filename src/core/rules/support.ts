import { Message } from "../i18n";
import { DeadlineTarget, LeadingNumber, Op, QualitativeTarget, QuantitativeTarget } from "../target/model";
import { INVERSE_NAME_WORDS } from "../target/vocabulary";
import { levelKind, LevelKind } from "../taxonomy";
import { Form, Indicator } from "../template/model";
import { stripSpaces } from "../text/normalize";
import { RuleContext } from "./types";

/** Calls `fn` for every indicator row of every form, in reading order. */
export function eachIndicator(ctx: RuleContext<string>, fn: (form: Form, ind: Indicator) => void): void {
  for (const form of ctx.workbook.forms) for (const ind of form.indicators) fn(form, ind);
}

/** The parsed target when it is a number, else null. */
export function quantityOf(ind: Indicator): QuantitativeTarget | null {
  return ind.target.ok && ind.target.target.kind === "quantitative" ? ind.target.target : null;
}

/** The Arabic amount a qualitative target starts with (100%完成), else null. */
export function leadingNumberOf(ind: Indicator): LeadingNumber | null {
  return ind.target.ok && ind.target.target.kind === "qualitative" ? (ind.target.target.leadingNumber ?? null) : null;
}

/** A deadline where rules.md measures one: under 时效指标. Elsewhere a date is text (qualitativeOf). */
export function deadlineOf(ind: Indicator): DeadlineTarget | null {
  return ind.target.ok && ind.target.target.kind === "deadline" && kindOf(ind) === "timeliness" ? ind.target.target : null;
}

/** The target as text without a number: qualitative text, or a deadline under a 二级 that is not 时效指标. */
export function qualitativeOf(ind: Indicator): QualitativeTarget | null {
  if (!ind.target.ok) return null;
  const t = ind.target.target;
  if (t.kind === "qualitative") return t;
  if (t.kind === "deadline" && kindOf(ind) !== "timeliness") return { kind: "qualitative", text: t.text };
  return null;
}

export function kindOf(ind: Indicator): LevelKind {
  return levelKind(ind.keys.level1, ind.keys.level2);
}

/** Levels whose targets must be measurable: text there is target/qualitative-not-allowed's finding. */
export function measurableRequired(kind: LevelKind): kind is "quantity" | "satisfaction" | "timeliness" {
  return kind === "quantity" || kind === "satisfaction" || kind === "timeliness";
}

/** 投诉率, 差错次数: less is better, so the target is a ceiling even under 满意度指标. */
export function isInverse(ind: Indicator): boolean {
  return INVERSE_NAME_WORDS.some((w) => ind.keys.name.includes(w));
}

/** A satisfaction indicator in the usual sense: more is better, the target a floor. */
export function isSatisfactionFloor(ind: Indicator): boolean {
  return kindOf(ind) === "satisfaction" && !isInverse(ind);
}

/** Where an operator problem is fixed: the operator's own cell (指标性质) where it has one, else the value cell. */
export function cellOfOperator(ind: Indicator): string {
  return ind.cells.op?.cell ?? ind.cells.value.cell;
}

/** Where a unit problem is fixed: the unit's own cell (计量单位) where it has one, else the value cell. */
export function cellOfUnit(ind: Indicator): string {
  return ind.cells.unit?.cell ?? ind.cells.value.cell;
}

/**
 * Satisfaction targets are floors (≥), complaints under 满意度 ceilings (≤); for other targets the
 * template's usual sign is =.
 */
export function defaultOperator(ind: Indicator): Op {
  if (kindOf(ind) !== "satisfaction") return "=";
  return isInverse(ind) ? "≤" : "≥";
}

/**
 * A whole target (≥95.00(%)) is a drop-in for the value cell only when the target has no other cell: with
 * an operator or a unit cell beside it, no one cell takes it.
 */
export function wholeTargetFitsCell(ind: Indicator): boolean {
  return !ind.cells.op && !ind.cells.unit;
}

/** Project-level findings point at the 项目名称 value cell. */
export function projectCell(form: Form): string {
  return form.fields.projectName.cell ?? form.anchor;
}

export function compact(text: string): string {
  return stripSpaces(text);
}

/**
 * What every finding on a formula without a calculated result says, after naming the cell's part: only
 * Excel can calculate it, and a check of the saved file then reads the result (template.md).
 */
export function noResultMessage(subject: Message): Message {
  return {
    zh: `${subject.zh}是公式 {formula}，公式没有计算结果：请在 Excel 中打开并保存后再检查`,
    en: `${subject.en} is the formula {formula}, and the formula has no calculated result: open and save the file in Excel, then check again`,
  };
}

/** The formula without a result at `cell` of this indicator's row, if that cell holds one. */
export function noResultAt(ind: Indicator, cell: string | undefined): string | undefined {
  return cell === undefined ? undefined : ind.noResult?.find((n) => n.cell === cell)?.formula;
}
