/** @jest-environment jsdom */
import { encodeOutcome } from "../../src/app/outcome";

describe("the outcome dialog page", () => {
  beforeEach(() => {
    document.body.innerHTML = '<div id="root"></div>';
    jest.resetModules();
  });

  function open(query: string, displayLanguage: string) {
    window.history.replaceState(null, "", `/outcome.html${query}`);
    const messageParent = jest.fn();
    (globalThis as unknown as { Office: unknown }).Office = { onReady: (f: () => void) => f(), context: { displayLanguage, ui: { messageParent } } };
    jest.isolateModules(() => require("../../src/outcome/outcome"));
    return messageParent;
  }

  test("says what was found, in the user's language, and OK closes it", () => {
    const send = open(`?o=${encodeOutcome({ kind: "validated", projects: 11, errors: 29, warnings: 3, info: 33, marked: 32, skipped: {} })}`, "zh-CN");
    expect(document.body.textContent).toContain("已校验 11 个项目：29 个错误、3 个警告、33 条提示；已在 32 个单元格上标注");
    expect(document.body.textContent).not.toContain("未能标注");
    (document.querySelector("button") as HTMLButtonElement).click();
    expect(send).toHaveBeenCalledWith("close");
  });

  test("skipped cells are worded by reason, never all as protected", () => {
    open(`?o=${encodeOutcome({ kind: "validated", projects: 2, errors: 1, warnings: 0, info: 0, marked: 1, skipped: { protected: 2, "sheet-gone": 1, "changed-by-user": 3, "not-a-cell": 4 } })}`, "zh-CN");
    const lines = [...document.querySelectorAll("p")].map((p) => p.textContent);
    expect(lines).toEqual(expect.arrayContaining([
      "2 个单元格所在的工作表受保护，未能标注。",
      "1 个单元格所在的工作表已不存在，未能标注。",
      "3 个单元格已被手动改过颜色，保留了您的格式，未作标注。",
      "4 条问题的位置不是有效的单元格地址，未能标注。",
    ]));
    expect(lines.filter((l) => l?.includes("受保护"))).toHaveLength(1);
  });

  test("only sheet-gone cells: the English line says the sheet is gone, not protected", () => {
    open(`?o=${encodeOutcome({ kind: "validated", projects: 2, errors: 1, warnings: 0, info: 0, marked: 1, skipped: { "sheet-gone": 5 } })}`, "en-US");
    expect(document.body.textContent).toContain("5 cells were not highlighted because their sheet no longer exists.");
    expect(document.body.textContent).not.toContain("protected");
  });

  test("the hint does not promise the pane already shows the findings: it says to press 一键校验 there", () => {
    open(`?o=${encodeOutcome({ kind: "validated", projects: 1, errors: 1, warnings: 0, info: 0, marked: 1, skipped: {} })}`, "zh-CN");
    expect(document.body.textContent).toContain("请打开面板（绩效目标 → 打开面板）并点击「一键校验」");
    expect(document.body.textContent).toContain("修改建议");
    document.body.innerHTML = '<div id="root"></div>';
    open(`?o=${encodeOutcome({ kind: "validated", projects: 1, errors: 1, warnings: 0, info: 0, marked: 1, skipped: {} })}`, "en-US");
    expect(document.body.textContent).toContain("To see each finding with its fix, open the pane (Performance targets → Open pane) and press Validate.");
  });

  test.each([
    ["validate", "protected", "zh-CN", "校验未能完成。", "工作表或工作簿受保护"],
    ["summary", "protected", "zh-CN", "汇总表未能生成。", "工作簿的结构受保护，无法添加工作表"],
    ["summary", "busy", "zh-CN", "汇总表未能生成。", "Excel 正忙"],
    ["validate", "too-large", "en-US", "The check could not finish.", "too large for Excel to read"],
    ["summary", "too-large", "en-US", "The summary sheet could not be built.", "--summary"],
    ["summary", "unsupported-host", "en-US", "The summary sheet could not be built.", "Office 2021 or later"],
    ["validate", "failed", "zh-CN", "校验未能完成。", "Excel 报告操作失败"],
  ] as const)("a failure of %s with %s is worded for the command and the cause (%s)", (command, code, lang, lead, why) => {
    open(`?o=${encodeOutcome({ kind: "failed", code, command })}`, lang);
    const text = document.body.textContent ?? "";
    expect(text).toContain(lead);
    expect(text).toContain(why);
    expect(text).not.toContain(`(${code})`);
    expect(text).not.toContain(`（${code}）`);
  });

  test("junk in the query reads as a generic failure", () => {
    open("?o=%7Bnope", "zh-CN");
    expect(document.body.textContent).toContain("操作未能完成。");
    expect(document.body.textContent).toContain("Excel 报告操作失败");
  });

  test("an unsupported Excel is told Office 2021 or Microsoft 365 is needed (the ExcelApi 1.9 floor), never 2019", () => {
    open(`?o=${encodeOutcome({ kind: "unsupported" })}`, "zh-CN");
    expect(document.body.textContent).toContain("需要 Office 2021 或更高版本、Microsoft 365 或网页版 Excel");
    expect(document.body.textContent).not.toContain("2019");
  });

  test("text from the query string is shown as text, never parsed as HTML", () => {
    const payload = "<img src=x onerror=alert(1)>";
    open(`?o=${encodeOutcome({ kind: "summary", sheet: payload, projects: 1 })}`, "en-US");
    expect(document.querySelector("img")).toBeNull();
    expect(document.body.textContent).toContain(payload);
  });
});
