// Flat config (eslint 9). typescript-eslint's recommended rules everywhere, plus the Office add-in rules for the
// code that runs in Excel. The plugin's own presets are skipped on purpose: they turn on prettier and an older
// bundled parser (see scratch/office-research.md §6), so its eight rules are listed here instead.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

export default tseslint.config(
  {
    ignores: ["dist/**", "lib/**", "coverage/**", "node_modules/**", "scratch/**", "bench/out/**"],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names and rest siblings are deliberate discards (tsc's noUnused* checks the rest).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Note: the plugin recognises a sync only when it is spelled `context.sync()` (the variable must be named
    // `context`); with any other name the sync-order rules report false positives and no-context-sync-in-loop is blind.
    files: ["src/**/*.{ts,tsx}"],
    // src/xlsx is the exceljs adapter: its objects share names with Office.js (cell.master, isMerged, load)
    // but have no load/sync protocol, so these rules only produce false positives there.
    ignores: ["src/xlsx/**"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // Tests load modules that register themselves at import (Office.actions.associate) inside
    // jest.isolateModules(() => require(...)); that needs require().
    files: ["test/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // CommonJS files run by Node directly (webpack, jest, the icon script, the CLI launcher).
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly", Buffer: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
