import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OFFICE_JS_CDN, OFFICE_ORIGIN, buildAddin, bundleFiles, paneSize, parseHtml, scriptSources } from "./build";

/**
 * The production build's pages carry a strict Content-Security-Policy, first in <head>, and run no inline script.
 * One production build (`webpack --mode production`, the CDN variant that ships) into a temp folder.
 */

const PAGES = ["taskpane.html", "commands.html"];
let out = "";

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "jixiao-csp-"));
  await buildAddin(out);
}, 240_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

const page = (name: string): Document => parseHtml(readFileSync(join(out, name), "utf8"));

/** "a b; c d" → { a: ["b"], c: ["d"] } */
function directives(policy: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const part of policy.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) {
      expect(result[name.toLowerCase()]).toBeUndefined(); // a repeated directive is ignored by browsers: a bug
      result[name.toLowerCase()] = values;
    }
  }
  return result;
}

function policyOf(doc: Document): Record<string, string[]> {
  const metas = Array.from(doc.querySelectorAll("meta[http-equiv]")).filter((m) => m.getAttribute("http-equiv")!.toLowerCase() === "content-security-policy");
  expect(metas).toHaveLength(1);
  return directives(metas[0]!.getAttribute("content")!);
}

describe.each(PAGES)("built %s", (name) => {
  test("the CSP meta is the first element in <head>", () => {
    const first = page(name).head.firstElementChild!;
    expect(first.localName).toBe("meta");
    expect(first.getAttribute("http-equiv")?.toLowerCase()).toBe("content-security-policy");
    expect(first.getAttribute("content")).toMatch(/script-src/);
  });

  test("script-src allows only 'self' and the office.js CDN; no 'unsafe-eval', no 'unsafe-inline' scripts, no wildcard", () => {
    const csp = policyOf(page(name));
    expect(csp["script-src"]).toEqual(["'self'", OFFICE_ORIGIN]);
    expect(csp["default-src"]).toEqual(["'self'"]);
    for (const [directive, values] of Object.entries(csp)) {
      expect([directive, values.filter((v) => v === "'unsafe-eval'" || v === "'wasm-unsafe-eval'")]).toEqual([directive, []]);
      expect([directive, values.filter((v) => v.includes("*") || v === "http:" || v === "https:" || v === "data:" && /script|default/.test(directive))]).toEqual([directive, []]);
    }
    expect(csp["script-src-elem"]).toBeUndefined();
    expect(csp["script-src-attr"]).toBeUndefined();
  });

  test("the other directives are as strict as the pane allows", () => {
    const csp = policyOf(page(name));
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'self'"]);
    expect(csp["form-action"]).toEqual(["'none'"]);
    expect(csp["connect-src"]).toEqual(["'self'"]);
    expect(csp["style-src"]).toEqual(["'self'", "'unsafe-inline'"]); // Fluent UI v9 inserts <style> at run time
  });

  test("no inline script and no inline event handlers; office.js is a plain CDN tag before our bundles", () => {
    const doc = page(name);
    const sources = scriptSources(doc);
    expect(sources).not.toContain(""); // every <script> has a src
    for (const el of Array.from(doc.querySelectorAll("*"))) {
      const handlers = Array.from(el.attributes).filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value));
      expect(handlers.map((a) => a.name)).toEqual([]);
    }
    expect(sources[0]).toBe(OFFICE_JS_CDN);
    expect(sources.filter((s) => s === OFFICE_JS_CDN)).toHaveLength(1);
    const bundles = bundleFiles(doc);
    expect(bundles).toHaveLength(sources.length - 1);
    expect(bundles.length).toBeGreaterThan(0);
    for (const file of bundles) {
      expect(file).toMatch(/^[\w-]+\.[0-9a-f]{8}\.js$/); // contenthash names: caches can keep them forever
      expect(existsSync(join(out, file))).toBe(true);
    }
  });
});

describe("the production build", () => {
  test("never bundles or copies office.js", () => {
    const files = readdirSync(out, { recursive: true }).map(String);
    expect(files.filter((f) => /(^|\/)office(\.debug)?\.js$/.test(f))).toEqual([]);
    for (const f of files.filter((f) => f.endsWith(".js"))) {
      expect([f, readFileSync(join(out, f), "utf8").includes("OSF._OfficeAppFactory")]).toEqual([f, false]);
    }
  });

  test("ships the manifest's icons and the help page", () => {
    for (const f of ["assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png", "help.html"]) {
      expect([f, existsSync(join(out, f))]).toEqual([f, true]);
    }
    const help = page("help.html");
    expect(help.head.firstElementChild!.getAttribute("http-equiv")).toBe("Content-Security-Policy");
    expect(scriptSources(help)).toEqual([]);
  });

  test("the pane's JS stays under the 200 KiB gzipped ceiling (the target, 150 KiB, is reported by npm run bench)", () => {
    const size = paneSize(out);
    expect(size.files.length).toBeGreaterThan(0);
    expect(size.gzipBytes / 1024).toBeLessThanOrEqual(200);
  });
});
