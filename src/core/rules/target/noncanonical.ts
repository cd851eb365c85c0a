import { canonicalTarget } from "../../target/canonical";
import { defineRule } from "../types";
import { compact, eachIndicator, quantityOf } from "../support";
import { foldWidth } from "../../text/normalize";
import { hasFullWidthDigits, hasFullWidthSigns, targetCells } from "./fixes";

export default defineRule({
  meta: {
    id: "target/noncanonical",
    severity: "info",
    docs: { zh: "可以解析，但不是模板的标准写法（≥60(人次) → ≥60.00(人次)）", en: "Parses, but not in the canonical rendering (≥60(人次) → ≥60.00(人次))" },
    fix: { zh: "标准写法", en: "the canonical form" },
  },
  messages: {
    canonical: { zh: "指标值「{value}」的标准写法是 {fix}", en: "the canonical form of \"{value}\" is {fix}" },
    fullWidth: { zh: "「{value}」含全角数字或符号，应写作 {fix}", en: "\"{value}\" has full-width digits or signs; write {fix}" },
  },
  check(ctx) {
    eachIndicator(ctx, (form, ind) => {
      const t = quantityOf(ind);
      if (!t) return;
      if (ind.parts) {
        // The split layout has no one-cell rendering; what is left to report is folding a cell needed.
        for (const part of targetCells(ind)) {
          if (!hasFullWidthDigits(part.text) || hasFullWidthSigns(part.text)) continue;
          const fix = foldWidth(part.text);
          ctx.report({ form, cell: part.cell, message: "fullWidth", params: { value: part.text, fix }, fix, value: part.text });
        }
        return;
      }
      // Only values that are otherwise right: the rules for operators, notation and units offer their own fix.
      if (t.op === null || t.unit === null || t.notation !== "arabic") return;
      if (t.nonstandardOp !== undefined || hasFullWidthSigns(ind.raw)) return;
      const fix = canonicalTarget(t.op, t.number, t.unit);
      if (compact(ind.raw) === fix) return;
      ctx.report({ form, cell: ind.cell, message: "canonical", params: { value: ind.raw, fix }, fix, value: ind.raw });
    });
  },
});
