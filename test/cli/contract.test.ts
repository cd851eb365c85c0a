import { spawnSync } from "node:child_process";
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { BatchEntrySchema } from "../../src/core/report/batch";
import { ReportSchema } from "../../src/core/report/schema";
import { RULE_IDS } from "../../src/core/rules/registry";
import { osPhrase } from "../../src/xlsx/os-error";
import { cleanForm, sheetOf } from "../support/form-grid";
import { fixturePath } from "../support/fixtures";
import { run, runWithEnv } from "../support/run-cli";
import { writeGrids } from "../support/write-xlsx";

/** The command line's promises to its users (README, "命令行"), each pinned by running it. */
const dir = mkdtempSync(join(tmpdir(), "jixiao-contract-"));
const seed = fixturePath("seed-2024.xlsx");
const BIN = join(__dirname, "..", "..", "bin", "jixiao.js");
const clean = join(dir, "clean.xlsx");
const oneLine = (s: string) => s.endsWith("\n") && !s.slice(0, -1).includes("\n");

beforeAll(async () => {
  await writeGrids(clean, [sheetOf("表1", [{ spec: cleanForm() }])]);
});

describe("help and language", () => {
  test("help is Chinese by default, English with --lang en or an English LANG", async () => {
    expect((await run("--help")).stdout).toMatch(/^jixiao — 绩效目标校验/);
    expect((await run()).stdout).toMatch(/^jixiao — 绩效目标校验/);
    expect((await run("--help", "--lang", "en")).stdout).toMatch(/^jixiao — performance-target form checker/);
    expect((await runWithEnv({ LANG: "en_US.UTF-8" }, "--help")).stdout).toMatch(/^jixiao — performance-target/);
    expect((await runWithEnv({ LANG: "zh_CN.UTF-8" }, "--help")).stdout).toMatch(/^jixiao — 绩效目标校验/);
    // A server's C locale is no request for English.
    expect((await runWithEnv({ LANG: "C.UTF-8" }, "--help")).stdout).toMatch(/^jixiao — 绩效目标校验/);
    expect((await runWithEnv({ LANG: "en_US.UTF-8" }, "--help", "--lang", "zh")).stdout).toMatch(/^jixiao — 绩效目标校验/);
  });

  test("LANG sets the report's language too; --lang wins over it", async () => {
    expect((await runWithEnv({ LANG: "en_GB.UTF-8" }, "check", clean)).stdout).toContain("1 projects · 5 indicators · 0 errors");
    expect((await runWithEnv({ LANG: "en_GB.UTF-8" }, "check", clean, "--lang", "zh")).stdout).toContain("1 个项目 · 5 条指标 · 0 个错误");
  });
});

describe("a wrong command line gets one line in the user's words, and exit 2", () => {
  test.each([
    [["check", clean, "--bogus"], /^jixiao: 没有 --bogus 这个选项（用法：jixiao --help）$/],
    [["check", clean, "--ot", "x.xlsx"], /^jixiao: 没有 --ot 这个选项，是不是 --out/],
    [["check", clean, "--json"], /^jixiao: --json 后面需要一个值（例如 --json report\.json）/],
    [["check", clean, "--json", "--out", "x.xlsx"], /^jixiao: --json 后面需要一个值/],
    [["check", clean, "--all=yes"], /^jixiao: --all 不带值/],
    [["check", clean, "--out", "a.xlsx", "--out", "b.xlsx"], /^jixiao: --out 只能给一次/],
    [["check", clean, "--fail-on", "info"], /^jixiao: --fail-on 只能是 error 或 warning，不能是「info」/],
    [["check", clean, "--satisfaction-floor", "120"], /^jixiao: --satisfaction-floor 需要 0 到 100 之间的数字/],
    [["check", clean, "--json", "r.json", "--jsonl", "r.jsonl"], /^jixiao: --json 和 --jsonl 只能选一个/],
    [["rules", "--profile", "lenient"], /^jixiao: --profile 不能用于 rules/],
    [["check", clean, "-x"], /^jixiao: 没有 -x 这个选项/],
  ])("%p", async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr.trimEnd()).toMatch(message);
  });

  test("the same errors in English", async () => {
    const r = await run("check", clean, "--lang", "en", "--jsn", "-");
    expect(r.stderr).toBe("jixiao: there is no option --jsn; did you mean --json / --jsonl? (usage: jixiao --help)\n");
  });

  test("an unknown rule id names the nearest ids, never an internal field", async () => {
    const r = await run("check", clean, "--disable", "target/missing-operater");
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(/^jixiao: --disable：没有规则「target\/missing-operater」，最接近的是 target\/missing-operator/);
    expect(r.stderr).not.toMatch(/disabledRules/);
    const en = await run("check", clean, "--lang", "en", "--disable", "indicator/duplicat");
    expect(en.stderr).toMatch(/^jixiao: --disable: there is no rule "indicator\/duplicate?"; the nearest are indicator\/duplicate/);
    // Every id the hint can name is a real one.
    const named = /最接近的是 ([^（]+)/.exec(r.stderr)![1]!.split(", ");
    for (const id of named) expect(RULE_IDS).toContain(id);
  });
});

describe("--quiet and --fail-on", () => {
  test("--quiet prints nothing; the exit code still says errors were found", async () => {
    const r = await run("check", seed, "--quiet");
    expect(r).toEqual({ code: 1, stdout: "", stderr: "" });
    const q = await run("check", seed, "-q", "--json", "-");
    expect(ReportSchema.parse(JSON.parse(q.stdout)).totals.projects).toBe(11);
  });

  test("--fail-on warning fails a workbook with warnings only; the default does not", async () => {
    // A floor above the form's ≥90% satisfaction target gives one warning and no error.
    const r = await run("check", clean, "--satisfaction-floor", "95", "--json", "-");
    expect(JSON.parse(r.stdout).totals).toMatchObject({ errors: 0, warnings: 1 });
    expect(r.code).toBe(0);
    expect((await run("check", clean, "--satisfaction-floor", "95", "--fail-on", "warning", "-q")).code).toBe(1);
    expect((await run("check", clean, "--fail-on", "warning", "-q")).code).toBe(0);
  });
});

describe("several files and folders", () => {
  const units = join(dir, "units");
  beforeAll(() => {
    mkdirSync(join(units, "county"), { recursive: true });
    copyFileSync(clean, join(units, "a-clean.xlsx"));
    copyFileSync(seed, join(units, "county", "b-seed.xlsx"));
    writeFileSync(join(units, "~$a-clean.xlsx"), "Office lock file");
    writeFileSync(join(units, "notes.txt"), "not a workbook");
    mkdirSync(join(dir, "empty"), { recursive: true });
  });

  test("one report per file in the order given, folders walked, lock files left alone, a total at the end", async () => {
    const r = await run("check", clean, units);
    expect(r.code).toBe(1);
    const headers = r.stdout.split("\n").filter((l) => l.startsWith("jixiao "));
    expect(headers).toHaveLength(3);
    expect(r.stdout.trimEnd().split("\n").pop()).toBe("共 3 个文件：1 个有错误 · " + /· (\d+ 个错误 · \d+ 个警告 · \d+ 个单元格需要修改 · 0 个无法读取)$/.exec(r.stdout.trimEnd())![1]);
    expect(r.stdout).not.toContain("~$");
  });

  test("--json gives an array with an entry per input, the unreadable ones included; the exit code is the worst", async () => {
    const missing = join(dir, "missing.xlsx");
    const r = await run("check", clean, missing, units, "--json", "-");
    expect(r.code).toBe(2);
    const entries = (JSON.parse(r.stdout) as unknown[]).map((e) => BatchEntrySchema.parse(e));
    expect(entries.map((e) => ("unreadable" in e ? `unreadable:${e.unreadable.reason}` : e.file))).toEqual([
      "clean.xlsx",
      "unreadable:missing",
      "a-clean.xlsx",
      "b-seed.xlsx",
    ]);
    expect(r.stderr).toMatch(/^jixiao: 无法读取 .*missing\.xlsx：文件不存在\n$/);
  });

  test("--jsonl - writes one report per line, as each file is done", async () => {
    const r = await run("check", units, "--jsonl", "-");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.map((l) => ReportSchema.parse(JSON.parse(l)).file)).toEqual(["a-clean.xlsx", "b-seed.xlsx"]);
  });

  test("a folder given alone is still an array; one file named alone is the report object itself", async () => {
    expect(Array.isArray(JSON.parse((await run("check", join(units, "county"), "--json", "-")).stdout))).toBe(true);
    expect(ReportSchema.parse(JSON.parse((await run("check", seed, "--json", "-")).stdout)).file).toBe("seed-2024.xlsx");
  });

  test("a folder without workbooks is not a pass: one line, exit 2", async () => {
    const r = await run("check", join(dir, "empty"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^jixiao: 文件夹 .*empty 里没有 \.xlsx 或 \.xlsm 文件，没有检查任何东西\n$/);
  });

  test("--out takes one file, not a folder", async () => {
    const r = await run("check", units, "--out", join(dir, "x.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^jixiao: --out 只能用于一个输入文件/);
  });
});

describe("outputs: written through, never replaced, and named for what they hold", () => {
  test("an --out that is a symlink keeps the link; its target gets the copy; nothing else appears", async () => {
    const folder = mkdtempSync(join(dir, "link-"));
    const target = join(folder, "target.xlsx");
    writeFileSync(target, "old");
    const link = join(folder, "link.xlsx");
    symlinkSync(target, link);
    const before = readdirSync(folder).sort();
    const r = await run("check", seed, "--out", link, "-q");
    expect(r.code).toBe(1);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(readdirSync(folder).sort()).toEqual(before);
  });

  test("a new --out is the only name added to its folder (the temp file is gone)", async () => {
    const folder = mkdtempSync(join(dir, "new-"));
    await run("check", seed, "--out", join(folder, "copy.xlsx"), "--json", join(folder, "r.json"), "-q");
    expect(readdirSync(folder).sort()).toEqual(["copy.xlsx", "r.json"]);
  });

  test.each([
    ["copy.xls", /^jixiao: 无法写入 .*copy\.xls：工作簿副本的文件名必须以 \.xlsx 或 \.xlsm 结尾$/],
    ["copy.csv", /必须以 \.xlsx 或 \.xlsm 结尾/],
    ["copy.xlsm", /^jixiao: 无法写入 .*copy\.xlsm：输入是 \.xlsx 工作簿，副本也必须以 \.xlsx 结尾$/],
  ])("--out %s is refused with one line and nothing is written", async (name, message) => {
    const folder = mkdtempSync(join(dir, "ext-"));
    const r = await run("check", seed, "--out", join(folder, name));
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(readdirSync(folder)).toEqual([]);
  });

  test("a macro workbook's copy would lose its macros: refused, while checking it still works", async () => {
    const zip = await JSZip.loadAsync(readFileSync(clean));
    zip.file("xl/vbaProject.bin", Buffer.from("VBA"));
    const xlsm = join(dir, "macros.xlsm");
    writeFileSync(xlsm, await zip.generateAsync({ type: "nodebuffer" }));
    const folder = mkdtempSync(join(dir, "xlsm-"));
    const r = await run("check", xlsm, "--out", join(folder, "copy.xlsm"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^jixiao: 无法写入 .*copy\.xlsm：输入是含宏的工作簿（\.xlsm），写出副本会丢失宏/);
    expect(readdirSync(folder)).toEqual([]);
    expect((await run("check", xlsm, "-q")).code).toBe(0);
  });

  test("an OS refusal is said in words, never as a raw code", async () => {
    const r = await run("check", seed, "--out", "/proc/jixiao-copy.xlsx");
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
    for (const code of ["EROFS", "ENOSPC", "EACCES", "EBUSY", "EIO", "EWHATEVER"]) {
      const phrase = osPhrase(Object.assign(new Error("x"), { code }));
      expect(`${phrase.zh} ${phrase.en}`).not.toMatch(/\bE[A-Z]{3,}\b/);
    }
    expect(osPhrase(Object.assign(new Error(), { code: "EROFS" })).zh).toBe("磁盘或文件夹是只读的");
  });
});

describe("summary wording", () => {
  test("when every input is unreadable no line promises the others are summarised", async () => {
    const r = await run("summary", join(dir, "nope1.xlsx"), join(dir, "nope2.xlsx"), "--out", join(dir, "s.xlsx"));
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(r.stderr).not.toMatch(/其余|照常/);
    expect(lines[2]).toBe("jixiao: 没有一个输入文件能读取，未写出汇总表");
  });
});

describe("the whole process", () => {
  test("a reader that closes the pipe early gets no stack trace, and the exit code still tells", () => {
    const many = mkdtempSync(join(dir, "pipe-"));
    for (let i = 0; i < 12; i++) copyFileSync(seed, join(many, `unit-${String(i).padStart(2, "0")}.xlsx`));
    const r = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${BIN}" check "${many}" --all | head -n 1; echo "status \${PIPESTATUS[0]}" >&2`], { encoding: "utf8" });
    expect(r.stdout).toMatch(/^jixiao /);
    expect(r.stderr).toBe("status 1\n");
  });

  test("--out /dev/stdout into a file: the copy goes through stdout, the device stays, no report is mixed in", async () => {
    const file = join(mkdtempSync(join(dir, "stdout-")), "copy.xlsx");
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" check "${seed}" --out /dev/stdout > "${file}"`], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(lstatSync("/dev/stdout").isSymbolicLink()).toBe(true);
    const again = await run("check", file, "--json", "-");
    expect(ReportSchema.parse(JSON.parse(again.stdout)).totals.projects).toBe(11);
  });
});
