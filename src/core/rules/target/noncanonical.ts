import { canonicalTarget } from "../../target/canonical";
import { LeadingNumber, QuantitativeTarget } from "../../target/model";
import { Form, Indicator } from "../../template/model";
import { defineRule, RuleContext } from "../types";
import { compact, eachIndicator, kindOf, leadingNumberOf, measurableRequired, quantityOf, wholeTargetFitsCell } from "../support";
import { foldWidth } from "../../text/normalize";
import {
  hasFullWidthDigits, hasFullWidthSigns, leadingNumberFix, targetCells, TRAILING_WORDS_MESSAGES, withoutThousandsSeparators,
} from "./fixes";

const messages = {
  canonical: { zh: "指标值「{value}」的标准写法是 {fix}", en: "the canonical form of \"{value}\" is {fix}" },
  fullWidth: { zh: "「{value}」含全角数字或符号，应写作 {fix}", en: "\"{value}\" has full-width digits or signs; write {fix}" },
  remark: {
    zh: "指标值「{value}」在数值后加了说明「{remark}」，标准写法只写数值：{fix}",
    en: "target \"{value}\" adds the remark \"{remark}\" after the number; the canonical form is just {fix}",
  },
  ...TRAILING_WORDS_MESSAGES,
};
type Message = keyof typeof messages;

export default defineRule({
  meta: {
    id: "target/noncanonical",
    title: { zh: "非标准写法", en: "Not in the standard form" },
    severity: "info",
    docs: { zh: "可以解析，但不是模板的标准写法（≥60(人次) → ≥60.00(人次)）", en: "Parses, but not in the canonical rendering (≥60(人次) → ≥60.00(人次))" },
    fix: { zh: "标准写法", en: "the canonical form" },
  },
  messages,
  check(ctx) {
    eachIndicator(ctx, (form, ind) => {
      const t = quantityOf(ind);
      if (t) {
        if (wholeTargetFitsCell(ind)) checkOneCell(ctx, form, ind, t);
        else checkEachCell(ctx, form, ind);
        return;
      }
      const lead = leadingNumberOf(ind);
      // Where text must be measurable, target/qualitative-not-allowed says the same, as an error.
      if (lead && !measurableRequired(kindOf(ind))) checkLeadingNumber(ctx, form, ind, lead);
    });
  },
});

/** A target over several cells has no one-cell rendering; what is left to report is folding a cell needed. */
function checkEachCell(ctx: RuleContext<Message>, form: Form, ind: Indicator): void {
  for (const part of targetCells(ind)) {
    if (!hasFullWidthDigits(part.text) || hasFullWidthSigns(part.text)) continue;
    const fix = foldWidth(part.text);
    ctx.report({ form, cell: part.cell, message: "fullWidth", params: { value: part.text, fix }, fix, fixInPlace: true, value: part.text });
  }
}

function checkOneCell(ctx: RuleContext<Message>, form: Form, ind: Indicator, t: QuantitativeTarget): void {
  // Only values that are otherwise right: the rules for operators, notation and units offer their own fix.
  if (t.op === null || t.unit === null || t.notation !== "arabic") return;
  if (t.nonstandardOp !== undefined || hasFullWidthSigns(ind.raw)) return;
  const fix = canonicalTarget(t.op, t.number, t.unit);
  // rules.md allows thousands separators in NUMBER: ≥1,000.00(人次) is canonical.
  if (t.remark === undefined && withoutThousandsSeparators(compact(ind.raw)) === fix) return;
  // Say what is off: the remark, the full-width characters, or (else) the rendering.
  const message = t.remark !== undefined ? "remark" : t.widthFolded ? "fullWidth" : "canonical";
  const params = { value: ind.raw, fix, remark: t.remark ?? "" };
  ctx.report({ form, cell: ind.cell, message, params, fix, fixInPlace: true, value: ind.raw });
}

/** 100%完成 under 质量指标: text is allowed there, but the words after the amount add nothing measurable. */
function checkLeadingNumber(ctx: RuleContext<Message>, form: Form, ind: Indicator, lead: LeadingNumber): void {
  const fix = leadingNumberFix(ind, lead);
  const common = { form, cell: ind.cell, value: ind.raw };
  if (fix === null) ctx.report({ ...common, message: "trailingWordsNoUnit", params: { value: ind.raw } });
  else ctx.report({ ...common, message: "trailingWords", params: { value: ind.raw, fix }, fix, fixInPlace: wholeTargetFitsCell(ind) });
}
