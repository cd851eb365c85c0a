import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { GridView } from "../../../src/core/grid/sheet-grid";
import { findTableHeader, readBlockForm } from "../../../src/core/template/layouts/block";
import { valueCellsAt } from "../../../src/core/template/layouts/split-values";
import { locateForms } from "../../../src/core/template/locate";
import { Form, Indicator } from "../../../src/core/template/model";
import { ReadCache } from "../../../src/core/template/read-cache";
import { SheetLabels } from "../../../src/core/template/sheet-labels";
import { FormSpec, LayoutOptions, cleanForm, sheetOf } from "../../support/form-grid";

/**
 * A layout is a module that yields one form and indicator shape (architecture: "no rule asks which layout it
 * is"): a target's cells are `cells.value`, and `cells.op` / `cells.unit` where the form gives them columns.
 */

function readWith(spec: FormSpec, opts: LayoutOptions = {}): Form[] {
  const labels = new SheetLabels(new GridView(sheetOf("S", [{ spec, opts }])), new ReadCache());
  return locateForms(labels).map((loc) => readBlockForm(labels, loc));
}

/** What every layout must yield for an indicator, whatever its columns. */
function expectShape(ind: Indicator): void {
  expect(ind.cells.value.cell).toBe(ind.cell);
  const parts = [ind.cells.op, ind.cells.value, ind.cells.unit].filter((p) => p !== undefined);
  for (const p of parts) expect(p).toEqual({ cell: expect.stringMatching(/^[A-Z]+\d+$/), text: expect.any(String) });
  expect(ind.raw).toBe(parts.map((p) => p.text).filter(Boolean).join(" "));
}

const split: FormSpec = cleanForm({
  indicators: [
    ["产出指标", "数量指标", "举办培训班", { nature: "≥", value: 2, unit: "次" }],
    ["产出指标", "质量指标", "培训结业率", { nature: "=", value: "100", unit: "%" }],
    ["效益指标", "社会效益指标", "长效管理机制", { nature: "定性", value: "建立", unit: null }],
    ["满意度指标", "服务对象满意度指标", "培训对象满意度", { nature: "≥", value: 90, unit: "%" }],
  ],
});

describe("the block layout", () => {
  test("a one-column target has only its value cell", () => {
    const [form] = readWith(cleanForm());
    expect(form!.indicators).toHaveLength(5);
    for (const ind of form!.indicators) {
      expectShape(ind);
      expect(Object.keys(ind.cells)).toEqual(["value"]);
    }
    expect(form!.indicators[1]!.cells).toEqual({ value: { cell: "F14", text: "≥95.00(%)" } });
  });

  test("split value columns give the operator and the unit cells of their own", () => {
    const [form] = readWith(split, { split: true });
    for (const ind of form!.indicators) {
      expectShape(ind);
      expect(Object.keys(ind.cells).sort()).toEqual(["op", "unit", "value"]);
    }
    expect(form!.indicators[0]!.cells).toEqual({ op: { cell: "E13", text: "≥" }, value: { cell: "F13", text: "2" }, unit: { cell: "G13", text: "次" } });
    // A blank unit cell is still the cell where a unit would go.
    expect(form!.indicators[2]!.cells.unit).toEqual({ cell: "G15", text: "" });
  });

  test("the same target reads the same over one cell or three", () => {
    const one = readWith(cleanForm({ indicators: [["产出指标", "数量指标", "举办培训班", "≥2.00(次)"]] }))[0]!;
    const three = readWith(cleanForm({ indicators: [["产出指标", "数量指标", "举办培训班", { nature: "≥", value: "2.00", unit: "次" }]] }), { split: true })[0]!;
    const target = (f: Form) => f.indicators[0]!.target;
    expect(target(three)).toEqual({ ok: true, target: expect.objectContaining({ op: "≥", number: 2, unit: "次" }) });
    expect(target(one)).toEqual({ ok: true, target: expect.objectContaining({ op: "≥", number: 2, unit: "次" }) });
  });
});

describe("the split value columns", () => {
  test("the header names the value, operator and unit columns; a row yields its three cells", () => {
    const view = new GridView(sheetOf("S", [{ spec: split, opts: { split: true, extraColumns: ["权重"] } }]));
    const labels = new SheetLabels(view, new ReadCache());
    const header = findTableHeader(view, labels.all());
    expect(header!.cols.values).toEqual({ op: 5, value: 6, unit: 7 });
    const cells = valueCellsAt(view, header!.dataRow, header!.cols.values);
    expect([cells.op?.address, cells.value.address, cells.unit?.address]).toEqual(["E13", "F13", "G13"]);
  });

  test("a one-column header names the value column only", () => {
    const view = new GridView(sheetOf("S", [{ spec: cleanForm() }]));
    const header = findTableHeader(view, new SheetLabels(view, new ReadCache()).all());
    expect(header!.cols.values).toEqual({ value: 6 });
  });
});

describe("no rule asks which layout it is looking at", () => {
  const root = join(__dirname, "..", "..", "..", "src", "core", "rules");
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith(".ts") ? [join(dir, f)] : []));
  /** The reader's layout words (not String#split) and the fields the split layout once leaked (natureCell, unitCell, parts). */
  const LAYOUT = /\bsplit\b(?!\()|\blayouts?\b|natureCell|\.unitCell|\.parts\b|table\.split|layouts\//i;

  test.each(files(root).map((f) => [f.slice(root.length + 1), f]))("%s", (_name, file) => {
    const hits = readFileSync(file, "utf8").split("\n").filter((line) => LAYOUT.test(line));
    expect(hits).toEqual([]);
  });
});
