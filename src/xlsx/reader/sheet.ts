import { CellRange, columnLetters, parseRange } from "../../core/grid/address";
import { CellValue, isDateFormat } from "../../core/grid/cell-value";
import { GridView, SheetGrid } from "../../core/grid/sheet-grid";
import { attr, localName, runsText, scan, selfClosing, tagEnd, tagName, textOf, XmlError } from "./xml";
import { LimitExceeded } from "./zip";

export interface SheetContext {
  sharedStrings: readonly string[];
  /** Number format per cell style index. */
  formats: readonly (string | undefined)[];
  date1904: boolean;
  maxCells: number;
  maxString: number;
}

const MS_PER_DAY = 86400000;
const EPOCH_UTC = Date.UTC(1899, 11, 30);

/**
 * exceljs's test for "this number is a date" (utils.isDateFmt), kept so that the grids match what the core
 * saw through exceljs: a cell it would have read as a Date is a date serial with a date format here too.
 */
function exceljsDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/**
 * The serial exceljs's Date round trip yields: whole milliseconds, and 1904-based workbooks moved to 1900
 * serials (the core knows only those).
 */
function dateSerial(v: number, date1904: boolean): number {
  const ms = Math.round((v - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY);
  return (ms - EPOCH_UTC) / MS_PER_DAY;
}

/**
 * One worksheet part as the core sees it: the same grid grids.ts builds from exceljs (covered cells of a merge
 * hold nothing of their own, rows stay jagged, merges are ranges and never expanded).
 *
 * A hand-written pass over the tags rather than a general XML parser: a sheet is flat (<row>, <c> with <v>,
 * <f> or <is>, then <mergeCell>s), and only those tags need reading; measured on the 400-form bench this kind
 * of scan costs a fifth of an exceljs read, a DOM-building parser three to four times that.
 */
export function parseSheet(x: string, name: string, ctx: SheetContext): SheetGrid {
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: CellValue[] = [];
  const fmts: (string | undefined)[] = [];
  const merges: CellRange[] = [];
  /** Shared formulas by `si`: the master's text and position, to translate into the cells that share it. */
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  let row = 0;
  let col = 0;
  let sawRoot = false;
  let sawData = false;

  const cell = (lt: number, end: number): number => {
    const r = attr(x, lt, end, "r");
    if (r !== undefined) {
      const pos = parseRef(r);
      if (!pos) throw new XmlError(`bad cell reference ${r}`);
      row = pos[0];
      col = pos[1];
    } else {
      // The reference is optional: the next column of the current row.
      col++;
    }
    if (selfClosing(x, end)) return end;
    const t = attr(x, lt, end, "t");
    const s = attr(x, lt, end, "s");
    let v: string | undefined;
    let f: string | undefined;
    let fType: string | undefined;
    let si: string | undefined;
    let isMaster = false;
    let inline: string | undefined;
    let i = end;
    // The cell's children, up to </c>.
    for (;;) {
      const clt = x.indexOf("<", i + 1);
      if (clt < 0) throw new XmlError("unterminated <c>");
      if (x.charCodeAt(clt + 1) === 47) {
        const close = x.indexOf(">", clt);
        if (close < 0) throw new XmlError("unterminated closing tag");
        i = close;
        if (localName(tagName(x, clt + 2, close)) === "c") break;
        continue;
      }
      if (x.charCodeAt(clt + 1) === 33 || x.charCodeAt(clt + 1) === 63) {
        i = x.startsWith("<!--", clt) ? x.indexOf("-->", clt) + 2 : tagEnd(x, clt);
        if (i < clt) throw new XmlError("unterminated comment");
        continue;
      }
      const cend = tagEnd(x, clt);
      const child = localName(tagName(x, clt + 1, cend));
      const empty = selfClosing(x, cend);
      if (child === "v") {
        if (empty) {
          i = cend;
        } else {
          [v, i] = textOf(x, cend);
        }
      } else if (child === "f") {
        fType = attr(x, clt, cend, "t");
        si = attr(x, clt, cend, "si");
        isMaster = attr(x, clt, cend, "ref") !== undefined;
        if (empty) {
          f = "";
          i = cend;
        } else {
          [f, i] = textOf(x, cend);
        }
      } else if (child === "is") {
        if (empty) i = cend;
        else [inline, i] = runsText(x, cend, "is");
      } else {
        // <extLst> and the like inside a cell: step into it; its own closing tags are passed over above.
        i = cend;
      }
    }
    store(t, s, v, f, fType, si, isMaster, inline);
    return i;
  };

  const store = (
    t: string | undefined,
    s: string | undefined,
    v: string | undefined,
    f: string | undefined,
    fType: string | undefined,
    si: string | undefined,
    isMaster: boolean,
    inline: string | undefined,
  ): void => {
    const fmt = s === undefined ? undefined : ctx.formats[Number(s)];
    let value: CellValue;
    let format: string | undefined;
    if (fType === "shared" && si !== undefined) {
      if (isMaster) shared.set(si, { formula: f ?? "", row, col });
      else if (!f) f = sharedFormula(shared.get(si), row, col);
    }
    // As exceljs: a formula is a formula even when its text is shared from elsewhere (or empty, as an array's).
    if (f || fType) {
      if (v) {
        if (t === "str") value = v;
        else if (t === "b") value = parseInt(v, 10) !== 0;
        else if (t === "e") value = { error: v };
        else {
          const n = parseFloat(v);
          value = exceljsDateFormat(fmt) ? dateSerial(n, ctx.date1904) : n;
          format = fmt;
        }
      } else {
        // No cached result: its own state, not a blank (see CellFormula).
        value = { formula: f ?? "" };
      }
    } else {
      const text = t === "inlineStr" ? inline : v;
      if (text === undefined || text === "") return;
      switch (t) {
        case "s":
          value = ctx.sharedStrings[parseInt(text, 10)] ?? null;
          break;
        case "str":
        case "inlineStr":
          value = text;
          break;
        case "b":
          value = parseInt(text, 10) !== 0;
          break;
        case "e":
          value = { error: text };
          break;
        default: {
          const n = parseFloat(text);
          if (exceljsDateFormat(fmt)) {
            value = dateSerial(n, ctx.date1904);
            // What grids.ts gives a Date cell: its own format when that shows a date, else a plain date format.
            format = isDateFormat(fmt) ? fmt : "yyyy-mm-dd";
          } else {
            value = n;
            format = fmt;
          }
        }
      }
    }
    if (value === null) return;
    if (typeof value === "string" && value.length > ctx.maxString) throw new LimitExceeded("string", ctx.maxString);
    if (vals.length >= ctx.maxCells) throw new LimitExceeded("cells", ctx.maxCells);
    rows.push(row);
    cols.push(col);
    vals.push(value);
    fmts.push(format);
  };

  scan(x, (tag, lt, end) => {
    switch (tag) {
      case "worksheet":
        sawRoot = true;
        return;
      case "sheetData":
        sawData = true;
        return;
      case "row": {
        const r = attr(x, lt, end, "r");
        const n = r === undefined ? row + 1 : Number(r);
        if (!(Number.isInteger(n) && n >= 1 && n <= 1048576)) throw new XmlError(`bad row number ${r}`);
        row = n;
        col = 0;
        return;
      }
      case "c":
        return cell(lt, end);
      case "mergeCell": {
        const m = parseRange(attr(x, lt, end, "ref") ?? "");
        if (m) merges.push(m);
        return;
      }
    }
  });
  if (!sawRoot || !sawData) throw new XmlError("not a worksheet");
  return assemble(name, rows, cols, vals, fmts, dedupeMerges(merges));
}

/** exceljs keys merges by their top-left cell, so a repeated merge counts once. */
function dedupeMerges(merges: CellRange[]): CellRange[] {
  if (merges.length < 2) return merges;
  const byMaster = new Map<number, CellRange>();
  for (const m of merges) byMaster.set(m.top * 16385 + m.left, m);
  return byMaster.size === merges.length ? merges : [...byMaster.values()];
}

function assemble(
  name: string,
  rows: number[],
  cols: number[],
  vals: CellValue[],
  fmts: (string | undefined)[],
  merges: CellRange[],
): SheetGrid {
  let top = Infinity;
  let left = Infinity;
  for (let k = 0; k < rows.length; k++) {
    if (rows[k]! < top) top = rows[k]!;
    if (cols[k]! < left) left = cols[k]!;
  }
  for (const m of merges) {
    if (m.top < top) top = m.top;
    if (m.left < left) left = m.left;
  }
  if (!Number.isFinite(top)) {
    top = 1;
    left = 1;
  }
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  // A value stored under a merge's covered cell is not shown by Excel, and grids.ts drops it (exceljs makes
  // the cell a Merge): so here too. GridView's index answers in O(log² merges), whatever the merges' area.
  const covered = merges.length ? new GridView({ name, origin: { row: 1, col: 1 }, values: [], merges }) : null;
  for (let k = 0; k < rows.length; k++) {
    if (covered && !covered.isMaster(rows[k]!, cols[k]!)) continue;
    const i = rows[k]! - top;
    const j = cols[k]! - left;
    (values[i] ??= [])[j] = vals[k]!;
    const f = fmts[k];
    if (f) (numberFormats[i] ??= [])[j] = f;
  }
  return { name, origin: { row: top, col: left }, values, numberFormats, merges };
}

/** "B12" (no '$' in a cell's r) → [row, col]. */
function parseRef(r: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < r.length; i++) {
    const c = r.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else break;
  }
  if (i === 0 || i === r.length) return null;
  const row = Number(r.slice(i));
  if (!(Number.isInteger(row) && row >= 1 && row <= 1048576 && col <= 16384)) return null;
  return [row, col];
}

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * The text of a shared formula at (row, col), moved from its master's position as exceljs's slideFormula does:
 * relative references shift, absolute ones and names stay.
 */
function sharedFormula(master: { formula: string; row: number; col: number } | undefined, row: number, col: number): string {
  if (!master) return "";
  const dr = row - master.row;
  const dc = col - master.col;
  return master.formula.replace(CANDIDATE, (match: string, sheet: string | undefined, _s: string, addr: string, paren: string | undefined) => {
    if (paren) return match;
    const m = CELL_REF.exec(addr);
    if (!m) return match;
    const letters = m[2]!.toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return match;
    let c = 0;
    for (const ch of letters) c = c * 26 + ch.charCodeAt(0) - 64;
    let r = parseInt(m[4]!, 10);
    if (!m[1]) c += dc;
    if (!m[3]) r += dr;
    if (c < 1 || r < 1) return match;
    return `${sheet ?? ""}${m[1] ?? ""}${columnLetters(c)}${m[3] ?? ""}${r}`;
  });
}
