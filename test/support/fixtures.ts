import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SheetGrid } from "../../src/core/grid/sheet-grid";
import { openWorkbook } from "../../src/xlsx/open";
import { workbookToGrids } from "../../src/xlsx/grids";

/** The shared fixtures (read-only inputs); CI has ../shared beside the project. */
export const SHARED_FIXTURES = join(__dirname, "..", "..", "..", "shared", "fixtures");
export const fixturePath = (name: string) => join(SHARED_FIXTURES, name);

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
