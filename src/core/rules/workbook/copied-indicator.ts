import { Form, Indicator } from "../../template/model";
import { compact } from "../support";
import { defineRule } from "../types";

export default defineRule({
  meta: {
    id: "workbook/copied-indicator",
    title: { zh: "跨项目相同指标", en: "Indicator in several projects" },
    severity: "info",
    docs: { zh: "多个项目中出现相同的三级指标与指标值", en: "The same 三级指标 and value in several projects" },
  },
  messages: {
    copied: {
      zh: "「{name}」{value} 与项目「{other}」相同（工作表「{sheet}」{cell}），是否照搬？",
      en: "\"{name}\" {value} is the same as in project \"{other}\" (sheet \"{sheet}\" {cell}): copied?",
    },
  },
  check(ctx) {
    const first = new Map<string, { form: Form; ind: Indicator }>();
    for (const form of ctx.workbook.forms) {
      for (const ind of form.indicators) {
        // Two uncalculated formulas alike say nothing about the targets they will give.
        if (!ind.name || !ind.raw || (!ind.target.ok && ind.target.reason === "no-result")) continue;
        const key = `${ind.keys.name}\u0000${compact(ind.raw)}`;
        const seen = first.get(key);
        if (!seen) {
          first.set(key, { form, ind });
          continue;
        }
        if (seen.form === form) continue; // indicator/duplicate covers one project
        ctx.report({
          form,
          cell: ind.nameCell,
          message: "copied",
          params: { name: ind.name, value: ind.raw, other: seen.form.fields.projectName.text, sheet: seen.form.sheet, cell: seen.ind.nameCell },
          value: ind.name,
        });
      }
    }
  },
});
