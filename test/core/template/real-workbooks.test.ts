import { formatYMD } from "../../../src/core/grid/cell-value";
import { CellValue } from "../../../src/core/grid/cell-value";
import { readWorkbook } from "../../../src/core/template/read-workbook";
import { checkSheets, findingsOf } from "../../support/check";
import { FormSpec, IndicatorRow, LayoutOptions, cleanForm, gridFromCells, layForm, sheetOf } from "../../support/form-grid";

/** What units really hand in (issue 9): instruction sheets, merged footers, score bands, extra columns, other labels. */

const read = (spec: FormSpec, opts: LayoutOptions = {}) => readWorkbook([sheetOf("S", [{ spec, opts }])]).forms;
const errorsOf = (result: ReturnType<typeof checkSheets>) => result.report.diagnostics.filter((d) => d.severity === "error");

/** A 填报说明 sheet: a 栏目 | 填写要求 table that repeats the form's labels in its first column. */
const INSTRUCTIONS: [string, string][] = [
  ["项目名称", "填写预算系统中的项目全称，如“2024年度民营经济培训项目”。"],
  ["项目性质", "经常性专项业务费、阶段性项目或一次性项目。"],
  ["项目类别", "按预算编制口径填写。"],
  ["主管部门", "填写一级预算单位名称。"],
  ["实施单位", "填写具体承担项目的单位。"],
  ["计划开始日期", "格式如 2024-01-01。"],
  ["计划完成日期", "格式如 2024-12-31。"],
  ["年度资金申请总额", "单位为元，等于当年财政拨款、上年结转资金与其他资金之和。"],
  ["年度总体目标", "概括本年度要达到的产出和效果。"],
  ["一级指标", "产出指标、效益指标、满意度指标，可增设成本指标。"],
  ["二级指标", "按指标体系填写，如数量指标、质量指标。"],
  ["三级指标", "细化、量化的具体指标。"],
  ["年度(/项目)指标值", "写成 ≥95.00(%) 的格式。"],
];
const instructionSheet = gridFromCells("填报说明", [
  { row: 1, col: 1, value: "填报说明" },
  { row: 2, col: 1, value: "栏目" },
  { row: 2, col: 2, value: "填写要求" },
  ...INSTRUCTIONS.flatMap(([label, text], i) => [{ row: 3 + i, col: 1, value: label }, { row: 3 + i, col: 2, value: text }]),
], [{ top: 1, left: 1, bottom: 1, right: 2 }]);

describe("an instruction sheet (填报说明) is not a form", () => {
  test("beside two forms: listed as skipped, nothing else reported on it, two projects", () => {
    const result = checkSheets([sheetOf("表1", [{ spec: cleanForm({ name: "甲" }) }]), instructionSheet, sheetOf("表2", [{ spec: cleanForm({ name: "乙" }) }])]);
    expect(result.report.projects.map((p) => p.name)).toEqual(["甲", "乙"]);
    const onIt = result.report.diagnostics.filter((d) => d.sheet === "填报说明");
    expect(onIt.map((d) => [d.rule, d.severity, d.cell])).toEqual([["sheet/not-a-form", "info", "A1"]]);
    expect(onIt[0]!.message).toBe("工作表「填报说明」是填报说明，不是申报表，已跳过");
    expect(result.report.totals.errors).toBe(0);
  });

  test("without its 栏目 | 填写要求 head, the repeated header labels still tell it apart", () => {
    const bare = gridFromCells("说明", INSTRUCTIONS.flatMap(([label, text], i) => [{ row: 1 + i, col: 1, value: label }, { row: 1 + i, col: 2, value: text }]));
    const result = checkSheets([bare]);
    expect(result.report.diagnostics.map((d) => [d.rule, d.severity])).toEqual([["sheet/not-a-form", "info"]]);
  });
});

describe("the indicator table ends at a footer merged across the table", () => {
  const spec = cleanForm();
  test.each([
    ["填报人：    审核人：    填报日期：2024-01-05", 1],
    ["审核人：张三  联系电话：12345678", 1],
    ["经办人：李四", 2],
    ["单位负责人：王五  填表人：赵六", 2],
  ])("%s (merged from column %i to the last)", (footer, col) => {
    const laid = layForm(spec);
    const row = laid.rows + 1;
    const cells = [...laid.cells.values(), { row, col, value: footer }];
    const grid = gridFromCells("S", cells, [...laid.merges, { top: row, left: col, bottom: row, right: laid.cols }]);
    const result = checkSheets([grid]);
    expect(result.workbook.forms[0]!.indicators).toHaveLength(5);
    expect(errorsOf(result)).toEqual([]);
  });

  test("rows after the footer are not read", () => {
    const laid = layForm(spec);
    const row = laid.rows + 1;
    const cells = [...laid.cells.values(), { row, col: 1, value: "填报人：  审核人：  填报日期：" }, { row: row + 1, col: 2, value: "产出指标" }, { row: row + 1, col: 4, value: "不应读到" }, { row: row + 1, col: 6, value: "=1.00(次)" }];
    const grid = gridFromCells("S", cells, [...laid.merges, { top: row, left: 1, bottom: row, right: laid.cols }]);
    expect(readWorkbook([grid]).forms[0]!.indicators.map((i) => i.name)).not.toContain("不应读到");
  });
});

describe("score bands after a 一级", () => {
  const banded: IndicatorRow[] = [
    ["产出指标\n(40-50)分", "数量指标", "举办培训班", "=2.00(次)"],
    ["产出指标\n(40-50)分", "时效指标", "完成及时率", "=100.00(%)"],
    ["效益指标（20-30）分", "社会效益指标", "长效管理机制", "建立"],
    ["满意度指标(10)分", "服务对象满意度指标", "培训对象满意度", "≥90.00(%)"],
    ["成本指标(0-20)分", "经济成本指标", "人均培训成本", "≤500.00(元)"],
  ];
  test.each<LayoutOptions["levels"]>(["merged", "repeated"])("are no missing category and no unknown 一级 (%s)", (levels) => {
    const result = checkSheets([sheetOf("S", [{ spec: cleanForm({ indicators: banded }), opts: { levels } }])], { requireCostCategory: true });
    expect(findingsOf(result, "project/missing-category")).toEqual([]);
    expect(findingsOf(result, "indicator/unknown-level1")).toEqual([]);
    expect(findingsOf(result, "indicator/level-mismatch")).toEqual([]);
    expect(result.workbook.forms[0]!.indicators.map((i) => i.keys.level1)).toEqual(["产出指标", "产出指标", "效益指标", "满意度指标", "成本指标"]);
    // The text as written is kept for the report.
    expect(result.workbook.forms[0]!.indicators[0]!.level1).toBe("产出指标\n(40-50)分");
  });
});

describe("extra columns are ignored wherever they stand", () => {
  test("权重 between 三级 and the value, 分值 and 评(扣)分标准 after it", () => {
    const spec = cleanForm();
    const laid = layForm(spec, { nameMerged: false, extraColumns: ["分值", "评(扣)分标准"], blankRowAt: 3 });
    const cells = [...laid.cells.values()];
    // The header is on row 12; the table's rows below it, with a blank row before the 4th indicator.
    cells.push({ row: 12, col: 5, value: "权重" });
    for (const row of [13, 14, 15, 17, 18]) {
      cells.push({ row, col: 5, value: 10 }, { row, col: 7, value: "10" }, { row, col: 8, value: "完成得满分，未完成不得分" });
    }
    cells.push({ row: 16, col: 8, value: "说明：以下为效益和满意度指标" });
    const grid = gridFromCells("S", cells, laid.merges);
    const result = checkSheets([grid]);
    const form = result.workbook.forms[0]!;
    expect(form.indicators.map((i) => [i.name, i.raw])).toEqual(spec.indicators.map((i) => [i[2], i[3]]));
    expect(errorsOf(result)).toEqual([]);
  });

  test("split layout with 权重 · 指标方向性 · 备注 · 指标解释 · 绩效标准 after 计量单位", () => {
    const split = cleanForm({
      indicators: [
        ["产出指标", "数量指标", "举办培训班", { nature: "=", value: 2, unit: "次" }],
        ["效益指标", "社会效益指标", "长效机制", { nature: "定性", value: "建立", unit: null }],
        ["满意度指标", "服务对象满意度指标", "满意度", { nature: "≥", value: 90, unit: "%" }],
      ],
    });
    const laid = layForm(split, { split: true, extraColumns: ["权重", "指标方向性", "备注", "指标解释", "绩效标准"], blankRowAt: 1 });
    const cells = [...laid.cells.values(), { row: 14, col: 10, value: "备注：第二季度起统计" }];
    for (const row of [13, 15, 16]) cells.push({ row, col: 8, value: 20 }, { row, col: 9, value: "正向指标" });
    const form = readWorkbook([gridFromCells("S", cells, laid.merges)]).forms[0]!;
    expect(form.indicators.map((i) => i.name)).toEqual(["举办培训班", "长效机制", "满意度"]);
    expect(form.indicators[0]).toMatchObject({ cell: "F13", cells: { op: { cell: "E13" }, value: { cell: "F13" }, unit: { cell: "G13" } } });
  });
});

describe("labels of other provinces and scans", () => {
  test("the synonym table", () => {
    const [form] = read(cleanForm({ funds: { projectTotal: 200000, projectFiscal: 200000, projectOther: 0, annualTotal: 100000, appropriation: 100000, carryover: 0, annualOther: 0 } }), {
      labels: {
        项目名称: "*项目支出名称：", 主管部门: "业务主管部门", 项目类别: "项目分类", 实施单位: "项目执行单位",
        年度资金申请总额: "当年年度预算", 项目资金总额: "项目总预算", 其他资金: "其它资金", 年度总体目标: "本年度绩效目标",
        一级指标: "一级 指标", 三级指标: "指标内容", "年度(/项目)指标值": "年度（/项目）指标值",
      },
    });
    expect(form!.fields.projectName.text).toBe("示例项目");
    expect(form!.fields.department?.text).toBe("上海市工商业联合会");
    expect(form!.fields.category?.text).toBe("特定目标类");
    expect(form!.fields.implementer?.text).toBe("上海市工商业联合会");
    expect(form!.funds.annualTotal?.amount).toBe(100000);
    expect(form!.funds.projectTotal?.amount).toBe(200000);
    expect(form!.funds.projectOther?.cell).toBe("C9");
    expect(form!.funds.annualOther?.cell).toBe("E9");
    expect(form!.goals.annualGoal?.text).toBe("完成年度工作任务。");
    expect(form!.indicators).toHaveLength(5);
  });

  test.each(["年度主要目标和成果", "年度绩效目标", "年度目标"])("%s is the annual goal", (label) => {
    expect(read(cleanForm(), { labels: { 年度总体目标: label } })[0]!.goals.annualGoal?.text).toBe("完成年度工作任务。");
  });

  test.each(["预算数", "年度资金总额", "年度本级预算金额"])("%s is the annual amount", (label) => {
    expect(read(cleanForm(), { labels: { 年度资金申请总额: label } })[0]!.funds.annualTotal?.amount).toBe(100000);
  });

  test("labels typed back from a scan", () => {
    const [form] = read(cleanForm(), { labels: { 项目名称: "项 目 名 称", 一级指标: "一级 指标", 二级指标: "二 级 指 标", "年度(/项目)指标值": "年度（/项目）指标值" } });
    expect(form!.fields.projectName.text).toBe("示例项目");
    expect(form!.indicators).toHaveLength(5);
  });

  test.each<[CellValue, string, string]>([
    ["2023.07-2024.01", "2023-07-01", "2024-01-31"],
    ["2023年4月-2024年2月", "2023-04-01", "2024-02-29"],
    ["2024-01-01至2024-12-31", "2024-01-01", "2024-12-31"],
    ["2024年3月至11月", "2024-03-01", "2024-11-30"],
  ])("a plan period in one cell, %p, reads as start and end", (period, start, end) => {
    for (const label of ["项目支出实施期", "建设周期", "实施期限"]) {
      const result = checkSheets([sheetOf("S", [{ spec: cleanForm({ start: period, end: "" }), opts: { labels: { 计划开始日期: label, 计划完成日期: "经办处室" } } }])]);
      const form = result.workbook.forms[0]!;
      expect([form.dates.start?.date && formatYMD(form.dates.start.date), form.dates.end?.date && formatYMD(form.dates.end.date)]).toEqual([start, end]);
      expect(form.dates.start?.cell).toBe("B5");
      expect(findingsOf(result, "form/missing-field")).toEqual([]);
      expect(findingsOf(result, "form/invalid-date")).toEqual([]);
    }
  });

  test("a plan period that is no period is one finding at its cell; an empty one is one missing field", () => {
    // The row holds the period alone: a text right of an empty value would be read as the value.
    const opts: LayoutOptions = { labels: { 计划开始日期: "项目支出实施期", 计划完成日期: "" } };
    const bad = checkSheets([sheetOf("S", [{ spec: cleanForm({ start: "明年", end: "" }), opts }])]);
    expect(findingsOf(bad, "form/invalid-date").map((d) => [d.cell, d.message])).toEqual([["B5", "「项目支出实施期」无法识别为起止日期：明年（应如 2024.01-2024.12）"]]);
    const empty = checkSheets([sheetOf("S", [{ spec: cleanForm({ start: "", end: "" }), opts }])]);
    expect(findingsOf(empty, "form/missing-field").map((d) => d.cell)).toEqual(["B5"]);
  });
});
