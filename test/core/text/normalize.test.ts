import { editDistance, foldWidth, labelKey, stripSpaces, tidy } from "../../../src/core/text/normalize";

describe("foldWidth", () => {
  test.each([
    ["＝１．００（次）", "=1.00(次)"],
    ["≥９５％", "≥95%"],
    ["＞＝", ">="],
    ["１，０００", "1,000"],
    ["ＡＢｃ", "ABc"],
    ["\u3000", " "],
    // ≥ ≤ and CJK text have no half-width form and stay as they are
    ["≥95(%)建立", "≥95(%)建立"],
    ["。、", "。、"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(foldWidth(input)).toBe(expected);
  });
});

describe("stripSpaces and labelKey", () => {
  test("stripSpaces removes every kind of space, including line breaks and zero-width ones", () => {
    expect(stripSpaces(" ≥ 95 %\n\t\u3000\u00a0\u200b\ufeff")).toBe("≥95%");
  });

  test("labelKey joins a label broken over lines and folds its width", () => {
    expect(labelKey("可持续影\n响指标")).toBe("可持续影响指标");
    expect(labelKey("（产出指标）")).toBe("(产出指标)");
  });
});

describe("tidy", () => {
  test.each([
    ["  建立  ", "建立"],
    ["符合GB\n2760   标准", "符合GB 2760 标准"],
    ["\u3000提高\u3000质量\u3000", "提高 质量"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(tidy(input)).toBe(expected);
  });
});

describe("editDistance", () => {
  test.each([
    ["", "", 0],
    ["数量指标", "数量指标", 0],
    ["", "abc", 3],
    ["abc", "", 3],
    ["数量指标", "数星指标", 1],
    ["双星指标", "数量指标", 2],
    ["产出指标", "产出", 2],
    ["kitten", "sitting", 3],
  ])("%s ↔ %s = %d", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});
