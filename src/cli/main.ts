import { Lang } from "../core/diagnostic";
import { ALL_RULES } from "../core/rules/registry";
import { TOOL } from "../core/version";
import { WorkbookUnreadable } from "../xlsx/unreadable";
import { OutputRefused } from "../xlsx/save";
import { langOf, parseCommand, UsageError } from "./args";
import { EXIT, Io } from "./io";
import { rulesMarkdown } from "./rules-table";
import { USAGE } from "./usage";

export { EXIT };

/**
 * The `jixiao` command. Every failure a user can cause ends in one line on stderr, in the user's language, and
 * exit code 2; a stack trace appears only for a bug in jixiao itself (and then JIXIAO_DEBUG=1 shows it).
 */
export async function main(argv: readonly string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const env = io.env ?? process.env;
  const lang: Lang = langOf(argv, env);
  try {
    const cmd = parseCommand(argv, env);
    switch (cmd.command) {
      case "help":
        io.stdout.write(USAGE[cmd.lang] + "\n");
        return EXIT.clean;
      case "version":
        io.stdout.write(`${TOOL.name} ${TOOL.version}\n`);
        return EXIT.clean;
      case "rules":
        if (cmd.markdown) {
          io.stdout.write(rulesMarkdown(cmd.lang) + "\n");
          return EXIT.clean;
        }
        for (const r of ALL_RULES) {
          const sev = (r.meta.severities ?? [r.meta.severity]).join("/");
          io.stdout.write(`${r.meta.id.padEnd(32)} ${sev.padEnd(14)} ${r.meta.docs[cmd.lang]}\n`);
        }
        return EXIT.clean;
      case "check":
        // The workbook modules load only for the commands that read workbooks: help and usage errors answer at once.
        return await (await import("./check-command")).runCheck(cmd, { ...io, env });
      case "summary":
        // Loaded on demand, like --summary: a plain check starts without the summary modules.
        return await (await import("./summary-command")).runSummary(cmd, { ...io, env });
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`jixiao: ${e.line(lang)}\n`);
      return EXIT.unusable;
    }
    if (e instanceof WorkbookUnreadable || e instanceof OutputRefused) {
      io.stderr.write(`jixiao: ${e.line(lang)}\n`);
      return EXIT.unusable;
    }
    const message = e instanceof Error ? e.message : String(e);
    const debug = env.JIXIAO_DEBUG ? `\n${(e as Error).stack ?? ""}` : lang === "zh" ? "（设置 JIXIAO_DEBUG=1 可查看详情）" : " (set JIXIAO_DEBUG=1 for details)";
    io.stderr.write(`jixiao: ${lang === "zh" ? "内部错误" : "internal error"}: ${message}${debug}\n`);
    return EXIT.unusable;
  }
}
