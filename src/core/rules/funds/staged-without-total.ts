import { labelKey } from "../../text/normalize";
import { projectCell } from "../support";
import { defineRule } from "../types";

const STAGED = "阶段性项目";

export default defineRule({
  meta: {
    id: "funds/staged-without-total",
    title: { zh: "阶段性项目缺总额", en: "Staged project without total" },
    severity: "warning",
    docs: {
      zh: "项目性质为阶段性项目，但项目资金总额或项目总目标为空",
      en: "A staged project (阶段性项目) without a project total or an overall project goal",
    },
  },
  messages: {
    total: { zh: "阶段性项目应填写项目资金总额", en: "a staged project should state its project total (项目资金总额)" },
    goal: { zh: "阶段性项目应填写项目总目标", en: "a staged project should state its overall goal (项目总目标)" },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      if (!labelKey(form.fields.nature?.text ?? "").includes(STAGED)) continue;
      const total = form.funds.projectTotal;
      // A total or a goal that is there but unreadable (an error value, a formula without a result) is
      // funds/not-a-number's or form/missing-field's finding, not a missing one.
      // "-" reads as 0: for the whole project's amount that is no more stated than a blank.
      if (!total || ((total.amount === null || total.amount === 0) && !total.problem)) ctx.report({ form, cell: total?.cell ?? projectCell(form), message: "total" });
      const goal = form.goals.projectGoal;
      if (!goal?.text && goal?.value == null) ctx.report({ form, cell: goal?.cell ?? goal?.labelCell ?? projectCell(form), message: "goal" });
    }
  },
});
