/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { ExcelWorkbook, excelSupport } from "../../src/excel";
import { OfficeLike, boot, fileNameOf } from "../../src/taskpane/boot";
import { OutsideOffice } from "../../src/taskpane/components/OutsideOffice";
import { Root } from "../../src/taskpane/Root";

// The real adapter needs Excel; the pane's boot only needs to know whether it may construct it.
jest.mock("../../src/excel", () => {
  const { MemoryWorkbook: Memory } = jest.requireActual("../../src/app/memory-workbook");
  return {
    excelSupport: jest.fn(),
    ExcelWorkbook: jest.fn().mockImplementation(() => new Memory([])),
  };
});

const support = excelSupport as jest.MockedFunction<typeof excelSupport>;
const CAPS = { highlight: true, notes: true, select: true, writeValues: true };

function fakeOffice(host: string | null, context?: OfficeLike["context"]): OfficeLike {
  return {
    HostType: { Excel: "Excel" },
    ...(context ? { context } : { context: {} }),
    onReady(callback) {
      // office.js calls back asynchronously once it has looked at its host
      return Promise.resolve().then(() => callback({ host }));
    },
  };
}

async function mount(office: OfficeLike | undefined): Promise<HTMLElement> {
  const container = document.createElement("div");
  container.id = "root";
  document.body.append(container);
  await act(async () => {
    boot(container, office);
    await Promise.resolve();
  });
  return container;
}

/** The CSS variables FluentProvider wrote (through the CSSOM) for the provider around `root`: its theme. */
function providerTokens(root: HTMLElement): string {
  const provider = root.querySelector(".fui-FluentProvider")!;
  const classes = new Set([...provider.classList].map((c) => `.${c}`));
  for (const sheet of [...document.styleSheets]) {
    for (const rule of [...sheet.cssRules]) {
      if (rule instanceof CSSStyleRule && classes.has(rule.selectorText) && rule.cssText.includes("--colorNeutralBackground1:")) {
        return rule.cssText;
      }
    }
  }
  return "";
}

beforeEach(() => {
  document.body.innerHTML = "";
  localStorage.clear();
  support.mockReset();
  (ExcelWorkbook as unknown as jest.Mock).mockClear();
});

describe("outside Office", () => {
  test("the OutsideOffice state explains the add-in in both languages and names the CLI", () => {
    render(
      <Root>
        <OutsideOffice />
      </Root>,
    );
    const main = screen.getByTestId("outside-office");
    expect(main.textContent).toMatch(/请在 Excel 中打开/);
    expect(main.textContent).toMatch(/Open this in Excel/);
    expect(main.textContent).toContain("绩效目标申报表");
    expect(main.textContent).toContain("performance-target forms");
    expect(main.textContent).toContain("npx jixiao check FILE.xlsx");
  });

  test("office.js reporting host null mounts the outside-Office state, without touching the adapter", async () => {
    const root = await mount(fakeOffice(null));
    await waitFor(() => expect(within(root).getByTestId("outside-office").textContent).toMatch(/请在 Excel 中打开|Open this in Excel/));
    expect(support).not.toHaveBeenCalled();
    expect(ExcelWorkbook).not.toHaveBeenCalled();
  });

  test("office.js missing altogether (blocked CDN) still shows the outside-Office state", async () => {
    const root = await mount(undefined);
    expect(within(root).getByTestId("outside-office")).toBeTruthy();
  });
});

describe("inside Office", () => {
  test("Excel in Chinese: the pane in zh, over an ExcelWorkbook", async () => {
    support.mockReturnValue({ ok: true, capabilities: CAPS } as ReturnType<typeof excelSupport>);
    const root = await mount(fakeOffice("Excel", { displayLanguage: "zh-CN", officeTheme: { isDarkTheme: false }, document: { url: "C:\\预算\\2024 绩效目标.xlsx" } }));
    await waitFor(() => expect(within(root).getByTestId("action-bar").textContent).toContain("一键校验"));
    expect(providerTokens(root)).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);
    expect(ExcelWorkbook).toHaveBeenCalledTimes(1);
    expect(document.documentElement.lang).toBe("zh-CN");
  });

  test("Excel in English with a dark theme: the pane in en", async () => {
    support.mockReturnValue({ ok: true, capabilities: CAPS } as ReturnType<typeof excelSupport>);
    const root = await mount(fakeOffice("Excel", { displayLanguage: "en-US", officeTheme: { isDarkTheme: true } }));
    await waitFor(() => expect(within(root).getByTestId("action-bar").textContent).toContain("Validate"));
    expect(document.documentElement.lang).toBe("en");
    expect(providerTokens(root)).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
  });

  test("an Excel that lacks the needed API sets says so, in its language", async () => {
    support.mockReturnValue({ ok: false, reason: "ExcelApi 1.9 is not supported", capabilities: CAPS } as ReturnType<typeof excelSupport>);
    const root = await mount(fakeOffice("Excel", { displayLanguage: "zh-CN" }));
    const box = await waitFor(() => within(root).getByTestId("unsupported"));
    expect(box.textContent).toContain("此版本的 Excel 不受支持");
    expect(box.textContent).toContain("ExcelApi 1.9 is not supported");
    expect(box.textContent).toContain("npx jixiao check");
    expect(ExcelWorkbook).not.toHaveBeenCalled();
  });

  test("a support check that throws is treated as unsupported, not a blank pane", async () => {
    support.mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'isSetSupported')");
    });
    jest.spyOn(console, "error").mockImplementation(() => {});
    const root = await mount(fakeOffice("Excel", { displayLanguage: "en-GB" }));
    const box = await waitFor(() => within(root).getByTestId("unsupported"));
    expect(box.textContent).toContain("This version of Excel is not supported");
    expect(box.textContent).not.toContain("isSetSupported");
  });

  test("another Office host (Word) gets the unsupported message", async () => {
    const root = await mount(fakeOffice("Word", { displayLanguage: "en-US" }));
    const box = await waitFor(() => within(root).getByTestId("unsupported"));
    expect(box.textContent).toContain("not supported");
    expect(support).not.toHaveBeenCalled();
  });

  test("a context without displayLanguage or theme (as outside Office) is guarded", async () => {
    support.mockReturnValue({ ok: true, capabilities: CAPS } as ReturnType<typeof excelSupport>);
    const office = fakeOffice("Excel");
    delete office.context;
    const root = await mount(office);
    await waitFor(() => expect(within(root).getByTestId("action-bar")).toBeTruthy());
  });
});

test("the file name comes from the document's URL or path", () => {
  expect(fileNameOf("https://contoso.sharepoint.com/sites/x/Shared%20Documents/2024%E7%BB%A9%E6%95%88.xlsx?web=1")).toBe("2024绩效.xlsx");
  expect(fileNameOf("C:\\预算\\目标.xlsx")).toBe("目标.xlsx");
  expect(fileNameOf("")).toBe("workbook.xlsx");
  expect(fileNameOf(undefined)).toBe("workbook.xlsx");
});
