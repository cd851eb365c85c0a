import { clearHighlights, validateAndMark } from "../src/app/actions";
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

export interface ExcelFigures {
  sheets: number;
  /** Validate + highlight on an unmarked workbook. */
  roundTrips: number;
  ms: number;
  /** The same again: every earlier mark is found through its name, undone and replaced. */
  againRoundTrips: number;
  againMs: number;
  /** Clear highlights. */
  clearRoundTrips: number;
  clearMs: number;
  marked: number;
}

/** Validate, validate again and clear through the office.js adapter on a fake host that counts syncs and adds latency. */
export async function benchExcel(sizes: number[] = [1, 10, 100, 400]): Promise<ExcelFigures[]> {
  const settings = SettingsSchema.parse({});
  const rows: ExcelFigures[] = [];
  for (const n of sizes) {
    const host = new FakeExcelHost(FakeWorkbook.fromGrids(sheets(n)), { latencyMs: SYNC_LATENCY_MS });
    const uninstall = host.install();
    const timed = async <T>(f: () => Promise<T>) => {
      host.syncs = 0;
      const t = performance.now();
      const result = await f();
      return { result, roundTrips: host.syncs, ms: Math.round(performance.now() - t) };
    };
    try {
      const first = await timed(() => validateAndMark(new ExcelWorkbook(), "bench.xlsx", settings));
      const again = await timed(() => validateAndMark(new ExcelWorkbook(), "bench.xlsx", settings));
      const clear = await timed(() => clearHighlights(new ExcelWorkbook()));
      rows.push({
        sheets: n,
        roundTrips: first.roundTrips,
        ms: first.ms,
        againRoundTrips: again.roundTrips,
        againMs: again.ms,
        clearRoundTrips: clear.roundTrips,
        clearMs: clear.ms,
        marked: first.result.marked?.cellsMarked ?? 0,
      });
    } finally {
      uninstall();
    }
  }
  return rows;
}
