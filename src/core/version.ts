/** Kept in step with package.json by a test; the core may not read files. */
export const TOOL = { name: "jixiao", version: "0.1.0" } as const;
