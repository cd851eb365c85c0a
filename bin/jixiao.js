#!/usr/bin/env node
"use strict";
// A reader that stops early (`jixiao check … | head`) closes the pipe: that is not a failure of jixiao. Later
// writes are dropped quietly and the run finishes, so --out and --json files are still written and the exit
// code still says what was found.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e && (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED")) return;
    throw e;
  });
}
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && /lib[\\/]cli[\\/]main/.test(String(e.message))) {
    process.stderr.write("jixiao: 命令行尚未构建，请先在项目目录运行 npm install（或 npm run build:cli） / the command line is not built yet; run `npm install` (or `npm run build:cli`) in the project first\n");
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
