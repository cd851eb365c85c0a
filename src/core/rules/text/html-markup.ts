import { defineRule } from "../types";
import { textCellsOf } from "./text-cells";

const TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/;
const TAGS = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/g;
const BREAKS = /<\/p>\s*<p(?:\s[^<>]*)?>|<br\s*\/?>/gi;
const ENTITIES: Record<string, string> = { "&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"' };

/** The text as a person meant it: paragraph and line breaks kept as line breaks, other tags dropped. */
export function withoutTags(text: string): string {
  return text
    .replace(BREAKS, "\n")
    .replace(TAGS, "")
    .replace(/&(?:nbsp|lt|gt|amp|quot);/g, (e) => ENTITIES[e] ?? e)
    .split("\n")
    .map((line, i, lines) => trimBlanks(line, i > 0, i < lines.length - 1))
    .join("\n")
    .trim();
}

/**
 * Spaces and tabs dropped next to a line break. By hand, not a global regex of blanks around "\n": that
 * restarts at every blank of a run no line break ends, quadratic in the run's length.
 */
function trimBlanks(line: string, start: boolean, end: boolean): string {
  let a = 0;
  let b = line.length;
  if (start) while (a < b && (line[a] === " " || line[a] === "\t")) a++;
  if (end) while (b > a && (line[b - 1] === " " || line[b - 1] === "\t")) b--;
  return line.slice(a, b);
}

export default defineRule({
  meta: {
    id: "text/html-markup",
    title: { zh: "HTML 标签", en: "HTML markup" },
    severity: "info",
    docs: { zh: "文本中有字面的 HTML 标签（如 <p>）", en: "Literal tags such as <p> in a text cell" },
    fix: { zh: "去掉标签后的文本", en: "the text without tags" },
  },
  messages: {
    markup: { zh: "文本中含有 HTML 标签（如 {tag}），通常是从网页系统复制而来", en: "the text holds HTML tags (e.g. {tag}), usually pasted from a web system" },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      for (const t of textCellsOf(form)) {
        const tag = TAG.exec(t.text)?.[0];
        if (!tag) continue;
        ctx.report({ form, cell: t.cell, message: "markup", params: { tag }, fix: withoutTags(t.text), fixInPlace: true });
      }
    }
  },
});
