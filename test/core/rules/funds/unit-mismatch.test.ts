import { FormSpec } from "../../../support/form-grid";
import { gist, only, run } from "../helpers";
import { withFunds } from "./shared";
import { ruleTester } from "../../../support/rule-tester";

describe("funds/unit-mismatch", () => {
  const ID = "funds/unit-mismatch";
  const WAN = { labels: { "项目资金\n(元)": "项目资金\n(万元)" } };

  test("fires on 65万元 in a 元 block, at the amount, saying how it was read", () => {
    const d = only(run(ID, withFunds({ annualTotal: 750000, appropriation: 100000, carryover: "65万元" })));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "E8" });
    expect(d.message).toBe("「上年结转资金」写作「65万元」，与本表金额单位（元）不一致；已按 650,000.00 元读取，请统一按元填写");
  });

  test("fires on 650000元 in a 万元 block", () => {
    const d = only(run(ID, withFunds({ annualTotal: 75, appropriation: 10, carryover: "650000元" }), {}, WAN));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "E8" });
  });

  test("the block's unit is that of its label, not of the majority of its amounts", () => {
    const ds = run(ID, withFunds({ annualTotal: "75万元", appropriation: "10万元", carryover: "65万元" }));
    expect(ds.map((d) => d.cell)).toEqual(["E6", "E7", "E8"]);
  });

  test.each<[string, NonNullable<FormSpec["funds"]>, boolean]>([
    ["587,921.00元 in a 元 block", { annualTotal: "587,921.00元", appropriation: 587921 }, false],
    ["12.5万元 in a 万元 block", { annualTotal: "12.5万元", appropriation: 12.5 }, true],
    ["bare numbers", { annualTotal: 100000 }, false],
    ["0万元 (0 in any unit)", { carryover: "0万元" }, false],
    ["a dash", { carryover: "—" }, false],
  ])("does not fire on %s", (_label, funds, wan) => {
    expect(run(ID, withFunds(funds), {}, wan ? WAN : {})).toEqual([]);
  });

  test("does not fire when every amount says 万元 and the block's label says nothing", () => {
    const spec = withFunds({ annualTotal: "75万元", appropriation: "10万元", carryover: "65万元" });
    expect(run(ID, spec, {}, { labels: { "项目资金\n(元)": "项目资金" } })).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withFunds({ annualTotal: 750000, appropriation: 100000, carryover: "65万元" }), { lang: "en" })).message).toBe(
      'carry-over from last year is written "65万元", which disagrees with the block\'s unit, 元 (yuan); read as 650,000.00 元: write it in 元 (yuan) like the others',
    );
  });

  test("is off when disabled", () => {
    expect(run(ID, withFunds({ carryover: "65万元", annualTotal: 750000 }), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("funds/unit-mismatch", {
  valid: [
    { name: "amounts in 元", form: { fields: { funds: { annualTotal: 650000, appropriation: 650000, carryover: 0, annualOther: 0 } } } },
  ],
  invalid: [
    { name: "65万元 beside 600000", form: { fields: { funds: { annualTotal: "65万元", appropriation: 600000, carryover: 0, annualOther: 0 } } }, errors: [{ messageId: "mismatch", cell: { fund: "annualTotal" }, severity: "warning", fix: null }] },
  ],
});
