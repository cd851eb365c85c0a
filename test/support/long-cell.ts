import { FormSpec, cleanForm } from "./form-grid";

/**
 * Character classes a pasted or generated cell may be made of, for the contract that checking a form takes
 * time about proportional to its cells' length whatever they hold. A cell is `lead`, then characters drawn
 * from `alphabet` (with `every` inserted now and then), then `end`. Besides plain alphabets, some classes
 * are the shapes that once made a reader quadratic or worse: a run of numeral digits (the longest-prefix
 * search), 1 before one (the restatement search), a tag before blanks (html-markup's fix), punctuation
 * that does not end the cell, and a bracket left open after a target.
 */
export interface LongCellClass {
  alphabet: string;
  lead?: string;
  end?: string;
  every?: string;
}

export const LONG_CELL_CLASSES = {
  numerals: { alphabet: "零〇一二两三四五六七八九十百千万亿点" },
  numeralDigits: { alphabet: "〇一二三四五六七八九" },
  percentNumerals: { alphabet: "零〇一二两三四五六七八九十百千万亿点", every: "百分之" },
  arabicThenNumerals: { lead: "1", alphabet: "〇一二三四五六七八九" },
  digits: { alphabet: "0123456789.," },
  brackets: { alphabet: "()（）[]【】《》<>" },
  operators: { alphabet: "=≥≤><≧≦＝＞＜+-*/%％" },
  punctuation: { alphabet: "。．.，,；;、", end: "次" },
  cjk: { alphabet: "项目培训完成率满意度指标建设服务对象年度工作" },
  openRemark: { lead: "=1(次)(", alphabet: "项目培训完成率满意度" },
  whitespace: { alphabet: " \t\n\r\u3000\u00a0" },
  tagThenBlanks: { lead: "<b>", alphabet: " \t", end: "x" },
  mixed: { alphabet: "零一二三十百千万点百分之0123456789.,()（）[]【】<>=≥≤%％项目次人 \n年月日-/" },
} satisfies Record<string, LongCellClass>;

export type LongCellClassName = keyof typeof LONG_CELL_CLASSES;
export const LONG_CELL_CLASS_NAMES = Object.keys(LONG_CELL_CLASSES) as LongCellClassName[];

/** The cells of an otherwise clean form a long text is put into. */
export const LONG_CELL_PLACES = ["value", "name", "projectName", "annualGoal"] as const;
export type LongCellPlace = (typeof LONG_CELL_PLACES)[number];

/**
 * A cell of `length` characters of class `name`. `pick(n)` draws an index below n: a small deterministic
 * generator by default, so a bench run and a test run see the same text; fast-check's in the property test.
 */
export function longCellText(name: LongCellClassName, length: number, pick: (n: number) => number = lcg(length)): string {
  const spec: LongCellClass = LONG_CELL_CLASSES[name];
  const chars = [...spec.alphabet];
  const out: string[] = [spec.lead ?? ""];
  let n = out[0]!.length + (spec.end?.length ?? 0);
  while (n < length) {
    const piece = spec.every && pick(40) === 0 ? spec.every : chars[pick(chars.length)]!;
    out.push(piece);
    n += piece.length;
  }
  out.push(spec.end ?? "");
  return out.join("");
}

function lcg(seed: number): (n: number) => number {
  let s = seed >>> 0 || 1;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s >>> 8) % n;
  };
}

/**
 * A clean form with `text` in each of `places`: the second indicator's value or name (培训结业率, under
 * 质量指标), the project name, the annual goal.
 */
export function formWithLongCell(places: LongCellPlace | readonly LongCellPlace[], text: string): FormSpec {
  const at = new Set(typeof places === "string" ? [places] : places);
  const form = cleanForm();
  const indicators = form.indicators.map((row) => [...row] as typeof row);
  const row = indicators[1]!;
  if (at.has("value")) row[3] = text;
  if (at.has("name")) row[2] = text;
  return {
    ...form,
    indicators,
    ...(at.has("projectName") ? { name: text } : {}),
    ...(at.has("annualGoal") ? { annualGoal: text } : {}),
  };
}
