import * as zlib from "zlib";
import { packagePartNames, readPackagePart } from "./package-parts";
import { cleanForm, sheetOf } from "./form-grid";
import { workbookFromGrids } from "./write-xlsx";

/**
 * Workbooks written by hand, part by part: for what exceljs cannot write (inline strings, phonetic runs,
 * prefixed elements, absolute part paths) and for hostile files (a bomb, a whole-sheet merge).
 */

export interface ZipPart {
  name: string;
  data: Buffer;
  /** 0 stored, 8 deflated (`data` is then the raw DEFLATE stream). */
  method?: 0 | 8;
  /** What the headers claim the part inflates to; defaults to the truth (or a lie, for a bomb). */
  declaredSize?: number;
  crc?: number;
}

export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const nameBuf = Buffer.from(p.name, "utf8");
    const method = p.method ?? 0;
    const size = p.declaredSize ?? p.data.length;
    const crc = p.crc ?? (method === 0 ? zlib.crc32(p.data) : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, p.data);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + p.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** Text parts, deflated as Excel stores them. */
export function zipOfText(files: Record<string, string>): Buffer {
  return zipOf(
    Object.entries(files).map(([name, text]) => {
      const raw = Buffer.from(text, "utf8");
      return { name, data: zlib.deflateRawSync(raw), method: 8 as const, declaredSize: raw.length, crc: zlib.crc32(raw) };
    }),
  );
}

export interface HandSheet {
  name: string;
  /** What goes inside <worksheet>: <sheetData>…</sheetData> and after. */
  body: string;
  state?: "hidden" | "veryHidden";
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts of a workbook: one worksheet part per sheet, shared strings and styles when given. */
export function handWorkbook(
  sheets: HandSheet[],
  opts: { sharedStrings?: string[]; styles?: string; workbookPr?: string; absoluteTargets?: boolean; extra?: Record<string, string> } = {},
): Record<string, string> {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const target = (p: string) => (opts.absoluteTargets ? `/xl/${p}` : p);
  const files: Record<string, string> = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS}>${opts.workbookPr ?? ""}<sheets>` +
      sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("") +
      "</sheets></workbook>",
  };
  const rels = sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${target(`worksheets/sheet${i + 1}.xml`)}"/>`);
  if (opts.sharedStrings) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="${target("sharedStrings.xml")}"/>`);
    files["xl/sharedStrings.xml"] = `<sst ${NS} count="${opts.sharedStrings.length}">${opts.sharedStrings.join("")}</sst>`;
  }
  if (opts.styles) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="${target("styles.xml")}"/>`);
    files["xl/styles.xml"] = `<styleSheet ${NS}>${opts.styles}</styleSheet>`;
  }
  files["xl/_rels/workbook.xml.rels"] = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet ${NS}>${s.body}</worksheet>`;
  });
  return { ...files, ...opts.extra };
}

/** The parts of a workbook exceljs wrote, as text, to patch. */
export function partsOf(bytes: Buffer): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const name of packagePartNames(bytes)) parts[name] = readPackagePart(bytes, name)!;
  return parts;
}

/** A clean form with one merge over H1:XFD1048576 beside it: ~30 KB on disk, 17 billion cells to a naive reader. */
export async function wholeSheetMerge(): Promise<Buffer> {
  const bytes = Buffer.from(await workbookFromGrids([sheetOf("表1", [{ spec: cleanForm() }])]).xlsx.writeBuffer());
  const parts = partsOf(bytes);
  const sheet = parts["xl/worksheets/sheet1.xml"]!;
  parts["xl/worksheets/sheet1.xml"] = sheet.replace(/<mergeCells count="(\d+)">/, (_m, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="H1:XFD1048576"/>`);
  return zipOfText(parts);
}

/**
 * A workbook whose sheet part inflates to `blocks` × 16 MB of zeros while its headers claim 1 KB. Built from one
 * flushed 16 MB block repeated, so a 1 GB bomb takes a second to make, not a gigabyte.
 */
export function zipBomb(blocks: number): Buffer {
  const block = zlib.deflateRawSync(Buffer.alloc(16 * 1024 * 1024), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const tail = zlib.deflateRawSync(Buffer.alloc(0));
  const data = Buffer.concat([...Array.from({ length: blocks }, () => block), tail]);
  const parts = handWorkbook([{ name: "表1", body: "<sheetData/>" }]);
  return zipOf([
    ...Object.entries(parts)
      .filter(([name]) => name !== "xl/worksheets/sheet1.xml")
      .map(([name, text]) => ({ name, data: Buffer.from(text, "utf8") })),
    { name: "xl/worksheets/sheet1.xml", data, method: 8, declaredSize: 1024 },
  ]);
}

/** `count` sheets of one cell each. */
export function manySheets(count: number): Buffer {
  return zipOfText(
    handWorkbook(Array.from({ length: count }, (_v, i) => ({ name: `S${i + 1}`, body: `<sheetData><row r="1"><c r="A1"><v>${i}</v></c></row></sheetData>` }))),
  );
}

/** One sheet of `rows` rows, an inline string and a number on each. */
export function junkRows(rows: number): Buffer {
  const body: string[] = ["<sheetData>"];
  for (let r = 1; r <= rows; r++) body.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>junk ${r}</t></is></c><c r="B${r}"><v>${r}</v></c></row>`);
  body.push("</sheetData>");
  return zipOfText(handWorkbook([{ name: "junk", body: body.join("") }]));
}

/**
 * Grids written as XML directly (inline strings, one style per number format): for workbooks exceljs takes
 * minutes to write, such as 1,000 forms stacked on one sheet (it compares every merge with every earlier one).
 */
export function xmlWorkbookFromGrids(grids: { name: string; origin: { row: number; col: number }; values: unknown[][]; numberFormats?: (string | null | undefined)[][]; merges: { top: number; left: number; bottom: number; right: number }[] }[]): Buffer {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const formats = new Map<string, number>();
  const styleOf = (f: string) => {
    if (!formats.has(f)) formats.set(f, formats.size + 1);
    return formats.get(f)!;
  };
  const col = (c: number) => {
    let s = "";
    for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const sheets: HandSheet[] = grids.map((g) => {
    const out: string[] = ["<sheetData>"];
    g.values.forEach((row, i) => {
      if (!row) return;
      const r = g.origin.row + i;
      out.push(`<row r="${r}">`);
      row.forEach((v, j) => {
        if (v === null || v === undefined) return;
        const ref = `${col(g.origin.col + j)}${r}`;
        const f = g.numberFormats?.[i]?.[j];
        const s = f ? ` s="${styleOf(f)}"` : "";
        if (typeof v === "number") out.push(`<c r="${ref}"${s}><v>${v}</v></c>`);
        else if (typeof v === "boolean") out.push(`<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`);
        else if (typeof v === "string") out.push(`<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`);
        else if ("error" in (v as object)) out.push(`<c r="${ref}" t="e"><v>${esc((v as { error: string }).error)}</v></c>`);
        else out.push(`<c r="${ref}"><f>${esc((v as { formula: string }).formula)}</f></c>`);
      });
      out.push("</row>");
    });
    out.push("</sheetData>");
    if (g.merges.length) out.push(`<mergeCells count="${g.merges.length}">${g.merges.map((m) => `<mergeCell ref="${col(m.left)}${m.top}:${col(m.right)}${m.bottom}"/>`).join("")}</mergeCells>`);
    return { name: g.name, body: out.join("") };
  });
  const numFmts = [...formats].map(([f, i]) => `<numFmt numFmtId="${163 + i}" formatCode="${esc(f)}"/>`).join("");
  const xfs = ['<xf numFmtId="0"/>', ...[...formats].map(([, i]) => `<xf numFmtId="${163 + i}" applyNumberFormat="1"/>`)].join("");
  return zipOfText(handWorkbook(sheets, { styles: `<numFmts count="${formats.size}">${numFmts}</numFmts><cellXfs count="${formats.size + 1}">${xfs}</cellXfs>` }));
}
