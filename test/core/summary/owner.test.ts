import { sheetOfReference } from "../../../src/core/grid/reference";
import { ownedSheet } from "../../../src/core/summary/owner";

test("the owner name is trusted only on a sheet named as jixiao names its summary", () => {
  expect(ownedSheet(sheetOfReference("'绩效目标汇总'!$A$1"))).toBe("绩效目标汇总");
  expect(ownedSheet("绩效目标汇总 (3)")).toBe("绩效目标汇总 (3)");
  expect(ownedSheet("target summary (2)")).toBe("target summary (2)");
  // a cut and paste carried the name into the user's own sheet: not jixiao's to replace or skip
  expect(ownedSheet(sheetOfReference("预算!$A$1"))).toBeNull();
  expect(ownedSheet("绩效目标汇总（备份）")).toBeNull();
  expect(ownedSheet(null)).toBeNull();
});
