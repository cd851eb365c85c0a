import { promises as fs } from "fs";
import type { Workbook } from "exceljs";
import { osPhrase } from "./os-error";
import { WorkbookUnreadable } from "./unreadable";
import type { WorkbookKind } from "./save";

export { WorkbookUnreadable } from "./unreadable";
export type { UnreadableReason } from "./unreadable";

/** Compound File Binary (OLE2): the container of .xls files and of password-protected .xlsx files. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** A zip local file header; every .xlsx starts with one. */
const ZIP_MAGIC = Buffer.from("PK\x03\x04", "latin1");

export async function openWorkbook(path: string): Promise<Workbook> {
  return loadWorkbookBuffer(await readWorkbookBytes(path), path);
}

/** The file's bytes, or WorkbookUnreadable saying why not (no such file, a directory, no access). */
export async function readWorkbookBytes(path: string): Promise<Buffer> {
  try {
    // One read: stat-then-read would race with a file being saved, and the bytes are needed anyway.
    return await fs.readFile(path);
  } catch (e) {
    throw ioError(path, e);
  }
}

/** Zip entry names are stored uncompressed, so the macro part shows in the bytes without unzipping. */
export function packageKind(buf: Buffer): WorkbookKind {
  return buf.includes("xl/vbaProject.bin", 0, "latin1") ? "xlsm" : "xlsx";
}

/** Same checks as openWorkbook for bytes that did not come from a path (stdin, an upload). */
export async function loadWorkbookBuffer(buf: Buffer, name: string): Promise<Workbook> {
  if (buf.length === 0) throw new WorkbookUnreadable("empty", name, "文件为空（0 字节）", "the file is empty (0 bytes)");
  if (startsWith(buf, CFB_MAGIC)) throw cfbError(buf, name);
  if (!startsWith(buf, ZIP_MAGIC)) {
    throw new WorkbookUnreadable(
      "not-xlsx",
      name,
      "不是 .xlsx 文件（可能是改了扩展名的 CSV 或文本），请在 Excel/WPS 中另存为 .xlsx",
      "not an .xlsx file (perhaps a CSV or text file renamed); save it as .xlsx from Excel or WPS",
    );
  }
  // Loaded here, not at the top: a plain check reads through src/xlsx/reader and never needs exceljs, whose
  // modules alone take ~0.4 s to load.
  const mod = await import("exceljs");
  // Under an ESM loader (tsx, which runs the bench) a CommonJS module's names may sit only on `default`.
  const { Workbook } = mod.Workbook ? mod : (mod as unknown as { default: typeof mod }).default;
  const wb = new Workbook();
  try {
    // exceljs types its parameter as its own `Buffer extends ArrayBuffer`; at runtime JSZip takes a Node Buffer.
    await wb.xlsx.load(buf as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
  } catch (e) {
    throw new WorkbookUnreadable("corrupt", name, "文件已损坏或不完整", "the file is damaged or incomplete", e);
  }
  // exceljs happily "loads" any zip (a .docx, an .xlsb, a zipped folder) as a workbook with no sheets,
  // and Excel never saves a workbook without one: so no sheets means "not a workbook" or "damaged".
  // Zip entry names are stored uncompressed, which lets the bytes tell these apart.
  if (wb.worksheets.length === 0) throw noSheets(buf, name);
  return wb;
}

function noSheets(buf: Buffer, name: string): WorkbookUnreadable {
  if (buf.includes("xl/workbook.bin", 0, "latin1")) {
    return new WorkbookUnreadable(
      "not-xlsx",
      name,
      "这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx",
      "this is an Excel binary workbook (.xlsb); save it as .xlsx from Excel",
    );
  }
  if (buf.includes("xl/", 0, "latin1")) {
    // An Excel package whose workbook part is missing or unreadable (a flipped byte in an entry name).
    return new WorkbookUnreadable("corrupt", name, "文件已损坏或不完整", "the file is damaged or incomplete");
  }
  return new WorkbookUnreadable("not-xlsx", name, "是 zip 压缩包但不是 Excel 工作簿", "a zip archive, but not an Excel workbook");
}

function startsWith(buf: Buffer, magic: Buffer): boolean {
  return buf.length >= magic.length && buf.subarray(0, magic.length).equals(magic);
}

/**
 * Both cases share one reason code (the fix is the same: save as .xlsx without a password), but the
 * CFB directory names its streams, which lets the message say which case this is.
 */
function cfbError(buf: Buffer, name: string): WorkbookUnreadable {
  const fix = ["请在 Excel/WPS 中另存为不带密码的 .xlsx", "save it as .xlsx without a password"] as const;
  if (buf.includes(Buffer.from("EncryptionInfo", "utf16le"))) {
    return new WorkbookUnreadable("legacy-xls-or-encrypted", name, `文件设有打开密码，${fix[0]}`, `the file is password-protected; ${fix[1]}`);
  }
  if (buf.includes(Buffer.from("Workbook", "utf16le"))) {
    return new WorkbookUnreadable("legacy-xls-or-encrypted", name, `这是旧版 .xls（Excel 97-2003）文件，${fix[0]}`, `this is a legacy .xls (Excel 97-2003) file; ${fix[1]}`);
  }
  return new WorkbookUnreadable(
    "legacy-xls-or-encrypted",
    name,
    `文件设有密码或是旧版 .xls，${fix[0]}`,
    `password-protected or legacy .xls; ${fix[1]}`,
  );
}

function ioError(path: string, e: unknown): WorkbookUnreadable {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR": // a path component is a file: for the user this is "no such file" too
      return new WorkbookUnreadable("missing", path, "文件不存在", "no such file", e);
    case "EISDIR":
      return new WorkbookUnreadable("is-directory", path, "这是一个文件夹，不是文件", "it is a directory, not a file", e);
    case "EACCES":
    case "EPERM":
      return new WorkbookUnreadable("no-access", path, "没有读取权限", "permission denied", e);
    default: {
      // EBUSY (locked by another program on Windows), EIO, ...: the user's words, the code kept on `cause`.
      const phrase = osPhrase(e);
      return new WorkbookUnreadable("no-access", path, `读取失败：${phrase.zh}`, `read failed: ${phrase.en}`, e);
    }
  }
}
