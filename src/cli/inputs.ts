import { promises as fs } from "node:fs";
import * as path from "node:path";

/** A folder given as input that holds no workbook: said, never silently read as "nothing wrong". */
export interface EmptyFolder {
  folder: string;
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;
/** Office's lock files (~$name.xlsx) sit beside every open workbook and hold no workbook. */
const LOCK_FILE = /^~\$/;

/**
 * The files to read, in the order given: a file stays as written (opening it says what is wrong with it), a
 * folder becomes its workbooks and those of its subfolders, sorted by path so runs are reproducible. The same
 * file reached twice is read once. Hidden entries (".git", ".cache") and symlinked folders are not walked,
 * which also keeps a link loop from running forever.
 */
export async function expandInputs(inputs: readonly string[]): Promise<{ files: string[]; emptyFolders: EmptyFolder[]; repeated: string[] }> {
  const files: string[] = [];
  const emptyFolders: EmptyFolder[] = [];
  const repeated: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = path.resolve(f);
    if (seen.has(key)) {
      repeated.push(f);
      return;
    }
    seen.add(key);
    files.push(f);
  };
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (!stat?.isDirectory()) {
      add(input);
      continue;
    }
    const found = await workbooksUnder(input);
    if (!found.length) emptyFolders.push({ folder: input });
    for (const f of found) add(f);
  }
  return { files, emptyFolders, repeated };
}

async function workbooksUnder(folder: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = path.join(folder, e.name);
    if (e.isDirectory()) out.push(...(await workbooksUnder(full)));
    else if ((e.isFile() || e.isSymbolicLink()) && WORKBOOK.test(e.name) && !LOCK_FILE.test(e.name)) out.push(full);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
