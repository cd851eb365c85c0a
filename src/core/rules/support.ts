import { Op, QuantitativeTarget } from "../target/model";
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

export function kindOf(ind: Indicator): LevelKind {
  return levelKind(ind.keys.level1, ind.keys.level2);
}

/** Where an operator problem is fixed: the 指标性质 cell in split layouts, else the value cell. */
export function operatorCell(ind: Indicator): string {
  return ind.natureCell ?? ind.cell;
}

/** Where a unit problem is fixed: the 计量单位 cell in split layouts, else the value cell. */
export function unitCell(ind: Indicator): string {
  return ind.unitCell ?? ind.cell;
}

/** Satisfaction targets are floors (≥); for other targets the template's usual sign is =. */
export function defaultOperator(ind: Indicator): Op {
  return kindOf(ind) === "satisfaction" ? "≥" : "=";
}

/** Project-level findings point at the 项目名称 value cell. */
export function projectCell(form: Form): string {
  return form.fields.projectName.cell ?? form.anchor;
}

export function compact(text: string): string {
  return stripSpaces(text);
}
