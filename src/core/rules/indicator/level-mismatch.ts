import { defineRule } from "../types";

export default defineRule({
  meta: {
    id: "indicator/level-mismatch",
    title: { zh: "二级指标归属错误", en: "二级 under the wrong 一级" },
    severity: "error",
    docs: { zh: "已知的二级指标放在了错误的一级指标下（如社会效益指标在产出指标下）", en: "A known 二级 under the wrong 一级 (社会效益指标 under 产出指标)" },
    fix: { zh: "正确的一级指标", en: "the right 一级" },
  },
  messages: {
    mismatch: {
      zh: "二级指标「{level2}」应属于「{right}」，不属于「{level1}」",
      en: "二级 \"{level2}\" belongs under {right}, not {level1}",
    },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      for (const ind of form.indicators) {
        const { level1: l1, level2: l2 } = ind.keys;
        if (!ctx.taxonomy.isLevel1(l1)) continue; // indicator/unknown-level1 says what is wrong
        const parents = ctx.taxonomy.parentsOf(l2);
        if (!parents.length || parents.includes(l1)) continue;
        const right = parents.join(" / ");
        ctx.report({ form, cell: ind.level2Cell, message: "mismatch", params: { level2: ind.level2, level1: ind.level1, right }, fix: parents[0]!, value: ind.level2 });
      }
    }
  },
});
