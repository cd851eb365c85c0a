import { noResultAt, noResultMessage } from "../support";
import { defineRule } from "../types";
import { nearestName } from "./nearest";

export default defineRule({
  meta: {
    id: "indicator/unknown-level1",
    title: { zh: "未知的一级指标", en: "Unknown 一级指标" },
    severity: "error",
    docs: { zh: "一级指标不在指标体系内", en: "The 一级指标 is not in the indicator taxonomy" },
    fix: { zh: "最接近的一级指标名称（如相近）", en: "the nearest 一级 name, if close" },
  },
  messages: {
    unknown: { zh: "一级指标「{level1}」不在指标体系内（应为 {allowed} 之一）", en: "一级 \"{level1}\" is not in the taxonomy (one of {allowed})" },
    empty: { zh: "指标「{name}」缺少一级指标", en: "indicator \"{name}\" has no 一级" },
    formula: noResultMessage({ zh: "指标「{name}」的一级指标", en: "the 一级 of indicator \"{name}\"" }),
  },
  check(ctx) {
    const names = ctx.taxonomy.level1Names();
    for (const form of ctx.workbook.forms) {
      for (const ind of form.indicators) {
        const key = ind.keys.level1;
        if (ctx.taxonomy.isLevel1(key)) continue;
        if (!key) {
          const formula = noResultAt(ind, ind.level1Cell);
          if (formula) ctx.report({ form, cell: ind.level1Cell, message: "formula", params: { name: ind.name, formula }, value: formula });
          else ctx.report({ form, cell: ind.level1Cell, message: "empty", params: { name: ind.name } });
          continue;
        }
        const fix = nearestName(key, names);
        ctx.report({
          form,
          cell: ind.level1Cell,
          message: "unknown",
          params: { level1: ind.level1, allowed: names.join("、") },
          value: ind.level1,
          ...(fix ? { fix, fixInPlace: true } : {}),
        });
      }
    }
  },
});
