import { CleanLevel2, gist, only, run, withTarget } from "../helpers";
import { sv, SPLIT_LAYOUT, splitWith } from "./shared";
import { ruleTester, formWith, parts } from "../../../support/rule-tester";

describe("target/noncanonical", () => {
  const ID = "target/noncanonical";

  test("fires on ≥60(人次), offering ≥60.00(人次)", () => {
    const d = only(run(ID, withTarget("数量指标", "≥60(人次)", "培训人次")));
    expect(gist(d)).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "F13", fix: "≥60.00(人次)" });
    expect(d.message).toBe("指标值「≥60(人次)」的标准写法是 ≥60.00(人次)");
  });

  test.each<[string, CleanLevel2, string, string]>([
    ["an unbracketed percent", "质量指标", "≥95%", "≥95.00(%)"],
    ["thousands separators in a short rendering", "数量指标", "≥2,800(条)", "≥2800.00(条)"],
    ["a trailing full stop", "数量指标", "=2.00(次)。", "=2.00(次)"],
    ["a trailing comma", "数量指标", "=2.00(次)，", "=2.00(次)"],
    ["a full-width percent sign (the folding is reported)", "质量指标", "≥95.00(％)", "≥95.00(%)"],
    ["a remark in brackets", "质量指标", "≥95.00%(含)", "≥95.00(%)"],
  ])("fires on %s", (_label, level2, value, fix) => {
    const d = only(run(ID, withTarget(level2, value)));
    expect(d.fix).toBe(fix);
    expect(d.fixInPlace).toBe(true);
  });

  test("says when full-width characters were used", () => {
    const d = only(run(ID, withTarget("质量指标", "≥９５.00(%)")));
    expect(gist(d)).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "F14", fix: "≥95.00(%)" });
    expect(d.message).toBe("「≥９５.00(%)」含全角数字或符号，应写作 ≥95.00(%)");
    expect(only(run(ID, withTarget("质量指标", "≥95.00(％)"), { lang: "en" })).message).toBe("\"≥95.00(％)\" has full-width digits or signs; write ≥95.00(%)");
  });

  test("names a remark after the number", () => {
    const d = only(run(ID, withTarget("数量指标", "=2.00(次)(暂定)")));
    expect(gist(d)).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "F13", fix: "=2.00(次)" });
    expect(d.message).toBe("指标值「=2.00(次)(暂定)」在数值后加了说明「暂定」，标准写法只写数值：=2.00(次)");
    expect(only(run(ID, withTarget("数量指标", "=2.00(次)(暂定)"), { lang: "en" })).message).toBe(
      "target \"=2.00(次)(暂定)\" adds the remark \"暂定\" after the number; the canonical form is just =2.00(次)",
    );
  });

  test.each<[CleanLevel2, string, string, string]>([
    ["质量指标", "100%完成", "F14", "=100.00(%)"],
    ["社会效益指标", "100人左右", "F16", "=100.00(人)"],
  ])("fires on a number followed by words under %s, where text is allowed", (level2, value, cell, fix) => {
    const d = only(run(ID, withTarget(level2, value)));
    expect(gist(d)).toEqual({ rule: ID, severity: "info", sheet: "S", cell, fix });
    expect(d.message).toBe(`「${value}」在数值后附加了文字，应只写数值，如 ${fix}`);
    expect(d.fixInPlace).toBe(true);
  });

  test("says a number followed by words needs its unit when it has none (1-2次), offering no fix", () => {
    const d = only(run(ID, withTarget("质量指标", "1-2次")));
    expect(gist(d)).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "F14" });
    expect(d.message).toBe("「1-2次」在数值后附加了文字，应只写一个数值及其计量单位");
  });

  test.each<[CleanLevel2, string]>([
    ["数量指标", "100%完成"],
    ["时效指标", "3天内完成"],
    ["服务对象满意度指标", "95%以上完成"],
  ])("leaves a number followed by words under %s to target/qualitative-not-allowed", (level2, value) => {
    expect(run(ID, withTarget(level2, value))).toEqual([]);
  });

  test.each<[string, CleanLevel2, string]>([
    ["the canonical rendering", "质量指标", "≥95.00(%)"],
    ["thousands separators (rules.md allows them)", "数量指标", "≥2,800.00(条)"],
    ["thousands separators in 人次", "数量指标", "≥1,000.00(人次)"],
    ["a remark in full-width brackets (target/nonstandard-operator's job)", "质量指标", "≥95%（满意度）"],
    ["a value without operator (target/missing-operator's job)", "时效指标", "100%"],
    ["a nonstandard operator (target/nonstandard-operator's job)", "质量指标", ">=95%"],
    ["a value without unit", "数量指标", "≥5"],
    ["Chinese numerals", "时效指标", "百分之百"],
  ])("does not fire on %s", (_label, level2, value) => {
    expect(run(ID, withTarget(level2, value))).toEqual([]);
  });

  test("does not fire on a split layout, whose cells have no single canonical text", () => {
    expect(run(ID, splitWith("数量指标", sv("≥", "60", "人次")), {}, SPLIT_LAYOUT)).toEqual([]);
  });

  test("reports full-width digits in a split layout at their own cell", () => {
    const d = only(run(ID, splitWith("数量指标", sv("≥", "６０", "人次")), {}, SPLIT_LAYOUT));
    expect(gist(d)).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "F13", fix: "60" });
    expect(d.message).toBe("「６０」含全角数字或符号，应写作 60");
    expect(d.fixInPlace).toBe(true);
  });

  test("a number followed by words in a split layout's value cell is reported without a drop-in fix", () => {
    const d = only(run(ID, splitWith("质量指标", sv("=", "100%完成", null)), {}, SPLIT_LAYOUT));
    expect(gist(d)).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "F14", fix: "=100.00(%)" });
    expect(d.fixInPlace).toBeUndefined();
  });

  test("renders in English", () => {
    expect(only(run(ID, withTarget("质量指标", "≥95%"), { lang: "en" })).message).toBe("the canonical form of \"≥95%\" is ≥95.00(%)");
  });

  test("is off when disabled", () => {
    expect(run(ID, withTarget("质量指标", "≥95%"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("target/noncanonical", {
  valid: [
    { name: "the canonical value", form: formWith("数量指标", parts("≥", 60, "人次"), "培训人次") },
  ],
  invalid: [
    { name: "≥60(人次)", form: formWith("数量指标", "≥60(人次)", "培训人次"), errors: [{ messageId: "canonical", cell: { indicator: 1 }, severity: "info", fix: "≥60.00(人次)", fixInPlace: true }] },
    { name: "full-width digits", form: formWith("质量指标", "≥９５.00(%)"), errors: [{ messageId: "fullWidth", cell: { indicator: 2 }, fix: "≥95.00(%)" }] },
    { name: "full-width digits in the value column", form: formWith("数量指标", parts("≥", "６０", "人次")), errors: [{ messageId: "fullWidth", cell: { indicator: 1 }, fix: "60", fixInPlace: true }] },
    { name: "a remark after the value", form: formWith("数量指标", "=2.00(次)(暂定)"), errors: [{ messageId: "remark", cell: { indicator: 1 }, fix: "=2.00(次)" }] },
    { name: "100%完成", form: formWith("质量指标", "100%完成"), errors: [{ messageId: "trailingWords", cell: { indicator: 2 }, fix: "=100.00(%)" }] },
    { name: "100%完成 in the value column", form: formWith("质量指标", parts("=", "100%完成", null)), errors: [{ messageId: "trailingWords", cell: { indicator: 2 }, fix: "=100.00(%)", fixInPlace: false }] },
    { name: "1-2次", form: formWith("质量指标", "1-2次"), errors: [{ messageId: "trailingWordsNoUnit", cell: { indicator: 2 }, fix: null }] },
  ],
});
