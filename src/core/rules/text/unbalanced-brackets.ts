import { foldWidth } from "../../text/normalize";
import { defineRule } from "../types";
import { textCellsOf } from "./text-cells";

const OPEN: Record<string, string> = { "(": ")", "[": "]", "【": "】", "《": "》", "{": "}" };
const CLOSE = new Set(Object.values(OPEN));

/** True when brackets pair up. （ and ) pair: a mix of widths is untidy, not unbalanced. */
const ANY_BRACKET = /[()[\]【】《》{}（）［］｛｝]/;

export function balanced(text: string): boolean {
  if (!ANY_BRACKET.test(text)) return true;
  const stack: string[] = [];
  for (const ch of foldWidth(text)) {
    const close = OPEN[ch];
    if (close) stack.push(close);
    else if (CLOSE.has(ch) && stack.pop() !== ch) return false;
  }
  return stack.length === 0;
}

export default defineRule({
  meta: {
    id: "text/unbalanced-brackets",
    title: { zh: "括号不成对", en: "Unbalanced brackets" },
    severity: "info",
    docs: { zh: "括号不成对（…等)活动)活动）", en: "Brackets that do not pair up (…等)活动)活动)" },
  },
  messages: {
    unbalanced: { zh: "「{text}」中的括号不成对", en: "the brackets in \"{text}\" do not pair up" },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      for (const t of textCellsOf(form)) {
        if (t.kind === "value" || balanced(t.text)) continue;
        ctx.report({ form, cell: t.cell, message: "unbalanced", params: { text: t.text.length > 60 ? `${t.text.slice(0, 60)}…` : t.text }, value: t.text });
      }
    }
  },
});
