import {
  CellValue, formatYMD, formulaText, isCellError, isDateFormat, isFormulaWithoutResult, isPercentFormat, serialToYMD,
} from "../grid/cell-value";
import { MAX_NUMERAL_LENGTH, readChineseNumber, readChinesePercent, startsWithChineseDigit } from "../text/chinese-number";
import { foldWidth, stripSpaces, tidy } from "../text/normalize";
import { DatePoint, DeadlineTarget, LeadingNumber, Notation, Op, QualitativeTarget, QuantitativeTarget, TargetParse } from "./model";
import {
  CANONICAL_OPERATORS, MAX_UNIT_LENGTH, MEASURE_WORDS, OPERATOR_PREFIXES, OPERATOR_SUFFIXES, UNIT_STOP_WORDS,
} from "./vocabulary";

/** Parses one 指标值 cell as the grammar in rules.md reads it. Never throws. */
export function parseTarget(value: CellValue, numberFormat?: string): TargetParse {
  if (value === null || value === undefined) return { ok: false, reason: "empty" };
  if (isCellError(value)) return { ok: false, reason: "error-value", detail: value.error };
  if (isFormulaWithoutResult(value)) return { ok: false, reason: "no-result", detail: formulaText(value) };
  if (typeof value === "number") return parseNumberCell(value, numberFormat);
  if (typeof value === "boolean") return { ok: true, target: { kind: "qualitative", text: value ? "TRUE" : "FALSE" } };
  return parseTargetText(String(value));
}

function parseNumberCell(n: number, numberFormat?: string): TargetParse {
  if (!Number.isFinite(n)) return { ok: false, reason: "error-value", detail: String(n) };
  if (isDateFormat(numberFormat)) {
    const ymd = serialToYMD(n);
    if (ymd) return { ok: true, target: { kind: "deadline", text: formatYMD(ymd), to: ymd, dateCell: true } };
  }
  const percent = isPercentFormat(numberFormat);
  const number = percent ? round(n * 100) : n;
  // Only a number near the double limit overflows when scaled to percent; no cell means that.
  if (!Number.isFinite(number)) return { ok: false, reason: "error-value", detail: String(n) };
  return {
    ok: true,
    target: {
      kind: "quantitative",
      op: null,
      number,
      unit: percent ? "%" : null,
      notation: "arabic",
      widthFolded: false,
      thousandsSeparator: false,
      numericCell: true,
    },
  };
}

/** Sentence punctuation people end a cell with (≥95%。); it says nothing about the value. */
const TRAILING_PUNCTUATION = new Set("。．.，,；;、");

/**
 * The text without its trailing punctuation. A loop from the end, not /[…]+$/: the regex restarts at every
 * punctuation mark of a run that does not end the text, quadratic in the run's length.
 */
function withoutTrailingPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(s[end - 1]!)) end--;
  return s.slice(0, end);
}

export function parseTargetText(raw: string): TargetParse {
  const compact = stripSpaces(raw);
  if (!compact) return { ok: false, reason: "empty" };
  const value = withoutTrailingPunctuation(compact);
  const folded = foldWidth(value);
  const deadline = readDeadline(folded);
  if (deadline) return { ok: true, target: { kind: "deadline", text: tidy(raw), ...deadline } };
  const q = readQuantity(folded);
  if (q) return { ok: true, target: { ...q, widthFolded: folded !== value } };
  const text: QualitativeTarget = { kind: "qualitative", text: tidy(raw) };
  const year = BARE_YEAR_RE.exec(folded);
  if (year && isYear(Number(year[1]))) text.year = Number(year[1]);
  const lead = readLeadingNumber(folded);
  if (lead) text.leadingNumber = lead;
  return { ok: true, target: text };
}

/** A year and nothing finer, with or without a BEFORE word: 2024年, 2024年底前, 2024年内完成. */
const BARE_YEAR_RE = /^((?:19|20)\d\d)年(?:底|末)?(?:之前|以前|前|内)?(?:完成)?$/;

/**
 * The grammar's DATE and MONTH, at the start of a string: 2024年12月31日, 2024-12-31, 2024/12/31, 2024.12.31,
 * 2024年12月(底), 2024.04, 12月(底). `yearless` allows a month without a year (12月底前, the 5月 of 4月至5月).
 */
const POINT_RES: ReadonlyArray<readonly [RegExp, "ymd" | "ym" | "m"]> = [
  [/^((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})[日号]/, "ymd"],
  [/^((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])/, "ymd"],
  [/^((?:19|20)\d\d)年(\d{1,2})月(?:底|末)?/, "ym"],
  [/^((?:19|20)\d\d)[-/.](\d{1,2})(?![\d.])/, "ym"],
  [/^(\d{1,2})月(?:底|末)?/, "m"],
];

function readPoint(s: string, yearless: boolean): { point: DatePoint; length: number } | null {
  for (const [re, shape] of POINT_RES) {
    const m = re.exec(s);
    if (!m) continue;
    let point: DatePoint;
    if (shape === "ymd") {
      const dashed = m.length === 5;
      point = { year: Number(m[1]), month: Number(dashed ? m[3] : m[2]), day: Number(dashed ? m[4] : m[3]) };
    } else if (shape === "ym") point = { year: Number(m[1]), month: Number(m[2]), day: null };
    else if (yearless) point = { year: null, month: Number(m[1]), day: null };
    else continue;
    if (!validPoint(point)) return null;
    return { point, length: m[0].length };
  }
  return null;
}

function validPoint(p: DatePoint): boolean {
  if (p.month < 1 || p.month > 12) return false;
  if (p.day === null) return true;
  const days = new Date(Date.UTC(p.year ?? 2000, p.month, 0)).getUTCDate();
  return p.day >= 1 && p.day <= days;
}

/** Words that make a date a deadline (finish by it), in the grammar's BEFORE; 底 may precede any of them. */
const BEFORE_RE = /^(?:底|末)?(?:之前|以前|前|内)?(?:完成)?$/;
const PERIOD_SEPARATOR_RE = /^(?:-|至|~|—|－|到)/;

/**
 * A deadline or a period, the whole value: 2024年12月31日前, 12月底, 2024.04-2024.05, 2024年4月至5月. A month
 * alone (12月) needs a year, 底 or a BEFORE word: without one it is a duration of 12 months.
 */
function readDeadline(s: string): Omit<DeadlineTarget, "kind" | "text"> | null {
  const first = readPoint(s, true);
  if (!first) return null;
  const rest = s.slice(first.length);
  const sep = PERIOD_SEPARATOR_RE.exec(rest);
  if (sep) {
    const second = readPoint(rest.slice(sep[0].length), true);
    if (!second) return null;
    const tail = rest.slice(sep[0].length + second.length);
    if (!BEFORE_RE.test(tail)) return null;
    const to: DatePoint = { ...second.point, year: second.point.year ?? first.point.year };
    return { from: first.point, to };
  }
  if (!BEFORE_RE.test(rest)) return null;
  const written = s.slice(0, first.length);
  // 12月 alone is as likely twelve months as December: only a year, 底 or a BEFORE word makes it a date.
  if (first.point.year === null && rest === "" && !/[底末]$/.test(written)) return null;
  return { to: first.point };
}

/**
 * What a target's cells hold: the value, and the operator (指标性质: =, ≥, 定性 …) and the unit where the form
 * gives them cells of their own. `op` and `unit` are absent when the form has no such cell and null when
 * the cell is blank.
 */
export interface TargetCellValues {
  value: CellValue;
  valueFormat?: string;
  op?: CellValue;
  unit?: CellValue;
}

/**
 * Parses a target over its cells. The value cell is read on its own (with neither other cell, this is
 * parseTarget); an operator cell supplies the operator and a unit cell the unit the value did not carry,
 * and 定性 makes the value text.
 */
export function parseTargetCells(cells: TargetCellValues): TargetParse {
  const { value, valueFormat } = cells;
  const op = cells.op ?? null;
  const unit = cells.unit ?? null;
  const parsed = parseTarget(value, valueFormat);
  if (!parsed.ok || parsed.target.kind !== "quantitative") return parsed;
  // A number's operator and unit are part of its target: a formula there leaves it as unknown as one in the value.
  for (const part of [op, unit]) if (isFormulaWithoutResult(part)) return { ok: false, reason: "no-result", detail: formulaText(part) };
  const rawOp = typeof op === "string" ? stripSpaces(op) : "";
  const opText = foldWidth(rawOp);
  // Fold before unwrapping, so a full-width （%） loses its brackets too.
  const rawUnit = typeof unit === "string" ? stripSpaces(unit) : "";
  const unitText = foldWidth(rawUnit).replace(/^\((.*)\)$/, "$1");
  const t: QuantitativeTarget = { ...parsed.target };
  const cellOp = readOperator(opText);
  if (cellOp && cellOp.length === opText.length) {
    if (t.op === null) {
      t.op = cellOp.op;
      if (!CANONICAL_OPERATORS.has(cellOp.written)) t.nonstandardOp = cellOp.written;
      if (opText !== rawOp) t.widthFolded = true;
    }
  } else if (opText === "定性") {
    return { ok: true, target: { kind: "qualitative", text: tidy(String(value)) } };
  }
  if (t.unit === null && unitText) {
    t.unit = normaliseUnit(unitText);
    if (foldWidth(rawUnit) !== rawUnit) t.widthFolded = true;
  }
  return { ok: true, target: t };
}

function readOperator(s: string): { op: Op; written: string; length: number } | null {
  for (const [word, op] of OPERATOR_PREFIXES) if (s.startsWith(word)) return { op, written: word, length: word.length };
  return null;
}

interface Amount {
  number: number;
  unit: string | null;
  notation: Notation;
  length: number;
  thousands: boolean;
}

type Quantity = Omit<QuantitativeTarget, "widthFolded">;

function readQuantity(s: string): Quantity | null {
  const prefix = readOperator(s);
  let op: Op | null = prefix?.op ?? null;
  let nonstandardOp = prefix && !CANONICAL_OPERATORS.has(prefix.written) ? prefix.written : undefined;
  const body = s.slice(prefix?.length ?? 0);
  const primary = readArabic(body) ?? readChinese(body, true);
  if (!primary) return null;
  let tail = body.slice(primary.length);
  let notation: Notation = primary.notation;
  let restatement: number | undefined;
  let unit = primary.unit;
  if (tail) {
    const r = readRestatement(tail, primary.notation);
    if (r) {
      restatement = r.number;
      notation = "mixed";
      unit ??= r.unit;
      tail = tail.slice(r.length);
    }
  }
  const remark = tail ? readRemark(tail) : null;
  if (remark) tail = tail.slice(0, remark.start);
  if (tail) {
    const suffix = OPERATOR_SUFFIXES.find(([w]) => tail === w);
    if (!suffix) return null;
    if (op === null) op = suffix[1];
    nonstandardOp ??= suffix[0];
    tail = "";
  }
  const q: Quantity = {
    kind: "quantitative",
    op,
    number: primary.number,
    unit,
    notation,
    thousandsSeparator: primary.thousands,
    numericCell: false,
  };
  if (nonstandardOp !== undefined) q.nonstandardOp = nonstandardOp;
  if (restatement !== undefined) q.restatement = restatement;
  if (remark) q.remark = remark.text;
  return q;
}

/**
 * A bracketed remark ending the value: (含), (暂定), (满意度). Words only: digits in the bracket
 * (≥5(天)(2024年底前)) make it a second statement, not a remark, and the value stays qualitative.
 */
const REMARK_WORD = /[\u4e00-\u9fffA-Za-z]/;
const NOT_IN_REMARK = /[()\d]/;

function readRemark(tail: string): { text: string; start: number } | null {
  // The bracket must be the last "(" of the tail, as no bracket may be inside it. Found by lastIndexOf, not
  // by /\(([^()\d]*…)\)$/: that regex rescans to the end from every "(", quadratic on a long tail.
  if (!tail.endsWith(")")) return null;
  const start = tail.lastIndexOf("(");
  if (start < 0) return null;
  const text = tail.slice(start + 1, -1);
  return REMARK_WORD.test(text) && !NOT_IN_REMARK.test(text) ? { text, start } : null;
}

/** A date at the start of a text (2024-12-31前, 2024/6/30, 2024.12.31): its year is no amount. */
const DATE_START_RE = /^(?:19|20)\d\d[-/.年]\d/;
/** Words, not just signs: "1-2次" goes on in words, "2024-12-31" and "≥3%%" do not. */
const WORDS_RE = /[\u4e00-\u9fffA-Za-z]/;

/**
 * The Arabic amount a text that is no quantity starts with (after an operator, if any): 100%完成,
 * 1-2次, 100人左右, 3天内完成. Digits straight after the amount (12月31日, 7×24小时) mean it is part of
 * a date or a schedule, not an amount.
 */
function readLeadingNumber(s: string): LeadingNumber | null {
  const prefix = readOperator(s);
  const body = s.slice(prefix?.length ?? 0);
  if (DATE_START_RE.test(body)) return null;
  const amount = readArabic(body);
  if (!amount) return null;
  const words = body.slice(amount.length);
  if (!WORDS_RE.test(words) || /^\d/.test(words)) return null;
  const lead: LeadingNumber = { number: amount.number, unit: amount.unit };
  const op = prefix?.op ?? OPERATOR_SUFFIXES.find(([w]) => words.startsWith(w))?.[1];
  if (op) lead.op = op;
  return lead;
}

const ARABIC_RE = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;
/** Characters that end a unit: digits, brackets of any kind, sentence punctuation. */
const UNIT_STOP = /[\d()[\]{}<>《》【】，,。；;：:、!?！？"'“”‘’.\-~～—]/;
/** A unit that names a point in time makes the value a deadline, not an amount (2024年底前, 12月底). */
const DEADLINE_RE = /[前底末初]/;
/** Signs that never belong inside a unit: 9≤ or 2上%人 are garbled values, not units. */
const NOT_IN_UNIT = /[=<>≥≤≧≦%]/;
/** A year with a month, 2024.12 or 2024.6: a deadline written as a date, not an amount. */
const YEAR_MONTH_RE = /^(?:19|20)\d\d\.(?:0?[1-9]|1[0-2])$/;

function readArabic(s: string): Amount | null {
  const m = ARABIC_RE.exec(s);
  if (!m) return null;
  const digits = m[2]!.replace(/,/g, "");
  const number = Number(`${m[1]}${digits}${m[3] !== undefined ? `.${m[3]}` : ""}`);
  if (!Number.isFinite(number)) return null;
  let i = m[0].length;
  const after = s.slice(i);
  let unit: string | null = null;
  if (after.startsWith("(")) {
    const close = after.indexOf(")");
    if (close < 0) return null;
    const inner = after.slice(1, close);
    if (inner && !validUnit(inner)) return null;
    unit = inner ? normaliseUnit(inner) : null;
    i += close + 1;
  } else if (after.startsWith("%")) {
    unit = "%";
    i += 1;
  } else {
    const run = unitRun(after);
    if (run) {
      // The run may end in a restatement (3次三次) or an operator word (95人以上, 3天内完成): the unit is
      // what precedes it.
      const cut = restatementStart(run, s.slice(i));
      const u = run.slice(0, cut);
      // A bare operator word (95以上) leaves no unit; the caller reads the word from the tail.
      const suffix = OPERATOR_SUFFIXES.find(([w]) => u.endsWith(w));
      const bare = suffix ? u.slice(0, -suffix[0].length) : u;
      if (bare) {
        if (!validUnit(bare)) return null;
        // 3个月内 is ≤3 月 (rules.md's durations); a bracketed (个月) is the writer's unit and stays.
        unit = bare === "个月" ? "月" : normaliseUnit(bare);
        i += bare.length;
      }
    }
  }
  if (unit !== null && /^\d{4}$/.test(digits) && unit.startsWith("年") && isYear(number)) return null;
  if (unit === null && !m[1] && YEAR_MONTH_RE.test(m[0])) return null;
  return { number, unit, notation: "arabic", length: i, thousands: m[2]!.includes(",") };
}

function unitRun(s: string): string {
  let n = 0;
  while (n < s.length && !UNIT_STOP.test(s[n]!) && !UNIT_STOP_WORDS.some((w) => s.startsWith(w, n))) n++;
  return s.slice(0, n);
}

/** The most characters readChinese takes: 百分之, the numeral, and a bracketed measure word. */
const MAX_CHINESE_AMOUNT_LENGTH = "百分之".length + MAX_NUMERAL_LENGTH + "()".length + MAX_UNIT_LENGTH;
const MAX_SUFFIX_LENGTH = Math.max(...OPERATOR_SUFFIXES.map(([w]) => w.length));

/** Where, inside a unit run, a Chinese restatement of the number begins (or run.length if none). */
function restatementStart(run: string, rest: string): number {
  // A restatement ends the value, so it can only begin this close to the end; starting earlier would try
  // a read at every character of a long run, quadratic in the cell's length.
  const first = Math.max(0, rest.length - MAX_CHINESE_AMOUNT_LENGTH - MAX_SUFFIX_LENGTH);
  for (let k = first; k < run.length; k++) {
    // Straight after the digits the run must start with a digit numeral or 百分: 5千米 is five kilometres,
    // not 5 restated as 千米; 80百分之八十 and 3三次 are restatements with nothing between.
    if (k === 0 && !startsWithChineseDigit(rest) && !readChinesePercent(rest)) continue;
    // A bare numeral counts only when it starts the run and ends the value (80八十); later it would be a word.
    const r = readChinese(rest.slice(k), k === 0);
    if (r && (k + r.length === rest.length || OPERATOR_SUFFIXES.some(([w]) => rest.slice(k + r.length) === w))) return k;
  }
  return run.length;
}

/**
 * A Chinese amount at the start of `s`: 百分之八十, 百分百, or a numeral followed by a measure word (三次).
 * A bare numeral counts only when it is all there is (`whole`), so 一流 stays a word.
 */
function readChinese(s: string, whole: boolean): Amount | null {
  const pct = readChinesePercent(s);
  if (pct) return { number: pct.number, unit: "%", notation: "chinese", length: pct.length, thousands: false };
  const n = readChineseNumber(s);
  if (!n) return null;
  const after = s.slice(n.length);
  if (!after) return whole ? { number: n.number, unit: null, notation: "chinese", length: n.length, thousands: false } : null;
  const unit = readMeasureWord(after);
  if (!unit) return null;
  // 二〇二四年 is a year, as 2024年 is.
  if (unit.word.startsWith("年") && isYear(n.number)) return null;
  return { number: n.number, unit: unit.word, notation: "chinese", length: n.length + unit.length, thousands: false };
}

/**
 * A bracketed unit after a numeral: (次). Bounded, as no measure word is longer (vocabulary.ts), so a stray
 * "(" before a long text is not scanned to its end on every read.
 */
const BRACKETED_UNIT_RE = new RegExp(`^\\(([^()]{1,${MAX_UNIT_LENGTH}})\\)`);

/** The unit after a Chinese numeral: a measure word, bracketed or not, or a percent sign (九十五%). */
function readMeasureWord(after: string): { word: string; length: number } | null {
  const bracketed = BRACKETED_UNIT_RE.exec(after);
  if (bracketed && (MEASURE_WORDS.has(bracketed[1]!) || bracketed[1] === "%")) {
    return { word: bracketed[1]!, length: bracketed[0].length };
  }
  if (after.startsWith("%")) return { word: "%", length: 1 };
  for (let len = Math.min(after.length, MAX_UNIT_LENGTH); len > 0; len--) {
    const word = after.slice(0, len);
    if (MEASURE_WORDS.has(word)) return { word, length: len };
  }
  return null;
}

function isYear(n: number): boolean {
  return n >= 1900 && n <= 2100;
}

/** The restatement after a number: 百分之八十 after 80%, or (80%) after 百分之八十. */
function readRestatement(tail: string, primary: Notation): Amount | null {
  const inner = /^\((.*)\)$/.exec(tail)?.[1] ?? /^\(([^()]*)\)/.exec(tail)?.[1];
  const candidates = inner !== undefined ? [{ text: inner, extra: 2 }, { text: tail, extra: 0 }] : [{ text: tail, extra: 0 }];
  for (const { text, extra } of candidates) {
    const r = primary === "arabic" ? readChinese(text, true) : readArabic(text);
    if (!r) continue;
    if (extra && r.length !== text.length) continue;
    return { ...r, length: r.length + extra };
  }
  return null;
}

function validUnit(u: string): boolean {
  return (
    u.length > 0 &&
    u.length <= MAX_UNIT_LENGTH &&
    !UNIT_STOP.test(u) &&
    (u === "%" || !NOT_IN_UNIT.test(u)) &&
    !DEADLINE_RE.test(u)
  );
}

function normaliseUnit(u: string): string {
  return u === "％" ? "%" : u;
}

/** Drops the float noise of scaling (0.07 * 100 = 7.000000000000001); leaves huge numbers as they are. */
function round(n: number): number {
  const r = Math.round(n * 1e10) / 1e10;
  return Number.isFinite(r) ? r : n;
}
