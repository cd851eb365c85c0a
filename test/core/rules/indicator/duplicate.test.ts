import { checkSheets, findingsOf } from "../../../support/check";
import { cleanForm, gridFromCells, layForm, sheetOf } from "../../../support/form-grid";
import { gist, only, run, withIndicators } from "../helpers";
import { quantity, quality, timeliness, social, satisfaction } from "./shared";
import { CLEAN, ruleTester } from "../../../support/rule-tester";

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

ruleTester("indicator/duplicate", {
  valid: [
    { name: "two names that differ", form: { indicators: [...CLEAN, ["产出指标", "数量指标", "举办培训班场次", "=3.00(次)"]] } },
  ],
  invalid: [
    { name: "a name twice", form: { indicators: [...CLEAN, ["产出指标", "数量指标", "举办培训班", "=3.00(次)"]] }, errors: [{ messageId: "duplicate", cell: { indicator: 6, part: "name" }, severity: "warning", fix: null }] },
  ],
});
