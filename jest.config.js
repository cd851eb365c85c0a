/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: {
    // Type-checking is `npm run typecheck`; jest only transpiles, which keeps the suite fast.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  moduleNameMapper: {
    // office-addin-mock pulls office-addin-manifest, whose entry loads ESM-only packages; the mock needs only
    // the OfficeApp enum from this one CommonJS file (toolchain guide).
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
