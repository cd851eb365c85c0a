import { spawnSync } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkGrids } from "../src/core/check";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { readWorkbook } from "../src/core/template/read-workbook";
import { runRules } from "../src/core/rules/run";
import { openWorkbook } from "../src/xlsx/open";
import { workbookToGrids } from "../src/xlsx/grids";
import { benchWorkbook, stackedWorkbook } from "./generate";
import { benchExcel, benchManyMarks, SYNC_LATENCY_MS } from "./excel";
import { benchPaneSize } from "./pane-size";
import { benchLongCells } from "./long-cell";

/**
 * `npm run bench`: figures to quote, never assertions. Prints a readable table and one JSON line per
 * measurement (`{"bench": …}`) for tools.
 */

const ROOT = join(__dirname, "..");
const FORMS = 400;
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeProcess(args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function emit(line: Record<string, unknown>): void {
  console.log(JSON.stringify(line));
}

async function main(): Promise<void> {
  const file = join(ROOT, "bench", "out", `forms-${FORMS}.xlsx`);
  const { indicators } = await benchWorkbook(file, FORMS);
  const sizeMb = statSync(file).size / 1048576;
  console.log(`# jixiao bench · ${FORMS} forms · ${indicators} indicator rows · ${sizeMb.toFixed(1)} MB · node ${process.version}`);

  // 1. Core throughput, in process: grids are read once; the reader and the rules are timed.
  const grids = workbookToGrids(await openWorkbook(file));
  for (let i = 0; i < 2; i++) checkGrids(grids, "bench.xlsx");
  const read: number[] = [];
  const rules: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    const wb = readWorkbook(grids);
    read.push(performance.now() - t);
    t = performance.now();
    runRules(wb, DEFAULT_SETTINGS);
    rules.push(performance.now() - t);
    t = performance.now();
    checkGrids(grids, "bench.xlsx");
    whole.push(performance.now() - t);
  }
  const coreMs = median(whole);
  const rowsPerSecond = Math.round(indicators / (coreMs / 1000));
  console.log(`core: read ${median(read).toFixed(1)} ms + rules ${median(rules).toFixed(1)} ms; check (read+rules+report) ${coreMs.toFixed(1)} ms → ${rowsPerSecond.toLocaleString("en-US")} indicator rows/s`);
  emit({ bench: "core", forms: FORMS, indicators, readMs: +median(read).toFixed(1), rulesMs: +median(rules).toFixed(1), checkMs: +coreMs.toFixed(1), rowsPerSecond });

  // 1b. One 100,000-character cell per character class (test/support/long-cell.ts) in a clean form: checking
  //     must stay linear in a cell's length whatever it holds (issue 7).
  const longCells = benchLongCells(100_000);
  console.log(`core: one 100k-character cell, ms to check the form (slowest of value · name · project name · annual goal): ${longCells.map((r) => `${r.cls} ${r.ms}`).join(" · ")}`);
  emit({ bench: "long-cell", chars: 100_000, ms: Object.fromEntries(longCells.map((r) => [r.cls, r.ms])) });

  // 2. Whole processes against a bare exceljs read of the same file, alternated so each triple sees the same
  //    machine load: `jixiao check FILE` (the report to a pipe, as a user or a CI job runs it) is the headline;
  //    `--json` to a real file (atomic write included) is reported beside it.
  const bin = join(ROOT, "bin", "jixiao.js");
  const json = join(mkdtempSync(join(tmpdir(), "jixiao-bench-")), "report.json");
  const bare = `require("exceljs");const W=require("exceljs").Workbook;new W().xlsx.readFile(${JSON.stringify(file)}).then(()=>{})`;
  const variants = { check: [bin, "check", file], json: [bin, "check", file, "--json", json] };
  timeProcess(["-e", bare]);
  timeProcess(variants.check);
  const times = { bare: [] as number[], check: [] as number[], json: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    times.bare.push(timeProcess(["-e", bare]));
    times.check.push(timeProcess(variants.check));
    times.json.push(timeProcess(variants.json));
  }
  const spread = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
  for (const name of ["check", "json"] as const) {
    const ratios = times[name].map((c, i) => c / times.bare[i]!);
    const ratio = median(ratios);
    const label = name === "check" ? "jixiao check" : "jixiao check --json FILE";
    console.log(
      `process: ${label} ${median(times[name]).toFixed(0)} ms vs bare exceljs read ${median(times.bare).toFixed(0)} ms` +
        ` · ratio ${ratio.toFixed(2)}× (median of ${RUNS} pairs, ${spread(ratios)}; target ≤ 0.6×)`,
    );
    emit({ bench: name === "check" ? "cli" : "cli-json", forms: FORMS, bareReadMs: Math.round(median(times.bare)), checkMs: Math.round(median(times[name])), ratio: +ratio.toFixed(2), ratioMin: +Math.min(...ratios).toFixed(2), ratioMax: +Math.max(...ratios).toFixed(2), runs: RUNS });
  }

  // 2b. 1,000 forms stacked down one sheet (~30,000 merges): exceljs compares every new merge with every earlier
  //     one and took 112 s to read it; the bytes reader and GridView's merge index are to keep it within 5 s.
  const stacked = stackedWorkbook(join(ROOT, "bench", "out", "stacked-1000.xlsx"), 1000).path;
  const stackedTimes: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 5); i++) stackedTimes.push(timeProcess([bin, "check", stacked, "-q"]));
  console.log(`process: jixiao check on 1,000 forms stacked on one sheet ${median(stackedTimes).toFixed(0)} ms (median of ${stackedTimes.length}; target ≤ 5,000 ms)`);
  emit({ bench: "cli-stacked", forms: 1000, checkMs: Math.round(median(stackedTimes)), runs: stackedTimes.length });

  // 3. Validate + highlight through the office.js adapter on a fake host that counts syncs and waits
  //    SYNC_LATENCY_MS per sync (Excel on the web answers in tens to hundreds of ms); requests are measured in
  //    bytes and refused over 5 MB, as Excel on the web refuses them.
  const mb = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MB`;
  for (const row of await benchExcel()) {
    console.log(
      `excel: ${String(row.sheets).padStart(3)} sheets, ${row.marked} cells marked · validate ${row.roundTrips} round trips ${row.ms} ms · again ${row.againRoundTrips} / ${row.againMs} ms · clear ${row.clearRoundTrips} / ${row.clearMs} ms (${SYNC_LATENCY_MS} ms per sync) · largest request ${mb(row.largestRequest)}, response ${mb(row.largestResponse)}`,
    );
    emit({ bench: "excel", ...row });
  }
  const many = await benchManyMarks(10_000);
  console.log(
    `excel: ${many.marked} marks on 1 sheet · read + mark ${many.roundTrips} round trips ${many.ms} ms · again ${many.againRoundTrips} / ${many.againMs} ms · clear ${many.clearRoundTrips} / ${many.clearMs} ms (${SYNC_LATENCY_MS} ms per sync) · largest request ${mb(many.largestRequest)}, response ${mb(many.largestResponse)} (cap 5 MB)`,
  );
  emit({ bench: "excel-marks", ...many });

  // 4. The task pane's gzipped JS (a production webpack build into a temp folder).
  await benchPaneSize();
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
