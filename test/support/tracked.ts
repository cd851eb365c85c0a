import { execFileSync } from "node:child_process";
import { join } from "node:path";

export const REPO_ROOT = join(__dirname, "..", "..");

/** The files git tracks in this checkout, as repository-relative paths with "/" separators. */
export function trackedFiles(): string[] {
  const out = execFileSync("git", ["ls-files", "-z"], { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return out.split("\0").filter((f) => f !== "");
}
