import type { ProfileSpec } from "./spec";

/** Other provinces' forms (template.md, "Other provinces' forms"): their taxonomy and their fields. */
export const lenient: ProfileSpec = {
  name: "lenient",
  taxonomyAdditions: {
    产出指标: ["成本指标"],
    效益指标: ["社会公众或服务对象满意度指标"],
    满意度指标: ["社会公众或服务对象满意度指标"],
  },
  categoryStandIns: {
    成本指标: "成本指标",
    社会公众或服务对象满意度指标: "满意度指标",
  },
  // Their templates do not print every field of Shanghai's: a field they lack is not asked for.
  absentField: null,
  // rules.md ("Profiles"): a form that never asked for an operator gets a warning for leaving it out.
  severities: { "target/missing-operator": "warning" },
};
