import { formatted } from "../../../support/form-grid";
import { CleanLevel2, gist, only, run, withTarget } from "../helpers";
import { sv, SPLIT_LAYOUT, splitWith, publicSatisfaction } from "./shared";
import { ruleTester, formWith, parts } from "../../../support/rule-tester";

describe("target/qualitative-not-allowed", () => {
  const ID = "target/qualitative-not-allowed";

  test("fires as an error on text under 数量指标", () => {
    const d = only(run(ID, withTarget("数量指标", "若干")));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F13" });
    expect(d.message).toBe("数量指标需要数值目标，「若干」不可衡量（如 ≥1.00(次)）");
  });

  test("fires as an error on digits inside words under 数量指标", () => {
    expect(gist(only(run(ID, withTarget("数量指标", "符合GB 2760标准"))))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F13" });
  });

  test("fires as an error on text under 服务对象满意度指标", () => {
    const d = only(run(ID, withTarget("服务对象满意度指标", "满意")));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F17" });
    expect(d.message).toBe("满意度指标需要百分比目标，「满意」不可衡量（如 ≥90.00(%)）");
  });

  test("fires as a warning on text under 时效指标", () => {
    const d = only(run(ID, withTarget("时效指标", "及时")));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F15" });
    expect(d.message).toBe("时效指标宜用可衡量的目标，「及时」不可衡量（如 =100.00(%) 或 ≤30.00(天)）");
  });

  // rules.md: a deadline under 时效指标 is measurable. (2024年6月底前完成 was a warning here before deadlines.)
  test.each(["2024年6月底前完成", "2024-12-31", "2024/12/31", "2024.12.31", "2024年12月31日前", "12月底", "2024.04-2024.05", "2024年4月至5月"])(
    "does not fire on the deadline %s under 时效指标",
    (value) => {
      expect(run(ID, withTarget("时效指标", value))).toEqual([]);
    },
  );

  test("does not fire on an Excel date in the value cell under 时效指标", () => {
    expect(run(ID, withTarget("时效指标", formatted(45657, "yyyy-mm-dd")))).toEqual([]);
  });

  test("a bare year under 时效指标 is a warning that asks for the month or day", () => {
    const d = only(run(ID, withTarget("时效指标", "2024年")));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F15" });
    expect(d.message).toBe("时效指标「2024年」只写了年份，请写明月份或日期（如 2024年12月31日前）");
    expect(only(run(ID, withTarget("时效指标", "2024年底前"), { lang: "en" })).message).toBe(
      "时效指标 \"2024年底前\" names only a year; name the month or day (e.g. 2024-12-31)",
    );
  });

  test.each(["按期完成", "及时", "当年"])("%s stays qualitative: a warning under 时效指标", (value) => {
    expect(gist(only(run(ID, withTarget("时效指标", value))))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F15" });
  });

  test("under any other 二级 a deadline is text: an error under 数量指标", () => {
    expect(gist(only(run(ID, withTarget("数量指标", "2024年12月31日前"))))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F13" });
    expect(gist(only(run(ID, withTarget("数量指标", formatted(45657, "yyyy-mm-dd")))))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F13" });
  });

  test("fires as an error on text under lenient's 社会公众或服务对象满意度指标", () => {
    expect(gist(only(run(ID, publicSatisfaction("满意"), { profile: "lenient" })))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F17" });
  });

  test("says so when a number is followed by words, offering the number alone (not as a drop-in)", () => {
    const d = only(run(ID, withTarget("数量指标", "100%完成")));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F13", fix: "=100.00(%)" });
    expect(d.message).toBe("「100%完成」在数值后附加了文字，应只写数值，如 =100.00(%)");
    expect(d.fixInPlace).toBeUndefined();
  });

  test.each<[string, CleanLevel2, string, "error" | "warning", string, string]>([
    ["an approximate count", "数量指标", "100人左右", "error", "F13", "=100.00(人)"],
    ["a deadline in words (内 is ≤)", "时效指标", "3天内完成", "warning", "F15", "≤3.00(天)"],
    ["a satisfaction rate (≥)", "服务对象满意度指标", "95%以上完成", "error", "F17", "≥95.00(%)"],
    ["an operator before the number", "数量指标", "≥100人左右", "error", "F13", "≥100.00(人)"],
  ])("offers the number alone for %s", (_label, level2, value, severity, cell, fix) => {
    expect(gist(only(run(ID, withTarget(level2, value))))).toEqual({ rule: ID, severity, sheet: "S", cell, fix });
  });

  test("offers no fix when the number has no unit (a range: 1-2次)", () => {
    const d = only(run(ID, withTarget("数量指标", "1-2次")));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F13" });
    expect(d.message).toBe("「1-2次」在数值后附加了文字，应只写一个数值及其计量单位");
  });

  test("renders a number followed by words in English", () => {
    expect(only(run(ID, withTarget("数量指标", "100%完成"), { lang: "en" })).message).toBe(
      "\"100%完成\" adds words after the number; write only the number, e.g. =100.00(%)",
    );
    expect(only(run(ID, withTarget("数量指标", "1-2次"), { lang: "en" })).message).toBe(
      "\"1-2次\" adds words after the number; write a single number with its unit",
    );
  });

  test("fires on 定性 in a split layout under 数量指标", () => {
    expect(gist(only(run(ID, splitWith("数量指标", sv("定性", "若干", null)), {}, SPLIT_LAYOUT)))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "F13" });
  });

  test.each<[string, CleanLevel2, string]>([
    ["text under 质量指标", "质量指标", "符合食品卫生标准"],
    ["text under 社会效益指标", "社会效益指标", "建立"],
    ["a number under 数量指标", "数量指标", "=2.00(次)"],
    ["a number under 时效指标", "时效指标", "≤30.00(天)"],
    ["Chinese numerals under 时效指标", "时效指标", "百分之百"],
  ])("does not fire on %s", (_label, level2, value) => {
    expect(run(ID, withTarget(level2, value))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withTarget("时效指标", "及时"), { lang: "en" })).message).toBe(
      "a 时效指标 should be measurable; \"及时\" is not (e.g. =100.00(%) or ≤30.00(天))",
    );
  });

  test("is off when disabled", () => {
    expect(run(ID, withTarget("数量指标", "若干"), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("target/qualitative-not-allowed", {
  valid: [
    { name: "text under 社会效益指标", form: formWith("社会效益指标", parts("定性", "建立", null)) },
  ],
  invalid: [
    { name: "若干 under 数量指标", form: formWith("数量指标", parts("定性", "若干", null)), errors: [{ messageId: "quantity", cell: { indicator: 1 }, severity: "error", fix: null }] },
    { name: "满意 under 服务对象满意度指标", form: formWith("服务对象满意度指标", parts("定性", "满意", null)), errors: [{ messageId: "satisfaction", cell: { indicator: 5 }, severity: "error" }] },
    { name: "及时 under 时效指标", form: formWith("时效指标", parts("定性", "及时", null)), errors: [{ messageId: "timeliness", cell: { indicator: 3 }, severity: "warning" }] },
    { name: "a bare year under 时效指标", form: formWith("时效指标", "2024年"), errors: [{ messageId: "coarseYear", cell: { indicator: 3 }, severity: "warning" }] },
    { name: "100%完成 under 数量指标", form: formWith("数量指标", "100%完成"), errors: [{ messageId: "trailingWords", cell: { indicator: 1 }, fix: "=100.00(%)" }] },
    { name: "1-2次 under 数量指标", form: formWith("数量指标", "1-2次"), errors: [{ messageId: "trailingWordsNoUnit", cell: { indicator: 1 }, fix: null }] },
  ],
});
