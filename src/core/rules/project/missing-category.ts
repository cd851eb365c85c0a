import { LEVEL1, OUTPUT_CORE_LEVEL2 } from "../../taxonomy";
import { projectCell } from "../support";
import { defineRule } from "../types";

export default defineRule({
  meta: {
    id: "project/missing-category",
    title: { zh: "缺少必需的指标类别", en: "Missing required category" },
    severity: "error",
    severities: ["error", "warning"],
    docs: {
      zh: "缺少必需的一级指标：产出指标、效益指标（错误），满意度指标（警告），成本指标（设置要求时）；产出指标下没有数量/质量/时效指标（警告）",
      en: "A required category is missing: 产出/效益 (error), 满意度 (warning), 成本 (when required); 产出 without 数量/质量/时效 (warning)",
    },
  },
  messages: {
    missing: { zh: "项目缺少一级指标「{level1}」", en: "the project has no {level1} indicators" },
    noTable: { zh: "项目没有绩效指标表（找不到「一级指标」表头）", en: "the project has no indicator table (no 一级指标 header found)" },
    outputCore: {
      zh: "产出指标下没有数量指标、质量指标或时效指标",
      en: "产出指标 has no 数量指标, 质量指标 or 时效指标 row",
    },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      const cell = projectCell(form);
      if (!form.table) {
        ctx.report({ form, cell, message: "noTable" });
        continue;
      }
      const level1s = new Set(form.indicators.map((i) => i.keys.level1));
      for (const i of form.indicators) {
        const standIn = ctx.taxonomy.standInFor(i.keys.level2);
        if (standIn) level1s.add(standIn);
      }
      const required: [string, "error" | "warning"][] = [
        [LEVEL1.output, "error"],
        [LEVEL1.benefit, "error"],
        [LEVEL1.satisfaction, "warning"],
      ];
      if (ctx.settings.requireCostCategory) required.push([LEVEL1.cost, "error"]);
      for (const [level1, severity] of required) {
        if (!level1s.has(level1)) ctx.report({ form, cell, message: "missing", params: { level1 }, severity });
      }
      const outputs = form.indicators.filter((i) => i.keys.level1 === LEVEL1.output);
      const core: readonly string[] = OUTPUT_CORE_LEVEL2;
      if (outputs.length && !outputs.some((i) => core.includes(i.keys.level2))) {
        ctx.report({ form, cell, message: "outputCore", severity: "warning" });
      }
    }
  },
});
