import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { Diagnostic } from "../../src/core/diagnostic";
import { DEFAULT_PROFILE, PROFILES, profileSpec, ProfileSpec } from "../../src/core/profiles";
import { ALL_RULES } from "../../src/core/rules/registry";
import { runRules } from "../../src/core/rules/run";
import { SettingsSchema } from "../../src/core/settings";
import { readWorkbook } from "../../src/core/template/read-workbook";
import { cleanForm, FormSpec, LayoutOptions, sheetOf } from "../support/form-grid";

/** rules.md ("Profiles"): a profile is data, so adding a province is adding one profile, not editing rules. */

const CORE = join(__dirname, "..", "..", "src", "core");
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith(".ts") ? [join(dir, f)] : []));

describe("no rule or reader branches on a profile's name", () => {
  // A profile's name as a string literal, or a comparison with the profile setting. Docs name a profile in
  // Markdown backticks (under `lenient`): that is prose, not a branch.
  const BRANCH = new RegExp(`["'](?:${PROFILES.join("|")})["']|\\bprofile\\s*[!=]==|[!=]==\\s*[\\w.]*\\bprofile\\b`);
  const outside = files(CORE).filter((f) => !relative(CORE, f).startsWith("profiles"));

  test.each(outside.map((f) => [relative(CORE, f), f]))("%s", (_name, file) => {
    expect(readFileSync(file, "utf8").split("\n").filter((line) => BRANCH.test(line))).toEqual([]);
  });

  test("the scan would see a branch", () => {
    expect(BRANCH.test('const severity = ctx.settings.profile === "lenient" ? "warning" : "error";')).toBe(true);
    expect(BRANCH.test('if (profile === "shanghai") return;')).toBe(true);
  });
});

describe("the profiles", () => {
  test("each named profile is a file's data, under its own name", () => {
    for (const name of PROFILES) expect(profileSpec(name).name).toBe(name);
    expect(PROFILES).toContain(DEFAULT_PROFILE);
  });

  test("a severity override names a rule, at a severity the rule documents", () => {
    for (const name of PROFILES) {
      for (const [id, severity] of Object.entries(profileSpec(name).severities)) {
        const rule = ALL_RULES.find((r) => r.meta.id === id);
        expect(rule).toBeDefined();
        expect(rule!.meta.severities ?? [rule!.meta.severity]).toContain(severity);
      }
    }
  });
});

describe("a profile that is only data passes through the same machinery", () => {
  /** A province the code has never heard of: one object, no rule edited. */
  const province: ProfileSpec = {
    name: "test-province",
    taxonomyAdditions: { 产出指标: ["服务指标"] },
    categoryStandIns: { 公众满意度指标: "满意度指标" },
    absentField: "info",
    severities: { "target/missing-operator": "info" },
  };
  const settings = SettingsSchema.parse({});
  const findings = (spec: FormSpec, opts: LayoutOptions, profile?: ProfileSpec): Diagnostic[] =>
    runRules(readWorkbook([sheetOf("S", [{ spec, opts }])]), settings, ALL_RULES, profile).diagnostics;
  const spec = cleanForm({
    nature: null,
    indicators: [
      ["产出指标", "数量指标", "举办培训班", "2(次)"],
      ["产出指标", "服务指标", "咨询服务", "=30.00(次)"],
      ["效益指标", "社会效益指标", "长效管理机制", "建立"],
      ["效益指标", "公众满意度指标", "培训对象满意度", "≥90.00(%)"],
    ],
  });
  const opts: LayoutOptions = { labels: { 项目性质: "" } };
  const gist = (ds: Diagnostic[], rule: string) => ds.filter((d) => d.rule === rule).map((d) => [d.cell, d.severity]);

  test("its severities, taxonomy, stand-ins and required fields apply", () => {
    const ds = findings(spec, opts, province);
    expect(gist(ds, "target/missing-operator")).toEqual([["F13", "info"]]);
    expect(gist(ds, "indicator/unknown-level2").map(([cell]) => cell)).not.toContain("C14");
    expect(gist(ds, "project/missing-category")).toEqual([]);
    expect(gist(ds, "form/missing-field")).toEqual([["B3", "info"]]);
  });

  test("the same form under the default profile is judged by the default's data", () => {
    const ds = findings(spec, opts);
    expect(gist(ds, "target/missing-operator")).toEqual([["F13", "error"]]);
    expect(gist(ds, "indicator/unknown-level2").map(([cell]) => cell)).toContain("C14");
    expect(gist(ds, "project/missing-category")).toEqual([["B3", "warning"]]);
    expect(gist(ds, "form/missing-field")).toEqual([["B3", "error"]]);
  });
});
