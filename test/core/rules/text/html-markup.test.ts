import { cleanForm, IndicatorRow } from "../../../support/form-grid";
import { CLEAN_INDICATORS, gist, only, run } from "../helpers";
import { named } from "./shared";
import { ruleTester } from "../../../support/rule-tester";

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

ruleTester("text/html-markup", {
  valid: [
    { name: "a ≥ in a goal", form: { fields: { annualGoal: "满意度≥90%。" } } },
  ],
  invalid: [
    { name: "<p> around the goal", form: { fields: { annualGoal: "<p>完成年度工作任务。</p>" } }, errors: [{ messageId: "markup", cell: { goal: "annualGoal" }, severity: "info", fix: "完成年度工作任务。", fixInPlace: true }] },
  ],
});
