import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SheetGrid } from "../../src/core/grid/sheet-grid";
import { openWorkbook } from "../../src/xlsx/open";
import { workbookToGrids } from "../../src/xlsx/grids";

/**
 * The fixtures: read-only inputs kept in the repository (test/fixtures), copies of the requirement's
 * seed-2024.xlsx, seed-2024-stacked.xlsx and seed-forms.json. Tests read them; none writes there.
 */
export const FIXTURES_DIR = join(__dirname, "..", "fixtures");
export const fixturePath = (name: string) => join(FIXTURES_DIR, name);

export interface SeedProject {
  name: string;
  nature: string;
  category: string;
  department: string;
  implementer: string;
  start: string;
  end: string;
  funds: { annualTotal: number; appropriation: number; carryover: number; other: number };
  annualGoal: string;
  indicators: [string, string, string, string][];
}

export function seedForms(): { title: string; yearLabel: string; projects: SeedProject[] } {
  return JSON.parse(readFileSync(fixturePath("seed-forms.json"), "utf8"));
}

const cache = new Map<string, Promise<SheetGrid[]>>();
export function fixtureGrids(name: string): Promise<SheetGrid[]> {
  let p = cache.get(name);
  if (!p) {
    p = openWorkbook(fixturePath(name)).then(workbookToGrids);
    cache.set(name, p);
  }
  return p;
}
