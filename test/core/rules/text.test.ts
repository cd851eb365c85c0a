import { cleanForm, FormSpec, IndicatorRow } from "../../support/form-grid";
import { CLEAN_INDICATORS, gist, only, run, withTarget } from "./helpers";

/** cleanForm() with another name for the 数量指标 indicator (D13). */
const named = (name: string, overrides: Partial<FormSpec> = {}): FormSpec => ({ ...withTarget("数量指标", "=2.00(次)", name), ...overrides });

describe("text/html-markup", () => {
  const ID = "text/html-markup";

  test("fires on <p> tags in 年度总体目标, offering the text without them", () => {
    const d = only(run(ID, cleanForm({ annualGoal: "<p>完成年度工作任务。</p>" })));
    expect(gist(d)).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "D11", fix: "完成年度工作任务。" });
    expect(d.message).toBe("文本中含有 HTML 标签（如 <p>），通常是从网页系统复制而来");
  });

  test("keeps paragraph and line breaks as line breaks in the fix", () => {
    expect(only(run(ID, cleanForm({ annualGoal: "<p>举办培训。</p><p>开展调研。</p>" }))).fix).toBe("举办培训。\n开展调研。");
    expect(only(run(ID, cleanForm({ projectGoal: "举办培训。<br/>开展调研。" }))).fix).toBe("举办培训。\n开展调研。");
  });

  test("fires on a tag in a 三级指标 name", () => {
    expect(gist(only(run(ID, named("<b>举办培训班</b>"))))).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "D13", fix: "举办培训班" });
  });

  test("offers its fix as a drop-in for the cell", () => {
    expect(only(run(ID, cleanForm({ annualGoal: "<p>完成年度工作任务。</p>" }))).fixInPlace).toBe(true);
  });

  test("in a split layout, names the 指标值 cell with that cell's text as the fix, not the three cells joined", () => {
    // 定性 · <p>建立</p> · (blank): the fix is what the value cell (F16) should hold.
    const split = cleanForm({
      indicators: CLEAN_INDICATORS.map((r): IndicatorRow => [
        r[0],
        r[1],
        r[2],
        r[1] === "社会效益指标" ? { nature: "定性", value: "<p>建立</p>", unit: null } : { nature: "定性", value: String(r[3]), unit: null },
      ]),
    });
    const d = only(run(ID, split, {}, { split: true }));
    expect(gist(d)).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "F16", fix: "建立" });
    expect(d.fixInPlace).toBe(true);
  });

  test("does not fire on < and > used as comparisons", () => {
    expect(run(ID, cleanForm({ annualGoal: "单次成本<5万元，满意度>90%" }))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, cleanForm({ annualGoal: "<p>完成年度工作任务。</p>" }), { lang: "en" })).message).toBe(
      "the text holds HTML tags (e.g. <p>), usually pasted from a web system",
    );
  });

  test("is off when disabled", () => {
    expect(run(ID, cleanForm({ annualGoal: "<p>完成年度工作任务。</p>" }), { disabledRules: [ID] })).toEqual([]);
  });
});

describe("text/unbalanced-brackets", () => {
  const ID = "text/unbalanced-brackets";

  test("fires on a stray closing bracket in a 三级指标 name", () => {
    const d = only(run(ID, named("开展(宣传等)活动)活动")));
    expect(gist(d)).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "D13" });
    expect(d.message).toBe("「开展(宣传等)活动)活动」中的括号不成对");
  });

  test("fires on an unclosed full-width bracket", () => {
    expect(gist(only(run(ID, named("举办（培训班"))))).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "D13" });
  });

  test("fires on an unclosed bracket in a goal", () => {
    expect(gist(only(run(ID, cleanForm({ annualGoal: "完成(年度工作任务" }))))).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "D11" });
  });

  test.each(["举办（培训班)", "《上海民营经济》编印", "开展(宣传)活动"])("does not fire on %s, whose brackets pair up", (name) => {
    expect(run(ID, named(name))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, named("开展(宣传等)活动)活动"), { lang: "en" })).message).toBe("the brackets in \"开展(宣传等)活动)活动\" do not pair up");
  });

  test("is off when disabled", () => {
    expect(run(ID, named("开展(宣传等)活动)活动"), { disabledRules: [ID] })).toEqual([]);
  });
});

describe("text/stale-year", () => {
  const ID = "text/stale-year";

  test("fires on a year two before the form year inside a 三级指标 name", () => {
    const d = only(run(ID, named("《2022上海民营经济》编印")));
    expect(gist(d)).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "D13" });
    expect(d.message).toBe("「《2022上海民营经济》编印」中的 2022 年比表头年度 2024 早 2 年，是否沿用了旧表？");
  });

  test("fires on an old year in 项目名称", () => {
    expect(gist(only(run(ID, cleanForm({ name: "2021年度会员培训项目" }))))).toEqual({ rule: ID, severity: "info", sheet: "S", cell: "B3" });
  });

  test("does not fire on last year", () => {
    expect(run(ID, named("《2023上海民营经济》编印"))).toEqual([]);
  });

  test("does not fire on a form without a year line", () => {
    expect(run(ID, named("《2020上海民营经济》编印", { yearLabel: null }))).toEqual([]);
  });

  test("does not fire on goals, which are free text", () => {
    expect(run(ID, cleanForm({ annualGoal: "巩固2020年以来的成果。" }))).toEqual([]);
  });

  test("does not fire on the planned dates of a project begun years ago", () => {
    const staged = cleanForm({ yearLabel: "(2026年度)", nature: "阶段性项目", start: "2024-01-01", end: "2026-12-31" });
    expect(run(ID, staged)).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, named("《2022上海民营经济》编印"), { lang: "en" })).message).toBe(
      "\"《2022上海民营经济》编印\" names 2022, 2 years before the form year 2024: copied from an old form?",
    );
  });

  test("is off when disabled", () => {
    expect(run(ID, named("《2022上海民营经济》编印"), { disabledRules: [ID] })).toEqual([]);
  });
});
