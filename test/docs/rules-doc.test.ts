import { readFileSync } from "node:fs";
import { RULES_DOC, rulesDoc } from "../../scripts/docs";
import { RULE_IDS } from "../../src/core/rules/registry";

describe("docs/rules.md", () => {
  const doc = readFileSync(RULES_DOC, "utf8");

  test("is what the rules' metadata generates (run `npm run docs` after changing a rule)", () => {
    expect(doc).toBe(rulesDoc());
  });

  test("lists every rule id, in zh and in en", () => {
    for (const id of RULE_IDS) expect([id, doc.split(`| \`${id}\` |`).length - 1]).toEqual([id, 2]);
  });

  test("says what the severities mean and that ids are a public contract", () => {
    for (const s of ["error", "warning", "info"]) expect(doc).toContain(`**${s}`);
    expect(doc).toContain("规则 id 是公开约定");
    expect(doc).toContain("Rule ids are a public contract");
  });
});
