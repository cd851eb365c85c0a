import { promises as fs } from "fs";
import type { Workbook } from "exceljs";
import { osPhrase } from "./os-error";
import { bytesInclude, CFB_MAGIC, cfbProblem, corrupt, emptyFile, notXlsx, startsWith, xlsb, ZIP_MAGIC, zipNotWorkbook } from "./reader/problems";
import { WorkbookUnreadable } from "./unreadable";

export { WorkbookUnreadable } from "./unreadable";
export type { UnreadableReason } from "./unreadable";

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

/** Same checks as openWorkbook for bytes that did not come from a path (stdin, an upload). */
export async function loadWorkbookBuffer(buf: Buffer, name: string): Promise<Workbook> {
  // The reader's words for the same bad bytes: one table of reasons whichever path a file takes.
  if (buf.length === 0) throw emptyFile(name);
  if (startsWith(buf, CFB_MAGIC)) throw cfbProblem(buf, name);
  if (!startsWith(buf, ZIP_MAGIC)) throw notXlsx(name);
  const mod = await import("exceljs");
  // Under an ESM loader (tsx, which runs the bench) a CommonJS module's names may sit only on `default`.
  const { Workbook } = mod.Workbook ? mod : (mod as unknown as { default: typeof mod }).default;
  const wb = new Workbook();
  try {
    // exceljs types its parameter as its own `Buffer extends ArrayBuffer`; at runtime JSZip takes a Node Buffer.
    await wb.xlsx.load(buf as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
  } catch (e) {
    throw corrupt(name, e);
  }
  // exceljs happily "loads" any zip (a .docx, an .xlsb, a zipped folder) as a workbook with no sheets,
  // and Excel never saves a workbook without one: so no sheets means "not a workbook" or "damaged".
  // Zip entry names are stored uncompressed, which lets the bytes tell these apart.
  if (wb.worksheets.length === 0) throw noSheets(buf, name);
  return wb;
}

function noSheets(buf: Buffer, name: string): WorkbookUnreadable {
  if (bytesInclude(buf, "xl/workbook.bin")) return xlsb(name);
  // An Excel package whose workbook part is missing or unreadable (a flipped byte in an entry name).
  if (bytesInclude(buf, "xl/")) return corrupt(name);
  return zipNotWorkbook(name);
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
