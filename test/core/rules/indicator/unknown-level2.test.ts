import { IndicatorRow } from "../../../support/form-grid";
import { gist, only, run, withIndicators } from "../helpers";
import { quantity, quality, timeliness, social, satisfaction, plusRow } from "./shared";
import { CLEAN, Indicator, ruleTester } from "../../../support/rule-tester";

describe("indicator/unknown-level2", () => {
  const ID = "indicator/unknown-level2";
  const costUnderOutput: IndicatorRow = ["产出指标", "成本指标", "培训成本", "≤5.00(万元)"];
  const publicSatisfaction: IndicatorRow = ["效益指标", "社会公众或服务对象满意度指标", "公众满意度", "≥85.00(%)"];

  test("fires on 双星指标 (as in the seed), naming the allowed 二级 and offering no fix", () => {
    const d = only(run(ID, withIndicators([["产出指标", "双星指标", "举办培训班", "=2.00(次)"], quality, timeliness, social, satisfaction])));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "C13" });
    expect(d.message).toBe("二级指标「双星指标」不在指标体系内；「产出指标」下应为 数量指标、质量指标、时效指标 之一");
  });

  test("offers the nearest 二级 of that 一级 when the name is close", () => {
    const d = only(run(ID, withIndicators([["产出指标", "数理指标", "举办培训班", "=2.00(次)"], quality, timeliness, social, satisfaction])));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "C13", fix: "数量指标" });
  });

  test("fires on a blank 二级, saying it is missing", () => {
    const d = only(run(ID, withIndicators([["产出指标", "", "举办培训班", "=2.00(次)"], quality, timeliness, social, satisfaction])));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "C13" });
    expect(d.message).toBe("指标「举办培训班」缺少二级指标");
  });

  test("does not fire on a 二级 broken over two lines", () => {
    expect(run(ID, withIndicators(plusRow(["效益指标", "可持续影\n响指标", "长效机制运行", "建立"])))).toEqual([]);
  });

  test("fires on 成本指标 as a 二级 under 产出指标 in shanghai; lenient accepts it", () => {
    const spec = withIndicators([quantity, quality, timeliness, costUnderOutput, social, satisfaction]);
    expect(gist(only(run(ID, spec)))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "C16" });
    expect(run(ID, spec, { profile: "lenient" })).toEqual([]);
  });

  test("fires on 社会公众或服务对象满意度指标 under 效益指标 in shanghai; lenient accepts it", () => {
    const spec = withIndicators(plusRow(publicSatisfaction));
    expect(gist(only(run(ID, spec)))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "C17" });
    expect(run(ID, spec, { profile: "lenient" })).toEqual([]);
  });

  test("does not fire on a known 二级 under the wrong 一级 (indicator/level-mismatch's job)", () => {
    expect(run(ID, withIndicators([quantity, quality, timeliness, ["产出指标", "社会效益指标", "长效管理机制", "建立"], satisfaction]))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withIndicators([["产出指标", "双星指标", "举办培训班", "=2.00(次)"], quality, timeliness, social, satisfaction]), { lang: "en" })).message).toBe(
      "二级 \"双星指标\" is not in the taxonomy; under 产出指标 use one of 数量指标、质量指标、时效指标",
    );
  });

  test("is off when disabled", () => {
    expect(run(ID, withIndicators([["产出指标", "双星指标", "举办培训班", "=2.00(次)"], quality, timeliness, social, satisfaction]), { disabledRules: [ID] })).toEqual([]);
  });
});

/** The clean form with one of its rows replaced. */
const withRow = (k: number, row: Indicator) => ({ indicators: CLEAN.map((r, i) => (i === k ? row : r)) });
const NO_RESULT = { formula: "A1*2" };

ruleTester("indicator/unknown-level2", {
  valid: [
    { name: "a known 二级 under its 一级", form: withRow(0, ["产出指标", "质量指标", "举办培训班", "=2.00(次)"]) },
  ],
  invalid: [
    { name: "a 二级 near a known one", form: withRow(0, ["产出指标", "数理指标", "举办培训班", "=2.00(次)"]), errors: [{ messageId: "unknownUnder", cell: { indicator: 1, part: "level2" }, severity: "error", fix: "数量指标", fixInPlace: true }] },
    { name: "a 二级 like none", form: withRow(0, ["产出指标", "双星指标", "举办培训班", "=2.00(次)"]), errors: [{ messageId: "unknownUnder", cell: { indicator: 1, part: "level2" }, fix: null }] },
    { name: "an unknown 二级 under an unknown 一级", form: withRow(0, ["自定义", "自定指标", "举办培训班", "=2.00(次)"]), errors: [{ messageId: "unknown", cell: { indicator: 1, part: "level2" } }] },
    { name: "a blank 二级", form: withRow(0, ["产出指标", "", "举办培训班", "=2.00(次)"]), errors: [{ messageId: "empty", cell: { indicator: 1, part: "level2" } }] },
    { name: "a formula without a result", form: withRow(0, ["产出指标", NO_RESULT as never, "举办培训班", "=2.00(次)"]), errors: [{ messageId: "formula", cell: { indicator: 1, part: "level2" } }] },
  ],
});
