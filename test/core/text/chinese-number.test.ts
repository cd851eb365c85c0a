import fc from "fast-check";
import {
  CHINESE_NUMERAL_CHARS,
  parseChineseNumber,
  readChineseNumber,
  readChinesePercent,
  startsWithChineseDigit,
} from "../../../src/core/text/chinese-number";

describe("parseChineseNumber", () => {
  test.each([
    // single digits and the implied 一 before 十
    ["零", 0],
    ["〇", 0],
    ["三", 3],
    ["两", 2],
    ["十", 10],
    ["十二", 12],
    ["十五", 15],
    ["一十二", 12],
    ["三十", 30],
    ["二十五", 25],
    ["九十五", 95],
    // hundreds, thousands, and 零 for a skipped place
    ["一百", 100],
    ["百", 100],
    ["两百", 200],
    ["一百一十一", 111],
    ["一百二十", 120],
    ["一百零五", 105],
    ["一千零一十", 1010],
    ["一千零十", 1010],
    ["一千零零一", 1001],
    ["两千", 2000],
    // 万 / 亿 sections
    ["一万五千", 15000],
    ["两万", 20000],
    ["十万", 100000],
    ["十万零五", 100005],
    ["三万零五", 30005],
    ["五十万零三百", 500300],
    ["一千万", 10000000],
    ["一亿五千万", 150000000],
    // the spoken abbreviation: a last digit straight after a unit is the next unit down
    ["一百二", 120],
    ["五百五", 550],
    ["两千五", 2500],
    ["一万五", 15000],
    // financial (大写) forms
    ["壹佰", 100],
    ["叁拾", 30],
    ["贰仟零伍", 2005],
    ["伍萬", 50000],
    // positional digit strings (years, codes)
    ["二〇二四", 2024],
    ["二零二四", 2024],
    ["一〇五", 105],
    ["零五", 5],
    // decimals
    ["九十五点五", 95.5],
    ["〇点五", 0.5],
    ["零点二五", 0.25],
    ["一百点零一", 100.01],
  ])("%s = %d", (text, expected) => {
    expect(parseChineseNumber(text)).toBe(expected);
  });

  test.each([
    ["", "empty"],
    ["abc", "not Chinese"],
    ["12", "Arabic digits"],
    ["万", "a bare big unit"],
    ["亿", "a bare big unit"],
    ["点", "a bare point"],
    ["九十五点", "a point with no fraction"],
    ["九十五点五十", "a unit in the fraction"],
    ["一点二点三", "two points"],
    ["十十", "a repeated unit"],
    ["二十三十", "a unit that does not descend"],
    ["十百", "a unit that rises"],
    ["五万三万", "a big unit that does not descend"],
    ["三百四十五六", "two digits in a row inside a number"],
    ["三四", "an approximate range (three or four), not 34"],
    ["五六", "an approximate range"],
    ["一流", "a word"],
    ["三次", "a numeral with a measure word is not a whole numeral"],
    ["百分之九十", "a percent is not a plain numeral"],
  ])("%s is not a number (%s)", (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });

  test("a positional run too long to be finite is rejected, not Infinity", () => {
    expect(parseChineseNumber("九".repeat(400))).toBeNull();
    expect(parseChineseNumber(`${"九".repeat(400)}点五`)).toBeNull();
  });
});

describe("readChinesePercent", () => {
  test.each([
    ["百分之九十五", 95, 6],
    ["百分之百", 100, 4],
    ["百分百", 100, 3],
    ["百分之八十五", 85, 6],
    ["百分之八十", 80, 5],
    ["百分之三十", 30, 5],
    ["百分之一百", 100, 5],
    ["百分之零", 0, 4],
    ["百分之五", 5, 4],
    ["百分之九十五点五", 95.5, 8],
    ["百分之一百二十", 120, 7],
  ])("%s = %d%% over %d characters", (text, number, length) => {
    expect(readChinesePercent(text)).toEqual({ number, length });
  });

  test.each([
    ["百分之九十五次", 95, 6],
    ["百分之九十以上", 90, 5],
    ["百分百满意", 100, 3],
    ["百分之八十(80%)", 80, 5],
  ])("reads only the leading percent of %s", (text, number, length) => {
    expect(readChinesePercent(text)).toEqual({ number, length });
  });

  test.each(["", "百分之", "百分", "百分之abc", "九十五", "百分比", "提高百分之十", "80%", "百分之95"])(
    "%s is not a Chinese percent",
    (text) => {
      expect(readChinesePercent(text)).toBeNull();
    },
  );
});

describe("readChineseNumber", () => {
  test.each([
    ["三", 3, 1],
    ["十二期", 12, 2],
    ["三次", 3, 1],
    ["一百二十人次", 120, 4],
    ["一万五千元", 15000, 4],
    ["九十五点五分", 95.5, 5],
    // 点 at the end of a run belongs to what follows, not to the number
    ["三点", 3, 1],
    // the reader does not judge words: it is the caller that rejects 一流 and 三方联动
    ["一流", 1, 1],
    ["三方联动", 3, 1],
    ["十分满意", 10, 1],
    // 三四次: the run 三四 is not a number, so only 三 is read
    ["三四次", 3, 1],
  ])("%s → %d over %d characters", (text, number, length) => {
    expect(readChineseNumber(text)).toEqual({ number, length });
  });

  test.each(["", "abc", "次", "建立", "万元", "95", "(三)"])("%s has no leading numeral", (text) => {
    expect(readChineseNumber(text)).toBeNull();
  });
});

describe("startsWithChineseDigit", () => {
  test.each([
    ["三次", true],
    ["两千", true],
    ["〇点五", true],
    ["十二", false],
    ["千米", false],
    ["万元", false],
    ["", false],
    ["3", false],
  ])("%s → %s", (text, expected) => {
    expect(startsWithChineseDigit(text)).toBe(expected);
  });
});

describe("properties", () => {
  const numeral = fc.string({ unit: fc.constantFrom(...CHINESE_NUMERAL_CHARS.split("")), maxLength: 12 });

  test("parseChineseNumber never throws and gives a finite non-negative number or null", () => {
    fc.assert(
      fc.property(fc.oneof(numeral, fc.string()), (s) => {
        const n = parseChineseNumber(s);
        return n === null || (Number.isFinite(n) && n >= 0);
      }),
    );
  });

  test("readChineseNumber reads a prefix that parses on its own", () => {
    fc.assert(
      fc.property(fc.oneof(numeral, fc.string()), (s) => {
        const r = readChineseNumber(s);
        if (r === null) return true;
        return r.length > 0 && r.length <= s.length && parseChineseNumber(s.slice(0, r.length)) === r.number;
      }),
    );
  });

  test("readChinesePercent takes 百分之 plus a numeral that parses on its own", () => {
    fc.assert(
      fc.property(numeral, (tail) => {
        const r = readChinesePercent(`百分之${tail}`);
        if (r === null) return true;
        return r.length > 3 && parseChineseNumber(`百分之${tail}`.slice(3, r.length)) === r.number;
      }),
    );
  });

  test("every integer up to 99999 written out in the standard way reads back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), (n) => parseChineseNumber(write(n)) === n),
    );
  });
});

/** Writes a non-negative integer below 100000 the way a textbook would (一万零五, 一百一十一). */
function write(n: number): string {
  const digits = "零一二三四五六七八九";
  if (n === 0) return "零";
  const places: Array<[number, string]> = [[10000, "万"], [1000, "千"], [100, "百"], [10, "十"], [1, ""]];
  let out = "";
  let zero = false;
  for (const [place, name] of places) {
    const d = Math.floor(n / place) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += "零";
    zero = false;
    out += digits[d]! + name;
  }
  return out;
}
