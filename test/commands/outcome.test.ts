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
    const send = open(`?o=${encodeOutcome({ kind: "validated", projects: 11, errors: 29, warnings: 3, info: 33, marked: 32, skipped: 2 })}`, "zh-CN");
    expect(document.body.textContent).toContain("已校验 11 个项目：29 个错误、3 个警告、33 条提示；已在 32 个单元格上标注");
    expect(document.body.textContent).toContain("另有 2 个单元格因工作表受保护未能标注");
    (document.querySelector("button") as HTMLButtonElement).click();
    expect(send).toHaveBeenCalledWith("close");
  });

  test("text from the query string is shown as text, never parsed as HTML", () => {
    open(`?o=${encodeURIComponent(JSON.stringify({ kind: "failed", code: "<img src=x onerror=alert(1)>" }))}`, "en-US");
    expect(document.querySelector("img")).toBeNull();
    expect(document.body.textContent).toContain("<img src=x onerror=alert(1)>");
  });
});
