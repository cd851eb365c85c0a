import fs from "node:fs";
import path from "node:path";
import { ALL_RULES } from "../../../src/core/rules/registry";
import { Rule, RULE_FAMILIES } from "../../../src/core/rules/types";
import { checkSheets } from "../../support/check";
import { fixtureGrids } from "../../support/fixtures";
import { cleanForm, sheetOf } from "../../support/form-grid";
import { CLEAN, collectCases, gridsOf, layoutsFor, runCase, RuleCases } from "../../support/rule-tester";

/**
 * The rules' metadata against what they do: a rule found by path, tested by path, and whose declared fix
 * and messages are what its tests see it report. Observations come from every tester case of every rule's
 * test file, in every layout it runs in, and from the seed fixture.
 */

const SRC = path.resolve(__dirname, "../../../src/core/rules");
const TESTS = __dirname;

const isRule = (v: unknown): v is Rule =>
  typeof v === "object" && v !== null && "meta" in v && "check" in v && typeof (v as Rule).check === "function";

/** Every rule-shaped export of every module in a family folder, by its path relative to src/core/rules. */
function rulesOnDisk(): Map<string, Rule[]> {
  const out = new Map<string, Rule[]>();
  for (const family of fs.readdirSync(SRC, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of fs.readdirSync(path.join(SRC, family.name)).filter((f) => f.endsWith(".ts"))) {
      const mod = require(path.join(SRC, family.name, file)) as Record<string, unknown>;
      const rules = Object.values(mod).filter(isRule);
      if (rules.length) out.set(`${family.name}/${file}`, rules);
    }
  }
  return out;
}

const testFileOf = (id: string) => path.join(TESTS, `${id}.test.ts`);

describe("the registry and the files", () => {
  const onDisk = rulesOnDisk();

  test("the family folders are the families", () => {
    const folders = fs.readdirSync(SRC, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect([...folders].sort()).toEqual([...RULE_FAMILIES].sort());
  });

  test("every rule file holds one rule, as its default export, whose id is its path", () => {
    const wrong = [...onDisk].filter(([file, rules]) => rules.length !== 1 || `${rules[0]!.meta.id}.ts` !== file).map(([file, rules]) => [file, rules.map((r) => r.meta.id)]);
    expect(wrong).toEqual([]);
  });

  test("the registry lists exactly the rules on disk, each once", () => {
    const registered = ALL_RULES.map((r) => r.meta.id);
    expect(new Set(registered).size).toBe(registered.length);
    const byFile = [...onDisk].map(([file, [rule]]) => ({ file, rule: rule! }));
    expect(byFile.map((f) => f.file.replace(/\.ts$/, "")).sort()).toEqual([...registered].sort());
    // The very object, not a copy with the same id: what runs is what the file defines.
    for (const { rule } of byFile) expect(ALL_RULES).toContain(rule);
  });

  test("every rule has its test file at the path of its id, describing it", () => {
    const missing = ALL_RULES.map((r) => r.meta.id).filter((id) => !fs.existsSync(testFileOf(id)) || !fs.readFileSync(testFileOf(id), "utf8").includes(`"${id}"`));
    expect(missing).toEqual([]);
  });
});

describe("the rule tester", () => {
  // Its clean form is cleanForm(): the form every rule's own tests, and catalogue.test.ts, call clean.
  test("lays out cleanForm() as the block layout's clean case", () => {
    expect(gridsOf({}, "block")).toEqual([sheetOf("S", [{ spec: cleanForm(), opts: { split: false } }])]);
    expect(CLEAN).toHaveLength(cleanForm().indicators.length);
  });
});

interface Observed {
  /** Message ids the rule reported on its invalid cases. */
  messages: Set<string>;
  /** The rule offered a fix on one of its invalid cases. */
  fixInInvalid: boolean;
  /** The rule offered a fix anywhere: any case of any rule's file, or the seed fixture. */
  fixAnywhere: boolean;
}

/**
 * Message ids no tester case produces, with why. Every other id must be: a message no test makes the rule
 * say may be dead, or unreachable, and nobody would notice.
 */
const UNPRODUCED: Record<string, string> = {};

/**
 * Rules that report a fix without declaring meta.fix, and why they are let be: each is a question for the
 * contract's owner, not something this test may settle by editing the rule.
 */
const FIX_UNDECLARED: Record<string, string> = {
  "target/qualitative-not-allowed":
    "its trailingWords finding (100%完成) offers the amount as a fix, but the rules contract " +
    "(test/fixtures/spec/rules-contract.md) gives the rule none and catalogue.test.ts holds meta.fix to the contract",
};

describe("the rules' metadata against their findings", () => {
  const observed = new Map<string, Observed>(ALL_RULES.map((r) => [r.meta.id, { messages: new Set(), fixInInvalid: false, fixAnywhere: false }]));
  const collected = collectCases(ALL_RULES.map((r) => testFileOf(r.meta.id)).filter((f) => fs.existsSync(f)));
  const casesOf = new Map<string, RuleCases[]>();
  for (const c of collected) casesOf.set(c.rule, [...(casesOf.get(c.rule) ?? []), c.cases]);

  beforeAll(async () => {
    for (const { rule, cases } of collected) {
      for (const [kind, list] of [["valid", cases.valid], ["invalid", cases.invalid]] as const) {
        for (const c of list) {
          for (const layout of layoutsFor(c)) {
            const result = c.grids ? checkSheets(c.grids(), c.settings ?? {}) : runCase(c, layout as Exclude<typeof layout, "as given">);
            for (const d of result.report.diagnostics) {
              const o = observed.get(d.rule);
              if (!o) continue;
              if (d.fix !== undefined) o.fixAnywhere = true;
              if (kind === "invalid" && d.rule === rule) {
                o.messages.add(d.messageId);
                if (d.fix !== undefined) o.fixInInvalid = true;
              }
            }
          }
        }
      }
    }
    const seed = checkSheets(await fixtureGrids("seed-2024.xlsx"));
    for (const d of seed.report.diagnostics) if (d.fix !== undefined) observed.get(d.rule)!.fixAnywhere = true;
  });

  test("every rule's test file gives the tester a valid and an invalid case", () => {
    const thin = ALL_RULES.map((r) => r.meta.id).filter((id) => {
      const cs = casesOf.get(id) ?? [];
      return !cs.some((c) => c.valid.length > 0) || !cs.some((c) => c.invalid.length > 0);
    });
    expect(thin).toEqual([]);
  });

  test("a rule that offers a fix declares meta.fix", () => {
    expect(ALL_RULES.filter((r) => observed.get(r.meta.id)!.fixAnywhere && !r.meta.fix && !(r.meta.id in FIX_UNDECLARED)).map((r) => r.meta.id)).toEqual([]);
  });

  test("the rules let off declaring their fix still need it", () => {
    for (const id of Object.keys(FIX_UNDECLARED)) {
      const rule = ALL_RULES.find((r) => r.meta.id === id);
      expect({ id, declared: !!rule?.meta.fix, offered: !!observed.get(id)?.fixAnywhere }).toEqual({ id, declared: false, offered: true });
    }
  });

  test("a rule that declares meta.fix offers one on an invalid case", () => {
    expect(ALL_RULES.filter((r) => r.meta.fix && !observed.get(r.meta.id)!.fixInInvalid).map((r) => r.meta.id)).toEqual([]);
  });

  test("every message a rule defines is produced by an invalid case", () => {
    const dead = ALL_RULES.flatMap((r) => Object.keys(r.messages).map((m) => `${r.meta.id}:${m}`))
      .filter((key) => !(key in UNPRODUCED) && !observed.get(key.slice(0, key.indexOf(":")))!.messages.has(key.slice(key.indexOf(":") + 1)));
    expect(dead).toEqual([]);
  });

  test("the exemptions name messages that exist and are still unproduced", () => {
    for (const key of Object.keys(UNPRODUCED)) {
      const [id, m] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
      const rule = ALL_RULES.find((r) => r.meta.id === id);
      expect({ key, defined: !!rule && m in rule.messages, produced: !!observed.get(id)?.messages.has(m) }).toEqual({ key, defined: true, produced: false });
    }
  });
});
