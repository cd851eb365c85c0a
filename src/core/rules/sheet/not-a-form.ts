import { defineRule } from "../types";

export default defineRule({
  meta: {
    id: "sheet/not-a-form",
    severity: "info",
    docs: { zh: "工作表中没有申报表（列出并跳过）", en: "A sheet with no form on it (listed, skipped)" },
  },
  messages: {
    skipped: { zh: "工作表「{sheet}」中没有找到申报表，已跳过", en: "no form found on sheet \"{sheet}\"; skipped" },
  },
  check(ctx) {
    for (const sheet of ctx.workbook.sheets) {
      if (sheet.forms.length) continue;
      ctx.report({ sheet: sheet.name, cell: "A1", message: "skipped", params: { sheet: sheet.name } });
    }
  },
});
