import { gist, only, run } from "../helpers";
import { withFunds } from "./shared";
import { ruleTester } from "../../../support/rule-tester";

describe("funds/annual-exceeds-total", () => {
  const ID = "funds/annual-exceeds-total";

  test("fires when 年度资金申请总额 exceeds a filled 项目资金总额, at the annual amount", () => {
    const d = only(run(ID, withFunds({ projectTotal: 50000, projectFiscal: 50000 })));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "E6" });
    expect(d.message).toBe("年度资金申请总额 100,000.00 大于项目资金总额 50,000.00");
  });

  test("does not fire when 项目资金总额 is blank", () => {
    expect(run(ID, withFunds({}))).toEqual([]);
  });

  test.each([["-"], ["—"], [0]])("does not fire when 项目资金总额 is %p (0: not stated, like a blank)", (total) => {
    expect(run(ID, withFunds({ projectTotal: total, projectFiscal: total }))).toEqual([]);
  });

  test("does not fire when the annual amount equals the project total", () => {
    expect(run(ID, withFunds({ projectTotal: 100000, projectFiscal: 100000 }))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withFunds({ projectTotal: 50000, projectFiscal: 50000 }), { lang: "en" })).message).toBe("annual amount 100,000.00 exceeds the project total 50,000.00");
  });

  test("is off when disabled", () => {
    expect(run(ID, withFunds({ projectTotal: 50000, projectFiscal: 50000 }), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("funds/annual-exceeds-total", {
  valid: [
    { name: "the annual amount equal to the total", form: { fields: { funds: { projectTotal: 100000, projectFiscal: 100000, annualTotal: 100000, appropriation: 100000, carryover: 0, annualOther: 0 } } } },
  ],
  invalid: [
    { name: "the annual amount above the total", form: { fields: { funds: { projectTotal: 50000, projectFiscal: 50000, annualTotal: 100000, appropriation: 100000, carryover: 0, annualOther: 0 } } }, errors: [{ messageId: "exceeds", cell: { fund: "annualTotal" }, severity: "warning", fix: null }] },
  ],
});
