import { fstatSync, promises as fs, statSync } from "fs";
import * as path from "path";
import { randomBytes } from "crypto";
import type { Workbook } from "exceljs";
import { FileProblem } from "./file-problem";
import { osPhrase } from "./os-error";

export type OutputRefusedReason = "same-as-input" | "is-directory" | "write-failed" | "bad-extension" | "kind-mismatch" | "macros-not-kept" | "structure-protected";

/** Why an output file was not written. */
export class OutputRefused extends FileProblem<OutputRefusedReason> {
  override readonly name = "OutputRefused";
  constructor(reason: OutputRefusedReason, file: string, zh: string, en: string, cause?: unknown) {
    super({ zh: "无法写入", en: "cannot write" }, reason, file, zh, en, cause);
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
 * Writes an output file (the annotated copy, the JSON report). A new or regular file is written through a
 * temp file in the same folder and a rename, so a crash or a full disk never leaves a half-written file where
 * the user expects a good one; the temp file is the only other name ever created, and it is gone when this
 * returns. Anything else is written through, never replaced: a symlink (its target gets the bytes, the link
 * stays), a device (/dev/stdout, /dev/null), a named pipe, and a file with other hard links (every name keeps
 * seeing the same file). Refuses when `outPath` reaches any of `protectedPaths` (the input, another output of
 * the same run).
 */
export async function writeOutput(outPath: string, data: Buffer | string, protectedPaths: readonly string[]): Promise<void> {
  await refuseProtected(outPath, protectedPaths);
  const link = await fs.lstat(outPath).catch(() => null);
  const target = link?.isSymbolicLink() ? await fs.stat(outPath).catch(() => null) : link;
  if (link && (link.isSymbolicLink() || !link.isFile() || link.nlink > 1)) {
    if (target?.isDirectory()) throw new OutputRefused("is-directory", outPath, "这是一个文件夹", "it is a directory");
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

/**
 * A device, a pipe, or this process's stdout (`--out /dev/stdout > copy.xlsx`): a stream whose real name, if any,
 * the user chose outside jixiao, so there is no name to hold to the workbook's kind.
 */
function isStream(file: string): boolean {
  try {
    return !statSync(file).isFile() || isStandardOutput(file);
  } catch {
    return false;
  }
}

/** True when `file` is where this process's stdout goes (`--out /dev/stdout`, `--out /proc/self/fd/1`). */
export function isStandardOutput(file: string): boolean {
  try {
    const [out, one] = [statSync(file), fstatSync(1)];
    return out.dev === one.dev && out.ino === one.ino;
  } catch {
    return false;
  }
}

export type WorkbookKind = "xlsx" | "xlsm";

/** The kind an output's name promises; null when it is neither (Excel refuses content under the wrong extension). */
export function kindOfName(file: string): WorkbookKind | null {
  const ext = path.extname(file).toLowerCase();
  return ext === ".xlsx" ? "xlsx" : ext === ".xlsm" ? "xlsm" : null;
}

/**
 * Refuses a workbook output whose name does not match what will be in it. A copy of a macro workbook is refused
 * too: the writer would drop vbaProject.bin, and a copy that loses the user's macros is not their file.
 */
export function refuseWorkbookName(outPath: string, inputKind: WorkbookKind): void {
  const kind = kindOfName(outPath);
  if (inputKind === "xlsx" && isStream(outPath)) return;
  if (kind === null) {
    throw new OutputRefused("bad-extension", outPath, "工作簿副本的文件名必须以 .xlsx 或 .xlsm 结尾", "a workbook copy must be named .xlsx or .xlsm");
  }
  if (inputKind === "xlsm") {
    throw new OutputRefused("macros-not-kept", outPath, "输入是含宏的工作簿（.xlsm），写出副本会丢失宏，暂不支持；检查本身不受影响（去掉 --out 即可）", "the input is a macro workbook (.xlsm) and a copy would lose its macros, which is not supported yet; checking works without --out");
  }
  if (kind !== inputKind) {
    throw new OutputRefused("kind-mismatch", outPath, "输入是 .xlsx 工作簿，副本也必须以 .xlsx 结尾", "the input is an .xlsx workbook, so the copy must be named .xlsx too");
  }
}

function writeFailure(outPath: string, e: unknown): OutputRefused {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  // The temp file sits beside the output, so ENOENT here means the folder, not the file.
  const phrase = code === "ENOENT" || code === "ENOTDIR" ? { zh: "所在的文件夹不存在", en: "its folder does not exist" } : osPhrase(e);
  return new OutputRefused("write-failed", outPath, phrase.zh, phrase.en, e);
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
