import { FieldRead, Form } from "../../template/model";
import { projectCell } from "../support";
import { defineRule } from "../types";

/** The fields every form must fill, in the order the template prints them. */
const REQUIRED: { zh: string; en: string; pick: (form: Form) => FieldRead | undefined }[] = [
  { zh: "项目名称", en: "project name", pick: (f) => f.fields.projectName },
  { zh: "项目性质", en: "project nature", pick: (f) => f.fields.nature },
  { zh: "项目类别", en: "project category", pick: (f) => f.fields.category },
  { zh: "主管部门", en: "supervising department", pick: (f) => f.fields.department },
  { zh: "实施单位", en: "implementing unit", pick: (f) => f.fields.implementer },
  { zh: "计划开始日期", en: "planned start date", pick: (f) => f.dates.start },
  { zh: "计划完成日期", en: "planned end date", pick: (f) => f.dates.end },
  { zh: "年度总体目标", en: "annual overall goal", pick: (f) => f.goals.annualGoal },
];

export default defineRule({
  meta: {
    id: "form/missing-field",
    severity: "error",
    docs: {
      zh: "项目名称、项目性质、项目类别、主管部门、实施单位、计划开始/完成日期或年度总体目标为空",
      en: "Project name, nature, category, department, implementing unit, planned dates or annual goal is empty",
    },
  },
  messages: {
    empty: { zh: "「{field}」未填写", en: "{fieldEn} is empty" },
    absent: { zh: "表中找不到「{field}」一栏", en: "the form has no {fieldEn} field" },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      for (const req of REQUIRED) {
        const field = req.pick(form);
        const params = { field: req.zh, fieldEn: req.en };
        if (!field) ctx.report({ form, cell: projectCell(form), message: "absent", params });
        else if (!field.text) ctx.report({ form, cell: field.cell ?? field.labelCell, message: "empty", params });
      }
    }
  },
});
