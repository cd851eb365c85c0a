import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildAddin, paneSize } from "../test/addin/build";

/**
 * The task pane's weight as Excel downloads it: a production build (webpack --mode production, into a temp folder),
 * then every JS file taskpane.html loads (office.js excluded: it comes from Microsoft's CDN), gzipped.
 * Budget from the issue: 150 KiB gzipped (200 KiB hard ceiling, enforced by test/addin/csp.test.ts).
 * `npm run bench` runs it last; `npx tsx bench/pane-size.ts` runs it alone.
 */

export const PANE_LIMIT_KIB = 150;

export async function benchPaneSize(): Promise<{ gzipKiB: number; limitKiB: number }> {
  const out = mkdtempSync(join(tmpdir(), "jixiao-pane-size-"));
  try {
    const t0 = performance.now();
    await buildAddin(out);
    const buildMs = performance.now() - t0;
    const size = paneSize(out);
    const kib = (n: number) => +(n / 1024).toFixed(1);
    const gzipKiB = kib(size.gzipBytes);
    const files = size.files.map((f) => `${f.file} ${kib(f.bytes)} KiB → ${kib(f.gzipBytes)} KiB gz`).join(", ");
    const verdict = gzipKiB <= PANE_LIMIT_KIB ? "within" : "OVER";
    console.log(`pane: ${kib(size.bytes)} KiB of JS, ${gzipKiB} KiB gzipped (${verdict} the ${PANE_LIMIT_KIB} KiB budget) · ${files} · build ${(buildMs / 1000).toFixed(1)} s`);
    console.log(JSON.stringify({ bench: "pane-size", gzipKiB, limitKiB: PANE_LIMIT_KIB }));
    return { gzipKiB, limitKiB: PANE_LIMIT_KIB };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchPaneSize().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
