import { checkSheets, findingsOf } from "../../support/check";
import { cleanForm, gridFromCells, IndicatorRow, layForm, sheetOf } from "../../support/form-grid";
import { CLEAN_INDICATORS, gist, only, run, withIndicators } from "./helpers";

const [quantity, quality, timeliness, social, satisfaction] = CLEAN_INDICATORS as [IndicatorRow, IndicatorRow, IndicatorRow, IndicatorRow, IndicatorRow];

/** cleanForm()'s indicators with the given 一级 on every 产出指标 row (one merged cell, B13:B15). */
function outputLevel1As(level1: string): IndicatorRow[] {
  return CLEAN_INDICATORS.map((r): IndicatorRow => (r[0] === "产出指标" ? [level1, r[1], r[2], r[3]] : r));
}

/** cleanForm()'s indicators with one extra row just before the 满意度 group. */
function plusRow(row: IndicatorRow): IndicatorRow[] {
  return [quantity, quality, timeliness, social, row, satisfaction];
}

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

describe("indicator/duplicate", () => {
  const ID = "indicator/duplicate";
  const twice = withIndicators([quantity, ["产出指标", "数量指标", "举办 培训班", "=3.00(次)"], quality, timeliness, social, satisfaction]);

  test("fires on the later of two equal 三级指标 (spaces ignored), naming the first", () => {
    const d = only(run(ID, twice));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "D14" });
    expect(d.message).toBe("三级指标「举办 培训班」与 D13 重复");
  });

  test("does not fire on the same 三级指标 in two projects (workbook/copied-indicator's job)", () => {
    const result = checkSheets([sheetOf("S", [{ spec: cleanForm({ name: "项目甲" }) }]), sheetOf("T", [{ spec: cleanForm({ name: "项目乙" }) }])]);
    expect(findingsOf(result, ID)).toEqual([]);
  });

  test("does not fire on one 三级指标 merged down over two rows (one cell, two values)", () => {
    // Row 14 holds a second 数量 value; its 三级 cell is the merge D13:E14 with row 13's name.
    const laid = layForm(withIndicators([quantity, ["产出指标", "数量指标", null, "=3.00(次)"], quality, timeliness, social, satisfaction]));
    const merges = laid.merges
      .filter((m) => !(m.left === 4 && (m.top === 13 || m.top === 14)))
      .concat({ top: 13, left: 4, bottom: 14, right: 5 });
    const result = checkSheets([gridFromCells("S", [...laid.cells.values()], merges)]);
    expect(result.workbook.forms[0]!.indicators.slice(0, 2).map((i) => [i.name, i.nameCell, i.cell])).toEqual([
      ["举办培训班", "D13", "F13"],
      ["举办培训班", "D13", "F14"],
    ]);
    expect(findingsOf(result, ID)).toEqual([]);
  });

  test("does not fire on similar but different names", () => {
    expect(run(ID, withIndicators([quantity, ["产出指标", "数量指标", "举办培训班场次", "=3.00(次)"], quality, timeliness, social, satisfaction]))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, twice, { lang: "en" })).message).toBe("indicator \"举办 培训班\" repeats D13");
  });

  test("is off when disabled", () => {
    expect(run(ID, twice, { disabledRules: [ID] })).toEqual([]);
  });
});
