import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { HostError } from "../../src/app/ports";
import { STRINGS, errorMessage, langOf, t } from "../../src/taskpane/i18n";
import { groupFindings, rulesPresent } from "../../src/taskpane/findings";
import { SEVERITIES } from "../../src/core/diagnostic";
import { checkSheets } from "../support/check";
import { cleanForm, sheetOf } from "../support/form-grid";

const PANE = join(__dirname, "..", "..", "src", "taskpane");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe("UI strings", () => {
  test("every string exists in zh and en, with the same placeholders", () => {
    for (const [key, { zh, en }] of Object.entries(STRINGS)) {
      expect([key, zh.trim().length > 0, en.trim().length > 0]).toEqual([key, true, true]);
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect([key, names(zh)]).toEqual([key, names(en)]);
    }
  });

  test("placeholders are filled; unknown ones stay visible", () => {
    expect(t("cleared", "zh", { n: 3 })).toBe("已恢复 3 个单元格的原有格式。");
    expect(t("cleared", "en")).toContain("{n}");
  });

  test("every HostError code has a message of its own", () => {
    const codes = ["unsupported-host", "protected", "busy", "too-large", "failed"] as const;
    for (const code of codes) {
      const zh = errorMessage(new HostError(code, "stack-ish detail"), "zh");
      expect(zh).toBe(STRINGS[`err.${code}`].zh);
      expect(zh).not.toContain("stack-ish");
    }
    expect(new Set(codes.map((c) => errorMessage(new HostError(c, ""), "en"))).size).toBe(codes.length);
    expect(errorMessage(new Error("boom"), "en")).toBe(STRINGS["err.unknown"].en);
    expect(errorMessage("a string", "zh")).toBe(STRINGS["err.unknown"].zh);
  });

  test("Office's display language picks zh or en", () => {
    expect(langOf("zh-CN")).toBe("zh");
    expect(langOf("zh-TW")).toBe("zh");
    expect(langOf("en-US")).toBe("en");
    expect(langOf("de-DE")).toBe("en");
    expect(langOf(undefined)).toBe("en");
  });
});

describe("pane source rules", () => {
  const files = sources(PANE);
  test("found the pane's sources", () => expect(files.length).toBeGreaterThan(5));
  test.each(files.map((f) => [f.slice(PANE.length + 1), f]))("%s renders text only and avoids the globals office.js overwrites", (_, file) => {
    const code = readFileSync(file, "utf8");
    expect(code).not.toMatch(/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(code).not.toMatch(/\b(?:window\.)?(?:alert|confirm|prompt)\s*\(/);
    expect(code).not.toMatch(/\bhistory\.|pushState|replaceState/);
    expect(code).not.toMatch(/@fluentui\/react-icons|@fluentui\/react-(?!components)/);
  });
});

describe("grouping", () => {
  const grids = [
    sheetOf("S1", [{ spec: cleanForm({ name: "甲", indicators: [["产出指标", "双星指标", "举办培训班", "百分之百"]] }) }]),
    sheetOf("S2", [{ spec: cleanForm({ name: "乙", indicators: [["产出指标", "数量指标", "举办培训班", "80%百分之八十"]] }) }]),
  ];
  const report = checkSheets(grids).report;
  const all = { severities: new Set(SEVERITIES), rule: null };

  test("by project in workbook order, then by sheet, counts over all findings", () => {
    const groups = groupFindings(report, all);
    const projects = groups.filter((g) => g.key !== "").map((g) => g.project);
    expect(projects).toEqual(report.projects.filter((p) => report.diagnostics.some((d) => d.project === p.name)).map((p) => p.name));
    for (const g of groups) {
      const own = report.diagnostics.filter((d) => d.project === g.key);
      expect(g.errors).toBe(own.filter((d) => d.severity === "error").length);
      expect(g.shown).toBe(own.length);
      expect(g.sheets.flatMap((s) => s.findings)).toHaveLength(own.length);
    }
  });

  test("a filter hides findings but keeps the group's counts", () => {
    const groups = groupFindings(report, { severities: new Set(["warning"] as const), rule: null });
    const full = groupFindings(report, all);
    expect(groups.map((g) => g.errors)).toEqual(full.map((g) => g.errors));
    expect(groups.every((g) => g.sheets.every((s) => s.findings.every((d) => d.severity === "warning")))).toBe(true);
  });

  test("the rule list holds the rules present, with counts", () => {
    const rules = rulesPresent(report);
    expect(rules.reduce((n, r) => n + r.count, 0)).toBe(report.diagnostics.length);
    expect(new Set(rules.map((r) => r.id))).toEqual(new Set(report.diagnostics.map((d) => d.rule)));
  });
});
