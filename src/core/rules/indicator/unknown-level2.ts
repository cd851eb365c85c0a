import { noResultAt, noResultMessage } from "../support";
import { defineRule } from "../types";
import { nearestName } from "./nearest";

export default defineRule({
  meta: {
    id: "indicator/unknown-level2",
    title: { zh: "未知的二级指标", en: "Unknown 二级指标" },
    severity: "error",
    docs: { zh: "二级指标不在指标体系内（如「双星指标」）", en: "The 二级指标 is not in the taxonomy (e.g. 双星指标)" },
    fix: { zh: "该一级指标下最接近的二级指标（如相近）", en: "the nearest 二级 of that 一级, if close" },
  },
  messages: {
    unknown: { zh: "二级指标「{level2}」不在指标体系内", en: "二级 \"{level2}\" is not in the taxonomy" },
    unknownUnder: {
      zh: "二级指标「{level2}」不在指标体系内；「{level1}」下应为 {allowed} 之一",
      en: "二级 \"{level2}\" is not in the taxonomy; under {level1} use one of {allowed}",
    },
    empty: { zh: "指标「{name}」缺少二级指标", en: "indicator \"{name}\" has no 二级" },
    formula: noResultMessage({ zh: "指标「{name}」的二级指标", en: "the 二级 of indicator \"{name}\"" }),
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      for (const ind of form.indicators) {
        const key = ind.keys.level2;
        if (!key) {
          const formula = noResultAt(ind, ind.level2Cell);
          if (formula) ctx.report({ form, cell: ind.level2Cell, message: "formula", params: { name: ind.name, formula }, value: formula });
          else ctx.report({ form, cell: ind.level2Cell, message: "empty", params: { name: ind.name } });
          continue;
        }
        if (ctx.taxonomy.parentsOf(key).length) continue; // known; indicator/level-mismatch checks its parent
        const l1 = ind.keys.level1;
        const siblings = ctx.taxonomy.level2Of(l1);
        const fix = nearestName(key, siblings);
        const common = { form, cell: ind.level2Cell, value: ind.level2, ...(fix ? { fix, fixInPlace: true } : {}) };
        if (siblings.length) {
          ctx.report({ ...common, message: "unknownUnder", params: { level2: ind.level2, level1: l1, allowed: siblings.join("、") } });
        } else ctx.report({ ...common, message: "unknown", params: { level2: ind.level2 } });
      }
    }
  },
});
