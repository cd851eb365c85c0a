import { parseAreas, placeOfName } from "../../src/excel/areas";
import { noteWith, userPartOf } from "../../src/excel/mark-note";
import { isMarkName, markName, parseState } from "../../src/excel/mark-state";

describe("where a defined name points", () => {
  test.each([
    ["=表1!$F$14", { sheet: "表1", cell: "F14" }],
    ["='05 民营经济人士思想政治建设'!$C$33", { sheet: "05 民营经济人士思想政治建设", cell: "C33" }],
    ["='It''s'!$b$3", { sheet: "It's", cell: "B3" }],
    ["Sheet1!C3", { sheet: "Sheet1", cell: "C3" }],
    ["=#REF!$F$14", "sheet-gone"],
    ["=#REF!", "sheet-gone"],
    ["=表1!#REF!", "cell-gone"],
    ["=表1!$F$14:$G$15", "cell-gone"],
    ["", "cell-gone"],
  ])("%s", (formula, place) => {
    expect(placeOfName(formula)).toEqual(place);
  });
});

test("merged areas split on commas outside quoted sheet names", () => {
  expect(parseAreas("'a, b'!A1:F1, 'a, b'!A2:F2")).toEqual([
    { top: 1, left: 1, bottom: 1, right: 6 },
    { top: 2, left: 1, bottom: 2, right: 6 },
  ]);
});

describe("jixiao's part of a note", () => {
  test("a note of jixiao's alone has no user part, and goes when the message does", () => {
    expect(userPartOf("jixiao:\n[target/missing-unit] 缺少计量单位")).toBeNull();
    expect(noteWith(null, null)).toBeNull();
  });

  test("the user's text before jixiao's is kept as it reads now, edits included", () => {
    const note = noteWith("财务处：已核实", "[target/missing-unit] 缺少计量单位")!;
    expect(note).toBe("财务处：已核实\n\njixiao:\n[target/missing-unit] 缺少计量单位");
    expect(userPartOf(note)).toBe("财务处：已核实");
    expect(noteWith(userPartOf(note), "[x] 新消息")).toBe("财务处：已核实\n\njixiao:\n[x] 新消息");
  });

  test("a note without jixiao's text is the user's, whole", () => {
    expect(userPartOf("请核实 jixiao: 这不是前缀")).toBe("请核实 jixiao: 这不是前缀");
    expect(userPartOf(null)).toBeNull();
  });

  test("an empty user part leaves no empty note behind", () => {
    expect(noteWith(userPartOf("\n\njixiao:\nx"), null)).toBeNull();
  });
});

describe("mark names and the stored state", () => {
  test("only names jixiao makes count as its own", () => {
    expect(isMarkName(markName("lz3k9a", 12))).toBe(true);
    expect(isMarkName("项目合计")).toBe(false);
    expect(isMarkName("_jixiao_summary")).toBe(false);
    expect(isMarkName("_jixiao_m_x")).toBe(false);
  });

  test("a record with a bad cell address or a foreign name makes the whole state unreadable, so nothing is touched", () => {
    const ok = { name: "_jixiao_m_a_0", sheet: "表1", cell: "F13", severity: "error", fill: null, note: true };
    expect(parseState({ version: 2, marks: [ok] }).marks).toHaveLength(1);
    expect(parseState({ version: 2, marks: [ok, { ...ok, cell: "A1:Z999" }] }).marks).toEqual([]);
    expect(parseState({ version: 2, marks: [{ ...ok, name: "Print_Area" }] }).marks).toEqual([]);
    expect(parseState(JSON.stringify({ version: 2, marks: [ok] })).marks).toHaveLength(1);
  });
});
