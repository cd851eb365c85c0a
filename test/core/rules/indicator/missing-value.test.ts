import { gist, only, run, withIndicators } from "../helpers";
import { quality, quantity, satisfaction, social, timeliness } from "./shared";
import { CLEAN, Indicator, parts, ruleTester } from "../../../support/rule-tester";

describe("indicator/missing-value", () => {
  const ID = "indicator/missing-value";

  test("fires on a 三级指标 without a value, at the value cell", () => {
    const d = only(run(ID, withIndicators([["产出指标", "数量指标", "举办培训班", null], quality, timeliness, social, satisfaction])));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F13" });
    expect(d.message).toBe("三级指标「举办培训班」未填写指标值");
  });

  test("fires on an Excel error value, naming it", () => {
    const d = only(run(ID, withIndicators([["产出指标", "数量指标", "举办培训班", { error: "#N/A" }], quality, timeliness, social, satisfaction])));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F13" });
    expect(d.message).toBe("三级指标「举办培训班」的指标值是错误值 #N/A");
  });

  test("does not fire on a qualitative value such as 无", () => {
    expect(run(ID, withIndicators([quantity, quality, timeliness, ["效益指标", "社会效益指标", "安全事故", "无"], satisfaction]))).toEqual([]);
  });

  test("does not fire on a zero", () => {
    expect(run(ID, withIndicators([quantity, quality, timeliness, ["效益指标", "社会效益指标", "安全事故数", "=0.00(起)"], satisfaction]))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withIndicators([["产出指标", "数量指标", "举办培训班", { error: "#N/A" }], quality, timeliness, social, satisfaction]), { lang: "en" })).message)
      .toBe("indicator \"举办培训班\" has an error value #N/A");
  });

  test("is off when disabled", () => {
    expect(run(ID, withIndicators([["产出指标", "数量指标", "举办培训班", null], quality, timeliness, social, satisfaction]), { disabledRules: [ID] })).toEqual([]);
  });
});

/** The clean form with one of its rows replaced. */
const withRow = (k: number, row: Indicator) => ({ indicators: CLEAN.map((r, i) => (i === k ? row : r)) });
const NO_RESULT = { formula: "A1*2" };

ruleTester("indicator/missing-value", {
  valid: [
    { name: "无 for a safety target", form: withRow(3, ["效益指标", "社会效益指标", "安全事故", parts("定性", "无", null)]) },
  ],
  invalid: [
    { name: "no value", form: withRow(0, ["产出指标", "数量指标", "举办培训班", { one: null, parts: parts(null, null, null) }]), errors: [{ messageId: "empty", cell: { indicator: 1 }, severity: "error", fix: null }] },
    { name: "#N/A", form: withRow(0, ["产出指标", "数量指标", "举办培训班", { one: { error: "#N/A" }, parts: parts("=", { error: "#N/A" }, "次") }]), errors: [{ messageId: "error", cell: { indicator: 1 } }] },
    { name: "a formula without a result", form: withRow(0, ["产出指标", "数量指标", "举办培训班", { one: NO_RESULT, parts: parts("=", NO_RESULT, "次") }]), errors: [{ messageId: "formula", cell: { indicator: 1 } }] },
  ],
});
