/**
 * First module of every web entry (webpack.config.js puts it there), before anything creates a zod schema.
 *
 * The pane's Content-Security-Policy has no 'unsafe-eval'. zod 4 compiles object parsers with `new Function`
 * unless `jitless` is set, and its probe for that permission — although caught — makes the browser file a CSP
 * violation report on every load. Jitless parsing is plenty fast for settings and saved marks.
 */
import { config } from "zod/mini";

config({ jitless: true });
