import { formatYMD } from "../../../src/core/grid/cell-value";
import { readWorkbook } from "../../../src/core/template/read-workbook";
import { fixtureGrids, seedForms } from "../../support/fixtures";

const seed = seedForms();

describe.each(["seed-2024.xlsx", "seed-2024-stacked.xlsx"])("reading %s", (file) => {
  let read: ReturnType<typeof readWorkbook>;
  beforeAll(async () => {
    read = readWorkbook(await fixtureGrids(file));
  });

  test("finds all 11 forms and 153 indicator rows", () => {
    expect(read.forms).toHaveLength(11);
    expect(read.forms.reduce((n, f) => n + f.indicators.length, 0)).toBe(153);
  });

  test.each(seed.projects.map((p, i) => [i, p.name] as const))("form %i (%s): fields, dates, funds, goal", (i) => {
    const form = read.forms[i]!;
    const p = seed.projects[i]!;
    expect(form.fields.projectName.text).toBe(p.name);
    expect(form.fields.nature?.text).toBe(p.nature);
    expect(form.fields.category?.text).toBe(p.category);
    expect(form.fields.department?.text).toBe(p.department);
    expect(form.fields.implementer?.text).toBe(p.implementer);
    expect(form.dates.start?.date && formatYMD(form.dates.start.date)).toBe(p.start);
    expect(form.dates.end?.date && formatYMD(form.dates.end.date)).toBe(p.end);
    expect(form.funds.annualTotal?.amount).toBe(p.funds.annualTotal);
    expect(form.funds.appropriation?.amount).toBe(p.funds.appropriation);
    expect(form.funds.carryover?.amount).toBe(p.funds.carryover);
    expect(form.funds.annualOther?.amount).toBe(p.funds.other);
    expect(form.funds.projectTotal?.amount).toBeNull();
    expect(form.goals.annualGoal?.value).toBe(p.annualGoal);
    expect(form.year).toBe(2024);
  });

  test.each(seed.projects.map((p, i) => [i, p.name] as const))("form %i (%s): indicator rows as written", (i) => {
    const got = read.forms[i]!.indicators.map((x) => [x.level1, x.level2, x.name, x.raw]);
    expect(got).toEqual(seed.projects[i]!.indicators);
  });
});

describe("cell addresses on the one-form-a-sheet workbook", () => {
  test("every field and indicator keeps the cell it was read from", async () => {
    const read = readWorkbook(await fixtureGrids("seed-2024.xlsx"));
    const first = read.forms[0]!;
    expect(first.sheet).toBe("01 民营经济代表人士队伍建设");
    expect(first.anchor).toBe("A3");
    expect(first.fields.projectName.cell).toBe("B3");
    expect(first.fields.nature?.cell).toBe("D3");
    expect(first.fields.department?.cell).toBe("B4");
    expect(first.dates.start?.cell).toBe("B5");
    expect(first.dates.end?.cell).toBe("E5");
    expect(first.funds.projectTotal?.cell).toBe("C6");
    expect(first.funds.annualTotal?.cell).toBe("E6");
    expect(first.funds.projectOther?.cell).toBe("C9");
    expect(first.funds.annualOther?.cell).toBe("E9");
    expect(first.goals.annualGoal?.cell).toBe("D11");
    expect(first.yearCell).toBe("A2");
    const ind = first.indicators[1]!;
    expect(ind).toMatchObject({ nameCell: "D14", cell: "F14", level1Cell: "B13", level2Cell: "C13", row: 14 });
    // 双星指标 is merged over C33:C34: both rows name the merge's top-left cell.
    const political = read.forms[4]!;
    const twinStar = political.indicators.filter((x) => x.level2 === "双星指标");
    expect(twinStar.map((x) => x.level2Cell)).toEqual(["C33", "C33"]);
  });

  test("stacked forms get their own rows", async () => {
    const read = readWorkbook(await fixtureGrids("seed-2024-stacked.xlsx"));
    expect(read.sheets).toHaveLength(1);
    expect(read.forms.map((f) => f.fields.projectName.cell)).toEqual(["B3", "B27", "B51", "B73", "B103", "B141", "B164", "B185", "B226", "B269", "B291"]);
    expect(read.forms[1]!.indicators[0]!.cell).toBe("F37");
  });
});
