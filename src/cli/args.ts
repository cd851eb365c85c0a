import { parseArgs } from "node:util";
import { PROFILES } from "../core/taxonomy";

export const USAGE = `jixiao — 绩效目标校验 / performance-target form checker

Usage:
  jixiao check FILE.xlsx [options]      check every form in a workbook
  jixiao summary FILE.xlsx... --out SUMMARY.xlsx [options]
                                        one summary sheet (汇总表) over one or many workbooks
  jixiao rules [--lang en] [--markdown] list the rules
  jixiao --version | --help

check options:
  --json OUT.json | -          write the JSON report (- = stdout)
  --out ANNOTATED.xlsx         write a copy with highlights and notes (the input is never modified)
  --summary                    add the summary sheet (汇总表) to the --out copy
  --profile shanghai|lenient   rule profile (default shanghai)
  --lang zh|en                 language of messages (default zh)
  --disable RULE[,RULE…]       rule ids that do not run (repeatable)
  --satisfaction-floor N       flag satisfaction targets below N% (default 80)
  --require-cost               every project must have 成本指标
  --all                        list info findings too
  --no-color                   plain output

summary options: --out (required), --profile, --lang, --disable, --satisfaction-floor, --require-cost as above;
  every row names its source file and sheet, links point at the source files, unreadable files are skipped

Exit codes: check: 0 no errors · 1 errors found · 2 the input could not be read or the command is wrong
            summary: 0 written · 2 no input could be read, the output was refused or the command is wrong`;

/** What the rules need, from the options `check` and `summary` share. */
export interface RuleOptions {
  profile: string;
  lang: "zh" | "en";
  disable: string[];
  satisfactionFloor?: number;
  requireCost: boolean;
}

export interface CheckArgs extends RuleOptions {
  command: "check";
  file: string;
  json?: string;
  out?: string;
  /** Add the summary sheet to the --out copy. */
  summary: boolean;
  all: boolean;
  color: boolean;
}

export interface SummaryArgs extends RuleOptions {
  command: "summary";
  files: string[];
  out: string;
}

export type Command =
  | CheckArgs
  | SummaryArgs
  | { command: "rules"; lang: "zh" | "en"; markdown: boolean }
  | { command: "help" }
  | { command: "version" };

export class UsageError extends Error {}

/** Parses argv (without node and script); throws UsageError with a one-line reason. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: "string" },
        out: { type: "string" },
        summary: { type: "boolean", default: false },
        profile: { type: "string", default: "shanghai" },
        lang: { type: "string", default: "zh" },
        disable: { type: "string", multiple: true, default: [] },
        "satisfaction-floor": { type: "string" },
        "require-cost": { type: "boolean", default: false },
        all: { type: "boolean", default: false },
        markdown: { type: "boolean", default: false },
        "no-color": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { command: "help" };
  if (v.version) return { command: "version" };
  const lang = v.lang === "en" ? "en" : v.lang === "zh" ? "zh" : null;
  if (!lang) throw new UsageError(`--lang must be zh or en, not "${v.lang}"`);
  const [command, ...rest] = positionals;
  if (command === undefined) return { command: "help" };
  if (command === "rules") return { command: "rules", lang, markdown: v.markdown! };
  if (command !== "check" && command !== "summary") throw new UsageError(`unknown command "${command}" (try: jixiao check FILE.xlsx)`);
  if (!(PROFILES as readonly string[]).includes(v.profile!)) throw new UsageError(`--profile must be one of ${PROFILES.join(", ")}`);
  let satisfactionFloor: number | undefined;
  if (v["satisfaction-floor"] !== undefined) {
    satisfactionFloor = Number(v["satisfaction-floor"]);
    if (!Number.isFinite(satisfactionFloor)) throw new UsageError("--satisfaction-floor takes a number such as 80");
  }
  const rules: RuleOptions = {
    profile: v.profile!,
    lang,
    disable: v.disable!.flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean),
    requireCost: v["require-cost"]!,
  };
  if (satisfactionFloor !== undefined) rules.satisfactionFloor = satisfactionFloor;

  if (command === "summary") {
    if (!rest.length) throw new UsageError("summary needs at least one FILE.xlsx");
    if (v.out === undefined) throw new UsageError("summary needs --out SUMMARY.xlsx (the file to write)");
    if (v.json !== undefined) throw new UsageError("--json is an option of check, not of summary");
    if (v.summary) throw new UsageError("--summary is an option of check; summary always writes the summary sheet");
    return { command: "summary", files: rest, out: v.out, ...rules };
  }
  if (rest.length !== 1) throw new UsageError(rest.length ? "check takes one FILE (to summarise several: jixiao summary FILE... --out SUMMARY.xlsx)" : "check needs a FILE.xlsx");
  if (v.summary && v.out === undefined) throw new UsageError("--summary needs --out ANNOTATED.xlsx (the summary sheet is added to that copy)");
  const args: CheckArgs = {
    command: "check",
    file: rest[0]!,
    ...rules,
    summary: v.summary!,
    all: v.all!,
    color: !v["no-color"],
  };
  if (v.json !== undefined) args.json = v.json;
  if (v.out !== undefined) args.out = v.out;
  return args;
}
