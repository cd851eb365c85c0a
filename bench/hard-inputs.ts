import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packagePartNames, readPackagePart } from "../test/support/package-parts";
import { cleanForm, IndicatorRow, sheetOf } from "../test/support/form-grid";
import { workbookFromGrids, writeGrids } from "../test/support/write-xlsx";
import { storedZip } from "../test/xlsx/helpers";
import { junkRows, manySheets, wholeSheetMerge, zipBomb } from "../test/support/hand-xlsx";

/**
 * `npm run bench:hard`: the command line on hard input, as whole processes. One row per input: exit code, the
 * first line it printed on stderr (and how many lines), wall time, peak memory, and whether the input and the
 * folder around it were left alone. Figures to quote, never assertions (test/cli/contract.test.ts asserts).
 */

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "bin", "jixiao.js");
const PROBE = join(__dirname, "rss-probe.cjs");
const SEED = join(ROOT, "assets", "samples", "seed-2024.xlsx");

interface Case {
  input: string;
  /** A bash command; $JX runs jixiao under the memory probe. */
  command: string;
  /** Files that must come out byte-identical. */
  untouched?: string[];
}

const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

async function cases(dir: string): Promise<Case[]> {
  const clean = join(dir, "clean.xlsx");
  await writeGrids(clean, [sheetOf("表1", [{ spec: cleanForm() }])]);
  const long = async (name: string, text: string) => {
    const file = join(dir, `${name}.xlsx`);
    const spec = cleanForm();
    spec.indicators = [...spec.indicators, ["产出指标", "数量指标", "超长单元格", text]];
    await writeGrids(file, [sheetOf("表1", [{ spec }])]);
    return file;
  };
  const numerals = await long("numerals-100k", "百分之" + "九".repeat(100_000));
  const mixed = await long("mixed-100k", "≥(" + "一二三4５六（）<>%".repeat(10_000));
  const formula = join(dir, "uncalculated.xlsx");
  const rows = cleanForm().indicators.map((r): IndicatorRow => (r[1] === "质量指标" ? [r[0], r[1], r[2], { formula: "1+1" }] : r));
  await writeGrids(formula, [sheetOf("表1", [{ spec: cleanForm({ indicators: rows }) }])]);
  const refName = join(dir, "ref-name.xlsx");
  await writeGrids(refName, [sheetOf("表1", [{ spec: cleanForm({ name: { error: "#REF!" } }) }])]);
  const locked = join(dir, "protected.xlsx");
  const bytes = Buffer.from(await workbookFromGrids([sheetOf("表1", [{ spec: cleanForm() }])]).xlsx.writeBuffer());
  const parts: Record<string, string> = {};
  for (const name of packagePartNames(bytes)) parts[name] = readPackagePart(bytes, name)!;
  parts["xl/workbook.xml"] = parts["xl/workbook.xml"]!.replace(/(<workbookPr\b[^>]*\/>)/, '$1<workbookProtection lockStructure="1"/>');
  writeFileSync(locked, storedZip(parts));
  const hostile = async (name: string, bytes: Buffer | Promise<Buffer>) => {
    const file = join(dir, name);
    writeFileSync(file, await bytes);
    return file;
  };
  const merge = await hostile("whole-sheet-merge.xlsx", wholeSheetMerge());
  const bomb = await hostile("bomb-1gb.xlsx", zipBomb(64));
  const sheets2000 = await hostile("sheets-2000.xlsx", manySheets(2000));
  const rows200k = await hostile("rows-200k.xlsx", junkRows(200_000));
  const pipeDir = join(dir, "units");
  mkdirSync(pipeDir);
  for (let i = 0; i < 12; i++) copyFileSync(SEED, join(pipeDir, `unit-${i}.xlsx`));
  const linkTarget = join(dir, "target.xlsx");
  writeFileSync(linkTarget, "old");
  symlinkSync(linkTarget, join(dir, "link.xlsx"));
  const ro = join(dir, "readonly");
  mkdirSync(ro);
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "ro,size=1m", "none", ro]).status === 0;
  const list: Case[] = [
    { input: "a cell of 百分之 + 100,000 Chinese numerals", command: `$JX check ${numerals} -q`, untouched: [numerals] },
    { input: "a cell of 100,000 mixed numerals, digits, brackets, operators", command: `$JX check ${mixed} -q`, untouched: [mixed] },
    { input: "a merge over H1:XFD1048576 beside a form", command: `$JX check ${merge} -q`, untouched: [merge] },
    { input: "a zip bomb (1 MB file, 1 GB inflated, headers claim 1 KB)", command: `$JX check ${bomb}`, untouched: [bomb] },
    { input: "2,000 sheets", command: `$JX check ${sheets2000} -q`, untouched: [sheets2000] },
    { input: "a 200,000-row junk sheet", command: `$JX check ${rows200k} -q`, untouched: [rows200k] },
    { input: "output piped into head -n 1 (12 workbooks)", command: `set -o pipefail; $JX check ${pipeDir} --all | head -n 1 >/dev/null` },
    { input: "--out /dev/stdout redirected to a file", command: `$JX check ${SEED} --out /dev/stdout > ${join(dir, "redirected.xlsx")}`, untouched: [SEED] },
    { input: "--out is a symlink", command: `$JX check ${SEED} --out ${join(dir, "link.xlsx")} -q && test -L ${join(dir, "link.xlsx")}`, untouched: [SEED] },
    { input: "--out copy.xls", command: `$JX check ${SEED} --out ${join(dir, "copy.xls")}`, untouched: [SEED] },
    ...(mounted ? [{ input: "--out on a read-only file system", command: `$JX check ${SEED} --out ${join(ro, "copy.xlsx")}`, untouched: [SEED] }] : []),
    { input: "usage error: check without a file", command: `$JX check` },
    { input: "unknown option --jsn", command: `$JX check ${SEED} --jsn -` },
    { input: "unknown rule id in --disable", command: `$JX check ${SEED} --disable target/missing-operater` },
    { input: "--help (first line)", command: `$JX --help` },
    { input: "summary where every input is unreadable", command: `$JX summary ${join(dir, "a.xlsx")} ${join(dir, "b.xlsx")} --out ${join(dir, "s.xlsx")}` },
    { input: "a folder with no workbook", command: `$JX check ${join(dir, "readonly")}` },
    { input: "a formula without a cached value (first finding)", command: `$JX check ${formula} 2>&1 | grep -m1 F14 >&2; exit \${PIPESTATUS[0]}`, untouched: [formula] },
    { input: "#REF! as the project name (first finding)", command: `$JX check ${refName} --json - | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const d=JSON.parse(s).diagnostics[0];console.error(d.cell+" "+d.rule+" "+d.message)})'; exit \${PIPESTATUS[0]}`, untouched: [refName] },
    { input: "--summary on a structure-protected workbook", command: `$JX check ${locked} --out ${join(dir, "locked-copy.xlsx")} --summary`, untouched: [locked] },
  ];
  return list;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-hard-"));
  try {
    console.log("| input | exit | first line (lines) | ms | peak MB | input untouched |");
    console.log("|---|---|---|---|---|---|");
    for (const c of await cases(dir)) {
      const before = (c.untouched ?? []).map(sha);
      const rss = join(tmpdir(), `jixiao-rss-${process.pid}`);
      rmSync(rss, { force: true });
      const t0 = process.hrtime.bigint();
      const r = spawnSync("bash", ["-c", c.command], {
        encoding: "utf8",
        env: { ...process.env, LANG: "C.UTF-8", JIXIAO_RSS_OUT: rss, JX: `${process.execPath} -r ${PROBE} ${BIN}` },
        timeout: 60_000,
      });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const text = (c.command.includes("--help") ? r.stdout : r.stderr).trimEnd();
      const lines = text ? text.split("\n") : [];
      const mb = existsSync(rss) ? (Number(readFileSync(rss, "utf8")) / 1024).toFixed(0) : "?";
      const same = (c.untouched ?? []).every((p, i) => sha(p) === before[i]);
      const first = (lines[0] ?? "").replace(dir, "…").replace(/\|/g, "\\|");
      console.log(`| ${c.input} | ${r.status ?? r.signal} | ${first.slice(0, 110)} (${lines.length}) | ${ms.toFixed(0)} | ${mb} | ${c.untouched ? (same ? "yes" : "NO") : "—"} |`);
    }
  } finally {
    spawnSync("umount", [join(dir, "readonly")]);
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
