/**
 * One place for the text folding every label comparison relies on: full-width forms to half-width,
 * all whitespace (including line breaks and the ideographic space) removed.
 */

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;
const HAS_FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space to their half-width forms. Nothing else. */
export function foldWidth(s: string): string {
  if (!HAS_FULL_WIDTH.test(s)) return s;
  return s.replace(FULL_WIDTH, (ch) => (ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

const SPACE_RE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

export function stripSpaces(s: string): string {
  return s.replace(SPACE_RE, "");
}

/** The key two labels are compared by: "可持续影\n响指标" and "可持续影响指标" match. */
export function labelKey(s: string): string {
  return stripSpaces(foldWidth(s));
}

/** Collapses runs of whitespace to one space and trims: how text is shown in messages. */
export function tidy(s: string): string {
  return s.replace(SPACE_RE, " ").trim();
}

/** Levenshtein distance, for "did you mean" suggestions among short labels. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (!m) return n;
  if (!n) return m;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[n]!;
}
