import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { JSDOM } from "jsdom";

/** Support for the add-in tests and the pane-size bench: build the web pages, read what a page loads. */

export const ROOT = join(__dirname, "..", "..");
export const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";
export const OFFICE_JS_CDN = `${OFFICE_ORIGIN}/lib/1/hosted/office.js`;

export interface BuildOptions {
  /** The test build: office.js from our own origin (office-js/office.js) and no CDN in the CSP. */
  localOffice?: boolean;
}

/**
 * Runs `webpack --mode production` (the project's webpack.config.js) in a child process, into outDir.
 * A child process, not the Node API: webpack and ts-loader then load outside jest's module registry.
 * Never touches certificates (that only happens under `webpack serve`).
 */
export function buildAddin(outDir: string, options: BuildOptions = {}): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const args = [cli, "--mode", "production", "--env", `outDir=${outDir}`];
  if (options.localOffice) args.push("--env", "localOffice");
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`webpack failed (${error.message}):\n${stdout}\n${stderr}`));
      else resolve();
    });
  });
}

/** Parses built HTML without running any of its scripts. */
export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

/** The src of every <script> of a page, in document order (inline scripts give ""). */
export function scriptSources(doc: Document): string[] {
  return Array.from(doc.querySelectorAll("script"), (s) => s.getAttribute("src") ?? "");
}

/** Our own JS files a built page loads (relative to the output folder): everything but office.js. */
export function bundleFiles(doc: Document): string[] {
  return scriptSources(doc).filter((src) => src !== "" && !/(^|\/)office\.js$/.test(src) && !/^[a-z]+:/i.test(src));
}

export interface PaneSize {
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

/** Sizes (raw and gzipped, zlib's default level as a web server would use) of the JS taskpane.html loads. */
export function paneSize(outDir: string): PaneSize {
  const doc = parseHtml(readFileSync(join(outDir, "taskpane.html"), "utf8"));
  const files = bundleFiles(doc).map((file) => {
    const body = readFileSync(join(outDir, file));
    return { file, bytes: body.length, gzipBytes: gzipSync(body).length };
  });
  return {
    files,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
  };
}
