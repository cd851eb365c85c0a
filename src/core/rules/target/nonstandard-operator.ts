import { defineRule } from "../types";
import { eachIndicator, cellOfOperator, quantityOf, wholeTargetFitsCell } from "../support";
import { arabicFix, hasFullWidthSigns, targetCells } from "./fixes";

export default defineRule({
  meta: {
    id: "target/nonstandard-operator",
    title: { zh: "非标准运算符", en: "Nonstandard operator" },
    severity: "warning",
    docs: {
      zh: "使用了非标准运算符或括号（>=、<=、==、≧、≦、全角符号、文字运算符如“不低于”“以上”）",
      en: "A nonstandard operator or bracket (>=, <=, ==, ≧, ≦, full-width signs, words such as 不低于 or 以上)",
    },
    fix: { zh: "标准写法", en: "the canonical form" },
  },
  messages: {
    operator: { zh: "指标值「{value}」的运算符「{op}」不规范，应写作 {fix}", en: "target \"{value}\" uses \"{op}\"; write {fix}" },
    fullWidth: { zh: "指标值「{value}」含全角符号或括号，应写作 {fix}", en: "target \"{value}\" has full-width signs or brackets; write {fix}" },
  },
  check(ctx) {
    eachIndicator(ctx, (form, ind) => {
      const t = quantityOf(ind);
      // Nearly every target is written the standard way: only a written word-operator or folding is news.
      if (!t || (t.nonstandardOp === undefined && !t.widthFolded)) return;
      const fix = arabicFix(ind, t);
      const fixInPlace = wholeTargetFitsCell(ind);
      if (t.nonstandardOp !== undefined) {
        ctx.report({ form, cell: cellOfOperator(ind), message: "operator", params: { value: ind.raw, op: t.nonstandardOp, fix }, fix, fixInPlace, value: ind.raw });
        return;
      }
      for (const part of targetCells(ind)) {
        if (!hasFullWidthSigns(part.text)) continue;
        ctx.report({ form, cell: part.cell, message: "fullWidth", params: { value: part.text, fix }, fix, fixInPlace, value: part.text });
      }
    });
  },
});
