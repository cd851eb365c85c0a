import { promises as fs } from "node:fs";
import * as path from "node:path";
import { checkGrids } from "../core/check";
import { buildSummary, SummarySource } from "../core/summary/build";
import { SummaryModel } from "../core/summary/model";
import { summarySheetPlan } from "../core/summary/sheet-plan";
import { WorkbookUnreadable } from "../xlsx/open";
import { OutputRefused, refuseProtected, refuseWorkbookName, writeOutput } from "../xlsx/save";
import { summaryWorkbookBytes } from "../xlsx/summary-file";
import { XlsxFile } from "../xlsx/xlsx-file";
import { SummaryArgs } from "./args";
import { settingsFrom } from "./check-command";
import { Io } from "./io";
import { expandInputs } from "./inputs";
import { Progress } from "./progress";
import { sourceNames } from "./source-names";
import { STRINGS, t } from "./strings";

/**
 * `jixiao summary FILE... --out SUMMARY.xlsx`: one summary sheet over many workbooks (a finance bureau
 * consolidating its units' files), written as a new workbook; the inputs are only read. An unreadable input is
 * reported and skipped. Returns 0 when the summary was written, 2 when no input could be read; a refused
 * output throws OutputRefused (also 2).
 */
export async function runSummary(args: SummaryArgs, io: Io): Promise<number> {
  const { lang } = args;
  const settings = settingsFrom(args);
  const expanded = await expandInputs(args.files);
  const inputs = expanded.files;
  for (const file of expanded.repeated) io.stderr.write(`jixiao: ${t(STRINGS.listedTwice, lang, { file })}\n`);
  // Before any work: the summary never replaces one of its inputs, its name is a workbook's, and its folder exists.
  await refuseProtected(args.out, inputs);
  refuseWorkbookName(args.out, "xlsx");
  if (!(await fs.stat(path.dirname(path.resolve(args.out))).catch(() => null))?.isDirectory()) {
    throw new OutputRefused("write-failed", args.out, "所在的文件夹不存在", "its folder does not exist");
  }
  for (const { folder } of expanded.emptyFolders) io.stderr.write(`jixiao: ${t(STRINGS.emptyFolder, lang, { folder })}\n`);

  const names = sourceNames(inputs);
  const progress = new Progress(io.stderr, t(STRINGS.files, lang), args.quiet ? Infinity : 3);
  /** A line on stderr; on a terminal it first ends the progress bar's line. */
  const say = (line: string) => {
    progress.finish();
    io.stderr.write(`${line}\n`);
  };
  const sources: SummarySource[] = [];
  const unreadable: SummaryModel["unreadable"] = [];
  for (const [i, input] of inputs.entries()) {
    const name = names[i]!;
    try {
      const workbook = await XlsxFile.open(input, { forMarking: false });
      const { report } = checkGrids(await workbook.readGrids(), name, settings);
      for (const e of report.internalErrors) say(`${name}: ${t(STRINGS.internal, lang, e)}`);
      if (!report.projects.length) say(`jixiao: ${t(STRINGS.noFormsIn, lang, { file: name })}`);
      sources.push({ file: name, report });
    } catch (e) {
      if (e instanceof WorkbookUnreadable) {
        say(`jixiao: ${t(STRINGS.skippedFile, lang, { message: e.line(lang) })}`);
        unreadable.push({ file: name, reason: e[lang] });
      } else {
        // A bug in jixiao on one file must not cost the whole consolidation: say so, skip it, go on.
        const reason = t(STRINGS.internalFile, lang, { file: name, message: e instanceof Error ? e.message : String(e) });
        say(`jixiao: ${t(STRINGS.skippedFile, lang, { message: reason })}`);
        unreadable.push({ file: name, reason });
      }
    }
    progress.update(i + 1, inputs.length);
  }
  progress.finish();
  if (!sources.length) {
    io.stderr.write(`jixiao: ${t(inputs.length ? STRINGS.noneReadable : STRINGS.noInputs, lang)}\n`);
    return 2;
  }

  const model = buildSummary(sources, unreadable);
  // Links reach each source form from wherever the summary is written, relative so the folder can move.
  const outDir = path.dirname(path.resolve(args.out));
  const pathOf = new Map(names.map((n, i) => [n, inputs[i]!]));
  const fileHref = (file: string): string | null => {
    const source = pathOf.get(file);
    return source === undefined ? null : slashes(path.relative(outDir, path.resolve(source)));
  };
  const bytes = await summaryWorkbookBytes(summarySheetPlan(model, lang), { fileHref }, args.out);
  await writeOutput(args.out, bytes, inputs);

  const { totals } = model;
  const lines = [t(STRINGS.summaryDone, lang, { files: sources.length, ...totals, annual: money(totals.annualTotal) })];
  if (unreadable.length) lines.push(t(STRINGS.summaryUnreadable, lang, { count: unreadable.length }));
  const duplicates = model.projects.filter((p) => p.duplicateOf).length;
  if (duplicates) lines.push(t(STRINGS.summaryDuplicates, lang, { count: duplicates }));
  lines.push(t(STRINGS.wroteSummary, lang, { path: args.out }));
  if (!args.quiet) io.stdout.write(lines.join("\n") + "\n");
  return 0;
}

const slashes = (p: string) => p.split(path.sep).join("/");

const money = (n: number) => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
