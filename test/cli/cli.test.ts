import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ReportSchema } from "../../src/core/report/schema";
import { RULE_IDS } from "../../src/core/rules/registry";
import { openWorkbook } from "../../src/xlsx/open";
import { workbookToGrids } from "../../src/xlsx/grids";
import { cleanForm, sheetOf } from "../support/form-grid";
import { fixturePath } from "../support/fixtures";
import { run } from "../support/run-cli";
import { writeGrids } from "../support/write-xlsx";

const sha1 = (path: string) => createHash("sha1").update(readFileSync(path)).digest("hex");
const dir = mkdtempSync(join(tmpdir(), "jixiao-cli-"));
const seed = fixturePath("seed-2024.xlsx");

describe("jixiao check", () => {
  test("the seed workbook has errors: exit 1, findings grouped by sheet and project", async () => {
    const r = await run("check", seed);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("11 个项目 · 153 条指标");
    expect(r.stdout).toContain("■ 05 民营经济人士思想政治建设 › 民营经济人士思想政治建设");
    expect(r.stdout).toMatch(/C33 +错误 +二级指标「双星指标」不在指标体系内/);
    expect(r.stderr).toBe("");
  });

  // rules.md, "One mistake, one finding": 32 cells need a change, one finding each (56 errors before, when
  // 百分之百 and 80%百分之八十 were also reported as missing operators).
  test("the seed's totals line counts the cells that need a change, in zh and en", async () => {
    expect((await run("check", seed)).stdout.split("\n")[1]).toBe("11 个项目 · 153 条指标 · 29 个错误 · 3 个警告 · 33 条提示 · 32 个单元格需要修改");
    expect((await run("check", seed, "--lang", "en")).stdout.split("\n")[1]).toBe(
      "11 projects · 153 indicators · 29 errors · 3 warnings · 33 info · 32 cells need a change",
    );
  });

  test("a clean workbook: exit 0", async () => {
    const file = join(dir, "clean.xlsx");
    await writeGrids(file, [sheetOf("表1", [{ spec: cleanForm() }])]);
    const r = await run("check", file, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 projects · 5 indicators · 0 errors · 0 warnings");
    expect(r.stdout).toContain("No errors or warnings.");
  });

  test("--json - writes the report, and only the report, to stdout", async () => {
    const r = await run("check", seed, "--json", "-");
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.file).toBe("seed-2024.xlsx");
    expect(report.totals).toMatchObject({ projects: 11, indicators: 153, annualTotal: 16090900 });
    expect(report.totals).toMatchObject({ errors: 29, warnings: 3, cells: 32 });
    expect(report.projects.reduce((n, p) => n + p.cells, 0)).toBe(32);
    expect(report.projects.find((p) => p.sheet === "04 工商联和商会组织建设")).toMatchObject({ errors: 7, cells: 7 });
    expect(report.projects[0]).toMatchObject({ sheet: "01 民营经济代表人士队伍建设", cell: "B3", name: "民营经济代表人士队伍建设", start: "2024-01-01", year: 2024 });
    expect(report.projects[0]!.indicators[0]).toMatchObject({ raw: "=1.00(次)", cell: "F13", target: { kind: "quantitative", op: "=", number: 1, unit: "次" } });
  });

  test("--json FILE and --out FILE: the copy is marked, the input is byte-for-byte untouched", async () => {
    const before = sha1(seed);
    const json = join(dir, "report.json");
    const out = join(dir, "annotated.xlsx");
    const r = await run("check", seed, "--json", json, "--out", out);
    expect(r.code).toBe(1);
    expect(sha1(seed)).toBe(before);
    expect(JSON.parse(readFileSync(json, "utf8")).totals.errors).toBeGreaterThan(0);
    const original = workbookToGrids(await openWorkbook(seed));
    const annotated = workbookToGrids(await openWorkbook(out));
    expect(annotated.map((g) => g.values)).toEqual(original.map((g) => g.values));
    const ws = (await openWorkbook(out)).getWorksheet("05 民营经济人士思想政治建设")!;
    expect(String(ws.getCell("C33").note && JSON.stringify(ws.getCell("C33").note))).toContain("indicator/unknown-level2");
  });

  test("--out onto the input itself is refused (exit 2) and the input stays as it was", async () => {
    const copy = join(dir, "mine.xlsx");
    writeFileSync(copy, readFileSync(seed));
    const before = sha1(copy);
    const r = await run("check", copy, "--out", copy);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(sha1(copy)).toBe(before);
  });

  test("--json onto the input, or onto the --out file, is refused before any work (exit 2)", async () => {
    const copy = join(dir, "victim.xlsx");
    writeFileSync(copy, readFileSync(seed));
    const before = sha1(copy);
    expect((await run("check", copy, "--json", copy)).code).toBe(2);
    expect(sha1(copy)).toBe(before);
    const out = join(dir, "both.xlsx");
    const r = await run("check", copy, "--out", out, "--json", out);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("a --json path in a folder that does not exist is a user error, not an internal one", async () => {
    const r = await run("check", seed, "--json", join(dir, "no-such-folder", "r.json"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^jixiao: 无法写入 .*r\.json：所在的文件夹不存在\n$/);
  });

  test.each([
    ["missing", () => join(dir, "nope.xlsx"), /^jixiao: 无法读取 .*nope\.xlsx：文件不存在$/],
    ["not a zip", () => { const p = join(dir, "a.xlsx"); writeFileSync(p, "项目名称,金额\n"); return p; }, /不是 .xlsx 文件/],
    ["truncated", () => { const p = join(dir, "t.xlsx"); const b = readFileSync(seed); writeFileSync(p, b.subarray(0, b.length >> 1)); return p; }, /损坏或不完整/],
    ["password-protected", () => { const p = join(dir, "p.xlsx"); writeFileSync(p, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(512)])); return p; }, /密码/],
  ])("unreadable input (%s): exit 2, one clear line, no stack trace", async (_what, make, message) => {
    const r = await run("check", make());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test.each([
    [["check"], /check 需要至少一个文件或文件夹/],
    [["check", "a.xlsx", "--profile", "beijing"], /--profile 只能是 shanghai \/ lenient，不能是「beijing」/],
    [["check", "a.xlsx", "--lang", "fr"], /--lang 只能是 zh 或 en，不能是「fr」/],
    [["check", seed, "--disable", "target/nope"], /没有规则「target\/nope」/],
    [["check", seed, "--satisfaction-floor", "high"], /--satisfaction-floor 需要 0 到 100 之间的数字/],
    [["frobnicate"], /没有「frobnicate」这个命令/],
    [["check", seed, "--bogus"], /没有 --bogus 这个选项/],
  ])("usage errors %p: exit 2", async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test("settings reach the rules: --disable and --profile lenient", async () => {
    const r = await run("check", seed, "--json", "-", "--disable", "target/mixed-notation,target/chinese-numerals", "--profile", "lenient");
    const report = JSON.parse(r.stdout);
    expect(report.profile).toBe("lenient");
    expect(report.diagnostics.some((d: { rule: string }) => d.rule === "target/mixed-notation" || d.rule === "target/chinese-numerals")).toBe(false);
  });
});

describe("jixiao rules, --help, --version", () => {
  test("rules lists every rule id with its severity", async () => {
    const r = await run("rules", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n").map((line) => line.split(" ")[0])).toEqual(RULE_IDS);
    expect(r.stdout).toMatch(/^target\/missing-operator +error\/warning +A number without/m);
  });

  test("--version matches package.json", async () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8"));
    expect((await run("--version")).stdout.trim()).toBe(`jixiao ${pkg.version}`);
  });

  test("the bin, as a whole process, exits 1 on the seed and prints the JSON report", () => {
    const r = spawnSync(process.execPath, [join(__dirname, "..", "..", "bin", "jixiao.js"), "check", seed, "--json", "-"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).totals).toMatchObject({ projects: 11, indicators: 153 });
  });

  test("the bin, on a missing file, exits 2 with one line on stderr", () => {
    const r = spawnSync(process.execPath, [join(__dirname, "..", "..", "bin", "jixiao.js"), "check", join(dir, "missing.xlsx")], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
