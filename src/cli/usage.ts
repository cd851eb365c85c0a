import { Lang } from "../core/diagnostic";

/** `jixiao --help`, in the user's language. */
export const USAGE: Record<Lang, string> = {
  zh: `jixiao — 绩效目标校验（财政项目支出绩效目标申报表）

用法：
  jixiao check 文件或文件夹… [选项]     检查工作簿里的每一张申报表
  jixiao summary 文件或文件夹… --out 汇总.xlsx [选项]
                                        把一个或多个工作簿合成一张汇总表
  jixiao rules [--markdown]             列出全部规则
  jixiao --version | --help

check 的选项：
  --json 报告.json | -          写出 JSON 报告（- 表示标准输出）；多个文件时是一个数组
  --jsonl 报告.jsonl | -        每个文件一行 JSON（适合逐行处理）
  --out 标注副本.xlsx           写出带标注和批注的副本（只能用于一个文件；原文件不会被修改）
  --summary                     在 --out 副本里加入汇总表
  --profile shanghai|lenient    规则配置（默认 shanghai；外省表格用 lenient）
  --lang zh|en                  输出语言（默认中文；环境变量 LANG 为 en… 时用英文）
  --disable 规则id[,规则id…]    不运行这些规则（可重复）
  --satisfaction-floor 数字     满意度指标低于这个百分数时提示（默认 80）
  --require-cost                每个项目都必须有成本指标
  --fail-on error|warning       有错误（默认）或有警告时以退出码 1 结束
  --all                         也列出提示级别的发现
  --quiet, -q                   不打印报告和进度，只用退出码（以及 --json）说明结果
  --no-color                    不用颜色

summary 的选项：--out（必填）、--profile、--lang、--disable、--satisfaction-floor、--require-cost、--quiet，含义同上；
  每行注明来源文件和工作表，链接指向源文件，无法读取的文件跳过并列在表末。

文件夹里的 .xlsx 和 .xlsm 文件（含子文件夹）都会被检查，Office 的临时文件（~$…）除外。

退出码：check：0 没有错误 · 1 发现错误（或 --fail-on 指定的级别）· 2 有文件无法读取，或命令有误
        summary：0 已写出 · 2 没有一个文件能读取、输出被拒绝，或命令有误`,
  en: `jixiao — performance-target form checker (财政项目支出绩效目标申报表)

Usage:
  jixiao check FILE-OR-FOLDER... [options]     check every form in the workbooks
  jixiao summary FILE-OR-FOLDER... --out SUMMARY.xlsx [options]
                                               one summary sheet (汇总表) over one or many workbooks
  jixiao rules [--markdown]                    list the rules
  jixiao --version | --help

check options:
  --json OUT.json | -          write the JSON report (- = stdout); an array when there are several files
  --jsonl OUT.jsonl | -        one JSON report per line, one line per file
  --out ANNOTATED.xlsx         write a copy with marks and notes (one input only; the input is never modified)
  --summary                    add the summary sheet (汇总表) to the --out copy
  --profile shanghai|lenient   rule profile (default shanghai; lenient for other provinces' forms)
  --lang zh|en                 language (default Chinese; English when LANG starts with en)
  --disable RULE[,RULE...]     rule ids that do not run (repeatable)
  --satisfaction-floor N       flag satisfaction targets below N% (default 80)
  --require-cost               every project must have 成本指标
  --fail-on error|warning      exit 1 on errors (default) or on warnings too
  --all                        list info findings too
  --quiet, -q                  print no report and no progress; the exit code (and --json) tell the result
  --no-color                   plain output

summary options: --out (required), --profile, --lang, --disable, --satisfaction-floor, --require-cost, --quiet as above;
  every row names its source file and sheet, links point at the source files, unreadable files are skipped and listed.

A folder means every .xlsx and .xlsm file in it and its subfolders, except Office's lock files (~$...).

Exit codes: check: 0 no errors · 1 errors found (or findings at the --fail-on level) · 2 a file could not be read, or the command is wrong
            summary: 0 written · 2 no input could be read, the output was refused, or the command is wrong`,
};
