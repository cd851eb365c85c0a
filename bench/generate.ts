import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { FormSpec, IndicatorRow, layForm } from "../test/support/form-grid";
import { seedForms } from "../test/support/fixtures";
import { cleanForm, gridFromCells, sheetOf } from "../test/support/form-grid";
import { xmlWorkbookFromGrids } from "../test/support/hand-xlsx";
import { writeGrids } from "../test/support/write-xlsx";
import { SheetGrid } from "../src/core/grid/sheet-grid";

/**
 * A workbook of `count` forms, one a sheet, cycling through the 11 seed projects (so it carries the
 * seed's real mix of good and malformed targets). Written once and reused.
 */
export async function benchWorkbook(path: string, count: number): Promise<{ path: string; indicators: number }> {
  const projects = seedForms().projects;
  const grids: SheetGrid[] = [];
  let indicators = 0;
  for (let i = 0; i < count; i++) {
    const p = projects[i % projects.length]!;
    const spec: FormSpec = {
      name: `${p.name}（${String(i + 1).padStart(3, "0")}）`,
      nature: p.nature,
      category: p.category,
      department: p.department,
      implementer: p.implementer,
      start: p.start,
      end: p.end,
      funds: { annualTotal: p.funds.annualTotal, appropriation: p.funds.appropriation, carryover: p.funds.carryover, annualOther: p.funds.other },
      annualGoal: p.annualGoal,
      indicators: p.indicators as IndicatorRow[],
    };
    indicators += spec.indicators.length;
    const laid = layForm(spec);
    grids.push(gridFromCells(`${String(i + 1).padStart(3, "0")} ${p.name}`.slice(0, 31), [...laid.cells.values()], laid.merges));
  }
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    await writeGrids(path, grids);
  }
  return { path, indicators };
}

/** `count` forms stacked down one sheet, written as XML directly (exceljs would take minutes to write it). */
export function stackedWorkbook(path: string, count: number): { path: string; forms: number } {
  if (!existsSync(path)) {
    const placed = Array.from({ length: count }, (_v, i) => ({ spec: cleanForm({ name: `叠放项目（${String(i + 1).padStart(4, "0")}）` }), opts: { origin: { row: 1 + i * 60, col: 2 } } }));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, xmlWorkbookFromGrids([sheetOf("表1", placed)]));
  }
  return { path, forms: count };
}
