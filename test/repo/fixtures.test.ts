import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { FIXTURES_DIR, fixturePath, seedForms } from "../support/fixtures";
import { FIXTURE } from "../xlsx/helpers";

const ROOT = join(__dirname, "..", "..");
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("the fixtures live in the repository", () => {
  test("the fixture folder is test/fixtures, inside the project", () => {
    expect(relative(ROOT, FIXTURES_DIR)).toBe(join("test", "fixtures"));
    expect(relative(ROOT, FIXTURE)).toBe(join("test", "fixtures", "seed-2024.xlsx"));
  });

  test("seed-forms.json describes the 11 seed projects", () => {
    expect(seedForms().projects).toHaveLength(11);
  });

  // The README's quick start checks assets/samples/seed-2024.xlsx: it is the very workbook the tests read.
  test.each(["seed-2024.xlsx", "seed-2024-stacked.xlsx"])("assets/samples/%s is byte for byte the fixture", (name) => {
    expect(sha(join(ROOT, "assets", "samples", name))).toBe(sha(fixturePath(name)));
  });
});
