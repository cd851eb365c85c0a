import { defineRule } from "../types";

export default defineRule({
  meta: {
    id: "sheet/not-a-form",
    severity: "info",
    docs: { zh: "工作表中没有申报表（列出并跳过）", en: "A sheet with no form on it (listed, skipped)" },
  },
  messages: {
    skipped: { zh: "工作表「{sheet}」中没有找到申报表，已跳过", en: "no form found on sheet \"{sheet}\"; skipped" },
    blank: { zh: "工作表「{sheet}」只有未填写的空白模板，已跳过", en: "sheet \"{sheet}\" holds only a blank template; skipped" },
  },
  check(ctx) {
    for (const sheet of ctx.workbook.sheets) {
      if (sheet.forms.length) continue;
      ctx.report({ sheet: sheet.name, cell: "A1", message: sheet.blankForms ? "blank" : "skipped", params: { sheet: sheet.name } });
    }
  },
});
