import { placeOfReference } from "../../src/core/grid/reference";
import { parseAreas } from "../../src/excel/areas";
import { blockText, fingerprint, withBlock, withoutBlock } from "../../src/excel/mark-note";
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
    expect(placeOfReference(formula)).toEqual(place);
  });
});

test("merged areas split on commas outside quoted sheet names", () => {
  expect(parseAreas("'a, b'!A1:F1, 'a, b'!A2:F2")).toEqual([
    { top: 1, left: 1, bottom: 1, right: 6 },
    { top: 2, left: 1, bottom: 2, right: 6 },
  ]);
});

describe("jixiao's block in a note", () => {
  const message = "[target/missing-unit] 缺少计量单位";
  const block = blockText(message);
  const mine = fingerprint(block);

  test("a note of jixiao's alone goes entirely", () => {
    expect(withoutBlock(block, mine)).toBeNull();
  });

  test("the user's text above, below or on both sides is kept, edits included", () => {
    expect(withBlock("财务处：已核实", block)).toBe(`财务处：已核实\n\n${block}`);
    expect(withoutBlock(`财务处：已核实，见附件\n\n${block}`, mine)).toBe("财务处：已核实，见附件");
    expect(withoutBlock(`${block}\n\n我的回复`, mine)).toBe("我的回复");
    expect(withoutBlock(`用户\n\n${block}\n\n用户补充`, mine)).toBe("用户\n\n用户补充");
  });

  test("a block the user edited is theirs now: the note is left alone", () => {
    expect(withoutBlock(`${block}（已改）`.replace("缺少", "没有"), mine)).toBeUndefined();
    expect(withoutBlock("请核实 jixiao: 这不是前缀", mine)).toBeUndefined();
  });

  test("line breaks handed back as CRLF still match", () => {
    expect(withoutBlock(`用户\r\n\r\n${block.replace(/\n/g, "\r\n")}`, mine)).toBe("用户");
  });

  test("the fingerprint is 8 hex digits and tells different texts apart", () => {
    expect(mine.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint(blockText("[x] a")).hash).not.toBe(fingerprint(blockText("[x] b")).hash);
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
    const ok = { name: "_jixiao_m_a_0", sheet: "表1", cell: "F13", severity: "error", fill: { color: null }, note: { hash: "0123abcd", length: 12 } };
    expect(parseState({ version: 2, marks: [ok] }).marks).toHaveLength(1);
    expect(parseState({ version: 2, marks: [ok, { ...ok, cell: "A1:Z999" }] }).marks).toEqual([]);
    expect(parseState({ version: 2, marks: [{ ...ok, name: "Print_Area" }] }).marks).toEqual([]);
    expect(parseState(JSON.stringify({ version: 2, marks: [ok] })).marks).toHaveLength(1);
  });
});
