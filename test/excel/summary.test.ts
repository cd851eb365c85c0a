import { buildSummarySheet, validateAndMark } from "../../src/app/actions";
import { HostError } from "../../src/app/ports";
import { checkGrids } from "../../src/core/check";
import { Lang } from "../../src/core/diagnostic";
import { parseA1, rangeToA1, toA1 } from "../../src/core/grid/address";
import { buildSummary } from "../../src/core/summary/build";
import { SummaryModel } from "../../src/core/summary/model";
import { MONEY_FORMAT, OWNER_NAME, SheetPlan, summarySheetPlan } from "../../src/core/summary/sheet-plan";
import { SettingsSchema } from "../../src/core/settings";
import { ExcelWorkbook } from "../../src/excel";
import { freeSheetName } from "../../src/core/summary/free-names";
import { excelSupport } from "../../src/excel/host";
import { DEFAULT_LIMITS } from "../../src/excel/read";
import { FakeError, FakeExcelHost, FakeHostOptions, FakeWorkbook } from "../support/fake-excel";
import { fixtureGrids } from "../support/fixtures";
import { gridFromCells } from "../support/form-grid";

const settings = SettingsSchema.parse({});
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

async function seedHost(extra: Parameters<typeof gridFromCells>[] = [], options: FakeHostOptions = {}) {
  const grids = [...(await fixtureGrids("seed-2024.xlsx")), ...extra.map((a) => gridFromCells(...a))];
  const h = new FakeExcelHost(FakeWorkbook.fromGrids(grids), options);
  cleanups.push(h.install());
  return h;
}

const formsFingerprint = (h: FakeExcelHost) =>
  JSON.stringify(h.workbook.sheets.filter((s) => !s.name.startsWith("绩效目标汇总")).map((s) => [s.name, [...s.cells].filter(([, c]) => c.value !== "")]));

describe("the summary sheet in Excel", () => {
  test("is written in 3 round trips after a 2-round-trip read, and changes no form", async () => {
    const h = await seedHost();
    const forms = formsFingerprint(h);
    h.syncs = 0;
    const { sheet, model } = await buildSummarySheet(new ExcelWorkbook(), "seed-2024.xlsx", settings);
    expect(h.syncs).toBe(5);
    expect(sheet).toBe("绩效目标汇总");
    expect(formsFingerprint(h) === forms).toBe(true);
    const s = h.workbook.sheet(sheet);
    expect(s.tables.map((t) => t.name)).toEqual(["jixiao_projects", "jixiao_rules", "jixiao_money", "jixiao_indicators", "jixiao_copies"]);
    expect(s.tables[0]).toMatchObject({ address: "A5:Y16", style: "TableStyleLight9" });
    expect(s.charts.map((c) => [c.type, c.title])).toEqual([["BarClustered", "二、按规则统计的问题"], ["ColumnClustered", "三、各项目年度资金申请总额"]]);
    // A totals row of live formulas under the projects, money in #,##0.00.
    expect(s.cells.get("L17")).toMatchObject({ formula: "=SUBTOTAL(109,L6:L16)", numberFormat: MONEY_FORMAT });
    expect(s.cells.get("L6")).toMatchObject({ value: 490000, numberFormat: MONEY_FORMAT });
    expect(model.totals.annualTotal).toBe(16090900);
    // Each project links to its form.
    expect(s.cells.get("B6")).toMatchObject({ value: "民营经济代表人士队伍建设", link: "'01 民营经济代表人士队伍建设'!B3" });
    expect(h.workbook.names.get(OWNER_NAME)).toEqual({ sheet, cell: "A1", visible: false });
  });

  test("targets written as text stay text (=1.00(次) is not turned into a formula)", async () => {
    const h = await seedHost();
    await buildSummarySheet(new ExcelWorkbook(), "seed-2024.xlsx", settings);
    const s = h.workbook.sheet("绩效目标汇总");
    const raws = [...s.cells.values()].filter((c) => c.value === "=1.00(次)");
    expect(raws.length).toBeGreaterThan(0);
    expect(raws.every((c) => c.formula === undefined && c.numberFormat === "@")).toBe(true);
  });

  test("rebuilding replaces only jixiao's sheet; a user's sheet of the same name is left alone", async () => {
    const h = await seedHost([["绩效目标汇总", [{ row: 1, col: 1, value: "我自己的汇总" }]]]);
    const first = await buildSummarySheet(new ExcelWorkbook(), "seed-2024.xlsx", settings);
    expect(first.sheet).toBe("绩效目标汇总 (2)");
    const second = await buildSummarySheet(new ExcelWorkbook(), "seed-2024.xlsx", settings);
    expect(second.sheet).toBe("绩效目标汇总 (2)");
    expect(h.workbook.sheets.filter((s) => s.name.startsWith("绩效目标汇总")).map((s) => s.name)).toEqual(["绩效目标汇总", "绩效目标汇总 (2)"]);
    expect(h.workbook.sheet("绩效目标汇总").cells.get("A1")!.value).toBe("我自己的汇总");
  });

  test("the summary sheet is not read as a form afterwards (no 'not a form' finding for it)", async () => {
    await seedHost();
    await buildSummarySheet(new ExcelWorkbook(), "seed-2024.xlsx", settings);
    const result = await validateAndMark(new ExcelWorkbook(), "seed-2024.xlsx", settings);
    expect(result.report.sheets.map((s) => s.name)).not.toContain("绩效目标汇总");
    expect(result.report.diagnostics.filter((d) => d.rule === "sheet/not-a-form")).toEqual([]);
  });
});

/** The seed's summary model and plan, straight from the core (no read through the fake). */
async function seedPlan(lang: Lang = "zh"): Promise<{ model: SummaryModel; plan: SheetPlan }> {
  const model = buildSummary([{ file: "seed-2024.xlsx", report: checkGrids(await fixtureGrids("seed-2024.xlsx"), "seed-2024.xlsx", settings).report }]);
  return { model, plan: summarySheetPlan(model, lang) };
}

/** Everything writeSummary could change, names and tables included (FakeWorkbook.snapshot() has cells only). */
const everything = (h: FakeExcelHost) =>
  JSON.stringify([h.workbook.snapshot(), h.workbook.sheets.map((s) => [s.name, s.tables, s.charts]), [...h.workbook.names], h.workbook.activeSheet]);

interface FakeContextLike {
  workbook: {
    worksheets: { add(name: string): WorksheetLike };
    tables: { items: { name: string }[] };
  };
  sync(): Promise<void>;
  queue(op: () => void): void;
}
interface WorksheetLike {
  getRangeByIndexes(...a: number[]): { format: Record<string, unknown> };
  charts: { add(...a: unknown[]): Record<string, unknown> };
}

/**
 * Wraps the fake's Excel.run to see what the fake does not record: the column widths and chart sizes set on
 * the new sheet. `onContext` may change the context further.
 */
function intercept(onContext: (ctx: FakeContextLike) => void = () => undefined) {
  const seen = { widths: [] as { format: Record<string, unknown> }[], charts: [] as Record<string, unknown>[] };
  const g = globalThis as unknown as { Excel: { run(cb: (ctx: FakeContextLike) => Promise<unknown>): Promise<unknown> } };
  const run = g.Excel.run.bind(g.Excel);
  g.Excel.run = (cb) =>
    run((ctx) => {
      const sheets = ctx.workbook.worksheets;
      const add = sheets.add.bind(sheets);
      sheets.add = (name: string) => {
        const ws = add(name);
        const byIndexes = ws.getRangeByIndexes.bind(ws);
        ws.getRangeByIndexes = (...a: number[]) => {
          const r = byIndexes(...a);
          seen.widths.push(r);
          return r;
        };
        const charts = ws.charts;
        Object.defineProperty(ws, "charts", {
          value: {
            add: (...a: unknown[]) => {
              const c = charts.add(...a);
              seen.charts.push(c);
              return c;
            },
          },
        });
        return ws;
      };
      onContext(ctx);
      return cb(ctx);
    });
  return seen;
}

describe("writing the summary sheet leaves nothing half-done", () => {
  test("a workbook with a protected structure is refused before any write: the old summary and its owner name stay", async () => {
    const h = await seedHost();
    const { plan } = await seedPlan();
    await new ExcelWorkbook().writeSummary(plan);
    h.workbook.structureProtected = true;
    const before = everything(h);
    const sheets = h.workbook.sheets.map((s) => s.name);
    h.syncs = 0;
    const err = await new ExcelWorkbook().writeSummary(plan).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe("protected");
    expect(h.syncs).toBe(1);
    expect(everything(h) === before).toBe(true);
    expect(h.workbook.sheets.map((s) => s.name)).toEqual(sheets);
    expect(h.workbook.names.get(OWNER_NAME)).toMatchObject({ sheet: "绩效目标汇总", cell: "A1" });
  });

  test("a protected structure and no summary yet: refused, the workbook unchanged", async () => {
    const h = await seedHost();
    h.workbook.structureProtected = true;
    const before = everything(h);
    const sheets = h.workbook.sheets.map((s) => s.name);
    const { plan } = await seedPlan();
    await expect(new ExcelWorkbook().writeSummary(plan)).rejects.toMatchObject({ name: "HostError", code: "protected" });
    expect(everything(h) === before).toBe(true);
    expect(h.workbook.sheets.map((s) => s.name)).toEqual(sheets);
  });

  test("a user's table named like ours (any case, any sheet) makes ours jixiao_projects_2, and the write succeeds", async () => {
    const h = await seedHost([["我的表", [{ row: 1, col: 1, value: "项目" }, { row: 2, col: 1, value: "甲" }]]]);
    h.workbook.sheet("我的表").tables.push({ name: "JIXIAO_PROJECTS", address: "A1:A2", style: "" });
    const { plan } = await seedPlan();
    const { sheet } = await new ExcelWorkbook().writeSummary(plan);
    expect(h.workbook.sheet(sheet).tables.map((t) => t.name)).toEqual(["jixiao_projects_2", "jixiao_rules", "jixiao_money", "jixiao_indicators", "jixiao_copies"]);
    expect(h.workbook.sheet("我的表").tables).toEqual([{ name: "JIXIAO_PROJECTS", address: "A1:A2", style: "" }]);
  });

  test("a rebuild keeps the table names: the old sheet's tables go with it (a host that says where each table is)", async () => {
    const h = await seedHost();
    const { plan } = await seedPlan();
    intercept((ctx) => {
      // The fake lists table names only; Excel also loads items/worksheet/name.
      const tables = ctx.workbook.tables;
      const items = Object.getOwnPropertyDescriptor(tables, "items")!.get!;
      Object.defineProperty(tables, "items", {
        get: () => (items.call(tables) as { name: string }[]).map((t) => ({ ...t, worksheet: { name: h.workbook.sheets.find((s) => s.tables.some((x) => x.name === t.name))!.name } })),
      });
    });
    await new ExcelWorkbook().writeSummary(plan);
    await new ExcelWorkbook().writeSummary(plan);
    expect(h.workbook.sheet("绩效目标汇总").tables.map((t) => t.name)).toEqual(plan.tables.map((t) => t.name));
  });

  test('sheet names are matched case-insensitively: a user\'s "target summary" makes the English summary "Target summary (2)"', async () => {
    const h = await seedHost([["target summary", [{ row: 1, col: 1, value: "mine" }]]]);
    const { plan } = await seedPlan("en");
    const { sheet } = await new ExcelWorkbook().writeSummary(plan);
    expect(sheet).toBe("Target summary (2)");
    expect(h.workbook.sheet("target summary").cells.get("A1")!.value).toBe("mine");
    expect(h.workbook.names.get(OWNER_NAME)).toEqual({ sheet: "Target summary (2)", cell: "A1", visible: false });
  });

  test("a failure in a later request removes the half-written sheet, and the old summary stays, still jixiao's", async () => {
    const h = await seedHost();
    const { plan: small } = await seedPlan();
    await new ExcelWorkbook().writeSummary(small);
    const old = JSON.stringify([...h.workbook.sheet("绩效目标汇总").cells]);
    const sheets = h.workbook.sheets.map((s) => s.name);
    const plan = summarySheetPlan(bigModel((await seedPlan()).model, 5000), "zh");
    let syncs = 0;
    let failing = true;
    intercept((ctx) => {
      const sync = ctx.sync.bind(ctx);
      ctx.sync = () => {
        if (failing && ++syncs === 3) ctx.queue(() => { throw new FakeError("GeneralException", "the request failed"); });
        return sync();
      };
    });
    await expect(new ExcelWorkbook().writeSummary(plan)).rejects.toMatchObject({ name: "HostError", code: "failed" });
    failing = false;
    expect(h.workbook.sheets.map((s) => s.name)).toEqual(sheets);
    expect(JSON.stringify([...h.workbook.sheet("绩效目标汇总").cells]) === old).toBe(true);
    expect(h.workbook.names.get(OWNER_NAME)).toEqual({ sheet: "绩效目标汇总", cell: "A1", visible: false });
    // and the next build replaces it as usual
    const { sheet } = await new ExcelWorkbook().writeSummary(small);
    expect(sheet).toBe("绩效目标汇总");
  });

  test("a write request refused as a whole leaves no sheet behind", async () => {
    const h = await seedHost();
    const sheets = h.workbook.sheets.map((s) => s.name);
    intercept((ctx) => {
      const sync = ctx.sync.bind(ctx);
      let n = 0;
      ctx.sync = () => {
        // Refused before any of its commands ran.
        if (++n === 2) (ctx as unknown as { batch: { ops: (() => void)[] } }).batch.ops.unshift(() => { throw new FakeError("GeneralException", "the request failed"); });
        return sync();
      };
    });
    const { plan } = await seedPlan();
    await expect(new ExcelWorkbook().writeSummary(plan)).rejects.toMatchObject({ code: "failed" });
    expect(h.workbook.sheets.map((s) => s.name)).toEqual(sheets);
    expect(h.workbook.names.has(OWNER_NAME)).toBe(false);
  });

  test("a failure after the new sheet got its name leaves it, cells complete, as the summary the next build replaces", async () => {
    const h = await seedHost();
    intercept((ctx) => {
      const sync = ctx.sync.bind(ctx);
      let n = 0;
      ctx.sync = () => {
        if (++n === 3) ctx.queue(() => { throw new FakeError("GeneralException", "the request failed"); });
        return sync();
      };
    });
    const { plan } = await seedPlan();
    await expect(new ExcelWorkbook().writeSummary(plan)).rejects.toMatchObject({ code: "failed" });
    expect(h.workbook.names.get(OWNER_NAME)).toMatchObject({ sheet: "绩效目标汇总" });
    expect(h.workbook.sheet("绩效目标汇总").cells.get("B6")!.value).toBe("民营经济代表人士队伍建设");
  });

  test("an owner name that the user's cut and paste carried into their own sheet does not make that sheet jixiao's", async () => {
    const h = await seedHost([["预算", [{ row: 1, col: 1, value: "我的预算" }]]]);
    h.workbook.names.set(OWNER_NAME, { sheet: "预算", cell: "A1", visible: false });
    const { plan } = await seedPlan();
    const { sheet } = await new ExcelWorkbook().writeSummary(plan);
    expect(sheet).toBe("绩效目标汇总");
    expect(h.workbook.sheet("预算").cells.get("A1")!.value).toBe("我的预算");
    expect(h.workbook.names.get(OWNER_NAME)).toMatchObject({ sheet: "绩效目标汇总" });
  });

  test("free sheet names keep their suffix within Excel's 31 characters", () => {
    const long = "项".repeat(31);
    expect(freeSheetName([long], long)).toBe(`${"项".repeat(27)} (2)`);
    expect(freeSheetName([long, `${"项".repeat(27)} (2)`], long)).toBe(`${"项".repeat(27)} (3)`);
  });
});

/** The seed's model with its indicators repeated up to `n` rows. */
function bigModel(seed: SummaryModel, n: number): SummaryModel {
  const indicators = Array.from({ length: n }, (_, i) => ({ ...seed.indicators[i % seed.indicators.length]!, name: `指标 ${i + 1}` }));
  return { ...seed, indicators, totals: { ...seed.totals, indicators: n } };
}

describe("the summary sheet's layout in Excel", () => {
  test("column widths are the plan's characters in points (w × 5.25), charts 420×240 pt right of the indicators", async () => {
    const h = await seedHost();
    const { plan } = await seedPlan();
    const seen = intercept();
    const { sheet } = await new ExcelWorkbook().writeSummary(plan);
    expect(seen.widths.map((r) => r.format.columnWidth)).toEqual(plan.columnWidths.map((w) => w * 5.25));
    expect(seen.widths[0]!.format.columnWidth).toBe(31.5);
    expect(seen.charts.map((c) => [c.width, c.height])).toEqual([[420, 240], [420, 240]]);
    const s = h.workbook.sheet(sheet);
    expect(s.charts.map((c) => c.anchor)).toEqual(plan.charts.map((c) => toA1(c.anchor.row, c.anchor.col)));
    // The indicator table spans A..L: the charts start at N or further right.
    for (const c of s.charts) expect(parseA1(c.anchor)!.col).toBeGreaterThanOrEqual(14);
  });

  test("the seed's summary is the read, the cells, then the owner name hidden, tables and charts (3 syncs)", async () => {
    const h = await seedHost();
    const { plan } = await seedPlan();
    h.syncs = 0;
    await new ExcelWorkbook().writeSummary(plan);
    expect(h.syncs).toBe(3);
  });

  test("a summary of 5,000 indicators is written in requests under the size cap, and is complete", async () => {
    // The fake refuses any request over 1 MB here (5 MB in Excel on the web), counting text in UTF-8.
    const h = await seedHost([], { maxRequestBytes: 1_000_000 });
    const model = bigModel((await seedPlan()).model, 5000);
    const plan = summarySheetPlan(model, "zh");
    h.syncs = 0;
    const { sheet } = await new ExcelWorkbook(excelSupport(), { ...DEFAULT_LIMITS, requestBytes: 800_000 }).writeSummary(plan);
    expect(h.syncs).toBeGreaterThan(3);
    expect(h.largestRequest).toBeLessThanOrEqual(1_000_000);
    const s = h.workbook.sheet(sheet);
    const ind = plan.tables.find((t) => t.name === "jixiao_indicators")!.range;
    expect(ind.bottom - ind.top).toBe(5000);
    model.indicators.forEach((r, i) => {
      const row = ind.top + 1 + i;
      expect(s.cells.get(toA1(row, 5))?.value).toBe(r.name);
      expect(s.cells.get(toA1(row, ind.right))).toMatchObject({ value: `${r.sheet}!${r.cell}`, link: `'${r.sheet}'!${r.cell}` });
    });
    // Every planned value is there, and text stays text.
    for (const [address, cell] of plan.cells) {
      const c = s.cells.get(address);
      if (cell.formula) expect(c?.formula).toBe(`=${cell.formula}`);
      else expect([address, c?.value ?? null]).toEqual([address, cell.value ?? ""]);
    }
    expect(s.tables.map((t) => [t.name, t.address])).toEqual(plan.tables.map((t) => [t.name, rangeToA1(t.range)]));
    expect(s.charts).toHaveLength(2);
    expect(h.workbook.names.get(OWNER_NAME)).toEqual({ sheet, cell: "A1", visible: false });
    expect(h.workbook.activeSheet).toBe(sheet);
  });
});
