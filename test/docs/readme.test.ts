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

  test("says the owner name is hidden only where it is: in Excel, not in the CLI's file (exceljs cannot write hidden names)", () => {
    expect(readme).not.toMatch(/隐藏的定义名称 `_jixiao_summary`|hidden defined name, `_jixiao_summary`/);
    expect(readme).toMatch(/`_jixiao_summary`[^\n]*隐藏[^\n]*exceljs 不能写隐藏名称/);
    expect(readme).toMatch(/`_jixiao_summary`[^\n]*hidden from Name Manager[^\n]*exceljs cannot write hidden names/);
  });

  test("nothing claims Office 2019 is supported: the manifest's floor is ExcelApi 1.9 (Office 2021, Microsoft 365)", () => {
    const root = join(__dirname, "..", "..");
    const files = ["README.md", "manifest.xml", "src/outcome/outcome.ts", "src/taskpane/i18n.ts", "src/excel/host.ts", "src/taskpane/taskpane.html"];
    for (const f of files) {
      const text = readFileSync(join(root, f), "utf8");
      expect([f, /Office 2019 (and|or) later|Office 2019 及以上|Office 2019 或更高/.test(text)]).toEqual([f, false]);
    }
    expect(readFileSync(join(root, "manifest.xml"), "utf8")).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\/>/);
  });

  test.each([
    ["zh", "## 安装命令", /不要在项目目录之外运行 `npx jixiao`/],
    ["en", "## Install the command", /never run `npx jixiao` outside the project folder/],
  ])("says how to install the command (%s): npm install -g . or npm pack, and never npx outside the project", (_lang, heading, warning) => {
    const install = readme.slice(readme.indexOf(heading), readme.indexOf("\n## ", readme.indexOf(heading) + 1));
    expect(install).toContain("npm install -g .");
    expect(install).toMatch(/npm pack && npm install -g \.\/jixiao-\d+\.\d+\.\d+\.tgz/);
    expect(install).toMatch(warning);
  });

  test("examples a user runs outside the project say `jixiao …`: `npx jixiao` only where the project folder is the cwd", () => {
    const inProject = (line: string) =>
      line.startsWith("npm ci && npx jixiao check assets/samples/") || /npx jixiao rules --markdown|`npx jixiao …`|`npx jixiao`\*\*/.test(line);
    expect(readme.split("\n").filter((l) => l.includes("npx jixiao") && !inProject(l))).toEqual([]);
  });

  test("its quick start is two commands: install-and-run on the bundled sample, and the tests", () => {
    const quick = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1]!.trim().split("\n");
    expect(quick).toEqual(["npm ci && npx jixiao check assets/samples/seed-2024.xlsx --out sample-annotated.xlsx", "npm test"]);
  });
});
