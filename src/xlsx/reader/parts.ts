import { attr, runsText, scan, selfClosing } from "./xml";
import { LimitExceeded } from "./zip";

export interface Relationship {
  id: string;
  type: string;
  /** The part it points at, resolved against the source part's folder: "xl/worksheets/sheet1.xml". */
  target: string;
  external: boolean;
}

/** Relationships of the part at `source` ("xl/workbook.xml"; "" for the package's own _rels/.rels). */
export function parseRels(xml: string, source: string): Relationship[] {
  const base = source.includes("/") ? source.slice(0, source.lastIndexOf("/") + 1) : "";
  const rels: Relationship[] = [];
  scan(xml, (name, lt, end) => {
    if (name !== "Relationship") return;
    const target = attr(xml, lt, end, "Target") ?? "";
    const external = attr(xml, lt, end, "TargetMode") === "External";
    rels.push({ id: attr(xml, lt, end, "Id") ?? "", type: attr(xml, lt, end, "Type") ?? "", target: external ? target : resolvePart(base, target), external });
  });
  return rels;
}

/** Joins a relative target to its base folder; a target starting with '/' is from the package root. */
export function resolvePart(base: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

export type Visibility = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  rid: string;
  visibility: Visibility;
}

export interface DefinedName {
  name: string;
  /** What it refers to, as written: "'汇总'!$A$1". */
  ref: string;
  /** Set when the name is scoped to one sheet (its index in the sheet list). */
  localSheetId?: number;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  definedNames: DefinedName[];
  date1904: boolean;
  structureLocked: boolean;
}

export function parseWorkbook(xml: string, maxSheets: number): WorkbookPart {
  const wb: WorkbookPart = { sheets: [], definedNames: [], date1904: false, structureLocked: false };
  let sawRoot = false;
  scan(xml, (name, lt, end) => {
    switch (name) {
      case "workbook":
        sawRoot = true;
        return;
      case "workbookPr":
        wb.date1904 = truthy(attr(xml, lt, end, "date1904"));
        return;
      case "workbookProtection":
        // Excel writes lockStructure="1"; "true" is as valid.
        wb.structureLocked = truthy(attr(xml, lt, end, "lockStructure"));
        return;
      case "sheet": {
        if (wb.sheets.length >= maxSheets) throw new LimitExceeded("sheets", maxSheets);
        const state = attr(xml, lt, end, "state");
        wb.sheets.push({
          name: attr(xml, lt, end, "name") ?? "",
          rid: attr(xml, lt, end, "id") ?? "",
          visibility: state === "hidden" || state === "veryHidden" ? state : "visible",
        });
        return;
      }
      case "definedName": {
        if (selfClosing(xml, end)) return;
        const close = xml.indexOf("<", end);
        const local = attr(xml, lt, end, "localSheetId");
        const d: DefinedName = { name: attr(xml, lt, end, "name") ?? "", ref: decodeSimple(xml.slice(end + 1, close)) };
        if (local !== undefined) d.localSheetId = Number(local);
        wb.definedNames.push(d);
        return close - 1;
      }
    }
  });
  if (!sawRoot) throw new Error("no <workbook> element");
  return wb;
}

function truthy(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

function decodeSimple(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos);/g, (_m, e: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" })[e]!);
}

/**
 * Built-in number formats by id, as exceljs names them (so the core sees the same strings). Ids 27–36 and
 * 50–58 depend on the installed language and exceljs gives them no format at all, which hides a date written
 * by a Chinese Excel or WPS; they read here as the zh-CN formats, the locale these forms come from.
 */
const BUILT_IN: Record<number, string> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?",
  13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
  20: "h:mm", 21: "h:mm:ss", 22: 'm/d/yy "h":mm', 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0",
  48: "##0.0E+0", 49: "@",
  27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: "m-d-yy", 31: 'yyyy"年"m"月"d"日"', 32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"', 34: '上午/下午 h"时"mm"分"', 35: '上午/下午 h"时"mm"分"ss"秒"', 36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"', 56: '上午/下午 h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

/**
 * The number format of each cell style (`s` on a cell indexes cellXfs). Undefined for id 0: exceljs gives a
 * General cell no format, and the grids are to be the same.
 */
export function parseStyles(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  const ids: number[] = [];
  let inCellXfs = false;
  scan(
    xml,
    (name, lt, end) => {
      if (name === "numFmt") {
        custom.set(Number(attr(xml, lt, end, "numFmtId")), attr(xml, lt, end, "formatCode") ?? "");
      } else if (name === "cellXfs") {
        inCellXfs = !selfClosing(xml, end);
      } else if (name === "xf" && inCellXfs) {
        ids.push(Number(attr(xml, lt, end, "numFmtId") ?? 0));
      }
    },
    (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  );
  for (const id of ids) formats.push(id ? (custom.get(id) ?? BUILT_IN[id]) || undefined : undefined);
  return formats;
}

/** The shared string table, rich-text runs joined, phonetic guides left out. */
export function parseSharedStrings(xml: string, maxString: number): string[] {
  const strings: string[] = [];
  scan(xml, (name, _lt, end) => {
    if (name !== "si") return;
    if (selfClosing(xml, end)) {
      strings.push("");
      return;
    }
    const [text, close] = runsText(xml, end, "si");
    if (text.length > maxString) throw new LimitExceeded("string", maxString);
    strings.push(text);
    return close;
  });
  return strings;
}
