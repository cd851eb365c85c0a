import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rulesMarkdown } from "../../src/cli/rules-table";

const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

function section(name: string): string {
  const m = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(readme);
  if (!m) throw new Error(`README has no ${name} section`);
  return m[1]!;
}

describe("README", () => {
  test.each(["zh", "en"] as const)("the %s rule table is the one the rules' metadata produces (npx jixiao rules --markdown)", (lang) => {
    expect(section(`rules:${lang}`)).toBe(rulesMarkdown(lang));
  });

  test("says why @microsoft/office-js-helpers is not used", () => {
    expect(readme).toMatch(/office-js-helpers[\s\S]{0,200}archived/);
  });

  test("its quick start is two commands: install-and-run on the bundled sample, and the tests", () => {
    const quick = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1]!.trim().split("\n");
    expect(quick).toEqual(["npm ci && npx jixiao check assets/samples/seed-2024.xlsx --out sample-annotated.xlsx", "npm test"]);
  });
});
