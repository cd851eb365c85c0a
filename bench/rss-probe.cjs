// Preloaded by bench/hard-inputs.ts (node -r): writes this process's peak resident memory on exit.
"use strict";
const out = process.env.JIXIAO_RSS_OUT;
if (out) process.on("exit", () => require("node:fs").writeFileSync(out, String(process.resourceUsage().maxRSS)));
