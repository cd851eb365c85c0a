import { FormSpec } from "../../../support/form-grid";
import { gist, only, run } from "../helpers";
import { withFunds } from "./shared";
import { ruleTester } from "../../../support/rule-tester";

describe("funds/sum-mismatch", () => {
  const ID = "funds/sum-mismatch";

  test("does not fire when the breakdown is left blank: a fix of 0.00 would wipe a real total", () => {
    expect(run(ID, withFunds({ projectTotal: 3000000, projectFiscal: null, projectOther: null }))).toEqual([]);
    expect(run(ID, withFunds({ annualTotal: 100000, appropriation: null, carryover: null, annualOther: null }))).toEqual([]);
  });

  test("in a 万元 form, the fix is in 万元, the cell's own unit", () => {
    const spec = withFunds({ annualTotal: 12, appropriation: 10, carryover: 0, annualOther: 0 });
    const d = only(run(ID, spec, {}, { labels: { "项目资金\n(元)": "项目资金\n(万元)" } }));
    expect(d.fix).toBe("10.00");
  });

  test("a total that says 万元 in a 元 block is fixed in 元, the unit a bare number there is read in", () => {
    const d = only(run(ID, withFunds({ annualTotal: "65万元", appropriation: 600000 })));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "E6", fix: "600000.00" });
  });

  test("fires when 年度资金申请总额 is not the sum of its parts, offering the sum", () => {
    const d = only(run(ID, withFunds({ appropriation: 90000 })));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "E6", fix: "90000.00" });
    expect(d.message).toBe("年度资金申请总额 100,000.00 不等于 当年财政拨款 + 上年结转资金 + 其他资金 = 90,000.00");
  });

  test("adds carry-over and other funds into the annual sum", () => {
    const d = only(run(ID, withFunds({ appropriation: 80000, carryover: 15000, annualOther: 4000 })));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "E6", fix: "99000.00" });
  });

  test("fires when a filled 项目资金总额 is not 财政资金 + 其他资金", () => {
    const d = only(run(ID, withFunds({ projectTotal: 200000, projectFiscal: 150000 })));
    expect(gist(d)).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "C6", fix: "150000.00" });
    expect(d.message).toBe("项目资金总额 200,000.00 不等于 财政资金 + 其他资金 = 150,000.00");
  });

  test("fires on a blank 年度资金申请总额 whose parts are filled", () => {
    expect(gist(only(run(ID, withFunds({ annualTotal: null }))))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "E6", fix: "100000.00" });
  });

  test("fires on a difference just above a cent", () => {
    expect(gist(only(run(ID, withFunds({ annualTotal: 100000.02 }))))).toEqual({ rule: ID, severity: "error", sheet: "S", cell: "E6", fix: "100000.00" });
  });

  test.each<[string, FormSpec["funds"]]>([
    ["a one-cent difference", { annualTotal: 100000.01 }],
    ["a one-cent difference on a large amount (float noise)", { annualTotal: 1000000.01, appropriation: 1000000 }],
    ["decimal parts that do not add up exactly in binary", { annualTotal: 0.3, appropriation: 0.1, carryover: 0.2 }],
    ["amounts typed as text", { annualTotal: "100,000.00", appropriation: "60,000.00", carryover: "40,000.00" }],
    ["a blank 项目资金总额 next to a filled 财政资金", { projectFiscal: 5000 }],
    ["a matching 项目资金总额", { projectTotal: 300000, projectFiscal: 250000, projectOther: 50000 }],
    ["a part that is no number (funds/not-a-number's job)", { appropriation: "待定" }],
  ])("does not fire on %s", (_label, funds) => {
    expect(run(ID, withFunds(funds ?? {}))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withFunds({ appropriation: 90000 }), { lang: "en" })).message).toBe("annual amount 100,000.00 is not appropriation + carry-over + other = 90,000.00");
  });

  test("is off when disabled", () => {
    expect(run(ID, withFunds({ appropriation: 90000 }), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("funds/sum-mismatch", {
  valid: [
    { name: "parts that add up", form: { fields: { funds: { annualTotal: 100000, appropriation: 90000, carryover: 10000, annualOther: 0 } } } },
  ],
  invalid: [
    { name: "the annual parts short of the total", form: { fields: { funds: { annualTotal: 100000, appropriation: 90000, carryover: 0, annualOther: 0 } } }, errors: [{ messageId: "annual", cell: { fund: "annualTotal" }, severity: "error", fix: "90000.00", fixInPlace: true }] },
    { name: "the project parts short of the total", form: { fields: { funds: { projectTotal: 300000, projectFiscal: 200000, projectOther: 50000, annualTotal: 100000, appropriation: 100000, carryover: 0, annualOther: 0 } } }, errors: [{ messageId: "project", cell: { fund: "projectTotal" }, fix: "250000.00" }] },
  ],
});
