import { gist, only, run } from "../helpers";
import { withFunds } from "./shared";
import { ruleTester } from "../../../support/rule-tester";

describe("funds/negative", () => {
  const ID = "funds/negative";

  test("fires on a negative amount, at its cell", () => {
    const d = only(run(ID, withFunds({ appropriation: 100100, carryover: -100 })));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "E8" });
    expect(d.message).toBe("「上年结转资金」为负数：-100.00");
  });

  test("fires on an accountant's negative in brackets", () => {
    expect(gist(only(run(ID, withFunds({ appropriation: 100100, carryover: "(100.00)" }))))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "E8" });
  });

  test("does not fire on zero", () => {
    expect(run(ID, withFunds({ carryover: 0, annualOther: "0.00" }))).toEqual([]);
  });

  test("is off when disabled", () => {
    expect(run(ID, withFunds({ appropriation: 100100, carryover: -100 }), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("funds/negative", {
  valid: [
    { name: "a zero", form: { fields: { funds: { annualTotal: 100000, appropriation: 100000, carryover: 0, annualOther: 0 } } } },
  ],
  invalid: [
    { name: "a negative carry-over", form: { fields: { funds: { annualTotal: 100000, appropriation: 100100, carryover: -100, annualOther: 0 } } }, errors: [{ messageId: "negative", cell: { fund: "carryover" }, severity: "error", fix: null }] },
    { name: "a negative annual amount", form: { fields: { funds: { annualTotal: -100 } } }, errors: [{ messageId: "negative", cell: { fund: "annualTotal" } }] },
  ],
});
