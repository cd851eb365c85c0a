import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { checkGrids } from "../../src/core/check";
import { SEVERITIES } from "../../src/core/diagnostic";
import { SEVERITY_WORDS, format, severityWord, settingsErrorText } from "../../src/core/i18n";
import { findingText, reportIn, ruleTitle } from "../../src/core/i18n/findings";
import { marksFrom } from "../../src/core/marks";
import { ReportSchema } from "../../src/core/report/schema";
import { ALL_RULES, RULE_IDS } from "../../src/core/rules/registry";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/core/settings";
import { buildSummary } from "../../src/core/summary/build";
import { summarySheetPlan } from "../../src/core/summary/sheet-plan";
import { toA1 } from "../../src/core/grid/address";
import { renderReport } from "../../src/cli/render";
import { cleanForm, sheetOf } from "../support/form-grid";

const SRC = join(__dirname, "..", "..", "src");
const I18N = join(SRC, "core", "i18n");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** A form with a missing operator (F13), a negative amount and a bad date: findings with translated params. */
function grids() {
  return [
    sheetOf("S1", [{ spec: cleanForm({ indicators: [["产出指标", "数量指标", "举办培训班", "2次"]] }) }]),
  ];
}

const zh = checkGrids(grids(), "a.xlsx", { ...DEFAULT_SETTINGS, lang: "zh" }).report;
const en = checkGrids(grids(), "a.xlsx", { ...DEFAULT_SETTINGS, lang: "en" }).report;

describe("a finding carries its message as data", () => {
  test("every finding has a messageId of its rule's catalogue and its params, the same in either language", () => {
    expect(zh.diagnostics.length).toBeGreaterThan(0);
    for (const d of zh.diagnostics) {
      const rule = ALL_RULES.find((r) => r.meta.id === d.rule)!;
      expect([d.rule, d.messageId in rule.messages]).toEqual([d.rule, true]);
    }
    expect(en.diagnostics.map(({ messageId, params }) => ({ messageId, params }))).toEqual(zh.diagnostics.map(({ messageId, params }) => ({ messageId, params })));
  });

  test("one finding, rendered in zh and in en from the same data", () => {
    for (const [i, d] of zh.diagnostics.entries()) {
      expect(findingText(d, "zh")).toBe(d.message);
      expect(findingText(d, "en")).toBe(en.diagnostics[i]!.message);
      expect(findingText(d, "en")).not.toBe(findingText(d, "zh"));
    }
  });

  test("a report switches language without being checked again, and stays a valid report", () => {
    const switched = reportIn(zh, "en");
    expect(switched.lang).toBe("en");
    expect(switched.diagnostics.map((d) => d.message)).toEqual(en.diagnostics.map((d) => d.message));
    expect(ReportSchema.safeParse(switched).success).toBe(true);
    expect(reportIn(zh, "zh")).toBe(zh);
  });

  test("a translated parameter is a {zh, en} pair, and each language takes its half", () => {
    expect(format({ zh: "「{field}」为负数", en: "{field} is negative" }, "en", { field: { zh: "其他资金", en: "other funds" } })).toBe("other funds is negative");
    expect(format({ zh: "「{field}」为负数", en: "{field} is negative" }, "zh", { field: { zh: "其他资金", en: "other funds" } })).toBe("「其他资金」为负数");
  });

  test("a finding this version has no template for keeps the text it came with", () => {
    expect(findingText({ rule: "x/unknown", messageId: "m", params: {}, message: "as written" }, "en")).toBe("as written");
  });

  test("the notes in cells and the terminal render from the same data in the language asked for", () => {
    const zhNotes = marksFrom(zh.diagnostics, "zh").map((m) => m.note);
    expect(marksFrom(zh.diagnostics, "en").map((m) => m.note)).toEqual(marksFrom(en.diagnostics, "en").map((m) => m.note));
    expect(zhNotes.join("\n")).toContain(zh.diagnostics.find((d) => d.severity !== "info")!.message);
    const opts = { color: false, all: true };
    expect(renderReport({ ...zh, lang: "en" }, { ...opts, lang: "en" })).toBe(renderReport(en, { ...opts, lang: "en" }));
  });
});

describe("one place for the words", () => {
  // The target vocabulary lists 错误 as a word of indicator names (错误率 is a rate that should be low), not a severity.
  const VOCABULARY = join(SRC, "core", "target", "vocabulary.ts");
  const files = sources(SRC).filter((f) => !f.startsWith(I18N) && f !== VOCABULARY);

  test("no parameter is passed twice for its English twin (no fieldEn, no unitEn)", () => {
    for (const f of sources(SRC)) expect([relative(SRC, f), /\b\w+En\b\s*[:}]|\{\w+En\}/.test(readFileSync(f, "utf8"))]).toEqual([relative(SRC, f), false]);
  });

  test("the severity words are in core/i18n's one table only", () => {
    for (const f of files) expect([relative(SRC, f), /"(错误|警告|提示)"/.test(readFileSync(f, "utf8"))]).toEqual([relative(SRC, f), false]);
    for (const s of SEVERITIES) expect(severityWord(s, "zh")).toBe(SEVERITY_WORDS[s].one.zh);
    expect(severityWord("error", "en", { number: "many", capital: true })).toBe("Errors");
  });

  test("the fix label 建议 is core/i18n's", () => {
    for (const f of files) expect([relative(SRC, f), /"建议"/.test(readFileSync(f, "utf8"))]).toEqual([relative(SRC, f), false]);
  });
});

describe("rule titles", () => {
  test("every rule has a short title in zh and en, each unique", () => {
    for (const lang of ["zh", "en"] as const) {
      const titles = ALL_RULES.map((r) => r.meta.title[lang]);
      expect(titles.every((t) => t.trim().length > 0 && t.length <= 30)).toBe(true);
      expect(new Set(titles).size).toBe(titles.length);
    }
    expect(ruleTitle("target/missing-operator", "zh")).toBe("缺少运算符");
    expect(ruleTitle("target/missing-operator", "en")).toBe("Missing operator");
    expect(ruleTitle("no/such-rule", "en")).toBe("no/such-rule");
  });

  test("the summary's findings-by-rule table shows each rule's title, its id beside it", () => {
    const plan = summarySheetPlan(buildSummary([{ file: "a.xlsx", report: zh }]), "zh");
    const range = plan.tables.find((t) => t.name === "jixiao_rules")!.range;
    const rows = Array.from({ length: range.bottom - range.top }, (_, i) => [0, 1].map((c) => plan.cells.get(toA1(range.top + 1 + i, range.left + c))?.value));
    expect(rows).toContainEqual(["缺少运算符", "target/missing-operator"]);
  });
});

describe("settings errors are data, rendered in either language", () => {
  const refused = (input: unknown) => {
    const r = parseSettings(input, RULE_IDS);
    if (r.ok) throw new Error("accepted");
    return r.errors;
  };

  test("an unknown rule id", () => {
    const [e] = refused({ disabledRules: ["no/such-rule"] });
    expect(e).toMatchObject({ messageId: "unknownRule", params: { id: "no/such-rule" } });
    expect(settingsErrorText(e!, "zh")).toBe("「关闭的规则」中有未知的规则 id「no/such-rule」");
    expect(settingsErrorText(e!, "en")).toBe('disabled rules: unknown rule id "no/such-rule"');
  });

  test("a floor out of range, a profile that does not exist, a value of the wrong type, junk", () => {
    const [floor] = refused({ satisfactionFloor: 300 });
    expect(settingsErrorText(floor!, "zh")).toBe("「满意度下限」应在 0 到 100 之间");
    expect(settingsErrorText(floor!, "en")).toBe("satisfaction floor must be from 0 to 100");
    const [profile] = refused({ profile: "beijing" });
    expect(settingsErrorText(profile!, "en")).toBe("profile must be one of shanghai / lenient");
    expect(settingsErrorText(profile!, "zh")).toBe("「规则集」只能是 shanghai / lenient 之一");
    const [type] = refused({ requireCostCategory: "yes" });
    expect(settingsErrorText(type!, "en")).toBe("require a cost indicator must be true or false");
    const [junk] = refused(5);
    expect(junk!.messageId).toBe("notAnObject");
    for (const e of [floor, profile, type, junk]) expect(settingsErrorText(e!, "zh")).not.toMatch(/[{}]/);
  });
});
