import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../support/tracked";

/**
 * What `npm pack` (and so `npm install -g ./jixiao-0.1.0.tgz`) ships: the launcher and the built CLI (lib/, which
 * .gitignore lists, so only package.json's `files` brings it in), the samples and the user docs; no sources, no tests.
 */

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { bin: Record<string, string>; files?: string[] };

describe("the npm package", () => {
  test("package.json lists what the command needs in `files`", () => {
    expect(pkg.files).toEqual(expect.arrayContaining(["bin/", "lib/"]));
    expect(pkg.bin.jixiao).toBe("bin/jixiao.js");
  });

  test("npm pack takes the launcher, the built CLI and the docs, and leaves sources and tests out", () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--ignore-scripts", "--json"], { cwd: REPO_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(["bin/jixiao.js", "package.json", "README.md", "docs/rules.md", "docs/report.md", "assets/samples/seed-2024.xlsx"]));
    // lib/ exists once `npm run build:cli` ran (npm test does, and `npm ci` through `prepare`).
    if (existsSync(join(REPO_ROOT, "lib", "cli", "main.js"))) expect(files).toContain("lib/cli/main.js");
    expect(files.filter((f) => /^(src|test|scripts|bench|node_modules|scratch|\.ci)\//.test(f))).toEqual([]);
  }, 60_000);
});
