import { Lang } from "../core/diagnostic";
import { format, Message, Params } from "../core/i18n";
import { RULE_IDS } from "../core/rules/registry";
import { PROFILES } from "../core/profiles";
import { editDistance } from "../core/text/normalize";

/** What the rules need, from the options `check` and `summary` share. */
export interface RuleOptions {
  profile: string;
  lang: Lang;
  disable: string[];
  satisfactionFloor?: number;
  requireCost: boolean;
}

export type FailOn = "error" | "warning";

export interface CheckArgs extends RuleOptions {
  command: "check";
  /** Files and folders as given; folders are expanded by the command. */
  inputs: string[];
  json?: string;
  jsonl?: string;
  out?: string;
  /** Add the summary sheet to the --out copy. */
  summary: boolean;
  all: boolean;
  color: boolean;
  quiet: boolean;
  failOn: FailOn;
}

export interface SummaryArgs extends RuleOptions {
  command: "summary";
  files: string[];
  out: string;
  quiet: boolean;
}

export type Command =
  | CheckArgs
  | SummaryArgs
  | { command: "rules"; lang: Lang; markdown: boolean }
  | { command: "help"; lang: Lang }
  | { command: "version" };

/** A command line jixiao cannot run: one line, in the user's language. */
export class UsageError extends Error {
  constructor(
    readonly text: Message,
    readonly params: Params = {},
    /** Point at --help; off where the line already says where to look. */
    readonly pointToHelp = true,
  ) {
    super(format(text, "en", params));
  }

  line(lang: Lang): string {
    return format(this.text, lang, this.params) + (this.pointToHelp ? HELP_HINT[lang] : "");
  }
}

const HELP_HINT = { zh: "（用法：jixiao --help）", en: " (usage: jixiao --help)" } as const;

const ERR = {
  unknownOption: { zh: "没有 {option} 这个选项", en: "there is no option {option}" },
  unknownOptionNear: { zh: "没有 {option} 这个选项，是不是 {nearest}？", en: "there is no option {option}; did you mean {nearest}?" },
  needsValue: { zh: "{option} 后面需要一个值（例如 {example}）", en: "{option} needs a value (for example {example})" },
  noValue: { zh: "{option} 不带值", en: "{option} takes no value" },
  repeated: { zh: "{option} 只能给一次", en: "{option} can be given only once" },
  lang: { zh: "--lang 只能是 zh 或 en，不能是「{value}」", en: "--lang must be zh or en, not \"{value}\"" },
  profile: { zh: "--profile 只能是 {profiles}，不能是「{value}」", en: "--profile must be one of {profiles}, not \"{value}\"" },
  floor: { zh: "--satisfaction-floor 需要 0 到 100 之间的数字（如 80），不能是「{value}」", en: "--satisfaction-floor takes a number from 0 to 100 such as 80, not \"{value}\"" },
  failOn: { zh: "--fail-on 只能是 error 或 warning，不能是「{value}」", en: "--fail-on must be error or warning, not \"{value}\"" },
  unknownRule: { zh: "--disable：没有规则「{id}」，最接近的是 {nearest}（全部规则：jixiao rules）", en: "--disable: there is no rule \"{id}\"; the nearest are {nearest} (all rules: jixiao rules)" },
  unknownCommand: { zh: "没有「{command}」这个命令（可用：check、summary、rules）", en: "there is no command \"{command}\" (try: check, summary, rules)" },
  checkNeedsFile: { zh: "check 需要至少一个文件或文件夹，例如 jixiao check 申报表.xlsx", en: "check needs at least one file or folder, for example jixiao check forms.xlsx" },
  summaryNeedsOut: { zh: "--summary 需要 --out 标注副本.xlsx（汇总表加在这份副本里）", en: "--summary needs --out ANNOTATED.xlsx (the summary sheet is added to that copy)" },
  jsonAndJsonl: { zh: "--json 和 --jsonl 只能选一个", en: "use --json or --jsonl, not both" },
  bothStdout: { zh: "只有一个输出能写到标准输出（-）", en: "only one output can go to stdout (-)" },
  summaryNeedsFile: { zh: "summary 需要至少一个文件或文件夹", en: "summary needs at least one file or folder" },
  summaryNeedsOutFile: { zh: "summary 需要 --out 汇总.xlsx（要写出的文件）", en: "summary needs --out SUMMARY.xlsx (the file to write)" },
  notForSummary: { zh: "{option} 是 check 的选项，summary 不用它", en: "{option} is an option of check, not of summary" },
  notForCommand: { zh: "{option} 不能用于 {command}", en: "{option} is not an option of {command}" },
} satisfies Record<string, Message>;

/** Also said once folders are expanded: a folder given alone is not one file. */
export const OUT_NEEDS_ONE_FILE: Message = {
  zh: "{option} 只能用于一个输入文件（不能是文件夹）；多个文件请分别写出，或用 jixiao summary 合成汇总表",
  en: "{option} works with one input file (not a folder); write copies one by one, or use jixiao summary for one summary",
};

interface OptionSpec {
  type: "string" | "boolean";
  multiple?: boolean;
  short?: string;
  example?: string;
}

const OPTIONS: Record<string, OptionSpec> = {
  json: { type: "string", example: "--json report.json" },
  jsonl: { type: "string", example: "--jsonl -" },
  out: { type: "string", example: "--out copy.xlsx" },
  summary: { type: "boolean" },
  profile: { type: "string", example: "--profile lenient" },
  lang: { type: "string", example: "--lang en" },
  disable: { type: "string", multiple: true, example: "--disable target/vague" },
  "satisfaction-floor": { type: "string", example: "--satisfaction-floor 80" },
  "require-cost": { type: "boolean" },
  "fail-on": { type: "string", example: "--fail-on warning" },
  all: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  markdown: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
};

const CHECK_ONLY = ["json", "jsonl", "summary", "all", "no-color", "fail-on"];
const RULES_ONLY = ["markdown"];

/**
 * The language of everything the command says: --lang when it is valid, else the locale (LC_ALL, LC_MESSAGES,
 * LANG) when it is English, else Chinese. A clerk's Windows desktop sets no LANG; a developer's English shell does.
 */
export function langOf(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    const value = a.startsWith("--lang=") ? a.slice(7) : a === "--lang" ? argv[i + 1] : undefined;
    if (value === "zh" || value === "en") return value;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en/i.test(locale) ? "en" : "zh";
}

type Values = Record<string, string | boolean | string[]>;

/** Splits argv into options and positionals, with every refusal in the user's words (node's parseArgs speaks English). */
function tokenize(argv: readonly string[]): { values: Values; positionals: string[] } {
  const values: Values = {};
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(OPTIONS).flatMap(([name, o]) => (o.short ? [[o.short, name] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
    } else {
      const long = arg.length === 2 ? byShort.get(arg[1]!) : undefined;
      if (long === undefined) throw new UsageError(ERR.unknownOption, { option: arg });
      name = long;
    }
    const spec = OPTIONS[name];
    const shown = `--${name}`;
    if (!spec) {
      const near = nearest(name, Object.keys(OPTIONS), 2);
      if (!near.length) throw new UsageError(ERR.unknownOption, { option: shown });
      throw new UsageError(ERR.unknownOptionNear, { option: shown, nearest: near.map((n) => `--${n}`).join(" / ") });
    }
    if (spec.type === "boolean") {
      if (inline !== undefined) throw new UsageError(ERR.noValue, { option: shown });
      values[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      // "-" is a value (stdout); another option is not.
      if (next === undefined || (next.startsWith("-") && next !== "-")) throw new UsageError(ERR.needsValue, { option: shown, example: spec.example ?? shown });
      value = next;
      i++;
    }
    if (spec.multiple) values[name] = [...((values[name] as string[] | undefined) ?? []), value];
    else if (values[name] !== undefined) throw new UsageError(ERR.repeated, { option: shown });
    else values[name] = value;
  }
  return { values, positionals };
}

/**
 * The candidates closest to `name`, closest first; with `maxDistance`, only those within it. A name contained in
 * a candidate (or the other way round: "floor" in "satisfaction-floor") counts as one edit away.
 */
function nearest(name: string, candidates: readonly string[], maxDistance = Infinity, count = 3): string[] {
  return candidates
    .map((c) => ({ c, d: c.includes(name) || name.includes(c) ? 1 : editDistance(name, c) }))
    .filter(({ d }) => d <= maxDistance)
    .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1))
    .slice(0, count)
    .map(({ c }) => c);
}

/** Parses argv (without node and script); throws UsageError with a one-line reason. */
export function parseCommand(argv: readonly string[], env: NodeJS.ProcessEnv = {}): Command {
  const lang = langOf(argv, env);
  const { values: v, positionals } = tokenize(argv);
  if (v.help) return { command: "help", lang };
  if (v.version) return { command: "version" };
  if (v.lang !== undefined && v.lang !== "zh" && v.lang !== "en") throw new UsageError(ERR.lang, { value: String(v.lang) });
  const [command, ...rest] = positionals;
  if (command === undefined) return { command: "help", lang };
  if (command !== "check" && command !== "summary" && command !== "rules") throw new UsageError(ERR.unknownCommand, { command });
  for (const name of Object.keys(v)) {
    const wrong = command === "rules" ? !["lang", "markdown"].includes(name) : RULES_ONLY.includes(name) || (command === "summary" && CHECK_ONLY.includes(name));
    if (!wrong) continue;
    throw new UsageError(command === "summary" && name !== "markdown" ? ERR.notForSummary : ERR.notForCommand, { option: `--${name}`, command });
  }
  if (command === "rules") return { command: "rules", lang, markdown: v.markdown === true };

  const profile = (v.profile as string | undefined) ?? "shanghai";
  if (!(PROFILES as readonly string[]).includes(profile)) throw new UsageError(ERR.profile, { value: profile, profiles: PROFILES.join(" / ") });
  const disable = ((v.disable as string[] | undefined) ?? []).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
  for (const id of disable) {
    if (!RULE_IDS.includes(id)) throw new UsageError(ERR.unknownRule, { id, nearest: nearest(id, RULE_IDS).join(", ") }, false);
  }
  const rules: RuleOptions = { profile, lang, disable, requireCost: v["require-cost"] === true };
  const floorText = v["satisfaction-floor"] as string | undefined;
  if (floorText !== undefined) {
    const floor = Number(floorText.replace(/%$/, ""));
    if (floorText.trim() === "" || !Number.isFinite(floor) || floor < 0 || floor > 100) throw new UsageError(ERR.floor, { value: floorText });
    rules.satisfactionFloor = floor;
  }
  const quiet = v.quiet === true;

  if (command === "summary") {
    if (!rest.length) throw new UsageError(ERR.summaryNeedsFile);
    if (v.out === undefined) throw new UsageError(ERR.summaryNeedsOutFile);
    return { command: "summary", files: rest, out: v.out as string, ...rules, quiet };
  }

  if (!rest.length) throw new UsageError(ERR.checkNeedsFile, {}, false);
  const failOn = (v["fail-on"] as string | undefined) ?? "error";
  if (failOn !== "error" && failOn !== "warning") throw new UsageError(ERR.failOn, { value: failOn });
  if (v.json !== undefined && v.jsonl !== undefined) throw new UsageError(ERR.jsonAndJsonl);
  if (v.out === "-" && (v.json === "-" || v.jsonl === "-")) throw new UsageError(ERR.bothStdout);
  if (v.summary && v.out === undefined) throw new UsageError(ERR.summaryNeedsOut);
  if (v.out !== undefined && rest.length > 1) throw new UsageError(OUT_NEEDS_ONE_FILE, { option: "--out" });
  const args: CheckArgs = {
    command: "check",
    inputs: rest,
    ...rules,
    summary: v.summary === true,
    all: v.all === true,
    color: v["no-color"] !== true,
    quiet,
    failOn,
  };
  if (v.json !== undefined) args.json = v.json as string;
  if (v.jsonl !== undefined) args.jsonl = v.jsonl as string;
  if (v.out !== undefined) args.out = v.out as string;
  return args;
}
