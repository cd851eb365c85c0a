import { cellText, formulaText, isCellError, isFormulaWithoutResult } from "../../grid/cell-value";
import { FieldKey, GoalKey } from "../../template/labels";
import { FieldRead, Form } from "../../template/model";
import { noResultMessage, projectCell } from "../support";
import { defineRule } from "../types";

/** The fields every form must fill, in the order the template prints them. */
const REQUIRED: { key: FieldKey | GoalKey; zh: string; en: string; pick: (form: Form) => FieldRead | undefined; date?: true }[] = [
  { key: "projectName", zh: "项目名称", en: "project name", pick: (f) => f.fields.projectName },
  { key: "nature", zh: "项目性质", en: "project nature", pick: (f) => f.fields.nature },
  { key: "category", zh: "项目类别", en: "project category", pick: (f) => f.fields.category },
  { key: "department", zh: "主管部门", en: "supervising department", pick: (f) => f.fields.department },
  { key: "implementer", zh: "实施单位", en: "implementing unit", pick: (f) => f.fields.implementer },
  { key: "start", zh: "计划开始日期", en: "planned start date", pick: (f) => f.dates.start, date: true },
  { key: "end", zh: "计划完成日期", en: "planned end date", pick: (f) => f.dates.end, date: true },
  { key: "annualGoal", zh: "年度总体目标", en: "annual overall goal", pick: (f) => f.goals.annualGoal },
];

/**
 * Fields a form may leave empty, but whose value, once there, is read (the summary, text/* rules): an error
 * value or a formula without a result there is as unread as in a required field.
 */
const OPTIONAL: typeof REQUIRED = [{ key: "projectGoal", zh: "项目总目标", en: "overall project goal", pick: (f) => f.goals.projectGoal }];

export default defineRule({
  meta: {
    id: "form/missing-field",
    title: { zh: "栏目未填", en: "Field not filled" },
    severity: "error",
    docs: {
      zh: "项目名称、项目性质、项目类别、主管部门、实施单位、计划开始/完成日期或年度总体目标为空，或一栏的值是错误值（#REF!）或没有计算结果的公式；lenient 配置下只要求表中印有的栏目",
      en: "Project name, nature, category, department, implementing unit, planned dates or annual goal is empty, or a field holds an error value (#REF!) or a formula without a calculated result; under `lenient` only the fields the form prints are required",
    },
  },
  messages: {
    empty: { zh: "「{field}」未填写", en: "{field} is empty" },
    absent: { zh: "表中找不到「{field}」一栏", en: "the form has no {field} field" },
    error: { zh: "「{field}」是错误值 {value}", en: "{field} is an error value {value}" },
    formula: noResultMessage({ zh: "「{field}」", en: "{field}" }),
  },
  check(ctx) {
    /** Reports a value that is there but cannot be read; true when it did. */
    const unread = (form: Form, field: FieldRead, params: { field: { zh: string; en: string } }, date = false): boolean => {
      const v = field.value;
      const cell = field.cell ?? field.labelCell;
      // An error value in a date is form/invalid-date's: a value that is no date.
      if (isCellError(v) && date) return true;
      if (isCellError(v)) ctx.report({ form, cell, message: "error", params: { ...params, value: cellText(v) }, value: cellText(v) });
      else if (isFormulaWithoutResult(v)) ctx.report({ form, cell, message: "formula", params: { ...params, formula: formulaText(v) }, value: formulaText(v) });
      else return false;
      return true;
    };
    const absent = ctx.profile.absentField;
    for (const form of ctx.workbook.forms) {
      // A plan period in one cell stands for both dates: one empty cell, one finding.
      const seen = new Set<string>();
      for (const req of REQUIRED) {
        const field = req.pick(form);
        const params = { field: { zh: req.zh, en: req.en } };
        if (!field) {
          // A field the form's template does not print at all is asked for under no profile.
          if (absent && (form.templateFields?.has(req.key) ?? true)) ctx.report({ form, cell: projectCell(form), message: "absent", params, severity: absent });
          continue;
        }
        const cell = field.cell ?? field.labelCell;
        if (seen.has(cell)) continue;
        seen.add(cell);
        if (!unread(form, field, params, req.date) && !field.text) ctx.report({ form, cell, message: "empty", params });
      }
      for (const opt of OPTIONAL) {
        const field = opt.pick(form);
        if (field) unread(form, field, { field: { zh: opt.zh, en: opt.en } });
      }
    }
  },
});
