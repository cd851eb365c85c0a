import { WorkbookUnreadable } from "../unreadable";

/**
 * The WorkbookUnreadable lines both readers give, in one place so that the exceljs path and this one cannot
 * drift apart. Only Uint8Array here: the reader is to run in a Web Worker too.
 */

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function startsWith(b: Uint8Array, magic: readonly number[]): boolean {
  if (b.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (b[i] !== magic[i]) return false;
  return true;
}

/** True when `text` occurs in the bytes, as UTF-16LE (`wide`) or as single bytes. */
export function bytesInclude(b: Uint8Array, text: string, wide = false): boolean {
  const needle: number[] = [];
  for (const ch of text) {
    needle.push(ch.charCodeAt(0));
    if (wide) needle.push(0);
  }
  const first = needle[0]!;
  for (let i = b.indexOf(first); i >= 0 && i + needle.length <= b.length; i = b.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && b[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

export const emptyFile = (name: string) => new WorkbookUnreadable("empty", name, "文件为空（0 字节）", "the file is empty (0 bytes)");

export const notXlsx = (name: string) =>
  new WorkbookUnreadable(
    "not-xlsx",
    name,
    "不是 .xlsx 文件（可能是改了扩展名的 CSV 或文本），请在 Excel/WPS 中另存为 .xlsx",
    "not an .xlsx file (perhaps a CSV or text file renamed); save it as .xlsx from Excel or WPS",
  );

export const corrupt = (name: string, cause?: unknown) =>
  new WorkbookUnreadable("corrupt", name, "文件已损坏或不完整", "the file is damaged or incomplete", cause);

export const xlsb = (name: string) =>
  new WorkbookUnreadable("not-xlsx", name, "这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx", "this is an Excel binary workbook (.xlsb); save it as .xlsx from Excel");

export const zipNotWorkbook = (name: string) =>
  new WorkbookUnreadable("not-xlsx", name, "是 zip 压缩包但不是 Excel 工作簿", "a zip archive, but not an Excel workbook");

/**
 * Both cases share one reason code (the fix is the same: save as .xlsx without a password), but the
 * CFB directory names its streams, which lets the message say which case this is.
 */
export function cfbProblem(b: Uint8Array, name: string): WorkbookUnreadable {
  const fix = ["请在 Excel/WPS 中另存为不带密码的 .xlsx", "save it as .xlsx without a password"] as const;
  if (bytesInclude(b, "EncryptionInfo", true)) {
    return new WorkbookUnreadable("legacy-xls-or-encrypted", name, `文件设有打开密码，${fix[0]}`, `the file is password-protected; ${fix[1]}`);
  }
  if (bytesInclude(b, "Workbook", true)) {
    return new WorkbookUnreadable("legacy-xls-or-encrypted", name, `这是旧版 .xls（Excel 97-2003）文件，${fix[0]}`, `this is a legacy .xls (Excel 97-2003) file; ${fix[1]}`);
  }
  return new WorkbookUnreadable("legacy-xls-or-encrypted", name, `文件设有密码或是旧版 .xls，${fix[0]}`, `password-protected or legacy .xls; ${fix[1]}`);
}

const MB = 1024 * 1024;

/** A limit passed: the file is refused, in one line, before it can take the machine's memory. */
export function tooLarge(name: string, what: string, limit: number, sheet?: string): WorkbookUnreadable {
  const not = ["不像是一份申报表", "this is not a form workbook"] as const;
  const where = sheet === undefined ? ["", ""] : [`工作表“${sheet}”`, `sheet "${sheet}" `];
  const [zh, en] = (() => {
    switch (what) {
      case "part":
      case "total":
        return [`解压后超过 ${Math.round(limit / MB)} MB`, `inflates past ${Math.round(limit / MB)} MB`];
      case "cells":
        return [`${where[0]}有超过 ${limit.toLocaleString("en-US")} 个单元格`, `${where[1] || "a sheet "}holds more than ${limit.toLocaleString("en-US")} cells`];
      case "string":
        return [`${where[0]}有单元格文字超过 ${limit.toLocaleString("en-US")} 个字符`, `${where[1] ? `a cell of ${where[1]}` : "a cell "}holds more than ${limit.toLocaleString("en-US")} characters`];
      case "sheets":
        return [`有超过 ${limit.toLocaleString("en-US")} 张工作表`, `holds more than ${limit.toLocaleString("en-US")} sheets`];
      default:
        return [`压缩包里有超过 ${limit.toLocaleString("en-US")} 个文件`, `the archive holds more than ${limit.toLocaleString("en-US")} files`];
    }
  })();
  return new WorkbookUnreadable("too-large", name, `${zh}，${not[0]}`, `${en}; ${not[1]}`);
}
