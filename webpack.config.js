/**
 * Builds the Excel add-in's web pages into dist/: taskpane.html (the pane), commands.html (the ribbon's
 * FunctionFile), outcome.html (the dialog a ribbon command opens to report what it did), help.html
 * (SupportUrl / LearnMoreUrl), and the manifest's icons under assets/.
 *
 *   npm run build                         production, minified, contenthash file names → dist/
 *   npm run dev-server                    development over https://localhost:3000 (office-addin-dev-certs)
 *   webpack --env localOffice             test build: office.js served from our own origin, CDN dropped from the CSP
 *   webpack --env outDir=/tmp/x           build somewhere else (tests and the bench build into os.tmpdir())
 *
 * office.js is never bundled: it must be loaded by a plain <script src=".../office.js"> because it finds its
 * sibling files (host scripts, locale strings, telemetry) relative to that tag.
 * Certificates are only touched by `webpack serve` (never during a build or in CI).
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_JS_CDN = `${OFFICE_ORIGIN}/lib/1/hosted/office.js`;
const DEV_SERVER_PORT = 3000;

/**
 * The pane's Content-Security-Policy (a <meta http-equiv>, the first element of <head> in the templates).
 * - script-src: our own bundles + the office.js CDN only (office.js loads its host and locale scripts from the
 *   same folder). No 'unsafe-inline', no 'unsafe-eval' (office.js needs neither; dev builds use source maps, not eval).
 * - style-src 'unsafe-inline': Fluent UI v9 (Griffel) inserts <style> elements at run time, and Excel on the web's
 *   host script sets inline styles. A nonce is useless in a static meta tag.
 * - connect-src 'self': the pane talks to nothing. office.js's own usage telemetry (oteljs → *.pipe.aria.microsoft.com)
 *   is deliberately not allowed: blocking it only drops Microsoft's telemetry (a CSP report in the console) and keeps
 *   the add-in from talking to third parties. The dev server adds its live-reload websocket.
 * - default-src 'self' covers frames/workers/media; object-src 'none'; base-uri 'self'; form-action 'none'.
 *   frame-ancestors is ignored in a meta tag (Excel on the web frames the pane), so it is left out.
 */
function contentSecurityPolicy({ localOffice, devServer }) {
  return [
    "default-src 'self'",
    `script-src 'self'${localOffice ? "" : ` ${OFFICE_ORIGIN}`}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${devServer ? ` wss://localhost:${DEV_SERVER_PORT}` : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** The help page has no script at all. */
const HELP_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const devServer = Boolean(env.WEBPACK_SERVE);
  const localOffice = Boolean(env.localOffice);
  const outDir = typeof env.outDir === "string" ? path.resolve(env.outDir) : path.resolve(__dirname, "dist");
  const csp = contentSecurityPolicy({ localOffice, devServer });
  const officeJs = localOffice ? "office-js/office.js" : OFFICE_JS_CDN;

  const page = (name) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: path.resolve(__dirname, `src/${name}/${name}.html`),
      chunks: [name],
      scriptLoading: "defer",
      inject: "head",
      csp,
      officeJs,
    });

  const config = {
    mode,
    context: __dirname,
    devtool: mode === "development" ? "source-map" : false, // never "eval": the CSP has no 'unsafe-eval'
    entry: {
      // src/web/no-eval.ts runs first: it keeps zod from probing for eval (a CSP violation) before any schema exists.
      taskpane: ["./src/web/no-eval.ts", "./src/taskpane/index.tsx"],
      commands: ["./src/web/no-eval.ts", "./src/commands/commands.ts"],
      // The dialog a ribbon command opens to report its outcome (plain DOM, no zod, no React).
      outcome: ["./src/outcome/outcome.ts"],
    },
    output: {
      path: outDir,
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            transpileOnly: true, // types are checked by `npm run typecheck`
            configFile: path.resolve(__dirname, "tsconfig.json"),
            // ES modules so webpack can tree-shake Fluent UI (tsconfig's commonjs is for Node and jest).
            compilerOptions: { module: "esnext", sourceMap: mode === "development" },
          },
        },
      ],
    },
    plugins: [
      page("taskpane"),
      page("commands"),
      page("outcome"),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: path.resolve(__dirname, "src/help/help.html"),
        chunks: [],
        inject: false,
        csp: HELP_CSP,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          ...(localOffice
            ? [
                {
                  // Only what office.js needs to boot; minimized: true keeps terser off these files.
                  from: "node_modules/@microsoft/office-js/dist/{office.js,o15apptofilemappingtable.js}",
                  to: "office-js/[name][ext]",
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
    // The pane's size budget (150 KiB gzipped JS) is measured by `npm run bench` and bounded by test/addin/csp.test.ts;
    // webpack's own hints count uncompressed bytes, which says little here.
    performance: { hints: false },
    stats: "errors-warnings",
  };

  if (devServer) {
    // Only `webpack serve` touches certificates: getHttpsServerOptions() creates and trusts a localhost CA if needed.
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    config.devServer = {
      port: DEV_SERVER_PORT,
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: { ca, key, cert } },
    };
  }
  return config;
};
