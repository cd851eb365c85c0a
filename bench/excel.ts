import { validateAndMark } from "../src/app/actions";
import { SettingsSchema } from "../src/core/settings";
import { ExcelWorkbook } from "../src/excel";
import { SheetGrid } from "../src/core/grid/sheet-grid";
import { FakeExcelHost, FakeWorkbook } from "../test/support/fake-excel";
import { FormSpec, IndicatorRow, gridFromCells, layForm } from "../test/support/form-grid";
import { seedForms } from "../test/support/fixtures";

/** Latency added to every sync: Excel on the web answers a request in tens to hundreds of ms. */
export const SYNC_LATENCY_MS = 50;

function sheets(n: number): SheetGrid[] {
  const projects = seedForms().projects;
  return Array.from({ length: n }, (_, i) => {
    const p = projects[i % projects.length]!;
    const spec: FormSpec = {
      name: `${p.name}（${i + 1}）`,
      funds: { annualTotal: p.funds.annualTotal, appropriation: p.funds.appropriation, carryover: p.funds.carryover, annualOther: p.funds.other },
      annualGoal: p.annualGoal,
      indicators: p.indicators as IndicatorRow[],
    };
    const laid = layForm(spec);
    return gridFromCells(`S${i + 1}`, [...laid.cells.values()], laid.merges);
  });
}

/** Validate + highlight through the office.js adapter on a fake host that counts syncs and adds latency. */
export async function benchExcel(sizes: number[] = [1, 10, 100, 400]): Promise<{ sheets: number; roundTrips: number; ms: number }[]> {
  const settings = SettingsSchema.parse({});
  const rows = [];
  for (const n of sizes) {
    const host = new FakeExcelHost(FakeWorkbook.fromGrids(sheets(n)), { latencyMs: SYNC_LATENCY_MS });
    const uninstall = host.install();
    try {
      const t = performance.now();
      await validateAndMark(new ExcelWorkbook(), "bench.xlsx", settings);
      rows.push({ sheets: n, roundTrips: host.syncs, ms: Math.round(performance.now() - t) });
    } finally {
      uninstall();
    }
  }
  return rows;
}
