import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ReportSchema } from "../../src/core/report/schema";
import { parseWorkbook } from "../../src/xlsx/reader/parts";
import { readWorkbookBytes } from "../../src/xlsx/reader";
import { packagePartNames, readPackagePart } from "../support/package-parts";
import { cleanForm, FormSpec, IndicatorRow, sheetOf } from "../support/form-grid";
import { run } from "../support/run-cli";
import { workbookFromGrids, writeGrids } from "../support/write-xlsx";
import { storedZip } from "../xlsx/helpers";

/** rules.md, "Cannot check is a finding, not a pass", through the CLI on real .xlsx files. */

const dir = mkdtempSync(join(tmpdir(), "jixiao-unread-"));

async function formFile(name: string, spec: FormSpec): Promise<string> {
  const file = join(dir, name);
  await writeGrids(file, [sheetOf("表1", [{ spec }])]);
  return file;
}

const withQualityTarget = (value: IndicatorRow[3]) =>
  cleanForm({ indicators: cleanForm().indicators.map((r): IndicatorRow => (r[1] === "质量指标" ? [r[0], r[1], r[2], value] : r)) });

describe("jixiao check on a formula saved without a calculated result", () => {
  let file: string;
  beforeAll(async () => {
    file = await formFile("uncalculated.xlsx", withQualityTarget({ formula: "1+1" }));
  });

  test("the fixture is what a program that never calculates writes: <f> without <v>", () => {
    const sheet = readPackagePart(readFileSync(file), "xl/worksheets/sheet1.xml") ?? "";
    expect(sheet).toMatch(/<c r="F14"[^>]*><f>1\+1<\/f><\/c>/);
  });

  test("every indicator row is kept, and the finding says to open and save the file in Excel: exit 1", async () => {
    const r = await run("check", file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("1 个项目 · 5 条指标 · 1 个错误");
    expect(r.stdout).toMatch(/F14 +错误 +三级指标「培训结业率」的指标值是公式 =1\+1，公式没有计算结果：请在 Excel 中打开并保存后再检查 +indicator\/missing-value/);
    expect(r.stdout).not.toContain("未填写");
  });

  test("in English", async () => {
    const r = await run("check", file, "--lang", "en");
    expect(r.stdout).toContain("the formula has no calculated result: open and save the file in Excel, then check again");
  });

  test("the JSON report is valid and lists the indicator with its cell and the formula as its raw value", async () => {
    const r = await run("check", file, "--json", "-");
    expect(r.code).toBe(1);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.totals.indicators).toBe(5);
    expect(report.projects[0]!.indicators[1]).toMatchObject({ cell: "F14", raw: "=1+1", target: null, targetProblem: "no-result" });
    expect(report.diagnostics).toEqual([expect.objectContaining({ rule: "indicator/missing-value", severity: "error", cell: "F14", value: "=1+1" })]);
  });
});

describe("jixiao check on an error value as the project name", () => {
  test("#REF! is a form/missing-field error at the cell, and names no project", async () => {
    const file = await formFile("ref-name.xlsx", cleanForm({ name: { error: "#REF!" } }));
    const r = await run("check", file, "--json", "-");
    expect(r.code).toBe(1);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.projects[0]!.name).toBe("");
    expect(report.diagnostics.map((d) => [d.rule, d.severity, d.cell, d.message])).toEqual([["form/missing-field", "error", "B3", "「项目名称」是错误值 #REF!"]]);
  });
});

describe("jixiao check --summary on a workbook whose structure is protected", () => {
  let file: string;
  beforeAll(async () => {
    const bytes = Buffer.from(await workbookFromGrids([sheetOf("表1", [{ spec: cleanForm() }])]).xlsx.writeBuffer());
    const parts: Record<string, string> = {};
    for (const name of packagePartNames(bytes)) parts[name] = readPackagePart(bytes, name)!;
    // Where Excel puts it: after <workbookPr>, before <bookViews>/<sheets>.
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"]!.replace(/(<workbookPr\b[^>]*\/>)/, '$1<workbookProtection lockStructure="1"/>');
    file = join(dir, "protected.xlsx");
    writeFileSync(file, storedZip(parts));
  });

  test("the fixture is protected, and checks as usual without --summary", async () => {
    expect(readWorkbookBytes(readFileSync(file)).structureLocked).toBe(true);
    expect((await run("check", file)).code).toBe(0);
  });

  test("is refused with one line on stderr, exit 2, and nothing written", async () => {
    const out = join(dir, "protected-copy.xlsx");
    const json = join(dir, "protected.json");
    const r = await run("check", file, "--out", out, "--summary", "--json", json);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^jixiao: 无法写入 .*protected-copy\.xlsx：工作簿的结构受保护，无法添加汇总表/)]);
    expect((await run("check", file, "--out", out, "--summary", "--lang", "en")).stderr).toMatch(/^jixiao: cannot write .*: the workbook's structure is protected/);
    expect(r.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
    expect(existsSync(json)).toBe(false);
  });
});

describe("the reader's structure lock (xl/workbook.xml)", () => {
  test.each<[string, boolean]>([
    ['<workbook><workbookProtection lockStructure="1"/></workbook>', true],
    ["<workbook><workbookProtection lockStructure='true' workbookPassword=\"CC23\"/></workbook>", true],
    ['<x:workbook><x:workbookProtection lockStructure="1"/></x:workbook>', true],
    ['<workbook><workbookProtection lockWindows="1"/></workbook>', false],
    ['<workbook><workbookProtection lockStructure="0"/></workbook>', false],
    ["<workbook><workbookPr/></workbook>", false],
  ])("%s → %s", (xml, locked) => {
    expect(parseWorkbook(xml, 10).structureLocked).toBe(locked);
  });

  test("bytes that are no zip never get as far as a lock: the reader refuses them", () => {
    expect(() => readWorkbookBytes(Buffer.from("not a zip"))).toThrow(expect.objectContaining({ reason: "not-xlsx" }));
  });
});
