import { defineRule } from "../types";

export default defineRule({
  meta: {
    id: "indicator/duplicate",
    title: { zh: "指标重复", en: "Duplicate indicator" },
    severity: "warning",
    docs: { zh: "同一项目中三级指标重复（标记后出现的一个）", en: "The same 三级指标 twice in one project (the later one is flagged)" },
  },
  messages: {
    duplicate: { zh: "三级指标「{name}」与 {first} 重复", en: "indicator \"{name}\" repeats {first}" },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      const first = new Map<string, string>();
      for (const ind of form.indicators) {
        const key = ind.keys.name;
        if (!key) continue;
        const seen = first.get(key);
        if (seen === undefined) first.set(key, ind.nameCell);
        // A 三级 merged down over two rows is one name for two values, not a repeat of itself.
        else if (seen !== ind.nameCell) ctx.report({ form, cell: ind.nameCell, message: "duplicate", params: { name: ind.name, first: seen }, value: ind.name });
      }
    }
  },
});
