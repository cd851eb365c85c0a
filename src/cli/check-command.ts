import { promises as fs } from "node:fs";
import { refuseProtected, writeOutput } from "../xlsx/save";
import { basename } from "node:path";
import { validateWorkbook } from "../app/validate";
import { RULE_IDS } from "../core/rules/registry";
import { parseSettings } from "../core/settings";
import { XlsxFile } from "../xlsx/xlsx-file";
import { Settings } from "../core/settings";
import type { Report } from "../core/report/schema";
import type { SheetPlan } from "../core/summary/sheet-plan";
import { CheckArgs, RuleOptions, UsageError } from "./args";
import { Progress } from "./progress";
import { renderReport } from "./render";
import { STRINGS, t } from "./strings";

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
}

/** `jixiao check`: returns the exit code (0 clean, 1 errors found). Unreadable input throws WorkbookUnreadable. */
export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const settings = settingsFrom(args);

  // Every output is checked before any work: neither may be the input, nor the other output.
  if (args.out) await refuseProtected(args.out, [args.file]);
  if (args.json !== undefined && args.json !== "-") await refuseProtected(args.json, [args.file, ...(args.out ? [args.out] : [])]);

  const progress = new Progress(io.stderr, t(STRINGS.converting, args.lang));
  const started = Date.now();
  const size = await fileSize(args.file);
  // Loading the .xlsx is the slow step and reports nothing itself: say it is happening (on a terminal as
  // soon as it is noticeable, in logs only for big files).
  if (size > (io.stderr.isTTY ? 256 * 1024 : 2 * 1024 * 1024)) {
    progress.note(t(STRINGS.reading, args.lang, { file: args.file, size: `${(size / 1048576).toFixed(1)} MB` }));
  }
  const file = await XlsxFile.open(args.file, { forMarking: args.out !== undefined });
  if (args.out && args.summary) file.refuseSummaryInto(args.out);
  const result = await validateWorkbook(file, {
    file: basename(args.file),
    settings,
    ...(args.out ? { highlighter: file } : {}),
    onSheet: (done, total) => progress.update(done, total),
  });
  progress.finish();
  if (result.report.sheets.length >= 50) {
    progress.note(t(STRINGS.readDone, args.lang, { sheets: result.report.sheets.length, seconds: ((Date.now() - started) / 1000).toFixed(1) }));
  }
  const { report } = result;
  for (const e of report.internalErrors) io.stderr.write(t(STRINGS.internal, args.lang, e) + "\n");

  if (args.out) {
    // The summary sheet of this one workbook; its links stay inside the copy.
    const summary = args.summary ? await file.writeSummary(await summaryPlanOf(report, args.lang)) : null;
    await file.saveCopy(args.out);
    io.stderr.write(t(STRINGS.wroteCopy, args.lang, { path: args.out, cells: result.marked?.cellsMarked ?? 0 }) + "\n");
    if (summary) io.stderr.write(t(STRINGS.wroteSummarySheet, args.lang, summary) + "\n");
  }
  if (args.json !== undefined) {
    const json = JSON.stringify(report, null, 2) + "\n";
    if (args.json === "-") io.stdout.write(json);
    else {
      await writeOutput(args.json, json, [args.file, ...(args.out ? [args.out] : [])]);
      io.stderr.write(t(STRINGS.wroteJson, args.lang, { path: args.json }) + "\n");
    }
  }
  if (args.json !== "-") io.stdout.write(renderReport(report, { lang: args.lang, color: args.color && !!(io.stdout as NodeJS.WriteStream).isTTY && !process.env.NO_COLOR, all: args.all }));
  return report.totals.errors > 0 ? 1 : 0;
}

/** The settings the rules run with, from the options `check` and `summary` share; a bad value is a usage error. */
export function settingsFrom(args: RuleOptions): Settings {
  const input: Record<string, unknown> = {
    profile: args.profile,
    lang: args.lang,
    disabledRules: args.disable,
    requireCostCategory: args.requireCost,
  };
  if (args.satisfactionFloor !== undefined) input.satisfactionFloor = args.satisfactionFloor;
  const parsed = parseSettings(input, RULE_IDS);
  if (!parsed.ok) throw new UsageError(parsed.errors.join("; "));
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
async function summaryPlanOf(report: Report, lang: "zh" | "en"): Promise<SheetPlan> {
  const [{ buildSummary }, { summarySheetPlan }] = await Promise.all([import("../core/summary/build"), import("../core/summary/sheet-plan")]);
  return summarySheetPlan(buildSummary([{ file: report.file, report }]), lang);
}
