import { cleanForm } from "../../../support/form-grid";
import { CLEAN_INDICATORS, gist, only, run, withIndicators } from "../helpers";
import { without, cost } from "./shared";
import { CLEAN, ruleTester } from "../../../support/rule-tester";

describe("project/missing-category", () => {
  const ID = "project/missing-category";

  test("fires as an error on a project without 效益指标, at the 项目名称 value cell", () => {
    const d = only(run(ID, withIndicators(without("效益指标"))));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "B3" });
    expect(d.message).toBe("项目缺少一级指标「效益指标」");
  });

  test("fires as an error on a project without 产出指标", () => {
    const d = only(run(ID, withIndicators(without("产出指标"))));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "B3" });
    expect(d.message).toBe("项目缺少一级指标「产出指标」");
  });

  test("fires as a warning on a project without 满意度指标", () => {
    const d = only(run(ID, withIndicators(without("满意度指标"))));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "B3" });
    expect(d.message).toBe("项目缺少一级指标「满意度指标」");
  });

  test("fires as a warning on 产出指标 without any 数量/质量/时效 row", () => {
    const spec = withIndicators([["产出指标", "成本指标", "培训成本", "≤5.00(万元)"], ...without("产出指标")]);
    const d = only(run(ID, spec, { profile: "lenient" }));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "B3" });
    expect(d.message).toBe("产出指标下没有数量指标、质量指标或时效指标");
  });

  test("fires as an error on a form without an indicator table", () => {
    const d = only(run(ID, cleanForm(), {}, { labels: { 一级指标: "指标层级" } }));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "B3" });
    expect(d.message).toBe("项目没有绩效指标表（找不到「一级指标」表头）");
  });

  test("does not fire when 产出, 效益 and 满意度 are all there", () => {
    expect(run(ID, cleanForm())).toEqual([]);
  });

  test("does not count an empty category row as having the category", () => {
    const spec = withIndicators(without("满意度指标"));
    const opts = { emptyCategoryAt: { index: 4, level1: "满意度指标", level2: "服务对象满意度指标" } };
    expect(gist(only(run(ID, spec, {}, opts)))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "B3" });
  });

  test("lenient: a satisfaction 二级 filed under 效益指标 stands in for 满意度指标, and 成本指标 under 产出 for 成本", () => {
    const provincial = withIndicators([
      ...without("满意度指标"),
      ["效益指标", "社会公众或服务对象满意度指标", "群众满意度", "≥90.00(%)"],
      ["产出指标", "成本指标", "单位成本", "≤5.00(万元)"],
    ]);
    expect(run(ID, provincial, { profile: "lenient", requireCostCategory: true })).toEqual([]);
    expect(run(ID, provincial, { profile: "shanghai" }).map((d) => d.severity)).toEqual(["warning"]);
  });

  test("does not ask for 成本指标 by default", () => {
    expect(run(ID, cleanForm())).toEqual([]);
  });

  test("fires as an error without 成本指标 when requireCostCategory is set", () => {
    const d = only(run(ID, cleanForm(), { requireCostCategory: true }));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "B3" });
    expect(d.message).toBe("项目缺少一级指标「成本指标」");
  });

  test("does not fire with requireCostCategory when 成本指标 is there", () => {
    expect(run(ID, withIndicators([...CLEAN_INDICATORS, cost]), { requireCostCategory: true })).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withIndicators(without("满意度指标")), { lang: "en" })).message).toBe("the project has no 满意度指标 indicators");
    expect(only(run(ID, cleanForm(), { lang: "en" }, { labels: { 一级指标: "指标层级" } })).message).toBe(
      "the project has no indicator table (no 一级指标 header found)",
    );
  });

  test("is off when disabled", () => {
    expect(run(ID, withIndicators(without("效益指标")), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("project/missing-category", {
  valid: [
    { name: "a cost category when asked for", form: { indicators: [...CLEAN, ["成本指标", "经济成本指标", "培训成本", "≤5.00(万元)"]] }, settings: { requireCostCategory: true } },
  ],
  invalid: [
    { name: "no 效益指标", form: { indicators: CLEAN.filter((r) => r[0] !== "效益指标") }, errors: [{ messageId: "missing", cell: { field: "projectName" }, severity: "error", fix: null }] },
    { name: "no 满意度指标: a warning", form: { indicators: CLEAN.filter((r) => r[0] !== "满意度指标") }, errors: [{ messageId: "missing", severity: "warning" }] },
    { name: "no cost category when asked for", settings: { requireCostCategory: true }, errors: [{ messageId: "missing", cell: { field: "projectName" } }] },
    { name: "no indicator table", block: { labels: { 一级指标: "指标层级" } }, errors: [{ messageId: "noTable", cell: { field: "projectName" } }] },
    { name: "产出指标 without 数量/质量/时效 (lenient)", form: { indicators: [["产出指标", "成本指标", "培训成本", "≤5.00(万元)"], ...CLEAN.filter((r) => r[0] !== "产出指标")] }, settings: { profile: "lenient" }, errors: [{ messageId: "outputCore", severity: "warning" }] },
  ],
});
