/**
 * Task pane entry: waits for office.js (loaded by its own <script> tag, never bundled) and mounts the pane
 * into #root. Outside Office — or if office.js could not load — the pane says so instead of failing.
 */
import { boot } from "./boot";

const container = document.getElementById("root");
if (container) boot(container, typeof Office === "undefined" ? undefined : Office);
