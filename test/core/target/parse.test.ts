import fc from "fast-check";
import { CellValue } from "../../../src/core/grid/cell-value";
import { LeadingNumber, Op, QualitativeTarget, QuantitativeTarget, Target, TargetParse } from "../../../src/core/target/model";
import { parseTarget, parseTargetCells, parseTargetText } from "../../../src/core/target/parse";

/** 指标性质 · 指标值 · 计量单位, each given: the three cells of a split layout. */
const parseSplitTarget = (op: CellValue, value: CellValue, unit: CellValue, valueFormat?: string) =>
  parseTargetCells(valueFormat === undefined ? { op, value, unit } : { op, value, unit, valueFormat });

/** The target of a parse that must have succeeded. */
function target(p: TargetParse): Target {
  if (!p.ok) throw new Error(`expected a target, got failure ${p.reason}`);
  return p.target;
}

function quantitative(p: TargetParse): QuantitativeTarget {
  const t = target(p);
  if (t.kind !== "quantitative") throw new Error(`expected quantitative, got qualitative "${t.text}"`);
  return t;
}

function qualitative(p: TargetParse): QualitativeTarget {
  const t = target(p);
  if (t.kind !== "qualitative") throw new Error(`expected qualitative, got ${t.kind} ${JSON.stringify(t)}`);
  return t;
}

describe("canonical values", () => {
  test.each<[string, Op, number, string]>([
    ["=1.00(次)", "=", 1, "次"],
    ["≥95.00(%)", "≥", 95, "%"],
    ["≥330.00(家)", "≥", 330, "家"],
    ["≤5.00(天)", "≤", 5, "天"],
    ["=12.00(期)", "=", 12, "期"],
    ["≥2800.00(条)", "≥", 2800, "条"],
    ["≥60.00(人次)", "≥", 60, "人次"],
    [">0.00(个)", ">", 0, "个"],
    ["<3.50(天)", "<", 3.5, "天"],
    ["≥1.00(万元)", "≥", 1, "万元"],
  ])("%s", (text, op, number, unit) => {
    expect(parseTargetText(text)).toEqual({
      ok: true,
      target: {
        kind: "quantitative",
        op,
        number,
        unit,
        notation: "arabic",
        widthFolded: false,
        thousandsSeparator: false,
        numericCell: false,
      },
    });
  });
});

describe("quantitative, not canonical", () => {
  test.each<[string, Op | null, number, string | null]>([
    ["≥95%", "≥", 95, "%"],
    ["100%", null, 100, "%"],
    ["0%", null, 0, "%"],
    ["≥100.00%", "≥", 100, "%"],
    ["≥95.5%", "≥", 95.5, "%"],
    ["985米", null, 985, "米"],
    ["10辆", null, 10, "辆"],
    ["≥5", "≥", 5, null],
    ["0", null, 0, null],
    ["0.5", null, 0.5, null],
    ["-5%", null, -5, "%"],
    ["≥60(人次)", "≥", 60, "人次"],
    ["≥80M", "≥", 80, "M"],
    ["250万", null, 250, "万"],
    ["1.5万元", null, 1.5, "万元"],
    ["5千米", null, 5, "千米"],
    ["1千人", null, 1, "千人"],
    ["3个月", null, 3, "月"],
    ["3年", null, 3, "年"],
    ["3个工作日", null, 3, "个工作日"],
    ["≥90分", "≥", 90, "分"],
    ["=1(个)", "=", 1, "个"],
    ["≥95.00%", "≥", 95, "%"],
    [" ≥ 95 % ", "≥", 95, "%"],
    ["≥ 3 个", "≥", 3, "个"],
    ["≥\n95%", "≥", 95, "%"],
    ["2024.50", null, 2024.5, null],
  ])("%j → op %s, %d, unit %s", (text, op, number, unit) => {
    const t = quantitative(parseTargetText(text));
    expect(t).toMatchObject({ op, number, unit, notation: "arabic", widthFolded: false, numericCell: false });
    expect(t.nonstandardOp).toBeUndefined();
    expect(t.restatement).toBeUndefined();
  });

  test.each<[string, number, string | null]>([
    ["≥2,800.00(条)", 2800, "条"],
    ["1,000", 1000, null],
    ["≥12,345,678.9(元)", 12345678.9, "元"],
  ])("%s has thousands separators", (text, number, unit) => {
    expect(quantitative(parseTargetText(text))).toMatchObject({ number, unit, thousandsSeparator: true });
  });

  test("a number without separators says so", () => {
    expect(quantitative(parseTargetText("≥2800.00(条)")).thousandsSeparator).toBe(false);
  });

  test.each(["≥95%，", "≥95%。", "≥95%；", "100%."])("trailing sentence punctuation is ignored: %s", (text) => {
    expect(quantitative(parseTargetText(text))).toMatchObject({ number: expect.any(Number), widthFolded: false });
  });
});

describe("Chinese numerals", () => {
  test.each<[string, Op | null, number, string | null]>([
    ["百分之百", null, 100, "%"],
    ["百分之八十", null, 80, "%"],
    ["百分百", null, 100, "%"],
    ["百分之九十五", null, 95, "%"],
    ["百分之八十五", null, 85, "%"],
    ["百分之九十五点五", null, 95.5, "%"],
    ["三次", null, 3, "次"],
    ["十二期", null, 12, "期"],
    ["一百二十人次", null, 120, "人次"],
    ["两千元", null, 2000, "元"],
    ["一万五千元", null, 15000, "元"],
    ["一万五元", null, 15000, "元"],
    ["三(次)", null, 3, "次"],
    ["三年", null, 3, "年"],
    ["九十五%", null, 95, "%"],
    ["九十五(%)", null, 95, "%"],
    ["三", null, 3, null],
    ["≥百分之九十", "≥", 90, "%"],
    ["≥百分百", "≥", 100, "%"],
    ["≥一百次", "≥", 100, "次"],
    ["=三(次)", "=", 3, "次"],
  ])("%s → op %s, %d, unit %s", (text, op, number, unit) => {
    const t = quantitative(parseTargetText(text));
    expect(t).toMatchObject({ op, number, unit, notation: "chinese" });
    expect(t.restatement).toBeUndefined();
  });
});

describe("mixed notation", () => {
  test.each<[string, number, number, string | null]>([
    ["80%百分之八十", 80, 80, "%"],
    ["100%百分百", 100, 100, "%"],
    ["95%百分之九十五", 95, 95, "%"],
    ["30%百分之三十", 30, 30, "%"],
    ["80%(百分之八十)", 80, 80, "%"],
    ["80%（百分之八十）", 80, 80, "%"],
    ["百分之八十(80%)", 80, 80, "%"],
    ["百分之八十80%", 80, 80, "%"],
    ["95百分之九十五", 95, 95, "%"],
    ["80八十", 80, 80, null],
    ["3次三次", 3, 3, "次"],
    ["3三次", 3, 3, "次"],
    ["三次(3次)", 3, 3, "次"],
    ["≥80%百分之八十", 80, 80, "%"],
    // the restatement disagrees: the number is the one written first, the restatement is kept to report it
    ["80%百分之九十", 80, 90, "%"],
    ["百分之九十(80%)", 90, 80, "%"],
  ])("%s → %d restated as %d", (text, number, restatement, unit) => {
    expect(quantitative(parseTargetText(text))).toMatchObject({ number, restatement, unit, notation: "mixed" });
  });

  test("the operator survives a restatement", () => {
    expect(quantitative(parseTargetText("≥80%百分之八十")).op).toBe("≥");
    expect(quantitative(parseTargetText("80%百分之八十以上"))).toMatchObject({ op: "≥", nonstandardOp: "以上" });
  });
});

describe("operators that are not the template's", () => {
  test.each<[string, Op, string | undefined, number, string | null, boolean]>([
    [">=95%", "≥", ">=", 95, "%", false],
    ["=>95%", "≥", "=>", 95, "%", false],
    ["<=5(天)", "≤", "<=", 5, "天", false],
    ["=<5(天)", "≤", "=<", 5, "天", false],
    ["==1(次)", "=", "==", 1, "次", false],
    ["≧95%", "≥", "≧", 95, "%", false],
    ["≦3(天)", "≤", "≦", 3, "天", false],
    // full width: folded, and the fold is reported
    ["＞＝95%", "≥", ">=", 95, "%", true],
    ["＜＝5（天）", "≤", "<=", 5, "天", true],
    ["＞90%", ">", undefined, 90, "%", true],
    ["＝１．００（次）", "=", undefined, 1, "次", true],
    ["≥９５％", "≥", undefined, 95, "%", true],
    ["≥95.00（%）", "≥", undefined, 95, "%", true],
    ["≥95（％）", "≥", undefined, 95, "%", true],
    ["≥１，０００（条）", "≥", undefined, 1000, "条", true],
    // words before the value
    ["不低于95%", "≥", "不低于", 95, "%", false],
    ["不少于3次", "≥", "不少于", 3, "次", false],
    ["大于等于90%", "≥", "大于等于", 90, "%", false],
    ["大于或等于90%", "≥", "大于或等于", 90, "%", false],
    ["大于90%", ">", "大于", 90, "%", false],
    ["不超过5天", "≤", "不超过", 5, "天", false],
    ["小于3天", "<", "小于", 3, "天", false],
    ["等于1次", "=", "等于", 1, "次", false],
    ["至少3次", "≥", "至少", 3, "次", false],
    ["不低于百分之九十", "≥", "不低于", 90, "%", false],
    // words after the value
    ["95%以上", "≥", "以上", 95, "%", false],
    ["95%及以上", "≥", "及以上", 95, "%", false],
    ["95以上", "≥", "以上", 95, null, false],
    ["95人以上", "≥", "以上", 95, "人", false],
    ["3天以内", "≤", "以内", 3, "天", false],
    ["3以内", "≤", "以内", 3, null, false],
    ["3天内", "≤", "内", 3, "天", false],
    ["5个工作日内", "≤", "内", 5, "个工作日", false],
    ["5%以下", "≤", "以下", 5, "%", false],
    ["≥3(次)以上", "≥", "以上", 3, "次", false],
    ["十次以上", "≥", "以上", 10, "次", false],
    ["三天以内", "≤", "以内", 3, "天", false],
    ["百分之九十以上", "≥", "以上", 90, "%", false],
  ])("%s → %s (written %s)", (text, op, nonstandardOp, number, unit, widthFolded) => {
    const t = quantitative(parseTargetText(text));
    expect(t).toMatchObject({ op, number, unit, widthFolded });
    expect(t.nonstandardOp).toBe(nonstandardOp);
  });
});

const ymd = (year: number | null, month: number, day: number | null = null) => ({ year, month, day });

// rules.md: deadlines and periods, the usual way to write 时效指标, are a kind of their own.
describe("deadlines", () => {
  test.each<[string, ReturnType<typeof ymd>, ReturnType<typeof ymd> | null]>([
    ["2024年12月31日前", ymd(2024, 12, 31), null],
    ["2024年12月31日", ymd(2024, 12, 31), null],
    ["2024-12-31", ymd(2024, 12, 31), null],
    ["2024/12/31", ymd(2024, 12, 31), null],
    ["2024.12.31", ymd(2024, 12, 31), null],
    ["2024/6/30前", ymd(2024, 6, 30), null],
    ["2024-12-31前完成", ymd(2024, 12, 31), null],
    ["2024年12月31日之前", ymd(2024, 12, 31), null],
    ["2024年12月31日以前", ymd(2024, 12, 31), null],
    ["2024年12月底", ymd(2024, 12), null],
    ["2024年12月", ymd(2024, 12), null],
    ["2024年6月底前完成", ymd(2024, 6), null],
    ["2024年6月底前", ymd(2024, 6), null],
    ["2024年6月内", ymd(2024, 6), null],
    ["2024年6月完成", ymd(2024, 6), null],
    ["2024年6月前完成", ymd(2024, 6), null],
    ["12月底", ymd(null, 12), null],
    ["6月底前完成", ymd(null, 6), null],
    ["12月前", ymd(null, 12), null],
    ["2024.12", ymd(2024, 12), null],
    ["2024.6", ymd(2024, 6), null],
    ["2024.04-2024.05", ymd(2024, 5), ymd(2024, 4)],
    ["2023.07-2024.01", ymd(2024, 1), ymd(2023, 7)],
    ["2024年4月至5月", ymd(2024, 5), ymd(2024, 4)],
    ["2024年4月~2024年5月", ymd(2024, 5), ymd(2024, 4)],
    ["2024年4月—5月", ymd(2024, 5), ymd(2024, 4)],
    ["2024-03-01至2024-06-30", ymd(2024, 6, 30), ymd(2024, 3, 1)],
  ])("%s", (text, to, from) => {
    expect(target(parseTargetText(text))).toEqual({ kind: "deadline", text, to, ...(from ? { from } : {}) });
  });

  test("full-width digits fold before a date is read", () => {
    expect(target(parseTargetText("２０２４－１２－３１"))).toMatchObject({ kind: "deadline", to: ymd(2024, 12, 31) });
  });

  test.each(["2024-12-32", "2024年13月", "2024年2月30日", "2024年12月31日前后", "12月31日以后", "2024-12-31至", "≤2024.12"])("%s is no deadline", (text) => {
    expect(target(parseTargetText(text)).kind).toBe("qualitative");
  });

  test.each(["2024年", "2024年底前完成", "2024年内", "2024年前"])("the bare year %s is qualitative, with its year noted", (text) => {
    expect(parseTargetText(text)).toEqual({ ok: true, target: { kind: "qualitative", text, year: 2024 } });
  });

  test("12月 alone is twelve months, not December: a duration", () => {
    expect(target(parseTargetText("12月"))).toMatchObject({ kind: "quantitative", number: 12, unit: "月" });
  });

  test.each<[string, number, string, string]>([
    ["3个月内", 3, "月", "内"],
    ["不超过30天", 30, "天", "不超过"],
    ["30天以内", 30, "天", "以内"],
  ])("the duration %s reads as ≤%d %s, written with a nonstandard operator", (text, number, unit, nonstandardOp) => {
    expect(target(parseTargetText(text))).toMatchObject({ kind: "quantitative", op: "≤", number, unit, nonstandardOp });
  });
});

describe("qualitative values", () => {
  test.each([
    "建立",
    "提高质量",
    "符合食品卫生标准",
    "无",
    "可控",
    "及时",
    "合理",
    "有效促进",
    "保持稳定增长，提高质量",
    "符合GB 2760标准",
    "7×24小时响应",
    "7×24小时",
    "12月31日前",
    "2024年度",
    "二〇二四年",
    "二〇二四年度",
    "≤2024.12",
    "一流",
    "三方联动",
    "三项制度",
    "十分满意",
    "一次性完成",
    "两学一做",
    "三四次",
    "<p>建立</p>",
    "可持续正常工作",
    "树立典型，引导民营企业承担社会责任",
    "调研报告、提案为领导及相关部门提供意见建议",
    "≥",
    "=",
    "以上",
    "百分之",
    "%95",
    ".5",
    "-",
    "—",
    "/",
    "≥3%%",
    "95(%",
    "9≤",
    "95≥",
    "2上%人",
    "(≥95%)",
  ])("%s", (text) => {
    expect(parseTargetText(text)).toEqual({ ok: true, target: { kind: "qualitative", text: text.trim() } });
  });

  test("qualitative text is tidied, not compacted", () => {
    expect(parseTargetText("  符合GB\n2760   标准 ")).toEqual({
      ok: true,
      target: { kind: "qualitative", text: "符合GB 2760 标准" },
    });
  });
});

describe("a bracketed remark after a complete quantity", () => {
  test.each<[string, Op | null, number, string | null, string, boolean]>([
    ["≥95.00%(含)", "≥", 95, "%", "含", false],
    ["≥95%（满意度）", "≥", 95, "%", "满意度", true],
    ["=2.00(次)(暂定)", "=", 2, "次", "暂定", false],
    ["≥95.00(%)(含)", "≥", 95, "%", "含", false],
    ["≥5人(暂定)", "≥", 5, "人", "暂定", false],
    ["3次(暂定)", null, 3, "次", "暂定", false],
  ])("%s reads the quantity, remark %s", (text, op, number, unit, remark, widthFolded) => {
    expect(quantitative(parseTargetText(text))).toMatchObject({ op, number, unit, remark, widthFolded, notation: "arabic" });
  });

  test("an operator word and a restatement are read before the remark", () => {
    expect(quantitative(parseTargetText("95%以上(含)"))).toMatchObject({ op: "≥", nonstandardOp: "以上", number: 95, unit: "%", remark: "含" });
    expect(quantitative(parseTargetText("80%百分之八十(含)"))).toMatchObject({ number: 80, restatement: 80, notation: "mixed", remark: "含" });
    expect(quantitative(parseTargetText("80%(百分之八十)")).remark).toBeUndefined();
  });

  test("a value without a remark has no remark field", () => {
    expect("remark" in quantitative(parseTargetText("≥95.00(%)"))).toBe(false);
  });

  test.each([
    ["digits in the bracket make a second statement", "≥5(天)(2024年底前)"],
    ["an empty bracket", "≥95%()"],
    ["a bracket of signs only", "≥95%(%)"],
    ["a remark before an operator word", "≥95%(含)以上"],
  ])("not a remark: %s", (_label, text) => {
    expect(target(parseTargetText(text)).kind).toBe("qualitative");
  });
});

describe("words that stop a unit", () => {
  test.each<[string, LeadingNumber]>([
    ["100人左右", { number: 100, unit: "人" }],
    ["10辆左右", { number: 10, unit: "辆" }],
    ["100人等", { number: 100, unit: "人" }],
    ["100次完成", { number: 100, unit: "次" }],
  ])("%s is no quantity in a unit made of words", (text, lead) => {
    expect(qualitative(parseTargetText(text)).leadingNumber).toEqual(lead);
  });

  test("以内 and 内 before more words are operators, not the end of the unit", () => {
    expect(qualitative(parseTargetText("3天内完成")).leadingNumber).toEqual({ number: 3, unit: "天", op: "≤" });
    expect(qualitative(parseTargetText("5个工作日以内完成")).leadingNumber).toEqual({ number: 5, unit: "个工作日", op: "≤" });
  });
});

describe("qualitative text that starts with an Arabic amount (leadingNumber)", () => {
  test.each<[string, LeadingNumber]>([
    ["100%完成", { number: 100, unit: "%" }],
    ["1-2次", { number: 1, unit: null }],
    ["3-5次", { number: 3, unit: null }],
    ["1~2次", { number: 1, unit: null }],
    ["100人左右", { number: 100, unit: "人" }],
    ["3个工作日内完成工作", { number: 3, unit: "个工作日", op: "≤" }],
    ["95%以上完成", { number: 95, unit: "%", op: "≥" }],
    ["≥100人左右", { number: 100, unit: "人", op: "≥" }],
    ["＝１００％完成", { number: 100, unit: "%", op: "=" }],
    ["=2.00(次)(2024年)", { number: 2, unit: "次", op: "=" }],
  ])("%s starts with %j", (text, lead) => {
    expect(parseTargetText(text)).toEqual({ ok: true, target: { kind: "qualitative", text, leadingNumber: lead } });
  });

  test.each([
    "建立",
    "符合GB 2760标准",
    "7×24小时响应",
    "12月31日前",
    "≥3%%",
    "一次性完成",
    "约100人",
  ])("%s has none", (text) => {
    expect("leadingNumber" in qualitative(parseTargetText(text))).toBe(false);
  });
});

describe("parseTarget on cells", () => {
  test.each<[string, CellValue]>([
    ["null", null],
    ["an empty string", ""],
    ["spaces", "   "],
    ["line breaks and ideographic spaces", "\n\u3000\t"],
  ])("%s is empty", (_, value) => {
    expect(parseTarget(value)).toEqual({ ok: false, reason: "empty" });
  });

  test.each(["#N/A", "#VALUE!", "#REF!"])("%s is an error value", (error) => {
    expect(parseTarget({ error })).toEqual({ ok: false, reason: "error-value", detail: error });
  });

  test.each([Infinity, -Infinity, NaN])("the non-finite number %d is an error value", (n) => {
    expect(parseTarget(n)).toMatchObject({ ok: false, reason: "error-value" });
  });

  test.each<[number, string | undefined, number, string | null]>([
    [0.95, "0%", 95, "%"],
    [0.955, "0.0%", 95.5, "%"],
    [1, "0.00%", 100, "%"],
    [0.07, "0%", 7, "%"],
    [100, "General", 100, null],
    [100, undefined, 100, null],
    [12, "0.00", 12, null],
    [0, "General", 0, null],
  ])("the number %d formatted %s reads %d, unit %s", (value, format, number, unit) => {
    expect(parseTarget(value, format)).toEqual({
      ok: true,
      target: {
        kind: "quantitative",
        op: null,
        number,
        unit,
        notation: "arabic",
        widthFolded: false,
        thousandsSeparator: false,
        numericCell: true,
      },
    });
  });

  test.each<[number, string, string]>([
    [45473, "yyyy-mm-dd", "2024-06-30"],
    [45473, "yyyy\"年\"m\"月\"d\"日\"", "2024-06-30"],
    [45657, "m/d/yy", "2024-12-31"],
  ])("the date serial %d formatted %s is the deadline %s", (value, format, text) => {
    const [year, month, day] = text.split("-").map(Number) as [number, number, number];
    expect(parseTarget(value, format)).toEqual({ ok: true, target: { kind: "deadline", text, to: { year, month, day }, dateCell: true } });
  });

  test.each<[boolean, string]>([
    [true, "TRUE"],
    [false, "FALSE"],
  ])("the boolean %s is qualitative", (value, text) => {
    expect(parseTarget(value)).toEqual({ ok: true, target: { kind: "qualitative", text } });
  });

  test("text cells go through the text grammar", () => {
    expect(quantitative(parseTarget("≥95%"))).toMatchObject({ op: "≥", number: 95, unit: "%", numericCell: false });
    expect(target(parseTarget("建立"))).toEqual({ kind: "qualitative", text: "建立" });
  });
});

describe("parseSplitTarget (性质 · 值 · 单位 in three cells)", () => {
  test("≥ · 95 · % reads ≥95%", () => {
    expect(parseSplitTarget("≥", 95, "%")).toEqual({
      ok: true,
      target: {
        kind: "quantitative",
        op: "≥",
        number: 95,
        unit: "%",
        notation: "arabic",
        widthFolded: false,
        thousandsSeparator: false,
        numericCell: true,
      },
    });
  });

  test.each<[CellValue, CellValue, CellValue, string | undefined, Partial<QuantitativeTarget>]>([
    ["=", "12", "期", undefined, { op: "=", number: 12, unit: "期", numericCell: false }],
    ["=", 12, "期", undefined, { op: "=", number: 12, unit: "期", numericCell: true }],
    ["", "100", "%", undefined, { op: null, number: 100, unit: "%" }],
    [null, 100, "%", undefined, { op: null, number: 100, unit: "%" }],
    [">=", 95, "%", undefined, { op: "≥", nonstandardOp: ">=", number: 95, unit: "%" }],
    ["不低于", 95, "%", undefined, { op: "≥", nonstandardOp: "不低于", number: 95, unit: "%" }],
    [" ≤ ", 5, "天", undefined, { op: "≤", number: 5, unit: "天" }],
    ["≥", 0.95, null, "0%", { op: "≥", number: 95, unit: "%" }],
    ["≥", 95, "(%)", undefined, { op: "≥", number: 95, unit: "%", widthFolded: false }],
    ["≥", 60, "（人次）", undefined, { op: "≥", number: 60, unit: "人次", widthFolded: true }],
    ["≥", 95, "％", undefined, { op: "≥", number: 95, unit: "%", widthFolded: true }],
    ["＞＝", 95, "%", undefined, { op: "≥", nonstandardOp: ">=", number: 95, unit: "%", widthFolded: true }],
    // what the value cell says wins over the other two cells
    ["≤", "≥95%", "次", undefined, { op: "≥", number: 95, unit: "%" }],
    ["≥", "3次", "%", undefined, { op: "≥", number: 3, unit: "次" }],
    // a nature that is not an operator supplies none
    ["定量", 95, "%", undefined, { op: null, number: 95, unit: "%" }],
    ["≥95", 95, "%", undefined, { op: null, number: 95, unit: "%" }],
    // a unit cell that is not text is ignored
    ["≥", 95, 1, undefined, { op: "≥", number: 95, unit: null }],
  ])("%j · %j · %j", (nature, value, unit, format, expected) => {
    const t = quantitative(parseSplitTarget(nature, value, unit, format));
    expect(t).toMatchObject(expected);
    if (!("nonstandardOp" in expected)) expect(t.nonstandardOp).toBeUndefined();
  });

  test.each<[CellValue, CellValue, CellValue, string]>([
    ["定性", "建立", null, "建立"],
    ["定性", "建立", "", "建立"],
    ["定性", 95, null, "95"],
    ["≥", "建立", "%", "建立"],
    ["", "提高质量", "", "提高质量"],
  ])("%j · %j · %j is qualitative", (nature, value, unit, text) => {
    expect(parseSplitTarget(nature, value, unit)).toEqual({ ok: true, target: { kind: "qualitative", text } });
  });

  test("failures of the value cell pass through", () => {
    expect(parseSplitTarget("≥", null, "%")).toEqual({ ok: false, reason: "empty" });
    expect(parseSplitTarget("≥", "  ", "%")).toEqual({ ok: false, reason: "empty" });
    expect(parseSplitTarget("≥", { error: "#N/A" }, "%")).toEqual({ ok: false, reason: "error-value", detail: "#N/A" });
  });
});

describe("never throws", () => {
  const targetish = fc.string({
    unit: fc.constantFrom(
      "0", "1", "9", ".", ",", "%", "(", ")", "（", "）", "≥", "≤", "=", "<", ">", "百", "分", "之", "十", "三",
      "次", "年", "月", "前", "以", "上", " ", "＞", "＝", "％", "９", "万", "两", "零", "点", "内", "2", "4", "-",
    ),
    maxLength: 16,
  });

  /** The contract every parse keeps, whatever the input. */
  function wellFormed(p: TargetParse): boolean {
    if (!p.ok) return p.reason === "empty";
    const t = p.target;
    if (t.kind === "qualitative") {
      return typeof t.text === "string" && t.text.length > 0 && (t.leadingNumber === undefined || Number.isFinite(t.leadingNumber.number));
    }
    if (t.kind === "deadline") return t.text.length > 0 && t.to.month >= 1 && t.to.month <= 12;
    return (
      Number.isFinite(t.number) &&
      (t.op === null || ["=", "≥", "≤", ">", "<"].includes(t.op)) &&
      (t.unit === null || t.unit.length > 0) &&
      (t.restatement === undefined || Number.isFinite(t.restatement)) &&
      (t.notation === "mixed") === (t.restatement !== undefined) &&
      (t.remark === undefined || (t.remark.length > 0 && !/[\d()]/.test(t.remark)))
    );
  }

  test("parseTargetText on any string", () => {
    fc.assert(fc.property(fc.string(), (s) => wellFormed(parseTargetText(s))), { numRuns: 2000 });
  });

  test("parseTargetText on strings made of target characters", () => {
    fc.assert(fc.property(targetish, (s) => wellFormed(parseTargetText(s))), { numRuns: 5000 });
  });

  test("parseTargetText on long runs of digits and numerals", () => {
    expect(wellFormed(parseTargetText("9".repeat(400)))).toBe(true);
    expect(wellFormed(parseTargetText(`${"九".repeat(400)}次`))).toBe(true);
    expect(wellFormed(parseTargetText(`≥${"1,000".repeat(100)}`))).toBe(true);
  });

  test("a value that is empty after removing whitespace, and only that, is empty", () => {
    fc.assert(
      fc.property(targetish, (s) => {
        const p = parseTargetText(s);
        return !p.ok === (s.replace(/\s/g, "") === "");
      }),
    );
  });

  test("parseSplitTarget on any cells", () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constant(null),
      targetish,
      fc.double(),
      fc.boolean(),
      fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }),
    );
    fc.assert(
      fc.property(cell, cell, cell, fc.constantFrom(undefined, "General", "0%", "yyyy-mm-dd"), (n, v, u, f) => {
        const p = parseSplitTarget(n, v, u, f);
        return p.ok ? wellFormed(p) : p.reason === "empty" || p.reason === "error-value";
      }),
      { numRuns: 2000 },
    );
  });

  test("a canonical rendering of any number parses back to it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Op>("=", "≥", "≤", ">", "<"),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom("次", "人次", "家", "期", "本", "篇", "个", "条", "人", "项", "%", "米", "万元", "天", "M"),
        (op, cents, unit) => {
          const number = cents / 100;
          const t = quantitative(parseTargetText(`${op}${number.toFixed(2)}(${unit})`));
          return t.op === op && t.number === number && t.unit === unit && t.nonstandardOp === undefined;
        },
      ),
    );
  });
});
