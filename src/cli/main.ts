import { ALL_RULES } from "../core/rules/registry";
import { TOOL } from "../core/version";
import { WorkbookUnreadable } from "../xlsx/open";
import { OutputRefused } from "../xlsx/save";
import { parseCommand, USAGE, UsageError } from "./args";
import { rulesMarkdown } from "./rules-table";
import { Io, runCheck } from "./check-command";

export const EXIT = { clean: 0, errorsFound: 1, unusable: 2 } as const;

/**
 * The `jixiao` command. Every failure a user can cause ends in one line on stderr and exit code 2; a stack
 * trace appears only for a bug in jixiao itself (and then JIXIAO_DEBUG=1 shows it).
 */
export async function main(argv: readonly string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  try {
    const cmd = parseCommand(argv);
    switch (cmd.command) {
      case "help":
        io.stdout.write(USAGE + "\n");
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
        return await runCheck(cmd, io);
      case "summary":
        // Loaded on demand, like --summary: a plain check starts without the summary modules.
        return await (await import("./summary-command")).runSummary(cmd, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`jixiao: ${e.message}\n${USAGE.split("\n").slice(2, 5).join("\n")}\n`);
      return EXIT.unusable;
    }
    if (e instanceof WorkbookUnreadable || e instanceof OutputRefused) {
      io.stderr.write(`jixiao: ${e.message}\n`);
      return EXIT.unusable;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr.write(`jixiao: internal error: ${message}${process.env.JIXIAO_DEBUG ? `\n${(e as Error).stack ?? ""}` : " (set JIXIAO_DEBUG=1 for details)"}\n`);
    return EXIT.unusable;
  }
}
