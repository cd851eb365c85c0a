import { clearHighlights, validateAndMark } from "../src/app/actions";
import { SettingsSchema } from "../src/core/settings";
import { ExcelWorkbook } from "../src/excel";
import { SheetGrid } from "../src/core/grid/sheet-grid";
import { toA1 } from "../src/core/grid/address";
import { CellMark } from "../src/core/marks";
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
  /** The largest request and response of the three, in bytes (the fake refuses over 5 MB, as Excel on the web). */
  largestRequest: number;
  largestResponse: number;
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
        largestRequest: host.largestRequest,
        largestResponse: host.largestResponse,
      });
    } finally {
      uninstall();
    }
  }
  return rows;
}

/**
 * 10,000 marks on one sheet of Chinese text, each with a long message and a third with the user's own note:
 * read + mark, the same again, and clear, through the adapter on the fake host, whose requests are measured
 * in bytes and refused over 5 MB. The marks are given (no form yields 10,000 findings); what is measured is
 * the adapter's batching.
 */
export async function benchManyMarks(n = 10_000): Promise<ExcelFigures> {
  const cols = 100;
  const cells = Array.from({ length: n }, (_, i) => ({ row: 1 + Math.floor(i / cols), col: 1 + (i % cols), value: `第${i}项绩效指标` }));
  const host = new FakeExcelHost(FakeWorkbook.fromGrids([gridFromCells("指标表", cells)]), { latencyMs: SYNC_LATENCY_MS });
  const s = host.workbook.sheet("指标表");
  cells.forEach((c, i) => {
    if (i % 3 === 0) s.notes.set(toA1(c.row, c.col), `财务处：请核实第${i}项`);
  });
  const message = `[target/chinese-numerals] 指标值用了汉字数字“三次”，应写作阿拉伯数字并带计量单位 → =3(次)。`;
  const marks: CellMark[] = cells.map((c, i) => ({ sheet: "指标表", cell: toA1(c.row, c.col), severity: i % 4 ? "warning" : "error", note: message, rules: ["target/chinese-numerals"] }));
  const uninstall = host.install();
  const timed = async <T>(f: () => Promise<T>) => {
    host.syncs = 0;
    const t = performance.now();
    const result = await f();
    return { result, roundTrips: host.syncs, ms: Math.round(performance.now() - t) };
  };
  const validate = async () => {
    const port = new ExcelWorkbook();
    await port.readGrids();
    return port.mark(marks);
  };
  try {
    const first = await timed(validate);
    const again = await timed(validate);
    const clear = await timed(() => clearHighlights(new ExcelWorkbook()));
    return {
      sheets: 1,
      roundTrips: first.roundTrips,
      ms: first.ms,
      againRoundTrips: again.roundTrips,
      againMs: again.ms,
      clearRoundTrips: clear.roundTrips,
      clearMs: clear.ms,
      marked: first.result.cellsMarked,
      largestRequest: host.largestRequest,
      largestResponse: host.largestResponse,
    };
  } finally {
    uninstall();
  }
}
