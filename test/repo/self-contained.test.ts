import { readFileSync } from "node:fs";
import { posix } from "node:path";
import { REPO_ROOT, trackedFiles } from "../support/tracked";

/**
 * The project stands on its own: no tracked file reaches outside the repository (a clone has nothing beside it).
 * Before the fixtures and the rule contract were copied in, tests read them from the requirement folder next to
 * the checkout, and one helper held an absolute path; this test would have failed on each of them.
 *
 * The patterns are built from pieces so that this file does not match itself.
 */

const UP = "..";
/** Text that names the requirement folder beside the checkout, or the machine's work folder. */
const FORBIDDEN = [`${UP}/shared`, `${UP}\\shared`, `/${"work"}/`];

/** Binary files (a NUL byte near the start) are not read as text. */
const isBinary = (buf: Buffer) => buf.subarray(0, 8000).includes(0);

/** Where `segments` lead from `from` (a folder relative to the root, "" for the root): null when above the root. */
function walk(from: string, segments: string[]): string | null {
  const parts = from === "" ? [] : from.split("/");
  for (const seg of segments.flatMap((s) => s.split(/[\\/]/))) {
    if (seg === "" || seg === ".") continue;
    if (seg === UP) {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join("/");
}

/** The relative paths in a file that climb above the repository's root, each with its line. */
function climbs(file: string, text: string): string[] {
  const dir = posix.dirname(file) === "." ? "" : posix.dirname(file);
  const found: string[] = [];
  const lineOf = (index: number) => text.slice(0, index).split("\n").length;
  // A quoted relative path (an import or require specifier, a readFile argument, any path literal) or a
  // Markdown link target, resolved from the file's folder.
  const literal = new RegExp(String.raw`(["'\x60])((?:\.\.?[\\/])+[^"'\x60\s]*)\1|\]\(((?:\.\.?/)+[^)\s]*)\)`, "g");
  for (const m of text.matchAll(literal)) {
    const path = m[2] ?? m[3]!;
    if (walk(dir, [path]) === null) found.push(`${file}:${lineOf(m.index)}: ${path}`);
  }
  // A join or resolve call on __dirname with literal pieces ("..", "fixtures") walks from the file's folder; one on
  // a ROOT constant walks from the root.
  const call = new RegExp(String.raw`\b(?:join|resolve)\(\s*(__dirname|\w*ROOT\w*)((?:\s*,\s*(["'])[^"']*\3)+)`, "g");
  for (const m of text.matchAll(call)) {
    const args = [...m[2]!.matchAll(/(["'])([^"']*)\1/g)].map((a) => a[2]!);
    if (walk(m[1] === "__dirname" ? dir : "", args) === null) found.push(`${file}:${lineOf(m.index)}: ${m[0]}`);
  }
  return found;
}

const files = trackedFiles().filter((f) => f !== "package-lock.json");
const texts = files.flatMap((f) => {
  const buf = readFileSync(posix.join(REPO_ROOT, f));
  return isBinary(buf) ? [] : [[f, buf.toString("utf8")] as const];
});

describe("no tracked file reaches outside the repository", () => {
  test("the files are read (the tracked text files, binary ones skipped)", () => {
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.map(([f]) => f)).toEqual(expect.arrayContaining(["README.md", "package.json", ".ci/run", "test/support/fixtures.ts"]));
    expect(texts.map(([f]) => f)).not.toContain("test/fixtures/seed-2024.xlsx");
  });

  test("none names the requirement folder beside the checkout or an absolute work path", () => {
    const hits = texts.flatMap(([f, text]) => FORBIDDEN.filter((p) => text.includes(p)).map((p) => `${f}: ${p}`));
    expect(hits).toEqual([]);
  });

  test("no relative path climbs above the repository's root", () => {
    expect(texts.flatMap(([f, text]) => climbs(f, text))).toEqual([]);
  });

  test("the climb finder catches what used to be there, and lets in-repo paths be", () => {
    const q = (s: string) => `"${s}"`;
    expect(climbs("test/support/fixtures.ts", `join(__dirname, ${q(UP)}, ${q(UP)}, ${q(UP)}, ${q("sibling")}, "fixtures")`)).toHaveLength(1);
    expect(climbs("test/core/rules/c.test.ts", `path.resolve(__dirname, ${q(`${UP}/${UP}/${UP}/${UP}/x/y.md`)})`)).toHaveLength(2);
    expect(climbs("README.md", `[x](${UP}/x/outputs.md)`)).toHaveLength(1);
    expect(climbs("bench/run.ts", `join(ROOT, ${q(UP)})`)).toHaveLength(1);
    expect(climbs("test/support/fixtures.ts", `join(__dirname, ${q(UP)}, "fixtures"); import { a } from ${q(`${UP}/${UP}/src/a`)}`)).toEqual([]);
    expect(climbs("src/core/rules/form/a.ts", `import { b } from ${q(`${UP}/${UP}/${UP}/b`)}`)).toEqual([]);
  });
});
