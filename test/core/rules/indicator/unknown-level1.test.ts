import { cleanForm } from "../../../support/form-grid";
import { gist, only, run, withIndicators } from "../helpers";
import { quality, timeliness, social, satisfaction, outputLevel1As, plusRow } from "./shared";
import { CLEAN, Indicator, ruleTester } from "../../../support/rule-tester";

describe("indicator/unknown-level1", () => {
  const ID = "indicator/unknown-level1";

  test("fires once on a shortened 一级 merged over its rows, offering the full name", () => {
    const d = only(run(ID, withIndicators(outputLevel1As("产出"))));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "B13", fix: "产出指标" });
    expect(d.message).toBe("一级指标「产出」不在指标体系内（应为 产出指标、效益指标、满意度指标、成本指标 之一）");
  });

  test("fires on a 一级 close to nothing, without a fix", () => {
    expect(gist(only(run(ID, withIndicators(plusRow(["双星", "数量指标", "星级评定", "=2.00(次)"])))))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "B17" });
  });

  test("fires on a blank 一级, saying it is missing", () => {
    const d = only(run(ID, withIndicators([["", "数量指标", "举办培训班", "=2.00(次)"], quality, timeliness, social, satisfaction])));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "B13" });
    expect(d.message).toBe("指标「举办培训班」缺少一级指标");
  });

  test("does not fire on a 一级 with stray spaces and a line break", () => {
    expect(run(ID, withIndicators(outputLevel1As("产出 指\n标")))).toEqual([]);
  });

  test("does not fire on spaced, full-width header labels", () => {
    expect(run(ID, cleanForm(), {}, { labelStyle: "spaced" })).toEqual([]);
    expect(run(ID, cleanForm(), {}, { labelStyle: "fullwidth" })).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withIndicators(outputLevel1As("产出")), { lang: "en" })).message).toBe(
      "一级 \"产出\" is not in the taxonomy (one of 产出指标、效益指标、满意度指标、成本指标)",
    );
  });

  test("is off when disabled", () => {
    expect(run(ID, withIndicators(outputLevel1As("产出")), { disabledRules: [ID] })).toEqual([]);
  });
});

/** The clean form with one of its rows replaced. */
const withRow = (k: number, row: Indicator) => ({ indicators: CLEAN.map((r, i) => (i === k ? row : r)) });
const NO_RESULT = { formula: "A1*2" };

ruleTester("indicator/unknown-level1", {
  valid: [
    { name: "a 一级 with spaces and a line break", form: withRow(0, ["产出 指\n标", "数量指标", "举办培训班", "=2.00(次)"]), layouts: ["block", "split"] },
  ],
  invalid: [
    { name: "产出 for 产出指标", form: withRow(0, ["产出", "数量指标", "举办培训班", "=2.00(次)"]), errors: [{ messageId: "unknown", cell: { indicator: 1, part: "level1" }, severity: "error", fix: "产出指标", fixInPlace: true }] },
    { name: "a blank 一级", form: withRow(0, ["", "数量指标", "举办培训班", "=2.00(次)"]), errors: [{ messageId: "empty", cell: { indicator: 1, part: "level1" }, fix: null }] },
    { name: "a formula without a result", form: withRow(0, [NO_RESULT as never, "数量指标", "举办培训班", "=2.00(次)"]), errors: [{ messageId: "formula", cell: { indicator: 1, part: "level1" } }] },
  ],
});
