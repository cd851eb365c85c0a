import { FormSpec, cleanForm } from "../../support/form-grid";
import { gist, only, run } from "./helpers";

/** The money block of cleanForm() (annual 100,000.00 all appropriated), with some amounts changed. */
function withFunds(funds: NonNullable<FormSpec["funds"]>, overrides: Partial<FormSpec> = {}): FormSpec {
  return cleanForm({ ...overrides, funds: { annualTotal: 100000, appropriation: 100000, carryover: 0, annualOther: 0, ...funds } });
}

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

describe("funds/staged-without-total", () => {
  const ID = "funds/staged-without-total";
  const staged = { nature: "阶段性项目" };

  test("fires on a staged project without 项目资金总额, at the total's cell", () => {
    const d = only(run(ID, withFunds({}, { ...staged, projectGoal: "三年内完成全部培训。" })));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "C6" });
    expect(d.message).toBe("阶段性项目应填写项目资金总额");
  });

  test("fires on a staged project without 项目总目标, at the cell below its label", () => {
    const d = only(run(ID, withFunds({ projectTotal: 300000, projectFiscal: 300000 }, staged)));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "B11" });
    expect(d.message).toBe("阶段性项目应填写项目总目标");
  });

  test("fires on a staged project whose 项目资金总额 is a dash (0 states no total)", () => {
    expect(gist(only(run(ID, withFunds({ projectTotal: "-" }, { ...staged, projectGoal: "三年内完成全部培训。" }))))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "C6" });
  });

  test("fires twice when both are missing", () => {
    expect(run(ID, withFunds({}, staged)).map((d) => d.cell)).toEqual(["C6", "B11"]);
  });

  test("does not fire on a staged project that states both", () => {
    expect(run(ID, withFunds({ projectTotal: 300000, projectFiscal: 300000 }, { ...staged, projectGoal: "三年内完成全部培训。" }))).toEqual([]);
  });

  test("does not fire on a recurring project without either", () => {
    expect(run(ID, withFunds({}, { nature: "经常性项目" }))).toEqual([]);
  });

  test("renders in English", () => {
    expect(run(ID, withFunds({}, staged), { lang: "en" }).map((d) => d.message)).toEqual([
      "a staged project should state its project total (项目资金总额)",
      "a staged project should state its overall goal (项目总目标)",
    ]);
  });

  test("is off when disabled", () => {
    expect(run(ID, withFunds({}, staged), { disabledRules: [ID] })).toEqual([]);
  });
});

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

describe("funds/cost-exceeds-budget", () => {
  const ID = "funds/cost-exceeds-budget";
  /** cleanForm() (annual 100,000.00 元) with a cost row after its five indicators: row 18, value in F18. */
  const withCost = (value: string, funds: NonNullable<FormSpec["funds"]> = {}, name = "培训成本") =>
    withFunds(funds, { indicators: [...cleanForm().indicators, ["成本指标", "经济成本指标", name, value]] });

  test("fires on a cost ceiling above the annual amount when 项目资金总额 is blank", () => {
    const d = only(run(ID, withCost("≤200,000.00(元)")));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "F18" });
    expect(d.message).toBe("成本指标「培训成本」的上限「≤200,000.00(元)」即 200,000.00 元，超过年度资金申请总额 100,000.00 元");
  });

  test("compares in 元: 万元 and 亿元 are converted", () => {
    expect(run(ID, withCost("≤10.01(万元)")).map((d) => d.cell)).toEqual(["F18"]);
    expect(run(ID, withCost("<0.01(亿元)", { projectTotal: 900000, projectFiscal: 900000 })).map((d) => d.cell)).toEqual(["F18"]);
  });

  test("measures against a filled 项目资金总额 rather than the year's amount", () => {
    const funds = { projectTotal: 300000, projectFiscal: 300000 };
    expect(run(ID, withCost("≤200,000.00(元)", funds))).toEqual([]);
    expect(only(run(ID, withCost("≤40.00(万元)", funds))).message).toBe("成本指标「培训成本」的上限「≤40.00(万元)」即 400,000.00 元，超过项目资金总额 300,000.00 元");
  });

  test("in a 万元 block, the budget is in 元 like the target", () => {
    const spec = withCost("≤50.00(万元)", { annualTotal: 49, appropriation: 49, carryover: 0, annualOther: 0 });
    expect(run(ID, spec, {}, { labels: { "项目资金\n(元)": "项目资金\n(万元)" } }).map((d) => d.cell)).toEqual(["F18"]);
    const within = withCost("≤49.00(万元)", { annualTotal: 49, appropriation: 49, carryover: 0, annualOther: 0 });
    expect(run(ID, within, {}, { labels: { "项目资金\n(元)": "项目资金\n(万元)" } })).toEqual([]);
  });

  test.each([
    ["a ceiling within the budget", "≤80,000.00(元)"],
    ["a ceiling equal to the budget", "≤10.00(万元)"],
    ["a per-unit cost in 元/人", "≤200000.00(元/人)"],
    ["a per-unit cost in 亿元/公里", "≤1.50(亿元/公里)"],
    ["a cost in another unit", "≤500000.00(吨)"],
    ["a floor (target/operator-direction's finding)", "≥880,000.00(元)"],
    ["qualitative text", "控制在预算内"],
  ])("does not fire on %s", (_label, value) => {
    expect(run(ID, withCost(value))).toEqual([]);
  });

  test("does not fire on a money target outside 成本指标", () => {
    const spec = withFunds({}, { indicators: [...cleanForm().indicators, ["效益指标", "经济效益指标", "带动投资", "≥500.00(万元)"]] });
    expect(run(ID, spec)).toEqual([]);
  });

  test("does not fire when the form states no budget", () => {
    expect(run(ID, withCost("≤200,000.00(元)", { annualTotal: null, appropriation: null, carryover: null, annualOther: null }))).toEqual([]);
  });

  test("renders in English", () => {
    expect(only(run(ID, withCost("≤200,000.00(元)"), { lang: "en" })).message).toBe(
      'cost target "培训成本" caps at "≤200,000.00(元)", that is 200,000.00 元, above the annual amount requested of 100,000.00 元',
    );
  });

  test("is off when disabled", () => {
    expect(run(ID, withCost("≤200,000.00(元)"), { disabledRules: [ID] })).toEqual([]);
  });
});
