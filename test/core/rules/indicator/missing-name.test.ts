import { cleanForm } from "../../../support/form-grid";
import { gist, only, run, withIndicators } from "../helpers";
import { quality, timeliness, social, satisfaction } from "./shared";
import { CLEAN, Indicator, parts, ruleTester } from "../../../support/rule-tester";

describe("indicator/missing-name", () => {
  const ID = "indicator/missing-name";
  const nameless = withIndicators([["产出指标", "数量指标", null, "=2.00(次)"], quality, timeliness, social, satisfaction]);

  test("fires on a value without a 三级指标, at the name cell", () => {
    const d = only(run(ID, nameless));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "D13" });
    expect(d.message).toBe("指标值「=2.00(次)」缺少三级指标名称");
  });

  test("does not fire on a row with only 一级/二级 (an empty category)", () => {
    expect(run(ID, cleanForm(), {}, { emptyCategoryAt: { index: 3, level1: "成本指标", level2: "经济成本指标" } })).toEqual([]);
  });

  test("does not fire on a row with neither name nor value", () => {
    expect(run(ID, withIndicators([["产出指标", "数量指标", null, null], quality, timeliness, social, satisfaction]))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, nameless, { lang: "en" })).message).toBe("target \"=2.00(次)\" has no 三级指标 name");
  });

  test("is off when disabled", () => {
    expect(run(ID, nameless, { disabledRules: [ID] })).toEqual([]);
  });
});

/** The clean form with one of its rows replaced. */
const withRow = (k: number, row: Indicator) => ({ indicators: CLEAN.map((r, i) => (i === k ? row : r)) });
const NO_RESULT = { formula: "A1*2" };

ruleTester("indicator/missing-name", {
  valid: [
    { name: "a row without name or value (an empty row)", form: withRow(0, ["产出指标", "数量指标", null, { one: null, parts: parts(null, null, null) }]) },
  ],
  invalid: [
    { name: "a target without a name", form: withRow(0, ["产出指标", "数量指标", null, "=2.00(次)"]), errors: [{ messageId: "missing", cell: { indicator: 1, part: "name" }, severity: "error", fix: null }] },
    { name: "a name that is a formula without a result", form: withRow(0, ["产出指标", "数量指标", NO_RESULT, "=2.00(次)"]), errors: [{ messageId: "formula", cell: { indicator: 1, part: "name" } }] },
  ],
});
