import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { CellFormulaValue, Workbook, Worksheet } from "exceljs";
import { sourceNames } from "../../src/cli/source-names";
import { OWNER_NAME } from "../../src/core/summary/sheet-plan";
import { openWorkbook } from "../../src/xlsx/open";
import { workbookToGrids } from "../../src/xlsx/grids";
import { ownedSummarySheet } from "../../src/xlsx/summary-owner";
import { cleanForm, sheetOf } from "../support/form-grid";
import { fixturePath, seedForms } from "../support/fixtures";
import { run, runWithEnv } from "../support/run-cli";
import { writeGrids } from "../support/write-xlsx";

const sha1 = (path: string) => createHash("sha1").update(readFileSync(path)).digest("hex");
const dir = mkdtempSync(join(tmpdir(), "jixiao-summary-"));
const SUMMARY = "绩效目标汇总";
const seedNames = seedForms().projects.map((p) => p.name);

/** The seed workbook, as one unit's file in its own folder. */
const seed = join(dir, "工商联", "seed-2024.xlsx");
/** Another unit's workbook: two projects of its own and one (机关服务费) the seed has too. */
const other = join(dir, "区财政局", "2024年绩效目标.xlsx");

beforeAll(async () => {
  mkdirSync(join(dir, "工商联"));
  mkdirSync(join(dir, "区财政局"));
  copyFileSync(fixturePath("seed-2024.xlsx"), seed);
  const unit = { department: "上海市某区财政局", implementer: "上海市某区财政局" };
  await writeGrids(other, [
    sheetOf("项目一", [{ spec: cleanForm({ name: "区级财政监督检查", ...unit, funds: { annualTotal: 200000, appropriation: 200000, carryover: 0, annualOther: 0 } }) }]),
    sheetOf("项目二", [{ spec: cleanForm({ name: "机关服务费", ...unit, funds: { annualTotal: 1000, appropriation: 1000, carryover: 0, annualOther: 0 } }) }]),
  ]);
});

/** The summary sheet's projects table as rows of header → value. */
function projectRows(ws: Worksheet): Record<string, unknown>[] {
  let head = 0;
  ws.eachRow((row, n) => {
    if (!head && row.getCell(1).value === "序号") head = n;
  });
  const headers = (ws.getRow(head).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let n = head + 1; typeof ws.getCell(n, 1).value === "number"; n++) {
    rows.push(Object.fromEntries(headers.map((h, i) => [h, ws.getCell(n, i + 1).value])));
  }
  return rows;
}

const linkOf = (v: unknown) => (v as CellFormulaValue).formula;

describe("jixiao check --summary --out", () => {
  test("the copy has the summary sheet and the highlights; the input is byte-for-byte untouched", async () => {
    const before = sha1(seed);
    const out = join(dir, "annotated.xlsx");
    const r = await run("check", seed, "--summary", "--out", out);
    expect(r.code).toBe(1);
    expect(sha1(seed)).toBe(before);
    expect(r.stderr).toContain(`已在副本中加入汇总表：工作表「${SUMMARY}」`);

    const wb = await openWorkbook(out);
    expect(ownedSummarySheet(wb)).toBe(SUMMARY);
    const ws = wb.getWorksheet(SUMMARY)!;
    const rows = projectRows(ws);
    expect(rows.map((p) => (p["项目名称"] as CellFormulaValue).result)).toEqual(seedNames);
    expect(rows.every((p) => p["来源文件"] === "seed-2024.xlsx")).toBe(true);
    // Links stay inside the copy.
    expect(linkOf(rows[0]!["项目名称"])).toBe(`HYPERLINK("#'01 民营经济代表人士队伍建设'!B3","民营经济代表人士队伍建设")`);
    // The highlights are there as with a plain --out.
    const note = wb.getWorksheet("05 民营经济人士思想政治建设")!.getCell("C33").note;
    expect(JSON.stringify(note)).toContain("indicator/unknown-level2");
    // The forms' values are the input's.
    const original = workbookToGrids(await openWorkbook(seed));
    expect(workbookToGrids(wb).filter((g) => g.name !== SUMMARY).map((g) => g.values)).toEqual(original.map((g) => g.values));
  });

  test("checking the annotated copy again ignores jixiao's summary sheet and rebuilds it in place", async () => {
    const first = join(dir, "annotated.xlsx");
    const second = join(dir, "annotated-again.xlsx");
    const r = await run("check", first, "--summary", "--out", second, "--json", join(dir, "again.json"));
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, "again.json"), "utf8"));
    expect(report.totals).toMatchObject({ projects: 11, indicators: 153 });
    expect(report.sheets.map((s: { name: string }) => s.name)).not.toContain(SUMMARY);
    const wb = await openWorkbook(second);
    expect(wb.worksheets.filter((w) => w.name.startsWith(SUMMARY)).map((w) => w.name)).toEqual([SUMMARY]);
    expect(wb.definedNames.model.filter((n) => n.name === OWNER_NAME)).toHaveLength(1);
  });

  test("--summary without --out is a usage error (exit 2), and so is --summary on the summary command", async () => {
    const r = await run("check", seed, "--summary");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("jixiao: --summary 需要 --out 标注副本.xlsx（汇总表加在这份副本里）（用法：jixiao --help）\n");
    expect((await run("summary", seed, "--summary", "--out", join(dir, "x.xlsx"))).code).toBe(2);
  });
});

describe("jixiao summary FILE... --out SUMMARY.xlsx", () => {
  test("the seed and another unit's workbook: both units' projects, their files, relative links, the duplicate flagged", async () => {
    mkdirSync(join(dir, "财政局汇总"), { recursive: true });
    const out = join(dir, "财政局汇总", "汇总.xlsx");
    const before = [sha1(seed), sha1(other)];
    const r = await run("summary", seed, other, "--out", out);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect([sha1(seed), sha1(other)]).toEqual(before);
    expect(r.stdout).toContain("汇总 2 个文件：13 个项目");
    expect(r.stdout).toContain("年度资金申请总额合计 16,291,900.00 元");
    expect(r.stdout).toContain("1 个项目与另一个文件或工作表中的项目重名");
    expect(r.stdout).toContain(`已写出汇总表：${out}`);

    const wb = await openWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SUMMARY]);
    const rows = projectRows(wb.getWorksheet(SUMMARY)!);
    const names = rows.map((p) => (p["项目名称"] as CellFormulaValue).result);
    expect(names).toEqual([...seedNames, "区级财政监督检查", "机关服务费"]);
    expect(rows.map((p) => p["来源文件"])).toEqual([...seedNames.map(() => "seed-2024.xlsx"), "2024年绩效目标.xlsx", "2024年绩效目标.xlsx"]);
    expect(rows.map((p) => p["工作表"]).slice(-2)).toEqual(["项目一", "项目二"]);
    expect(rows.map((p) => p["年度资金申请总额"]).slice(-2)).toEqual([200000, 1000]);
    // Links go to the source files, relative to the summary's folder, with forward slashes.
    expect(linkOf(rows[0]!["项目名称"])).toBe(`HYPERLINK("../工商联/seed-2024.xlsx#'01 民营经济代表人士队伍建设'!B3","民营经济代表人士队伍建设")`);
    expect(linkOf(rows[12]!["项目名称"])).toBe(`HYPERLINK("../区财政局/2024年绩效目标.xlsx#'项目二'!B3","机关服务费")`);
    // The same project in two files: noted on the later one.
    expect(rows[12]!["备注"]).toBe("与 seed-2024.xlsx「07 机关服务费」重名");
    expect(rows.filter((p) => p["备注"]).length).toBe(1);
    // A real .xlsx with its five tables.
    const back = new Workbook();
    await back.xlsx.readFile(out);
    const tables = (back.getWorksheet(SUMMARY) as unknown as { tables: Record<string, unknown> }).tables;
    expect(Object.keys(tables)).toEqual(["jixiao_projects", "jixiao_rules", "jixiao_money", "jixiao_indicators", "jixiao_copies"]);
  });

  test("--lang en writes the English sheet and result", async () => {
    const out = join(dir, "summary-en.xlsx");
    const r = await run("summary", seed, other, "--out", out, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("summarised 2 files: 13 projects");
    expect((await openWorkbook(out)).worksheets.map((w) => w.name)).toEqual(["Target summary"]);
  });

  test("files of the same name from two units are told apart by their path", async () => {
    mkdirSync(join(dir, "a"));
    mkdirSync(join(dir, "b"));
    copyFileSync(other, join(dir, "a", "forms.xlsx"));
    copyFileSync(seed, join(dir, "b", "forms.xlsx"));
    const out = join(dir, "same-names.xlsx");
    const r = await run("summary", join(dir, "a", "forms.xlsx"), join(dir, "b", "forms.xlsx"), "--out", out);
    expect(r.code).toBe(0);
    const files = new Set(projectRows((await openWorkbook(out)).getWorksheet(SUMMARY)!).map((p) => p["来源文件"]));
    const rel = (p: string) => relative(process.cwd(), p).split(/[\\/]/).join("/");
    expect(files).toEqual(new Set([rel(join(dir, "a", "forms.xlsx")), rel(join(dir, "b", "forms.xlsx"))]));
    expect(sourceNames(["x/forms.xlsx", "y/forms.xlsx", "z/other.xlsx"], "/w")).toEqual(["x/forms.xlsx", "y/forms.xlsx", "other.xlsx"]);
  });

  test("an unreadable file among the inputs is reported on one line and skipped; the rest are summarised (exit 0)", async () => {
    const broken = join(dir, "broken.xlsx");
    writeFileSync(broken, "项目名称,金额\n");
    const out = join(dir, "with-broken.xlsx");
    const r = await run("summary", seed, broken, other, "--out", out);
    expect(r.code).toBe(0);
    const problems = r.stderr.split("\n").filter((l) => l.includes("broken.xlsx"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^jixiao: 无法读取 .*broken\.xlsx：不是 \.xlsx 文件.*已跳过/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toContain("汇总 2 个文件：13 个项目");
    expect(r.stdout).toContain("1 个文件无法读取");
    const ws = (await openWorkbook(out)).getWorksheet(SUMMARY)!;
    expect(projectRows(ws)).toHaveLength(13);
    const texts: unknown[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(c.value)));
    expect(texts).toEqual(expect.arrayContaining(["未能读取的文件", "broken.xlsx", expect.stringMatching(/^不是 \.xlsx 文件/)]));
  });

  test("progress on stderr, file by file, for three files or more", async () => {
    const r = await run("summary", seed, other, join(dir, "a", "forms.xlsx"), "--out", join(dir, "three.xlsx"));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("3/3 个文件");
    const two = await run("summary", seed, other, "--out", join(dir, "two.xlsx"));
    expect(two.stderr).toBe("");
  });

  test("when no input can be read: exit 2, one line per file and a closing line, nothing written", async () => {
    const out = join(dir, "nothing.xlsx");
    const r = await run("summary", join(dir, "missing1.xlsx"), join(dir, "missing2.xlsx"), "--out", out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("jixiao: 没有一个输入文件能读取，未写出汇总表");
    expect(existsSync(out)).toBe(false);
  });

  test("--out onto one of the inputs is refused before any work (exit 2) and the input stays as it was", async () => {
    const victim = join(dir, "victim.xlsx");
    copyFileSync(seed, victim);
    const before = sha1(victim);
    const r = await run("summary", seed, victim, "--out", victim);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/不会覆盖/);
    expect(sha1(victim)).toBe(before);
  });

  test("an --out in a folder that does not exist is refused before reading anything (exit 2)", async () => {
    const r = await run("summary", seed, other, "--out", join(dir, "no-such-folder", "s.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/无法写入 .*s\.xlsx：所在的文件夹不存在$/)]);
  });

  test("the same file listed twice is read once (not flagged as its own duplicate)", async () => {
    const out = join(dir, "twice.xlsx");
    const r = await run("summary", other, other, "--out", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/列出了不止一次/);
    expect(projectRows((await openWorkbook(out)).getWorksheet(SUMMARY)!).filter((p) => p["备注"])).toEqual([]);
  });

  test.each([
    [["summary"], /summary needs at least one file or folder/],
    [["summary", "a.xlsx"], /summary needs --out/],
    [["summary", "a.xlsx", "--out", "s.xlsx", "--json", "r.json"], /--json is an option of check/],
    [["summary", "a.xlsx", "--out", "s.xlsx", "--profile", "beijing"], /--profile must be one of/],
    [["summary", "a.xlsx", "--out", "s.xlsx", "--lang", "fr"], /--lang must be zh or en/],
    [["check", "a.xlsx", "b.xlsx", "--out", "c.xlsx"], /--out works with one input file/],
  ])("usage error %p: exit 2, one line", async (argv, message) => {
    const r = await runWithEnv({ LANG: "en_US.UTF-8" }, ...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(new RegExp(`^jixiao: ${message.source}[^\n]*\n$`));
  });

  test("--help lists the summary command", async () => {
    expect((await run("--help", "--lang", "en")).stdout).toMatch(/jixiao summary FILE-OR-FOLDER\.\.\. --out SUMMARY\.xlsx/);
    expect((await run("--help")).stdout).toMatch(/jixiao summary 文件或文件夹… --out 汇总\.xlsx/);
  });
});
