import { readFileSync } from "node:fs";
import { posix } from "node:path";
import { REPO_ROOT, trackedFiles } from "../support/tracked";

/**
 * Every relative link in README.md and docs/*.md resolves to a file git tracks (a clone has it), and every
 * #anchor names a heading or an <a name> of its page. A link to a folder beside the project would break in a
 * clone.
 */

const tracked = new Set(trackedFiles());
const pages = [...tracked].filter((f) => f === "README.md" || /^docs\/[^/]+\.md$/.test(f));

/** The page without code: fenced blocks and inline code are examples, not links. */
const prose = (md: string) => md.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");

/** Markdown link targets: [text](target) and ![alt](target), without a title. */
function links(md: string): string[] {
  return [...prose(md).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
}

/** GitHub's heading anchors (lower case, punctuation dropped, spaces to "-") and explicit <a name>s. */
function anchors(md: string): Set<string> {
  const out = new Set<string>();
  for (const m of prose(md).matchAll(/^#{1,6}\s+(.+?)\s*$/gm)) {
    out.add(m[1]!.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-"));
  }
  for (const m of md.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) out.add(m[1]!);
  return out;
}

describe("links in README.md and docs/*.md", () => {
  test("the pages are found (README.md, docs/rules.md, docs/report.md)", () => {
    expect(pages).toEqual(expect.arrayContaining(["README.md", "docs/rules.md", "docs/report.md"]));
  });

  test.each(pages.map((p) => [p]))("%s: every relative link is a tracked file of the repository", (page) => {
    const md = readFileSync(posix.join(REPO_ROOT, page), "utf8");
    const broken: string[] = [];
    for (const link of links(md)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // https:, mailto:
      const [path, fragment] = link.split("#") as [string, string | undefined];
      const target = path === "" ? page : posix.normalize(posix.join(posix.dirname(page), decodeURI(path)));
      if (target.startsWith("../") || !tracked.has(target)) {
        broken.push(link);
        continue;
      }
      if (fragment && target.endsWith(".md") && !anchors(readFileSync(posix.join(REPO_ROOT, target), "utf8")).has(decodeURI(fragment))) {
        broken.push(link);
      }
    }
    expect(broken).toEqual([]);
  });

  test("the link finder sees links, and skips code", () => {
    expect(links("see [a](docs/a.md#x) and ![b](p.png) but not `[c](d)`\n```\n[e](f)\n```\n")).toEqual(["docs/a.md#x", "p.png"]);
  });
});
