import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ReportSchema } from "../../src/core/report/schema";

/**
 * docs/report.md is the JSON report's contract for users: it must name every field of the zod schema (at any
 * depth) and every value an enum field can take, in both languages, so it cannot silently fall behind.
 */

const doc = readFileSync(join(__dirname, "..", "..", "docs", "report.md"), "utf8");
const [zh, en] = doc.split('<a name="english"></a>') as [string, string | undefined];

interface ZodLike {
  _zod: { def: { type: string; shape?: Record<string, ZodLike>; innerType?: ZodLike; element?: ZodLike; entries?: Record<string, string>; values?: unknown[] } };
}

/** Every field name (with its path) and every enum or literal value (with its field's path) in a schema. */
function walk(schema: ZodLike, path: string, fields: [string, string][], values: [string, string][]): void {
  const def = schema._zod.def;
  switch (def.type) {
    case "object":
      for (const [key, child] of Object.entries(def.shape!)) {
        fields.push([path ? `${path}.${key}` : key, key]);
        walk(child, path ? `${path}.${key}` : key, fields, values);
      }
      break;
    case "optional":
    case "nullable":
      walk(def.innerType!, path, fields, values);
      break;
    case "array":
      walk(def.element!, `${path}[]`, fields, values);
      break;
    case "enum":
      for (const v of Object.values(def.entries!)) values.push([path, String(v)]);
      break;
    case "literal":
      for (const v of def.values!) values.push([path, String(v)]);
      break;
  }
}

const fields: [string, string][] = [];
const values: [string, string][] = [];
walk(ReportSchema as unknown as ZodLike, "", fields, values);

describe("docs/report.md", () => {
  test("the schema walk finds the report's fields (the walk itself works)", () => {
    expect(fields.map((f) => f[0])).toEqual(expect.arrayContaining(["tool.version", "projects[].funds.carryover", "projects[].indicators[].target.unit", "diagnostics[].fixInPlace"]));
    expect(fields.length).toBeGreaterThan(60);
    expect(values).toEqual(expect.arrayContaining([["diagnostics[].severity", "info"], ["tool.name", "jixiao"]]));
  });

  test("has a zh half and an en half", () => {
    expect(en).toBeDefined();
  });

  test.each([["zh"], ["en"]])("names every field of the schema (%s)", (lang) => {
    const text = lang === "zh" ? zh : en!;
    expect(fields.filter(([, key]) => !text.includes(`\`${key}\``)).map(([p]) => p)).toEqual([]);
  });

  test.each([["zh"], ["en"]])("names every value of every enum field (%s)", (lang) => {
    const text = lang === "zh" ? zh : en!;
    expect(values.filter(([, v]) => !text.includes(`\`"${v}"\``)).map(([p, v]) => `${p} = ${v}`)).toEqual([]);
  });

  test.each([["zh"], ["en"]])("says what the exit codes 0, 1 and 2 mean (%s)", (lang) => {
    const text = lang === "zh" ? zh : en!;
    for (const code of ["0", "1", "2"]) expect(text).toMatch(new RegExp(`^\\| ${code} \\| \\S`, "m"));
  });

  test("its example is a valid report", () => {
    const example = /```json\n([\s\S]*?)```/.exec(doc)![1]!;
    const parsed = ReportSchema.safeParse(JSON.parse(example));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });
});
