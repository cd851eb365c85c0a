import { formatYMD } from "../../../src/core/grid/cell-value";
import { readWorkbook } from "../../../src/core/template/read-workbook";
import { checkSheets, findingsOf } from "../../support/check";
import { FormSpec, IndicatorRow, LayoutOptions, cleanForm, gridFromCells, layForm, sheetOf } from "../../support/form-grid";

const read = (spec: FormSpec, opts: LayoutOptions = {}) => readWorkbook([sheetOf("S", [{ spec, opts }])]).forms;
const rows = (spec: FormSpec) => spec.indicators.map(([l1, l2, name, value]) => [l1, l2, name, typeof value === "string" ? value : expect.anything()]);

describe("where a form sits", () => {
  test("a form starting at D5 is read with its own cell addresses", () => {
    const [form] = read(cleanForm(), { origin: { row: 5, col: 4 } });
    expect(form!.anchor).toBe("D7");
    expect(form!.fields.projectName.cell).toBe("E7");
    expect(form!.indicators[0]).toMatchObject({ nameCell: "G17", cell: "I17", level1Cell: "E17" });
  });

  test("three forms stacked with no gap between them", () => {
    const a = cleanForm({ name: "甲" });
    const b = cleanForm({ name: "乙" });
    const c = cleanForm({ name: "丙" });
    const h = layForm(a).rows;
    const forms = readWorkbook([sheetOf("S", [{ spec: a }, { spec: b, opts: { origin: { row: 1 + h, col: 1 } } }, { spec: c, opts: { origin: { row: 1 + 2 * h, col: 1 } } }])]).forms;
    expect(forms.map((f) => f.fields.projectName.text)).toEqual(["甲", "乙", "丙"]);
    expect(forms.map((f) => f.indicators.length)).toEqual([5, 5, 5]);
  });

  test("two forms side by side in the same rows", () => {
    const forms = readWorkbook([sheetOf("S", [{ spec: cleanForm({ name: "左" }) }, { spec: cleanForm({ name: "右" }), opts: { origin: { row: 1, col: 9 } } }])]).forms;
    expect(forms.map((f) => f.fields.projectName.text)).toEqual(["左", "右"]);
    expect(forms[0]!.indicators.map((i) => i.cell)).toEqual(["F13", "F14", "F15", "F16", "F17"]);
    expect(forms[1]!.indicators.map((i) => i.cell)).toEqual(["N13", "N14", "N15", "N16", "N17"]);
  });

  test("a sheet of instructions is listed as skipped, never as an error", () => {
    const notes = gridFromCells("填报说明", [
      { row: 1, col: 1, value: "填报说明" },
      { row: 2, col: 1, value: "1. 项目名称应与预算一致。" },
      { row: 3, col: 1, value: "2. 指标值请按 ≥95.00(%) 格式填写。" },
    ]);
    const result = checkSheets([sheetOf("表1", [{ spec: cleanForm() }]), notes, gridFromCells("空白", [])]);
    expect(result.report.sheets).toEqual([{ name: "表1", forms: 1, blankForms: 0 }, { name: "填报说明", forms: 0, blankForms: 0 }, { name: "空白", forms: 0, blankForms: 0 }]);
    expect(findingsOf(result, "sheet/not-a-form").map((d) => [d.sheet, d.severity])).toEqual([["填报说明", "info"], ["空白", "info"]]);
    expect(result.report.totals.errors).toBe(0);
  });

  test("a summary table's header row (项目名称 · 主管部门 · 实施单位 on one line) is not a form", () => {
    const header = ["序号", "项目名称", "主管部门", "实施单位", "项目性质", "项目类别", "年度资金申请总额"];
    const summary = gridFromCells("汇总", [
      ...header.map((value, i) => ({ row: 1, col: i + 1, value })),
      ...["1", "甲项目", "某局", "某中心", "经常性", "特定目标类", "100"].map((value, i) => ({ row: 2, col: i + 1, value })),
    ]);
    expect(readWorkbook([summary]).forms).toHaveLength(0);
  });
});

describe("how the indicator table is written", () => {
  const spec = cleanForm();

  test.each<LayoutOptions["levels"]>(["merged", "repeated", "blank"])("一级/二级 %s read the same", (levels) => {
    const [form] = read(spec, { levels });
    expect(form!.indicators.map((i) => [i.level1, i.level2, i.name, i.raw])).toEqual(rows(spec));
  });

  test("repeated levels name each row's own cell; merged levels name the merge's top-left", () => {
    const two: FormSpec = cleanForm({ indicators: [["产出指标", "数量指标", "甲", "=1.00(次)"], ["产出指标", "数量指标", "乙", "=2.00(次)"], ["效益指标", "社会效益指标", "丙", "建立"], ["满意度指标", "服务对象满意度指标", "丁", "≥90.00(%)"]] });
    expect(read(two, { levels: "repeated" })[0]!.indicators.slice(0, 2).map((i) => i.level1Cell)).toEqual(["B13", "B14"]);
    expect(read(two, { levels: "merged" })[0]!.indicators.slice(0, 2).map((i) => i.level1Cell)).toEqual(["B13", "B13"]);
    expect(read(two, { levels: "blank" })[0]!.indicators.slice(0, 2).map((i) => i.level2Cell)).toEqual(["C13", "C13"]);
  });

  test("三级 in a single column (not merged across two)", () => {
    const [form] = read(spec, { nameMerged: false });
    expect(form!.indicators.map((i) => i.name)).toEqual(spec.indicators.map((i) => i[2]));
  });

  test("split 指标性质 · 指标值 · 计量单位 columns", () => {
    const split: FormSpec = cleanForm({
      indicators: [
        ["产出指标", "数量指标", "举办培训班", { nature: "≥", value: 2, unit: "次" }],
        ["产出指标", "质量指标", "结业率", { nature: "=", value: "100", unit: "%" }],
        ["效益指标", "社会效益指标", "长效机制", { nature: "定性", value: "建立", unit: null }],
        ["满意度指标", "服务对象满意度指标", "满意度", { nature: ">=", value: 90, unit: "%" }],
      ],
    });
    const [form] = read(split, { split: true, extraColumns: ["权重", "指标方向性"] });
    const inds = form!.indicators;
    expect(inds.map((i) => i.target)).toEqual([
      { ok: true, target: expect.objectContaining({ kind: "quantitative", op: "≥", number: 2, unit: "次" }) },
      { ok: true, target: expect.objectContaining({ kind: "quantitative", op: "=", number: 100, unit: "%" }) },
      { ok: true, target: { kind: "qualitative", text: "建立" } },
      { ok: true, target: expect.objectContaining({ op: "≥", nonstandardOp: ">=", number: 90, unit: "%" }) },
    ]);
    expect(inds[0]).toMatchObject({
      cell: "F13",
      cells: { op: { cell: "E13", text: "≥" }, value: { cell: "F13", text: "2" }, unit: { cell: "G13", text: "次" } },
      raw: "≥ 2 次",
    });
  });

  test("blank rows, a header printed again after a page break, and an empty category are skipped", () => {
    const [form] = read(spec, { blankRowAt: 2, headerRepeatAt: 3, emptyCategoryAt: { index: 4, level1: "成本指标", level2: "经济成本指标" } });
    expect(form!.indicators.map((i) => i.name)).toEqual(spec.indicators.map((i) => i[2]));
    expect(form!.emptyCategories).toEqual([{ level1: "成本指标", level2: "经济成本指标", cell: expect.any(String) }]);
  });

  test.each(["填表人：张三", "联系电话：12345678", "填报日期：2024-01-05", "备注：无"])("a footer line (%s) ends the table", (footer) => {
    const laid = layForm(spec, { footer });
    const extra = [{ row: laid.rows + 1, col: 2, value: "产出指标" }, { row: laid.rows + 1, col: 4, value: "不应读到" }, { row: laid.rows + 1, col: 6, value: "=1.00(次)" }];
    const grid = gridFromCells("S", [...laid.cells.values(), ...extra], laid.merges);
    expect(readWorkbook([grid]).forms[0]!.indicators).toHaveLength(5);
  });

  test("text left of the 一级 column ends the table", () => {
    const laid = layForm(spec);
    const extra = [{ row: laid.rows + 1, col: 1, value: "说明：以上指标由财务处填写" }, { row: laid.rows + 2, col: 4, value: "不应读到" }, { row: laid.rows + 2, col: 6, value: "=1.00(次)" }];
    const grid = gridFromCells("S", [...laid.cells.values(), ...extra], laid.merges);
    expect(readWorkbook([grid]).forms[0]!.indicators).toHaveLength(5);
  });
});

describe("labels and values as people type them", () => {
  test.each<LayoutOptions["labelStyle"]>(["spaced", "fullwidth"])("labels %s are still recognised", (labelStyle) => {
    const [form] = read(cleanForm(), { labelStyle });
    expect(form!.fields.projectName.text).toBe("示例项目");
    expect(form!.funds.annualTotal?.amount).toBe(100000);
    expect(form!.indicators).toHaveLength(5);
  });

  test("labels of other provinces (lenient synonyms) are recognised", () => {
    const [form] = read(cleanForm(), {
      labels: { 项目名称: "项目支出名称", 主管部门: "预算部门", 实施单位: "项目执行单位", 三级指标: "指标名称", "年度(/项目)指标值": "指标值", 年度资金申请总额: "年度资金总额" },
    });
    expect(form!.fields.projectName.text).toBe("示例项目");
    expect(form!.fields.department?.text).toBe("上海市工商业联合会");
    expect(form!.funds.annualTotal?.amount).toBe(100000);
    expect(form!.indicators).toHaveLength(5);
  });

  test("a 二级 label broken over two lines matches the taxonomy", () => {
    const spec = cleanForm({ indicators: [...cleanForm().indicators, ["效益指标", "可持续影\n响指标", "长效机制二", "建立"]] });
    const result = checkSheets([sheetOf("S", [{ spec }])]);
    expect(findingsOf(result, "indicator/unknown-level2")).toEqual([]);
  });

  test("text amounts such as \"490,000.00\" and 万元 amounts are numbers", () => {
    const [form] = read(cleanForm({ funds: { annualTotal: "490,000.00", appropriation: "￥490,000", carryover: "-", annualOther: "0.00", projectTotal: "49万元" } }));
    expect(form!.funds.annualTotal?.amount).toBe(490000);
    expect(form!.funds.appropriation?.amount).toBe(490000);
    expect(form!.funds.carryover?.amount).toBe(0);
    expect(form!.funds.projectTotal?.amount).toBe(490000);
  });

  test("a form in 万元 reports its money in 元", () => {
    const laid = layForm(cleanForm({ funds: { annualTotal: 49, appropriation: 49, carryover: 0, annualOther: 0 } }), { labels: { "项目资金\n(元)": "项目资金\n(万元)" } });
    const result = checkSheets([gridFromCells("S", [...laid.cells.values()], laid.merges)]);
    expect(result.report.projects[0]!.funds.annualTotal).toBe(490000);
    expect(result.report.projects[0]!.fundsUnit).toBe("万元");
  });

  test.each([
    [45292, "2024-01-01", "yyyy-mm-dd"],
    ["2024/1/1", "2024-01-01", undefined],
    ["2024.01.01", "2024-01-01", undefined],
    ["2024年1月1日", "2024-01-01", undefined],
    ["20240101", "2024-01-01", undefined],
    ["2024-01-01 00:00:00", "2024-01-01", undefined],
    ["2024年1月", "2024-01-01", undefined],
  ])("start date %p reads as %s", (start, ymd, format) => {
    const laid = layForm(cleanForm({ start }));
    const cells = [...laid.cells.values()].map((c) => (c.value === start && format ? { ...c, format } : c));
    const [form] = readWorkbook([gridFromCells("S", cells, laid.merges)]).forms;
    expect(form!.dates.start?.date && formatYMD(form!.dates.start.date)).toBe(ymd);
  });

  test("cells holding error values are reported where they are", () => {
    const spec = cleanForm({ funds: { annualTotal: { error: "#REF!" }, appropriation: 100000, carryover: 0, annualOther: 0 } });
    spec.indicators[0] = ["产出指标", "数量指标", "举办培训班", { error: "#N/A" }];
    const result = checkSheets([sheetOf("S", [{ spec }])]);
    expect(findingsOf(result, "funds/not-a-number").map((d) => d.cell)).toEqual(["E6"]);
    expect(findingsOf(result, "indicator/missing-value").map((d) => [d.cell, d.value])).toEqual([["F13", "#N/A"]]);
  });

  test("numbers, booleans and formulas' results in target cells are read, not dropped", () => {
    const indicators: IndicatorRow[] = [
      ["产出指标", "数量指标", "培训次数", 3],
      ["产出指标", "质量指标", "是否达标", true],
      ...cleanForm().indicators.slice(2),
    ];
    const [form] = read(cleanForm({ indicators }));
    expect(form!.indicators.map((i) => i.raw).slice(0, 2)).toEqual(["3", "TRUE"]);
  });
});

describe("what does not end or break a form (found in review)", () => {
  const five = cleanForm().indicators;

  test.each([
    ["三级 starting with a footer word", ["产出指标", "数量指标", "说明会召开次数", "=2.00(次)"]],
    ["三级 naming the form", ["产出指标", "数量指标", "绩效目标申报表报送及时率", "=100.00(%)"]],
    ["a value starting with 备注", ["产出指标", "数量指标", "资料归档", "备注齐全"]],
    ["三级 starting with 项目负责人", ["产出指标", "数量指标", "项目负责人到位率", "=100.00(%)"]],
  ] as [string, IndicatorRow][])("%s is an indicator row, and the rows after it are read", (_what, row) => {
    const [form] = read(cleanForm({ indicators: [row, ...five] }));
    expect(form!.indicators.map((i) => i.name)).toEqual([row[2], ...five.map((i) => i[2])]);
  });

  test("a remark typed beside a row, right of the table, does not end it", () => {
    const laid = layForm(cleanForm());
    const grid = gridFromCells("S", [...laid.cells.values(), { row: 13, col: 8, value: "备注：新增指标" }], laid.merges);
    expect(readWorkbook([grid]).forms[0]!.indicators).toHaveLength(5);
  });

  test("a 序号 column left of 一级 (numbers or digit text) does not end the table", () => {
    const laid = layForm(cleanForm(), { origin: { row: 1, col: 2 } });
    const numbers = [13, 14, 15, 16, 17].map((row, i) => ({ row, col: 1, value: i % 2 ? String(i + 1) : i + 1 }));
    const grid = gridFromCells("S", [...laid.cells.values(), ...numbers], laid.merges);
    expect(readWorkbook([grid]).forms[0]!.indicators).toHaveLength(5);
  });

  test("a stray note far left of a form that starts at H10 is outside the form", () => {
    const laid = layForm(cleanForm(), { origin: { row: 10, col: 8 } });
    const grid = gridFromCells("S", [...laid.cells.values(), { row: 24, col: 1, value: "备忘" }], laid.merges);
    expect(readWorkbook([grid]).forms[0]!.indicators).toHaveLength(5);
  });

  test("forms side by side whose tops are not aligned are told apart", () => {
    const right = cleanForm({ name: "右", indicators: [["产出指标", "数量指标", "举办培训班", "三次"], ...five.slice(1)] });
    const result = checkSheets([sheetOf("S", [{ spec: cleanForm({ name: "左" }) }, { spec: right, opts: { origin: { row: 4, col: 9 } } }])]);
    const [left, r] = result.workbook.forms;
    expect([left!.fields.projectName.text, r!.fields.projectName.text]).toEqual(["左", "右"]);
    expect([left!.indicators.length, r!.indicators.length]).toEqual([5, 5]);
    expect(result.report.diagnostics.filter((d) => d.severity === "error").map((d) => [d.project, d.rule, d.cell])).toEqual([
      ["右", "target/chinese-numerals", "N16"],
    ]);
  });

  test("a goal mentioning 万元 does not make the form's money 万元", () => {
    const result = checkSheets([sheetOf("S", [{ spec: cleanForm({ annualGoal: "年度资金50万元，用于举办2期培训。", name: "单位运行保障（10万元以下）项目" }) }])]);
    expect(result.report.projects[0]!.funds.annualTotal).toBe(100000);
    expect(result.report.projects[0]!.fundsUnit).toBe("元");
  });

  test("in a 万元 form, a cell that says 万元 itself is not scaled twice", () => {
    const laid = layForm(cleanForm({ funds: { annualTotal: "12.5万元", appropriation: 12.5, carryover: 0, annualOther: 0 } }), { labels: { "项目资金\n(元)": "项目资金\n(万元)" } });
    const result = checkSheets([gridFromCells("S", [...laid.cells.values()], laid.merges)]);
    expect(result.report.projects[0]!.funds).toMatchObject({ annualTotal: 125000, appropriation: 125000 });
    expect(findingsOf(result, "funds/sum-mismatch")).toEqual([]);
  });

  test("a goal that repeats its label is the goal, not an empty field", () => {
    const result = checkSheets([sheetOf("S", [{ spec: cleanForm({ annualGoal: "年度总体目标：完成2期培训。" }) }])]);
    expect(result.workbook.forms[0]!.goals.annualGoal?.text).toBe("年度总体目标：完成2期培训。");
    expect(findingsOf(result, "form/missing-field")).toEqual([]);
  });

  test("a sheet holding only a blank template is skipped, not judged", () => {
    const blank: FormSpec = { name: "", nature: "", category: "", department: "", implementer: "", start: "", end: "", funds: {}, annualGoal: "", indicators: [] };
    const result = checkSheets([sheetOf("模板", [{ spec: blank }])]);
    expect(result.report.sheets).toEqual([{ name: "模板", forms: 0, blankForms: 1 }]);
    expect(result.report.diagnostics.map((d) => [d.rule, d.severity])).toEqual([["sheet/not-a-form", "info"]]);
    expect(result.report.diagnostics[0]!.message).toContain("空白模板");
  });
});
