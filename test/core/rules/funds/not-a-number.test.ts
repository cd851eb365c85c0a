import { FormSpec } from "../../../support/form-grid";
import { gist, only, run } from "../helpers";
import { withFunds } from "./shared";
import { ruleTester } from "../../../support/rule-tester";

describe("funds/not-a-number", () => {
  const ID = "funds/not-a-number";

  test("fires on text that is no number, at the amount cell", () => {
    const d = only(run(ID, withFunds({ annualTotal: "十万元" })));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "E6" });
    expect(d.message).toBe("「年度资金申请总额」不是数字：十万元");
  });

  test("fires on an error value, saying so", () => {
    const d = only(run(ID, withFunds({ appropriation: { error: "#REF!" } })));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "E7" });
    expect(d.message).toBe("「当年财政拨款」是错误值 #REF!");
  });

  test("fires on the project-side 其他资金, told apart from the annual one by its column", () => {
    expect(gist(only(run(ID, withFunds({ projectOther: "待定" }))))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "C9" });
  });

  test.each<[string, FormSpec["funds"]]>([
    ["numbers as text with thousands separators", { annualTotal: "100,000.00", appropriation: "100,000.00" }],
    ["a dash for nothing", { carryover: "—", annualOther: "-" }],
    ["an accountant's negative (funds/negative's job)", { carryover: "(100.00)", appropriation: 100100 }],
  ])("does not fire on %s", (_label, funds) => {
    expect(run(ID, withFunds(funds ?? {}))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withFunds({ appropriation: { error: "#REF!" } }), { lang: "en" })).message).toBe("this year's appropriation is an error value #REF!");
  });

  test("is off when disabled", () => {
    expect(run(ID, withFunds({ annualTotal: "十万元" }), { disabledRules: [ID] })).toEqual([]);
  });
});

const NO_RESULT = { formula: "A1*2" };

ruleTester("funds/not-a-number", {
  valid: [
    { name: "an amount", form: { fields: { funds: { annualTotal: 100000 } } } },
  ],
  invalid: [
    { name: "十万元", form: { fields: { funds: { annualTotal: "十万元" } } }, errors: [{ messageId: "text", cell: { fund: "annualTotal" }, severity: "error", fix: null }] },
    { name: "#REF!", form: { fields: { funds: { annualTotal: { error: "#REF!" } } } }, errors: [{ messageId: "error", cell: { fund: "annualTotal" } }] },
    { name: "a formula without a result", form: { fields: { funds: { annualTotal: NO_RESULT } } }, errors: [{ messageId: "formula", cell: { fund: "annualTotal" } }] },
  ],
});
