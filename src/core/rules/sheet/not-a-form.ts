import { defineRule } from "../types";

export default defineRule({
  meta: {
    id: "sheet/not-a-form",
    title: { zh: "不是申报表", en: "Not a form" },
    severity: "info",
    docs: { zh: "工作表中没有申报表（列出并跳过）", en: "A sheet with no form on it (listed, skipped)" },
  },
  messages: {
    skipped: { zh: "工作表「{sheet}」中没有找到申报表，已跳过", en: "no form found on sheet \"{sheet}\"; skipped" },
    instructions: { zh: "工作表「{sheet}」是填报说明，不是申报表，已跳过", en: "sheet \"{sheet}\" holds instructions, not a form; skipped" },
    blank: { zh: "工作表「{sheet}」只有未填写的空白模板，已跳过", en: "sheet \"{sheet}\" holds only a blank template; skipped" },
  },
  check(ctx) {
    for (const sheet of ctx.workbook.sheets) {
      // A form-like sheet that could not be read is sheet/unreadable-form's: it was not skipped as harmless.
      if (sheet.forms.length || sheet.unreadable.length) continue;
      const message = sheet.blankForms ? "blank" : sheet.instructions ? "instructions" : "skipped";
      ctx.report({ sheet: sheet.name, cell: "A1", message, params: { sheet: sheet.name } });
    }
  },
});
