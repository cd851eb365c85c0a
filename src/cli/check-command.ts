import { promises as fs } from "node:fs";
import { basename } from "node:path";
import { validateWorkbook } from "../app/validate";
import { Lang } from "../core/diagnostic";
import { settingsErrorText } from "../core/i18n";
import { BatchEntry, UnreadableEntry } from "../core/report/batch";
import type { Report } from "../core/report/schema";
import { RULE_IDS } from "../core/rules/registry";
import { parseSettings, Settings } from "../core/settings";
import type { SheetPlan } from "../core/summary/sheet-plan";
import { WorkbookUnreadable } from "../xlsx/open";
import { isStandardOutput, kindOfName, refuseProtected, refuseWorkbookName, writeOutput } from "../xlsx/save";
import { XlsxFile } from "../xlsx/xlsx-file";
import { CheckArgs, FailOn, OUT_NEEDS_ONE_FILE, RuleOptions, UsageError } from "./args";
import { expandInputs } from "./inputs";
import { EXIT, Io } from "./io";
import { Progress } from "./progress";
import { renderReport } from "./render";
import { STRINGS, t } from "./strings";
import { sourceNames } from "./source-names";

/**
 * `jixiao check FILE-OR-FOLDER...`: one report per workbook, in the order given. Returns the combined exit code:
 * 2 when any input could not be read, else 1 when any report has findings at the --fail-on level, else 0.
 */
export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const { lang } = args;
  const settings = settingsFrom(args);
  const { files, emptyFolders, repeated } = await expandInputs(args.inputs);
  // The shape of --json follows the command line, not what a folder happens to hold: one named file gives the
  // report object, anything else an array.
  const single = args.inputs.length === 1 && files.length === 1 && !repeated.length && emptyFolders.length === 0 && files[0] === args.inputs[0];
  if (args.out !== undefined && !single) throw new UsageError(OUT_NEEDS_ONE_FILE, { option: "--out" });

  // Every output is checked before any work: none may be an input or another output, and a copy's name must be a workbook's.
  const outputs = [args.out, args.json, args.jsonl].filter((p): p is string => p !== undefined && p !== "-");
  for (const [i, p] of outputs.entries()) await refuseProtected(p, [...files, ...outputs.slice(0, i)]);
  if (args.out !== undefined && kindOfName(args.out) === null) refuseWorkbookName(args.out, "xlsx");

  const say = (line: string) => io.stderr.write(`jixiao: ${line}\n`);
  for (const file of repeated) say(t(STRINGS.listedTwice, lang, { file }));
  // A workbook or JSON on stdout must not be interleaved with the readable report.
  const toStdout = args.json === "-" || args.jsonl === "-" || (args.out !== undefined && io.stdout === process.stdout && isStandardOutput(args.out));
  const human = !args.quiet && !toStdout;
  const names = single ? [basename(files[0]!)] : sourceNames(files);
  const entries: BatchEntry[] = [];
  let exit: number = EXIT.clean;
  const record = (entry: BatchEntry) => {
    entries.push(entry);
    if (args.jsonl === "-") io.stdout.write(JSON.stringify(entry) + "\n");
  };

  for (const { folder } of emptyFolders) {
    const message = t(STRINGS.emptyFolder, lang, { folder });
    say(message);
    record({ file: folder, unreadable: { reason: "empty-folder", message } });
    exit = EXIT.unusable;
  }
  for (const [i, file] of files.entries()) {
    let report: Report;
    try {
      report = await checkOne(file, names[i]!, settings, args, io);
    } catch (e) {
      // A bug of jixiao's on one file of many must not cost the others: said, recorded, and the run goes on.
      if (!(e instanceof WorkbookUnreadable) && single) throw e;
      const message = e instanceof WorkbookUnreadable ? e.line(lang) : t(STRINGS.internalFile, lang, { file: names[i]!, message: e instanceof Error ? e.message : String(e) });
      say(message);
      record({ file: names[i]!, unreadable: { reason: e instanceof WorkbookUnreadable ? e.reason : "internal-error", message } } satisfies UnreadableEntry);
      exit = EXIT.unusable;
      continue;
    }
    record(report);
    if (exit !== EXIT.unusable && fails(report, args.failOn)) exit = EXIT.errorsFound;
    if (human) {
      if (i > 0 || emptyFolders.length) io.stdout.write("\n");
      io.stdout.write(renderReport(report, { lang, color: args.color && !!(io.stdout as NodeJS.WriteStream).isTTY && !(io.env ?? process.env).NO_COLOR, all: args.all }));
    }
  }

  if (human && !single) io.stdout.write("\n" + batchTotals(entries, lang) + "\n");
  if (args.json !== undefined) {
    const json = JSON.stringify(single ? entries[0] : entries, null, 2) + "\n";
    if (args.json === "-") io.stdout.write(json);
    else {
      await writeOutput(args.json, json, files);
      if (!args.quiet) say(t(STRINGS.wroteJson, lang, { path: args.json }));
    }
  }
  if (args.jsonl !== undefined && args.jsonl !== "-") {
    await writeOutput(args.jsonl, entries.map((r) => JSON.stringify(r)).join("\n") + "\n", files);
    if (!args.quiet) say(t(STRINGS.wroteJson, lang, { path: args.jsonl }));
  }
  return exit;
}

/** Reads, checks and (with --out) writes the copy of one workbook. Unreadable input throws WorkbookUnreadable. */
async function checkOne(path: string, name: string, settings: Settings, args: CheckArgs, io: Io): Promise<Report> {
  const { lang } = args;
  const progress = new Progress(io.stderr, t(STRINGS.converting, lang), args.quiet ? Infinity : 50);
  const started = Date.now();
  const size = await fileSize(path);
  // Loading the .xlsx is the slow step and reports nothing itself: say it is happening (on a terminal as
  // soon as it is noticeable, in logs only for big files).
  if (!args.quiet && size > (io.stderr.isTTY ? 256 * 1024 : 2 * 1024 * 1024)) {
    progress.note(t(STRINGS.reading, lang, { file: path, size: `${(size / 1048576).toFixed(1)} MB` }));
  }
  const file = await XlsxFile.open(path, { forMarking: args.out !== undefined });
  if (args.out !== undefined) refuseWorkbookName(args.out, file.kind);
  if (args.out && args.summary) file.refuseSummaryInto(args.out);
  const result = await validateWorkbook(file, {
    file: name,
    settings,
    ...(args.out ? { highlighter: file } : {}),
    onSheet: (done, total) => progress.update(done, total),
  });
  progress.finish();
  const { report } = result;
  if (!args.quiet && report.sheets.length >= 50) {
    progress.note(t(STRINGS.readDone, lang, { sheets: report.sheets.length, seconds: ((Date.now() - started) / 1000).toFixed(1) }));
  }
  for (const e of report.internalErrors) io.stderr.write(t(STRINGS.internal, lang, e) + "\n");

  if (args.out) {
    // The summary sheet of this one workbook; its links stay inside the copy.
    const summary = args.summary ? await file.writeSummary(await summaryPlanOf(report, lang)) : null;
    await file.saveCopy(args.out);
    if (!args.quiet) {
      io.stderr.write(t(STRINGS.wroteCopy, lang, { path: args.out, cells: result.marked?.cellsMarked ?? 0 }) + "\n");
      if (summary) io.stderr.write(t(STRINGS.wroteSummarySheet, lang, summary) + "\n");
    }
  }
  return report;
}

function fails(report: Report, failOn: FailOn): boolean {
  return report.totals.errors > 0 || (failOn === "warning" && report.totals.warnings > 0);
}

function batchTotals(entries: readonly BatchEntry[], lang: Lang): string {
  const reports = entries.filter((e): e is Report => !("unreadable" in e));
  const sum = (f: (r: Report) => number) => reports.reduce((a, r) => a + f(r), 0);
  return t(STRINGS.batchTotals, lang, {
    files: entries.length,
    withErrors: reports.filter((r) => r.totals.errors > 0).length,
    errors: sum((r) => r.totals.errors),
    warnings: sum((r) => r.totals.warnings),
    cells: sum((r) => r.totals.cells),
    unreadable: entries.length - reports.length,
  });
}

/** The settings the rules run with, from the options `check` and `summary` share (already validated by args). */
export function settingsFrom(args: RuleOptions): Settings {
  const input: Record<string, unknown> = {
    profile: args.profile,
    lang: args.lang,
    disabledRules: args.disable,
    requireCostCategory: args.requireCost,
  };
  if (args.satisfactionFloor !== undefined) input.satisfactionFloor = args.satisfactionFloor;
  const parsed = parseSettings(input, RULE_IDS);
  // parseCommand has refused every bad value in the user's words; this is a bug if it ever fires.
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => settingsErrorText(e, args.lang)).join("; "));
  return parsed.settings;
}

export async function fileSize(path: string): Promise<number> {
  try {
    return (await fs.stat(path)).size;
  } catch {
    return 0; // opening it will say what is wrong
  }
}

/** The summary of this one workbook; the summary modules load only when --summary asks for them. */
async function summaryPlanOf(report: Report, lang: Lang): Promise<SheetPlan> {
  const [{ buildSummary }, { summarySheetPlan }] = await Promise.all([import("../core/summary/build"), import("../core/summary/sheet-plan")]);
  return summarySheetPlan(buildSummary([{ file: report.file, report }]), lang);
}
