import { promises as fs } from "fs";
import * as path from "path";
import { randomBytes } from "crypto";
import type { Workbook } from "exceljs";

export type OutputRefusedReason = "same-as-input" | "is-directory" | "write-failed" | "structure-protected";

/** Why an output file was not written. Like WorkbookUnreadable: one bilingual line, no stack trace. */
export class OutputRefused extends Error {
  override readonly name = "OutputRefused";
  constructor(
    readonly reason: OutputRefusedReason,
    readonly file: string,
    zh: string,
    en: string,
    override readonly cause?: unknown,
  ) {
    super(`无法写入 ${file}：${zh} / cannot write ${file}: ${en}`);
  }
}

export interface SaveOptions {
  /** The file the workbook was read from: the tool promises never to modify it. */
  inputPath?: string;
}

/** Writes the workbook to `outPath` atomically; refuses to write over the input. */
export async function saveWorkbook(wb: Workbook, outPath: string, options: SaveOptions = {}): Promise<void> {
  await refuseProtected(outPath, options.inputPath === undefined ? [] : [options.inputPath]);
  let data: Buffer;
  try {
    data = Buffer.from(await wb.xlsx.writeBuffer());
  } catch (e) {
    throw new OutputRefused("write-failed", outPath, "生成 .xlsx 失败", "could not build the .xlsx", e);
  }
  await writeOutput(outPath, data, []);
}

/**
 * Writes an output file (the annotated copy, the JSON report) through a temp file in the same directory and
 * a rename, so a crash or a full disk never leaves a half-written file where the user expects a good one.
 * Refuses when `outPath` reaches any of `protectedPaths` (the input, another output of the same run).
 */
export async function writeOutput(outPath: string, data: Buffer | string, protectedPaths: readonly string[]): Promise<void> {
  await refuseProtected(outPath, protectedPaths);
  // Atomic replacement is for regular files only: renaming over /dev/null, /dev/stdout or a named pipe
  // would replace the device itself. Those are written in place.
  const existing = await fs.stat(outPath).catch(() => null);
  if (existing && !existing.isFile()) {
    try {
      await fs.writeFile(outPath, data);
      return;
    } catch (e) {
      throw writeFailure(outPath, e);
    }
  }
  const dir = path.dirname(path.resolve(outPath));
  const tmp = path.join(dir, `.${path.basename(outPath)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    // "wx": never reuse a file someone else created under the temp name.
    const handle = await fs.open(tmp, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, outPath);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw writeFailure(outPath, e);
  }
}

/** Throws OutputRefused when `outPath` cannot be an output: it is a protected file or a directory. */
export async function refuseProtected(outPath: string, protectedPaths: readonly string[]): Promise<void> {
  for (const p of protectedPaths) {
    if (await sameFile(outPath, p)) {
      throw new OutputRefused("same-as-input", outPath, "与本次的输入或另一个输出是同一个文件，不会覆盖；请另选文件名", "it is the input or another output of this run, which is never overwritten; choose another name");
    }
  }
  const existing = await fs.stat(outPath).catch(() => null);
  if (existing?.isDirectory()) throw new OutputRefused("is-directory", outPath, "这是一个文件夹", "it is a directory");
}

function writeFailure(outPath: string, e: unknown): OutputRefused {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? "unknown";
  const [zh, en] =
    code === "ENOENT" || code === "ENOTDIR" ? ["所在的文件夹不存在", "its folder does not exist"]
    : code === "EACCES" ? ["没有写入权限", "permission denied"]
    : code === "EBUSY" || code === "EPERM" ? ["文件正被其他程序（如 Excel）打开", "the file is open in another program (Excel?)"]
    : code === "ENOSPC" ? ["磁盘已满", "the disk is full"]
    : [`写入失败（${code}）`, `write failed (${code})`];
  return new OutputRefused("write-failed", outPath, zh, en, e);
}

/**
 * True when both names reach the same file: same resolved path, same path after following symlinks
 * (also covers a case-insensitive file system), or the same inode (hard links).
 */
async function sameFile(a: string, b: string): Promise<boolean> {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  const [sa, sb] = await Promise.all([fs.stat(ra).catch(() => null), fs.stat(rb).catch(() => null)]);
  if (sa && sb && sa.dev === sb.dev && sa.ino === sb.ino) return true;
  // The output may not exist yet while its directory is a symlink to the input's directory.
  const [da, db] = await Promise.all([realDir(ra), realDir(rb)]);
  return da !== null && da === db;
}

async function realDir(p: string): Promise<string | null> {
  const real = await fs.realpath(path.dirname(p)).catch(() => null);
  return real === null ? null : path.join(real, path.basename(p));
}
