import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { ROOT, buildAddin } from "./build";

/**
 * The built pane boots in a real browser outside Office: headless Chromium opens taskpane.html top-level (a framed
 * pane outside a host is sent to about:blank by office.js), office.js is served from our own origin (the
 * `--env localOffice` build), every other host is blocked, and the pane must show its "open this in Excel" state
 * with no page error and no CSP violation. A screenshot goes to scratch/pane-outside-office.png.
 *
 * Needs Chromium: CHROMIUM_PATH or /usr/bin/chromium (Debian: apt-get install chromium fonts-noto-cjk). Without one
 * the suite is skipped with one line on stderr saying how to enable it; with JIXIAO_REQUIRE_BROWSER=1 (CI) a missing
 * Chromium is a failing test with that line as its message.
 */

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const REQUIRE_BROWSER = process.env.JIXIAO_REQUIRE_BROWSER === "1";
const NO_CHROMIUM =
  `pane-boot：没有 Chromium（${CHROMIUM} 不存在），浏览器测试未运行；请设置 CHROMIUM_PATH=/path/to/chromium 或 apt-get install chromium / ` +
  `no Chromium at ${CHROMIUM}, the browser test did not run: set CHROMIUM_PATH=/path/to/chromium or apt-get install chromium`;

if (!HAVE_CHROMIUM && !REQUIRE_BROWSER) process.stderr.write(`${NO_CHROMIUM}\n`);

if (!HAVE_CHROMIUM && REQUIRE_BROWSER) {
  test("Chromium is there (JIXIAO_REQUIRE_BROWSER=1)", () => {
    throw new Error(NO_CHROMIUM);
  });
}
const OUTSIDE_OFFICE = /请在 Excel 中打开|Open this in Excel/;
const SCREENSHOT = join(ROOT, "scratch", "pane-outside-office.png");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

let out = "";
let profile = "";
let server: Server | undefined;
let origin = "";

/** A static file server for the build, on 127.0.0.1 and a free port. */
function serve(dir: string): Promise<Server> {
  const s = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^([/\\])+/, "");
    const file = join(dir, path === "" ? "taskpane.html" : path);
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve(s)));
}

(HAVE_CHROMIUM ? describe : describe.skip)("the built pane in headless Chromium", () => {
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "jixiao-pane-"));
    profile = mkdtempSync(join(tmpdir(), "jixiao-chromium-"));
    await buildAddin(out, { localOffice: true });
    server = await serve(out);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 240_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const dir of [out, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("the built pane opens outside Office, says so, and breaks no CSP rule", async () => {
    const context: BrowserContext = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      serviceWorkers: "block",
      viewport: { width: 360, height: 640 }, // about a task pane's size
      locale: "zh-CN",
    });
    try {
      const problems: string[] = [];
      const blocked: string[] = [];
      await context.route("**/*", (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === "127.0.0.1") return route.continue();
        blocked.push(url.href);
        return route.abort("blockedbyclient");
      });
      const page = context.pages()[0] ?? (await context.newPage());
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      page.on("console", (m) => {
        const text = m.text();
        if (m.type() === "error" || /Refused to|Content Security Policy/i.test(text)) problems.push(`console.${m.type()}: ${text}`);
      });
      // Injected by the DevTools protocol, so the page's own CSP does not apply to this listener.
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          console.error(`Refused to (CSP ${e.violatedDirective}) ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
        });
      });

      const response = await page.goto(`${origin}/taskpane.html`, { waitUntil: "load" });
      expect(response?.status()).toBe(200);
      expect(page.url()).toBe(`${origin}/taskpane.html`); // not sent to about:blank
      await page.getByText(OUTSIDE_OFFICE).first().waitFor({ state: "visible", timeout: 30_000 });
      await page.waitForLoadState("networkidle");

      mkdirSync(join(ROOT, "scratch"), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });

      expect(problems).toEqual([]);
      expect(blocked).toEqual([]); // outside Office the pane and office.js fetch nothing from the network
      expect(await page.evaluate(() => document.querySelectorAll("script:not([src])").length)).toBe(0);
      // taskpane.html's no-script fallback (for legacy webviews) is gone once the pane has mounted.
      expect(await page.locator("#boot-fallback").count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 60_000);
});
