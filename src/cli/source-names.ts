import * as path from "node:path";

/**
 * How the sheet names each source: its file name, or, when two inputs share a file name (two units both
 * sending 绩效目标申报表.xlsx), its path relative to the working folder.
 */
export function sourceNames(inputs: readonly string[], cwd: string = process.cwd()): string[] {
  const base = inputs.map((p) => path.basename(p));
  const count = new Map<string, number>();
  for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
  return inputs.map((p, i) => (count.get(base[i]!)! > 1 ? slashes(path.relative(cwd, path.resolve(cwd, p))) : base[i]!));
}

const slashes = (p: string) => p.split(path.sep).join("/");
