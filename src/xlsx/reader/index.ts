import { SheetGrid } from "../../core/grid/sheet-grid";
import { WorkbookUnreadable } from "../unreadable";
import { DefinedName, parseRels, parseSharedStrings, parseStyles, parseWorkbook, Visibility } from "./parts";
import { cfbProblem, CFB_MAGIC, corrupt, emptyFile, notXlsx, startsWith, tooLarge, xlsb, ZIP_MAGIC, zipNotWorkbook } from "./problems";
import { parseSheet } from "./sheet";
import { InflateBudget, LimitExceeded, RawInflate, readEntryText, ZipEntry, zipEntries } from "./zip";

export type { Visibility, DefinedName } from "./parts";

/**
 * How much of a file the reader will take before it refuses it as "too-large". A form workbook is a few MB
 * inflated at most; these sit orders of magnitude above that and well below what would take the machine's memory.
 */
export interface ReaderLimits {
  /** All parts read, inflated. */
  maxTotalBytes: number;
  /**
   * One part, inflated. The largest part of a real workbook is one sheet: 1,000 forms stacked on one sheet are
   * ~40 MB of XML. A bomb is stopped here after the inflating alone, ~1 s for 128 MB on a loaded 2-core box.
   */
  maxPartBytes: number;
  maxCellsPerSheet: number;
  /** Characters in one cell or shared string. Excel stops at 32,767; other programs write more. */
  maxStringLength: number;
  maxSheets: number;
  /** Entries in the zip's directory. */
  maxEntries: number;
}

export const DEFAULT_LIMITS: ReaderLimits = {
  maxTotalBytes: 512 * 1024 * 1024,
  maxPartBytes: 128 * 1024 * 1024,
  maxCellsPerSheet: 4_000_000,
  maxStringLength: 1_048_576,
  maxSheets: 4096,
  maxEntries: 65_535,
};

export interface ReadOptions {
  /** The file's name for messages ("stdin" when there is none). */
  name?: string;
  limits?: Partial<ReaderLimits>;
  onSheet?: (done: number, total: number) => void;
  /**
   * A native inflater (Node's zlib with maxOutputLength) in place of fflate. On the 400-form bench fflate's
   * cold start is most of the inflating in a short-lived process; a Web Worker leaves this out.
   */
  inflateRaw?: RawInflate;
}

export interface WorkbookContents {
  /** The worksheets in tab order (chart and dialog sheets hold no cells and are left out). */
  sheets: SheetGrid[];
  /** By sheet name. */
  visibility: Record<string, Visibility>;
  kind: "xlsx" | "xlsm";
  /** Review › Protect Workbook: sheets may not be added, renamed or removed. */
  structureLocked: boolean;
  definedNames: DefinedName[];
}

const REL_OFFICE_DOCUMENT = "/officeDocument";

/**
 * A workbook's sheets from the file's bytes, or WorkbookUnreadable saying why not: the same reasons and lines
 * as the exceljs path (open.ts), plus "too-large" for a file past `limits`. Reads only the workbook, its
 * relationships, shared strings, styles and worksheets; every other part stays compressed.
 */
export function readWorkbookBytes(bytes: Uint8Array, options: ReadOptions = {}): WorkbookContents {
  const name = options.name ?? "workbook";
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (bytes.length === 0) throw emptyFile(name);
  if (startsWith(bytes, CFB_MAGIC)) throw cfbProblem(bytes, name);
  if (!startsWith(bytes, ZIP_MAGIC)) throw notXlsx(name);
  let sheetName: string | undefined;
  try {
    return read(bytes, name, limits, options, (s) => (sheetName = s));
  } catch (e) {
    if (e instanceof WorkbookUnreadable) throw e;
    if (e instanceof LimitExceeded) throw tooLarge(name, e.what, e.limit, e.what === "cells" || e.what === "string" ? sheetName : undefined);
    // A RangeError here is V8 refusing a string or array past its own limits: too large, not damaged.
    if (e instanceof RangeError && /Invalid (string|array) length/.test(e.message)) throw tooLarge(name, "part", limits.maxPartBytes);
    throw corrupt(name, e);
  }
}

function read(
  bytes: Uint8Array,
  name: string,
  limits: ReaderLimits,
  { onSheet, inflateRaw }: ReadOptions,
  reading: (sheet: string | undefined) => void,
): WorkbookContents {
  const entries = zipEntries(bytes, limits.maxEntries);
  // Part names are case-insensitive (OPC).
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) byName.set(e.name.toLowerCase(), e);
  const budget: InflateBudget = { maxPartBytes: limits.maxPartBytes, maxTotalBytes: limits.maxTotalBytes, used: 0, ...(inflateRaw ? { inflateRaw } : {}) };
  const text = (part: string): string | null => {
    const e = byName.get(part.toLowerCase());
    return e ? readEntryText(bytes, e, budget) : null;
  };

  const rootRels = text("_rels/.rels");
  const workbookPath = (rootRels && parseRels(rootRels, "").find((r) => r.type.endsWith(REL_OFFICE_DOCUMENT))?.target) || "xl/workbook.xml";
  const workbookXml = text(workbookPath);
  if (workbookXml === null) {
    if (byName.has("xl/workbook.bin")) throw xlsb(name);
    // An Excel package whose workbook part is missing (or its name damaged: a flipped byte in an entry name).
    if (entries.some((e) => e.name.startsWith("xl/"))) throw corrupt(name);
    throw zipNotWorkbook(name);
  }
  const wb = parseWorkbook(workbookXml, limits.maxSheets);
  const relsPath = workbookPath.replace(/[^/]*$/, (file) => `_rels/${file}.rels`);
  const rels = parseRels(text(relsPath) ?? "", workbookPath);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const partOf = (type: string) => rels.find((r) => r.type.endsWith(type))?.target;

  const stringsXml = text(partOf("/sharedStrings") ?? "xl/sharedStrings.xml");
  const sharedStrings = stringsXml === null ? [] : parseSharedStrings(stringsXml, limits.maxStringLength);
  const stylesXml = text(partOf("/styles") ?? "xl/styles.xml");
  const formats = stylesXml === null ? [] : parseStyles(stylesXml);

  const worksheets = wb.sheets.filter((s) => relById.get(s.rid)?.type.endsWith("/worksheet"));
  // Excel never saves a workbook without a worksheet: none means damaged (exceljs's load says the same).
  if (worksheets.length === 0) throw corrupt(name);
  const sheets: SheetGrid[] = [];
  const visibility: Record<string, Visibility> = {};
  for (const s of worksheets) {
    reading(s.name);
    const xml = text(relById.get(s.rid)!.target);
    if (xml === null) throw corrupt(name);
    sheets.push(
      parseSheet(xml, s.name, {
        sharedStrings,
        formats,
        date1904: wb.date1904,
        maxCells: limits.maxCellsPerSheet,
        maxString: limits.maxStringLength,
      }),
    );
    visibility[s.name] = s.visibility;
    onSheet?.(sheets.length, worksheets.length);
  }
  reading(undefined);
  return {
    sheets,
    visibility,
    kind: byName.has("xl/vbaproject.bin") ? "xlsm" : "xlsx",
    structureLocked: wb.structureLocked,
    definedNames: wb.definedNames,
  };
}
