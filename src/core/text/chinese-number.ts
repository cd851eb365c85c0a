/**
 * Chinese numerals as finance staff write them in targets: 三, 十二, 三十, 一百二十, 两千, 一万五千,
 * 九十五点五, 〇点五, and the percent forms 百分之九十五 / 百分百. Pure parsing; no guessing of units.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

export const CHINESE_NUMERAL_CHARS = "零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億点";

/** Parses a whole string of Chinese numerals to a number; null when it is not one. */
export function parseChineseNumber(text: string): number | null {
  if (!text) return null;
  const dot = text.indexOf("点");
  if (dot >= 0) {
    const whole = dot === 0 ? 0 : parseChineseInteger(text.slice(0, dot));
    const fracText = text.slice(dot + 1);
    if (whole === null || !fracText) return null;
    let frac = "";
    for (const ch of fracText) {
      const d = DIGITS[ch];
      if (d === undefined) return null;
      frac += String(d);
    }
    return Number(`${whole}.${frac}`);
  }
  return parseChineseInteger(text);
}

function parseChineseInteger(text: string): number | null {
  if (!text) return null;
  // Digit-by-digit strings such as 二〇二四 (a year) or 一二 read positionally.
  if ([...text].every((ch) => DIGITS[ch] !== undefined)) {
    if (text.length === 1) return DIGITS[text]!;
    return Number([...text].map((ch) => DIGITS[ch]).join(""));
  }
  let total = 0; // finished 万/亿 sections
  let section = 0; // value below the current 万
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && d !== 0 && digit !== 0) return null; // "三四" mid-number is not a numeral
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      if (small >= lastUnit) return null; // 百 after 十 within a section
      section += (digit ?? 1) * small; // an omitted 一 is implied: 十二 = 12, 百分之百 = 100
      digit = null;
      lastUnit = small;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      const part = section + (digit ?? 0);
      if (part === 0) return null;
      total += part * big;
      section = 0;
      digit = null;
      lastUnit = Infinity;
      continue;
    }
    return null;
  }
  return total + section + (digit ?? 0);
}

export interface ChinesePercent {
  /** The number of percent: 百分之九十五 → 95. */
  number: number;
  /** How many characters of the input the percent took. */
  length: number;
}

const NUMERAL_RUN = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+`);

/** Reads 百分之… or 百分百 at the start of `text`. */
export function readChinesePercent(text: string): ChinesePercent | null {
  if (text.startsWith("百分百")) return { number: 100, length: 3 };
  if (!text.startsWith("百分之")) return null;
  const run = NUMERAL_RUN.exec(text.slice(3))?.[0];
  if (!run) return null;
  // Take the longest prefix of the run that parses (百分之八十五 then 次 etc.).
  for (let len = run.length; len > 0; len--) {
    const n = parseChineseNumber(run.slice(0, len));
    if (n !== null) return { number: n, length: 3 + len };
  }
  return null;
}

/** Reads a leading Chinese numeral ("十二期" → 12 and length 2). */
export function readChineseNumber(text: string): { number: number; length: number } | null {
  const run = NUMERAL_RUN.exec(text)?.[0];
  if (!run) return null;
  for (let len = run.length; len > 0; len--) {
    const n = parseChineseNumber(run.slice(0, len));
    if (n !== null) return { number: n, length: len };
  }
  return null;
}
