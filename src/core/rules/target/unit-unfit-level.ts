import { COUNT_UNITS } from "../../target/vocabulary";
import { defineRule } from "../types";
import { eachIndicator, kindOf, quantityOf, cellOfUnit } from "../support";

export default defineRule({
  meta: {
    id: "target/unit-unfit-level",
    title: { zh: "单位与指标类别不符", en: "Unit unfit for the category" },
    severity: "warning",
    docs: {
      zh: "时效指标用了计数单位（次、人次、人、家…）；满意度指标用了 % 以外的单位",
      en: "A count unit (次, 人次, 人, 家 …) under 时效指标; a unit other than % under 满意度",
    },
  },
  messages: {
    timeliness: {
      zh: "时效指标「{name}」以「{unit}」计量，像是数量而不是时效（宜用 % 或 天/月）",
      en: "时效指标 \"{name}\" is measured in {unit}: a count, not timeliness (use % or days/months)",
    },
    satisfaction: { zh: "满意度指标「{name}」应以 % 计量，而不是「{unit}」", en: "satisfaction \"{name}\" should be in %, not {unit}" },
  },
  check(ctx) {
    eachIndicator(ctx, (form, ind) => {
      const t = quantityOf(ind);
      if (!t || t.unit === null) return;
      const kind = kindOf(ind);
      const params = { name: ind.name, unit: t.unit };
      if (kind === "timeliness" && COUNT_UNITS.has(t.unit)) {
        ctx.report({ form, cell: cellOfUnit(ind), message: "timeliness", params, value: ind.raw });
      } else if (kind === "satisfaction" && t.unit !== "%") {
        ctx.report({ form, cell: cellOfUnit(ind), message: "satisfaction", params, value: ind.raw });
      }
    });
  },
});
