import { labelKey } from "../../text/normalize";
import { Form } from "../../template/model";
import { projectCell } from "../support";
import { defineRule } from "../types";

export default defineRule({
  meta: {
    id: "workbook/duplicate-project",
    title: { zh: "项目重名", en: "Duplicate project" },
    severity: "warning",
    docs: { zh: "两张表的项目名称相同", en: "Two forms with the same 项目名称" },
  },
  messages: {
    duplicate: { zh: "项目「{name}」与工作表「{sheet}」{cell} 的项目重名", en: "project \"{name}\" also appears on sheet \"{sheet}\" at {cell}" },
  },
  check(ctx) {
    const first = new Map<string, Form>();
    for (const form of ctx.workbook.forms) {
      const key = labelKey(form.fields.projectName.text);
      if (!key) continue;
      const seen = first.get(key);
      if (!seen) {
        first.set(key, form);
        continue;
      }
      ctx.report({
        form,
        cell: projectCell(form),
        message: "duplicate",
        params: { name: form.fields.projectName.text, sheet: seen.sheet, cell: projectCell(seen) },
        value: form.fields.projectName.text,
      });
    }
  },
});
