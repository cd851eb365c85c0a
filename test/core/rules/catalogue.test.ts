import fs from "fs";
import path from "path";
import { Lang, Severity, SEVERITIES, SEVERITY_RANK } from "../../../src/core/diagnostic";
import { Message } from "../../../src/core/i18n";
import { ALL_RULES, RULE_IDS } from "../../../src/core/rules/registry";
import { RULE_FAMILIES } from "../../../src/core/rules/types";
import { checkForm, checkSheets } from "../../support/check";
import { CellValue } from "../../../src/core/grid/cell-value";
import { cleanForm, FormSpec, gridFromCells, IndicatorRow, layForm, LayoutOptions, sheetOf } from "../../support/form-grid";
import { CLEAN_INDICATORS, ROW } from "./helpers";

/**
 * The contract: the requirement's "## Rules" table (spec/rules.md), one row per rule id, copied into the
 * repository as test/fixtures/spec/rules-contract.md.
 */
const RULES_MD = path.join(__dirname, "..", "..", "fixtures", "spec", "rules-contract.md");

/**
 * Ids the contract names that have no rule yet (later work). Implementing one means taking it off this list;
 * a new id in the contract without code fails "the contract's ids …" until it is listed here.
 */
const NOT_YET_IMPLEMENTED: readonly string[] = [];

interface CatalogueRow {
  id: string;
  /** The severity column's words, in order (error, warning, info). */
  severities: Severity[];
  /** Every severity word anywhere on the row ("`lenient`: warning" in the fires-when column). */
  mentioned: Set<Severity>;
  /** The last column; "—" when the rule offers none. */
  fix: string;
}

function catalogue(): CatalogueRow[] {
  const md = fs.readFileSync(RULES_MD, "utf8");
  const section = /^## Rules\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(md)?.[1] ?? "";
  const rows: CatalogueRow[] = [];
  for (const line of section.split("\n")) {
    const m = /^\|\s*`([a-z]+\/[a-z0-9-]+)`\s*\|(.*)\|\s*$/.exec(line);
    if (!m) continue;
    const cells = m[2]!.split("|").map((c) => c.trim());
    const words = (s: string) => [...s.matchAll(/\b(error|warning|info)\b/g)].map((w) => w[1] as Severity);
    rows.push({ id: m[1]!, severities: words(cells[0] ?? ""), mentioned: new Set(words(m[2]!)), fix: cells[cells.length - 1] ?? "" });
  }
  return rows;
}

const ALL_ROWS = catalogue();
/** The contract's rows that have a rule: every severity and fix fact below is checked on each of them. */
const ROWS = ALL_ROWS.filter((r) => !NOT_YET_IMPLEMENTED.includes(r.id));

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/**
 * The placeholders a message fills, by meaning: a parameter with a translation is passed twice, as
 * `field` for zh and `fieldEn` for en (form/missing-field, funds/*), and counts as one.
 */
function meanings(text: string): string[] {
  return [...new Set(placeholders(text).map((p) => p.replace(/En$/, "")))].sort();
}

describe("the rule catalogue (the contract, rules-contract.md)", () => {
  test("the table parses: one row per rule, each with a severity", () => {
    expect(ALL_ROWS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ALL_ROWS.map((r) => r.id)).size).toBe(ALL_ROWS.length);
    for (const row of ALL_ROWS) expect(row.severities.length).toBeGreaterThan(0);
  });

  test("every registered rule is in the contract, in the contract's order", () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    const contract = new Set(ALL_ROWS.map((r) => r.id));
    expect(RULE_IDS.filter((id) => !contract.has(id))).toEqual([]);
    expect([...RULE_IDS]).toEqual(ROWS.map((r) => r.id));
  });

  test("the contract's ids without a rule are exactly NOT_YET_IMPLEMENTED", () => {
    const registered = new Set<string>(RULE_IDS);
    expect(ALL_ROWS.map((r) => r.id).filter((id) => !registered.has(id)).sort()).toEqual([...NOT_YET_IMPLEMENTED].sort());
  });

  test("every rule id is family/name with a known family", () => {
    for (const id of RULE_IDS) expect(RULE_FAMILIES).toContain(id.split("/")[0]);
  });

  test.each(ROWS.map((r) => [r.id, r] as const))("%s: severity matches the table", (id, row) => {
    const rule = ALL_RULES.find((r) => r.meta.id === id)!;
    // The default is the column's first severity ("error / warning", "error under 数量…; warning under 时效…").
    expect(rule.meta.severity).toBe(row.severities[0]);
    const reported = new Set<Severity>([rule.meta.severity, ...(rule.meta.severities ?? [])]);
    // Every severity the column names is one the rule can report …
    for (const s of row.severities) expect(reported).toContain(s);
    // … and every severity the rule can report is named on its row ("`lenient`: warning").
    for (const s of reported) expect(row.mentioned).toContain(s);
    if (rule.meta.severities) expect(rule.meta.severities).toContain(rule.meta.severity);
  });

  test.each(ROWS.map((r) => [r.id, r] as const))("%s: offers a fix exactly when the table says so", (id, row) => {
    const rule = ALL_RULES.find((r) => r.meta.id === id)!;
    expect(rule.meta.fix !== undefined).toBe(row.fix !== "—");
  });
});

describe("rule texts", () => {
  const nonEmpty = (m: Message) => {
    expect(m.zh.trim()).not.toBe("");
    expect(m.en.trim()).not.toBe("");
  };

  test.each(ALL_RULES.map((r) => [r.meta.id, r] as const))("%s has zh and en docs (and fix docs)", (_id, rule) => {
    nonEmpty(rule.meta.docs);
    expect(placeholders(rule.meta.docs.zh + rule.meta.docs.en)).toEqual([]);
    if (rule.meta.fix) nonEmpty(rule.meta.fix);
  });

  test.each(ALL_RULES.map((r) => [r.meta.id, r] as const))("%s: every message has zh and en with the same placeholders", (_id, rule) => {
    const messages = Object.entries(rule.messages as Record<string, Message>);
    expect(messages.length).toBeGreaterThan(0);
    for (const [key, m] of messages) {
      nonEmpty(m);
      expect({ key, placeholders: meanings(m.en) }).toEqual({ key, placeholders: meanings(m.zh) });
      // The translated twin of a parameter is for English only; Chinese uses the plain one.
      expect(placeholders(m.zh).filter((p) => p.endsWith("En"))).toEqual([]);
    }
  });
});

describe("the clean form", () => {
  const atLeastWarning = (ds: { severity: Severity }[]) => ds.filter((d) => SEVERITY_RANK[d.severity] <= SEVERITY_RANK.warning);

  test.each<[string, LayoutOptions, { profile?: "shanghai" | "lenient"; lang?: Lang }]>([
    ["as laid out by default", {}, {}],
    ["in the lenient profile", {}, { profile: "lenient" }],
    ["in English", {}, { lang: "en" }],
    ["at another origin, with repeated levels and spaced labels", { origin: { row: 4, col: 3 }, levels: "repeated", labelStyle: "spaced" }, {}],
  ])("raises no error and no warning %s", (_label, opts, settings) => {
    const result = checkForm(cleanForm(), opts, settings);
    expect(result.run.internalErrors).toEqual([]);
    expect(result.report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(atLeastWarning(result.report.diagnostics)).toEqual([]);
  });

  test("raises nothing at all (every rule stays quiet on it)", () => {
    expect(checkForm(cleanForm()).report.diagnostics).toEqual([]);
  });

  test("is laid out where the rule tests expect it (rows 13–17; value F, name D, 二级 C, 一级 B; 项目名称 B3)", () => {
    const form = checkForm(cleanForm()).workbook.forms[0]!;
    expect(form.fields.projectName.cell).toBe("B3");
    expect(form.indicators.map((i) => [i.level2, i.cell, i.nameCell, i.level2Cell])).toEqual(
      CLEAN_INDICATORS.map((r) => {
        const row = ROW[r[1] as keyof typeof ROW];
        return [r[1], `F${row}`, `D${row}`, `C${row}`];
      }),
    );
    expect(form.indicators.map((i) => i.level1Cell)).toEqual(["B13", "B13", "B13", "B16", "B17"]);
  });
});

/**
 * A workbook with something wrong everywhere: every rule fires, and every message of every rule is
 * rendered, in both languages, with all its placeholders filled.
 */
describe("every message renders", () => {
  const row = (l1: string, l2: string, name: string | null, value: IndicatorRow[3]): IndicatorRow => [l1, l2, name, value];
  const messy: FormSpec = cleanForm({
    name: "问题项目",
    category: "",
    start: "明年",
    nature: "阶段性项目",
    funds: { projectTotal: 50000, projectFiscal: 50000, projectOther: "待定", annualTotal: 100000, appropriation: 100001, carryover: -1, annualOther: 0 },
    annualGoal: "<p>完成年度工作任务。</p>",
    indicators: [
      row("", "", "无级别指标", "=1.00(次)"),
      row("产出", "双星指标", "《2022上海民营经济》编印", "三次"),
      row("产出指标", "社会效益指标", "开展(宣传等)活动)活动", "80%百分之九十"),
      row("产出指标", "数理指标", "宣传覆盖率", "100%百分百"),
      row("产出指标", "数量指标", null, "985米"),
      row("产出指标", "数量指标", "举办培训班", null),
      row("产出指标", "数量指标", "举办培训班", { error: "#N/A" }),
      row("产出指标", "数量指标", "覆盖面", "若干"),
      row("产出指标", "数量指标", "培训人数", "100人左右"),
      row("产出指标", "数量指标", "培训批次", "1-2次"),
      row("产出指标", "质量指标", "培训结业率", ">=95(人)"),
      row("产出指标", "质量指标", "合格率", "＝100.00（％）"),
      row("产出指标", "质量指标", "达标数", "≥5"),
      row("产出指标", "质量指标", "优良率", "=120.00(%)"),
      row("产出指标", "质量指标", "验收合格率", "≥95.00%(含)"),
      row("产出指标", "质量指标", "整改完成率", "100%完成"),
      row("产出指标", "质量指标", "抽检次数", "1-2次"),
      row("产出指标", "时效指标", "完成时限", "=2.00(次)"),
      row("产出指标", "时效指标", "及时性", "及时"),
      row("效益指标", "社会效益指标", "社会影响", "保持稳定增长"),
      row("效益指标", "社会效益指标", "培训人次", "≥60(人次)"),
      row("满意度指标", "服务对象满意度指标", "满意度一", "=70.00(%)"),
      row("满意度指标", "服务对象满意度指标", "满意度二", "≥90.00(分)"),
      row("满意度指标", "服务对象满意度指标", "满意度三", "满意"),
      row("满意度指标", "服务对象满意度指标", "投诉率", "≤5(%)"),
      row("产出指标", "质量指标", "整改到位率", "≤90.00(%)"),
      row("产出指标", "质量指标", "设备故障率", "≥5.00(%)"),
      row("成本指标", "经济成本指标", "培训成本", "≥880,000.00(元)"),
      row("成本指标", "经济成本指标", "场地成本", "≤2,000,000.00(元)"),
    ],
  });
  const reversed = cleanForm({
    name: "倒序项目",
    start: "2024-12-31",
    end: "2024-01-01",
    funds: { projectTotal: 200000, projectFiscal: 150000, annualTotal: 100000, appropriation: 90000, carryover: 0, annualOther: 0 },
    indicators: CLEAN_INDICATORS.filter((r) => r[0] !== "效益指标"),
  });
  const copy = cleanForm({ name: "问题项目", yearLabel: "(2026年度)", nature: "阶段性项目", projectGoal: "三年完成。", funds: { annualTotal: 100000, appropriation: 100000, carryover: "1万元", annualOther: { error: "#REF!" } } });
  const noCore = cleanForm({ name: "无核心项目", indicators: [row("产出指标", "产出成本", "培训成本", "≤5.00(万元)"), ...CLEAN_INDICATORS.slice(3)] });
  const split = cleanForm({
    name: "分列项目",
    indicators: [
      row("产出指标", "数量指标", "举办培训班", { nature: "≥", value: "２", unit: "次" }),
      row("产出指标", "质量指标", "合格率", { nature: null, value: 95, unit: "%" }),
      row("产出指标", "质量指标", "优良率", { nature: "=", value: "百分之九十", unit: "%" }),
      row("产出指标", "质量指标", "达标率", { nature: "≥", value: "90%百分之九十", unit: null }),
      row("产出指标", "质量指标", "验收率", { nature: "=", value: "80%百分之九十", unit: null }),
      ...CLEAN_INDICATORS.slice(1).map((r) => row(r[0], r[1], String(r[2]), { nature: "定性", value: String(r[3]), unit: null })),
    ],
  });
  /** Values the reader could not read: formulas saved without a result, an error value as a name. */
  const unread = cleanForm({
    name: { error: "#REF!" },
    department: { formula: "A1" },
    funds: { annualTotal: { formula: "SUM(E7:E9)" }, appropriation: 100000, carryover: 0, annualOther: 0 },
    indicators: [
      row("产出指标", "数量指标", "举办培训班", { formula: "F20" }),
      [{ formula: "B20" }, "质量指标", "培训结业率", "≥95.00(%)"],
      ["产出指标", { formula: "C20" } as unknown as string, "完成及时率", "=100.00(%)"],
      ["效益指标", "社会效益指标", { formula: "D20" }, "建立"],
      ...CLEAN_INDICATORS.slice(4),
    ] as IndicatorRow[],
  });
  /** Deadlines under 时效指标: after and before the plan, and a bare year. */
  const deadlines = cleanForm({
    name: "时限项目",
    indicators: [
      ...CLEAN_INDICATORS.slice(0, 3),
      row("产出指标", "时效指标", "完成时间", "2025年3月前"),
      row("产出指标", "时效指标", "启动时间", "2023-12-01"),
      row("产出指标", "时效指标", "完成年份", "2024年"),
      ...CLEAN_INDICATORS.slice(3),
    ],
  });
  /** An unfilled template: sheet/not-a-form's "blank" message. */
  const blankTemplate: FormSpec = { name: "", nature: "", category: "", department: "", implementer: "", start: "", end: "", funds: {}, annualGoal: "", indicators: [] };
  const grids = [
    sheetOf("S1", [{ spec: messy }]),
    sheetOf("S5", [{ spec: split, opts: { split: true } }]),
    sheetOf("S2", [{ spec: reversed }, { spec: cleanForm({ name: "无表项目" }), opts: { origin: { row: 30, col: 1 }, labels: { 一级指标: "指标层级", 年度总体目标: "备用栏" } } }]),
    sheetOf("S3", [{ spec: copy }]),
    sheetOf("S4", [{ spec: noCore }]),
    sheetOf("S6", [{ spec: unread }]),
    sheetOf("S7", [{ spec: deadlines }]),
    sheetOf("S8", [{ spec: { ...deadlines, name: "无日期项目", start: "", end: "" } }]),
    gridFromCells("说明", [{ row: 1, col: 1, value: "填表说明" }]),
    sheetOf("模板", [{ spec: blankTemplate }]),
    sheetOf("S7", [{ spec: cleanForm({ name: "实施期项目", start: "明年", end: "" }), opts: { labels: { 计划开始日期: "项目支出实施期", 计划完成日期: "" } } }]),
    ...unreadableSheets(),
  ];

  /** sheet/not-a-form's "instructions" and each of sheet/unreadable-form's messages. */
  function unreadableSheets() {
    const laid = layForm(cleanForm());
    const cells = [...laid.cells.values()];
    const table = cells.filter((c) => c.row >= 12);
    const tableMerges = laid.merges.filter((m) => m.top >= 12);
    const head = cells.filter((c) => c.row >= 3 && c.row < 12 && c.value !== "项目名称");
    const headMerges = laid.merges.filter((m) => m.top >= 3 && m.bottom < 12);
    const down = (c: { row: number; col: number; value: CellValue }) => ({ ...c, row: c.row + 30 });
    return [
      gridFromCells("填报说明", [
        { row: 1, col: 1, value: "栏目" }, { row: 1, col: 2, value: "填写要求" },
        ...["项目名称", "主管部门", "实施单位", "一级指标", "二级指标"].flatMap((value, i) => [{ row: 2 + i, col: 1, value }, { row: 2 + i, col: 2, value: "按预算填写。" }]),
      ]),
      gridFromCells("U1", table, tableMerges),
      gridFromCells("U2", [{ row: 1, col: 1, value: "项目名称" }, ...table.map(down)], tableMerges.map((m) => ({ ...m, top: m.top + 30, bottom: m.bottom + 30 }))),
      gridFromCells("U3", head, headMerges),
      gridFromCells("U4", [{ row: 1, col: 1, value: "项目名称" }, ...head.map(down)], headMerges.map((m) => ({ ...m, top: m.top + 30, bottom: m.bottom + 30 }))),
      // A list layout's header without 一级指标.
      gridFromCells("U5", ["单位名称", "项目名称", "预算数", "二级指标", "三级指标", "指标值"].map((value, i) => ({ row: 1, col: 1 + i, value }))),
    ];
  }

  /**
   * The rules whose fix is the new content of the cell they name (Diagnostic.fixInPlace): an "apply" button
   * may write it. indicator/level-mismatch's fix is the right 一级 for the 二级 cell it names, and
   * target/qualitative-not-allowed's is an example the user must confirm: neither is in place.
   */
  const FIX_IN_PLACE = [
    "funds/sum-mismatch",
    "indicator/unknown-level1",
    "indicator/unknown-level2",
    "target/chinese-numerals",
    "target/mixed-notation",
    "target/missing-operator",
    "target/nonstandard-operator",
    "target/satisfaction-operator",
    "target/noncanonical",
    "text/html-markup",
  ];

  test("fixInPlace is set by exactly the rules whose fix replaces the cell, and only with a fix", () => {
    const ds = checkSheets(grids).report.diagnostics;
    const inPlace = ds.filter((d) => d.fixInPlace !== undefined);
    expect(inPlace.every((d) => d.fixInPlace === true && d.fix !== undefined)).toBe(true);
    expect([...new Set(inPlace.map((d) => d.rule))].sort()).toEqual([...FIX_IN_PLACE].sort());
    for (const id of FIX_IN_PLACE) expect(ALL_RULES.find((r) => r.meta.id === id)!.meta.fix).toBeDefined();
    // Offered, but not a drop-in.
    expect(ds.some((d) => d.rule === "indicator/level-mismatch" && d.fix !== undefined && !d.fixInPlace)).toBe(true);
    expect(ds.some((d) => d.rule === "target/qualitative-not-allowed" && d.fix !== undefined && !d.fixInPlace)).toBe(true);
  });

  test("in the split layout, a whole target is never in place; only a cell's own full-width fix is", () => {
    const ds = checkSheets(grids).report.diagnostics.filter((d) => d.sheet === "S5");
    expect(ds.filter((d) => d.fixInPlace).map((d) => [d.rule, d.cell, d.fix])).toEqual([["target/noncanonical", "F13", "2"]]);
    // The whole targets offered at S5's 指标性质 (E) and 指标值 (F) cells stay suggestions.
    const whole = ds.filter((d) => d.fix !== undefined && /^[=≥≤<>]/.test(d.fix)).map((d) => [d.rule, d.cell]);
    expect(whole).toEqual(expect.arrayContaining([["target/missing-operator", "E14"], ["target/chinese-numerals", "F15"]]));
  });

  /** A message template as a pattern its rendering must match, placeholders standing for any text. */
  const pattern = (template: string) =>
    new RegExp(`^${template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s\\S]*")}$`);

  test.each<[Lang]>([["zh"], ["en"]])("in %s", (lang) => {
    const result = checkSheets(grids, { lang });
    expect(result.run.internalErrors).toEqual([]);
    const ds = result.report.diagnostics;
    expect(ds.filter((d) => /\{\w+\}/.test(d.message))).toEqual([]);
    const unrendered: string[] = [];
    for (const rule of ALL_RULES) {
      for (const [key, m] of Object.entries(rule.messages as Record<string, Message>)) {
        const re = pattern(m[lang]);
        if (!ds.some((d) => d.rule === rule.meta.id && re.test(d.message))) unrendered.push(`${rule.meta.id} ${key}`);
      }
    }
    expect(unrendered).toEqual([]);
    expect(SEVERITIES.every((s) => ds.some((d) => d.severity === s))).toBe(true);
  });
});
