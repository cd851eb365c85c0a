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

/** True when `text` begins with a digit numeral (一, 两, 〇 …) rather than a place unit (十, 千, 万 …). */
export function startsWithChineseDigit(text: string): boolean {
  const first = text[0];
  return first !== undefined && DIGITS[first] !== undefined;
}

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
    const n = Number(`${whole}.${frac}`);
    return Number.isFinite(n) ? n : null;
  }
  return parseChineseInteger(text);
}

function parseChineseInteger(text: string): number | null {
  if (!text) return null;
  const n = [...text].every((ch) => DIGITS[ch] !== undefined) ? readPositional(text) : readPlaceValue(text);
  // A long enough run of digits overflows; a target is never that large.
  return n !== null && Number.isFinite(n) ? n : null;
}

/**
 * Digit-by-digit strings such as 二〇二四 (a year) or 一〇五 read positionally. Two adjacent non-zero
 * digits are the idiom for an approximate range (三四次 = "three or four times"), not 34.
 */
function readPositional(text: string): number | null {
  const digits = [...text].map((ch) => DIGITS[ch]!);
  if (digits.length === 1) return digits[0]!;
  if (digits.length === 2 && !digits.includes(0)) return null;
  return Number(digits.join(""));
}

/** 一百二十, 一万五千, 一百零五, and the spoken abbreviations 一百二 (120), 两千五 (2500), 一万五 (15000). */
function readPlaceValue(text: string): number | null {
  let total = 0; // finished 万/亿 sections
  let section = 0; // value below the current 万
  let digit: number | null = null;
  let lastSmall = Infinity; // 十/百/千 must descend within a section
  let lastBig = Infinity; // 万/亿 must descend across sections: 五万三万 is not a number
  let prevUnit: number | null = null; // the unit written just before the pending digit, if nothing came between
  let pendingAfterUnit: number | null = null;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && d !== 0 && digit !== 0) return null; // "三四" mid-number is not a numeral
      pendingAfterUnit = digit === null ? prevUnit : null; // 零 between unit and digit cancels the abbreviation
      digit = d;
      prevUnit = null;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return null; // 百 after 十 within a section
      // An omitted 一 is implied, also after 零: 十二 = 12, 百分之百 = 100, 一千零十 = 1010.
      section += (digit || 1) * small;
      digit = null;
      lastSmall = small;
      prevUnit = small;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      if (big >= lastBig) return null;
      const part = section + (digit ?? 0);
      if (part === 0) return null;
      total += part * big;
      section = 0;
      digit = null;
      lastSmall = Infinity;
      lastBig = big;
      prevUnit = big;
      continue;
    }
    return null;
  }
  // A final digit right after a unit stands for the next unit down: 一百二 = 120, 一万五 = 15000.
  const scale = digit !== null && pendingAfterUnit !== null ? pendingAfterUnit / 10 : 1;
  return total + section + (digit ?? 0) * scale;
}

export interface ChinesePercent {
  /** The number of percent: 百分之九十五 → 95. */
  number: number;
  /** How many characters of the input the percent took. */
  length: number;
}

/**
 * The longest numeral the readers look at. The largest a target states, 九千九百九十九亿九千九百九十九万九千九百九十九点九九,
 * is 26 characters; a longer run is pasted text, not a number. Bounding the run makes each read constant
 * time: the longest-prefix search below parses every prefix, which on an unbounded run is quadratic in the
 * cell's length (a 10,000-character run of 一 took seconds).
 */
export const MAX_NUMERAL_LENGTH = 40;

const NUMERAL_RUN = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]{1,${MAX_NUMERAL_LENGTH}}`);

/** Reads 百分之… or 百分百 at the start of `text`; the numeral is at most MAX_NUMERAL_LENGTH characters. */
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

/** Reads a leading Chinese numeral ("十二期" → 12 and length 2) of at most MAX_NUMERAL_LENGTH characters. */
export function readChineseNumber(text: string): { number: number; length: number } | null {
  const run = NUMERAL_RUN.exec(text)?.[0];
  if (!run) return null;
  for (let len = run.length; len > 0; len--) {
    const n = parseChineseNumber(run.slice(0, len));
    if (n !== null) return { number: n, length: len };
  }
  return null;
}
