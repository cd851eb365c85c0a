import { cleanForm } from "../../../support/form-grid";
import { CLEAN_INDICATORS, gist, only, run, withIndicators } from "../helpers";
import { quantity, quality, timeliness, social, satisfaction, outputLevel1As, plusRow } from "./shared";
import { CLEAN, Indicator, parts, ruleTester } from "../../../support/rule-tester";

describe("indicator/level-mismatch", () => {
  const ID = "indicator/level-mismatch";
  // 社会效益指标 under 产出指标 (row 16, inside the 产出 group), the 效益 group kept by another row.
  const misplaced = withIndicators([
    quantity, quality, timeliness,
    ["产出指标", "社会效益指标", "长效管理机制", "建立"],
    ["效益指标", "经济效益指标", "节约经费", "≥1.00(万元)"],
    satisfaction,
  ]);

  test("lenient accepts 社会公众或服务对象满意度指标 under 满意度指标 as well as under 效益指标; shanghai does not", () => {
    const spec = withIndicators([...CLEAN_INDICATORS.slice(0, 4), ["满意度指标", "社会公众或服务对象满意度指标", "群众满意度", "≥90.00(%)"]]);
    expect(run("indicator/level-mismatch", spec, { profile: "lenient" })).toEqual([]);
    expect(run("indicator/unknown-level2", spec, { profile: "shanghai" }).map((d) => d.cell)).toEqual(["C17"]);
  });

  test("fires on a known 二级 under the wrong 一级, at the 二级 cell, offering the right 一级", () => {
    const d = only(run(ID, misplaced));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "C16", fix: "效益指标" });
    expect(d.message).toBe("二级指标「社会效益指标」应属于「效益指标」，不属于「产出指标」");
  });

  test("fires on 服务对象满意度指标 under 效益指标", () => {
    expect(gist(only(run(ID, withIndicators(plusRow(["效益指标", "服务对象满意度指标", "群众满意度", "≥90.00(%)"]))))))
      .toEqual({ rule: ID, severity: "error", sheet: "S", cell: "C17", fix: "满意度指标" });
  });

  test("does not fire on the clean form", () => {
    expect(run(ID, cleanForm())).toEqual([]);
  });

  test("does not fire under an unknown 一级 (indicator/unknown-level1's job)", () => {
    expect(run(ID, withIndicators(outputLevel1As("产出")))).toEqual([]);
  });

  test("does not fire in lenient on 成本指标 under 产出指标 or 社会公众或服务对象满意度指标 under 效益指标", () => {
    const spec = withIndicators([
      quantity, quality, timeliness,
      ["产出指标", "成本指标", "培训成本", "≤5.00(万元)"],
      social,
      ["效益指标", "社会公众或服务对象满意度指标", "公众满意度", "≥85.00(%)"],
      satisfaction,
    ]);
    expect(run(ID, spec, { profile: "lenient" })).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, misplaced, { lang: "en" })).message).toBe("二级 \"社会效益指标\" belongs under 效益指标, not 产出指标");
  });

  test("is off when disabled", () => {
    expect(run(ID, misplaced, { disabledRules: [ID] })).toEqual([]);
  });
});

/** The clean form with one of its rows replaced. */
const withRow = (k: number, row: Indicator) => ({ indicators: CLEAN.map((r, i) => (i === k ? row : r)) });

ruleTester("indicator/level-mismatch", {
  valid: [
    { name: "社会效益指标 under 效益指标" },
  ],
  invalid: [
    { name: "社会效益指标 under 产出指标", form: withRow(3, ["产出指标", "社会效益指标", "长效管理机制", parts("定性", "建立", null)]), errors: [{ messageId: "mismatch", cell: { indicator: 4, part: "level2" }, severity: "error", fix: "效益指标" }] },
  ],
});
