/** @jest-environment jsdom */
import { screen, within, waitFor } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/app/memory-workbook";
import { HostError } from "../../src/app/ports";
import { MARK_FILL, marksFrom } from "../../src/core/marks";
import { Diagnostic } from "../../src/core/diagnostic";
import { cleanForm, sheetOf } from "../support/form-grid";
import { copyGrids, deferred, expectedReport, findNotice, isDisabled, renderPane, seedWorkbook, textOf } from "./pane-helpers";

const SHEET05 = "05 民营经济人士思想政治建设";
const PROJECT05 = "民营经济人士思想政治建设";

// rendering ~100 findings with Fluent in jsdom takes a few seconds per run
jest.setTimeout(30_000);

beforeEach(() => localStorage.clear());

/** The <li> of one finding (a cell may carry several: pick by rule too). */
function findingItems(container: HTMLElement, sheet: string, cell: string): HTMLElement[] {
  const section = [...container.querySelectorAll<HTMLElement>("section[data-sheet]")].find((x) => x.dataset.sheet === sheet);
  if (!section) return [];
  return [...section.querySelectorAll<HTMLElement>(`li[data-cell="${cell}"]`)];
}

/** A button of the action bar (role queries over the ~200 buttons of a full list are slow in jsdom). */
function actionButton(name: string | RegExp, optional?: true): HTMLElement {
  const bar = within(screen.getByTestId("action-bar"));
  return (optional ? bar.queryByRole("button", { name }) : bar.getByRole("button", { name })) as HTMLElement;
}

async function validate(user: ReturnType<typeof renderPane>["user"], name: RegExp = /一键校验|Validate/) {
  await user.click(actionButton(name));
  return screen.findByRole("heading", { level: 2, name: /校验结果|Results/ });
}

describe("task pane on the seed workbook", () => {
  test("before the first run it shows the empty state and the primary action", () => {
    renderPane(new MemoryWorkbook([]));
    expect(textOf(screen.getByTestId("empty-state"))).toContain("尚未校验");
    expect(isDisabled(actionButton("一键校验"))).toBe(false);
  });

  test("validate shows the counts the core reports, grouped by project, and 双星指标 under its project at C33", async () => {
    const wb = await seedWorkbook();
    const expected = expectedReport(await wb.readGrids());
    const { user } = renderPane(wb);
    await validate(user);

    expect(textOf(screen.getByTestId("count-error"))).toContain(`错误 ${expected.totals.errors}`);
    expect(textOf(screen.getByTestId("count-warning"))).toContain(`警告 ${expected.totals.warnings}`);
    expect(textOf(screen.getByTestId("count-info"))).toContain(`提示 ${expected.totals.info}`);
    expect(textOf(screen.getByTestId("count-cells"))).toContain(`需修改单元格 ${expected.totals.cells}`);
    expect(document.querySelectorAll("li[data-rule]")).toHaveLength(expected.diagnostics.length);

    // one collapsible group per project with findings, its header naming the project and its counts
    const withFindings = expected.projects.filter((p) => expected.diagnostics.some((d) => d.project === p.name));
    const headers = screen.getAllByRole("heading", { level: 3 });
    expect(headers.map((h) => h.textContent)).toEqual(
      withFindings.map((p) => expect.stringContaining(p.name)),
    );
    const p05 = expected.projects.find((p) => p.name === PROJECT05)!;
    const header05 = screen.getByRole("heading", { level: 3, name: new RegExp(PROJECT05) });
    expect(textOf(header05)).toContain(`错误 ${p05.errors} · 警告 ${p05.warnings}`);

    const group = header05.closest<HTMLElement>("[data-project]")!;
    expect(group.getAttribute("data-project")).toBe(PROJECT05);
    const [item] = findingItems(group, SHEET05, "C33");
    expect(item).toBeDefined();
    expect(textOf(item)).toContain("indicator/unknown-level2");
    expect(textOf(item)).toContain("双星指标");
    const d = expected.diagnostics.find((x) => x.cell === "C33" && x.sheet === SHEET05)!;
    expect(within(item!).getByText(d.message)).toBeTruthy();
    // the aria-live region read the counts out
    expect(textOf(screen.getByTestId("live-region"))).toContain(`错误 ${expected.totals.errors} 个`);
  });

  test("marks land in the workbook with distinct fills", async () => {
    const wb = await seedWorkbook();
    const { user } = renderPane(wb);
    await validate(user);
    expect(wb.formatOf(SHEET05, "C33").fill).toBe(MARK_FILL.error);
    expect(wb.formatOf("01 民营经济代表人士队伍建设", "F22").fill).toBe(MARK_FILL.warning);
  });

  test("clicking a finding, or Enter / Space on it, selects its cell", async () => {
    const wb = await seedWorkbook();
    const { user, container } = renderPane(wb);
    await validate(user);
    const [c33] = findingItems(container, SHEET05, "C33");
    await user.click(within(c33!).getByRole("button", { name: /双星指标/ }));
    expect(wb.selection).toEqual({ sheet: SHEET05, cell: "C33" });

    const [f36] = findingItems(container, SHEET05, "F36");
    within(f36!).getAllByRole("button")[0]!.focus();
    await user.keyboard("{Enter}");
    expect(wb.selection).toEqual({ sheet: SHEET05, cell: "F36" });

    const [f25] = findingItems(container, SHEET05, "F25");
    within(f25!).getAllByRole("button")[0]!.focus();
    await user.keyboard(" ");
    expect(wb.selection).toEqual({ sheet: SHEET05, cell: "F25" });
  });

  test("severity toggles and the rule filter narrow the list", async () => {
    const wb = await seedWorkbook();
    const expected = expectedReport(await wb.readGrids());
    const { user, container } = renderPane(wb);
    await validate(user);
    const items = () => [...container.querySelectorAll<HTMLElement>("li[data-rule]")];

    const severity = within(screen.getByRole("group", { name: "按严重程度筛选" }));
    await user.click(severity.getByRole("button", { name: /^错误/, pressed: true }));
    expect(severity.getByRole("button", { name: /^错误/ }).getAttribute("aria-pressed")).toBe("false");
    expect(items().some((li) => li.dataset.severity === "error")).toBe(false);
    expect(items()).toHaveLength(expected.totals.warnings + expected.totals.info);

    await user.click(severity.getByRole("button", { name: /^提示/ }));
    expect(items()).toHaveLength(expected.totals.warnings);
    expect(textOf(screen.getByTestId("shown-count"))).toContain(`显示 ${expected.totals.warnings} / ${expected.diagnostics.length} 条`);

    await user.click(severity.getByRole("button", { name: /^错误/ }));
    await user.click(severity.getByRole("button", { name: /^提示/ }));
    const rule = screen.getByRole("combobox", { name: "规则" });
    // only the rules present in the report are offered
    const offered = within(rule).getAllByRole("option").map((o) => (o as HTMLOptionElement).value).filter(Boolean);
    expect(new Set(offered)).toEqual(new Set(expected.diagnostics.map((d) => d.rule)));
    await user.selectOptions(rule, "indicator/unknown-level2");
    const wanted = expected.diagnostics.filter((d) => d.rule === "indicator/unknown-level2");
    expect(items()).toHaveLength(wanted.length);
    expect(items().every((li) => li.dataset.rule === "indicator/unknown-level2")).toBe(true);
  });

  test("a project group collapses and expands from its header", async () => {
    const wb = await seedWorkbook();
    const { user, container } = renderPane(wb);
    await validate(user);
    const toggle = within(screen.getByRole("heading", { level: 3, name: new RegExp(PROJECT05) })).getByRole("button");
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(findingItems(container, SHEET05, "C33")).toHaveLength(0);
    await user.click(toggle);
    expect(findingItems(container, SHEET05, "C33")).toHaveLength(1);
  });

  test("Apply fix is offered only for in-place fixes, writes the fix into the cell and validates again", async () => {
    const wb = await seedWorkbook();
    const before = expectedReport(await wb.readGrids());
    const d = before.diagnostics.find((x) => x.rule === "target/satisfaction-operator" && x.fixInPlace)!;
    const { user, container } = renderPane(wb);
    await validate(user);

    // C33 (unknown 二级) offers no in-place fix: no button
    const [c33] = findingItems(container, SHEET05, "C33");
    expect(within(c33!).queryByRole("button", { name: /应用修改/ })).toBeNull();

    const [item] = findingItems(container, d.sheet, d.cell);
    expect(textOf(item)).toContain(d.value!);
    expect(textOf(item)).toContain(d.fix!);
    // its accessible name starts with the visible text and says which cell it writes
    expect(within(item!).getByRole("button", { name: /应用修改/ }).getAttribute("aria-label")).toBe(`应用修改：将 ${d.sheet}!${d.cell} 改为建议值`);
    await user.click(within(item!).getByRole("button", { name: /应用修改/ }));

    await findNotice(`已将建议值写入 ${d.sheet}!${d.cell}`);
    expect(wb.valueOf(d.sheet, d.cell)).toBe(d.fix);
    const after = expectedReport(await wb.readGrids());
    expect(after.totals.warnings).toBe(before.totals.warnings - 1);
    expect(textOf(screen.getByTestId("count-warning"))).toContain(`警告 ${after.totals.warnings}`);
    expect(findingItems(container, d.sheet, d.cell).filter((li) => li.dataset.rule === d.rule)).toHaveLength(0);
    // the fixed cell lost its mark; focus stayed in the results
    expect(wb.formatOf(d.sheet, d.cell).fill).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2, name: "校验结果" }));
  });

  test("Apply fix on a cell edited since the check writes nothing and says why", async () => {
    const wb = await seedWorkbook();
    const d = expectedReport(await wb.readGrids()).diagnostics.find((x) => x.rule === "target/satisfaction-operator" && x.fixInPlace)!;
    const { user, container } = renderPane(wb);
    await validate(user);
    await wb.writeValue(d.sheet, d.cell, "≥ 90%（已与处室商定）");
    const [item] = findingItems(container, d.sheet, d.cell);
    await user.click(within(item!).getByRole("button", { name: /应用修改/ }));
    await findNotice("检查之后该单元格已被修改或移动，修正未应用。请重新检查。");
    expect(wb.valueOf(d.sheet, d.cell)).toBe("≥ 90%（已与处室商定）");
  });

  test("Clear highlights restores each cell's own format and says how many", async () => {
    const wb = await seedWorkbook();
    const expected = expectedReport(await wb.readGrids());
    const own = { fill: "#DDEBF7", font: "#1F4E78" };
    wb.formats.set(`${SHEET05}!C33`, own);
    const { user } = renderPane(wb);
    await validate(user);
    expect(wb.formatOf(SHEET05, "C33").fill).toBe(MARK_FILL.error);

    await user.click(actionButton("清除标注"));
    const n = marksFrom(expected.diagnostics).length;
    await findNotice(`已恢复 ${n} 个单元格的原有格式。`);
    expect(wb.formatOf(SHEET05, "C33")).toEqual(own);
    expect(wb.formatOf("01 民营经济代表人士队伍建设", "F22").fill).toBeNull();
  });
});

describe("languages", () => {
  test("English UI and messages when Office speaks English", async () => {
    const wb = await seedWorkbook();
    const en = expectedReport(await wb.readGrids(), { lang: "en" });
    const { user, container } = renderPane(wb, "en");
    expect(screen.getByText("Not checked yet")).toBeTruthy();
    await validate(user, /^Validate$/);
    expect(textOf(screen.getByTestId("count-error"))).toContain(`Errors ${en.totals.errors}`);
    expect(textOf(screen.getByTestId("count-cells"))).toContain(`Cells to change ${en.totals.cells}`);
    const d = en.diagnostics.find((x) => x.sheet === SHEET05 && x.cell === "C33")!;
    const [c33] = findingItems(container, SHEET05, "C33");
    expect(textOf(c33)).toContain(d.message);
    expect(document.documentElement.lang).toBe("en");
  });

  test("switching the language in the settings changes the UI strings and the findings' messages", async () => {
    const wb = await seedWorkbook();
    const grids = await wb.readGrids();
    const zh = expectedReport(grids, { lang: "zh" });
    const en = expectedReport(grids, { lang: "en" });
    const { user, container } = renderPane(wb, "zh");
    await validate(user);
    const msg = (r: typeof zh) => r.diagnostics.find((x) => x.sheet === SHEET05 && x.cell === "C33")!.message;
    expect(textOf(findingItems(container, SHEET05, "C33")[0])).toContain(msg(zh));

    await user.click(within(screen.getByRole("heading", { level: 2, name: "设置" })).getByRole("button"));
    await user.selectOptions(screen.getByRole("combobox", { name: "语言" }), "en");
    await waitFor(() => actionButton(/^Validate$/));
    await waitFor(() => expect(textOf(findingItems(container, SHEET05, "C33")[0])).toContain(msg(en)));
    expect(actionButton("Clear highlights")).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
  });
});

describe("a language switch re-renders what the pane holds", () => {
  test("the list, the rule titles and the notes change language without a second read of the workbook", async () => {
    const wb = await seedWorkbook();
    const grids = await wb.readGrids();
    const en = expectedReport(grids, { lang: "en" });
    const reads = jest.spyOn(wb, "readGrids");
    const { user, container } = renderPane(wb, "zh");
    await validate(user);
    expect(reads).toHaveBeenCalledTimes(1);
    const [c33] = findingItems(container, SHEET05, "C33");
    expect(textOf(c33)).toContain("未知的二级指标");
    const zhNote = wb.notes.get(`${SHEET05}!C33`);

    await user.click(within(screen.getByRole("heading", { level: 2, name: "设置" })).getByRole("button"));
    await user.selectOptions(screen.getByRole("combobox", { name: "语言" }), "en");
    const msg = en.diagnostics.find((x) => x.sheet === SHEET05 && x.cell === "C33")!.message;
    await waitFor(() => expect(textOf(findingItems(container, SHEET05, "C33")[0])).toContain(msg));
    expect(textOf(findingItems(container, SHEET05, "C33")[0])).toContain("Unknown 二级指标");
    // the notes in the cells are written again in English, from the findings the pane kept
    await waitFor(() => expect(wb.notes.get(`${SHEET05}!C33`)).not.toEqual(zhNote));
    expect(wb.notes.get(`${SHEET05}!C33`)).toContain(msg);
    expect(reads).toHaveBeenCalledTimes(1);
  });
});

describe("languages after clearing", () => {
  test("after Clear highlights, switching the language re-runs the list only: the workbook stays clean", async () => {
    const wb = await seedWorkbook();
    const own = { fill: "#DDEBF7", font: "#1F4E78" };
    wb.formats.set(`${SHEET05}!C33`, own);
    const grids = await wb.readGrids();
    const en = expectedReport(grids, { lang: "en" });
    const { user, container } = renderPane(wb, "zh");
    await validate(user);
    expect(wb.formatOf(SHEET05, "C33").fill).toBe(MARK_FILL.error);
    await user.click(actionButton("清除标注"));
    await findNotice("已恢复");
    const clean = JSON.stringify([[...wb.formats], [...wb.notes]]);

    await user.click(within(screen.getByRole("heading", { level: 2, name: "设置" })).getByRole("button"));
    await user.selectOptions(screen.getByRole("combobox", { name: "语言" }), "en");
    const msg = en.diagnostics.find((x) => x.sheet === SHEET05 && x.cell === "C33")!.message;
    await waitFor(() => expect(textOf(findingItems(container, SHEET05, "C33")[0])).toContain(msg));
    expect(wb.formatOf(SHEET05, "C33")).toEqual(own);
    for (const d of en.diagnostics) if (d.cell !== "C33" || d.sheet !== SHEET05) expect([d.sheet, d.cell, wb.formatOf(d.sheet, d.cell).fill]).toEqual([d.sheet, d.cell, null]);
    expect(JSON.stringify([[...wb.formats], [...wb.notes]])).toBe(clean);
    expect(wb.notes.size).toBe(0);

    // Validate itself still marks.
    await validate(user, /^Validate$/);
    await waitFor(() => expect(wb.formatOf(SHEET05, "C33").fill).toBe(MARK_FILL.error));
  });
});

describe("safety and accessibility", () => {
  test("cell text is rendered as text: markup in a finding's message is shown literally", async () => {
    const payload = '<img src=x onerror="window.__jixiaoXss=1">';
    const grid = sheetOf("S1", [
      {
        spec: cleanForm({
          indicators: [
            ["产出指标", payload, "举办培训班", "=2.00(次)"],
            ["满意度指标", "服务对象满意度指标", "培训对象满意度", "≥90.00(%)"],
          ],
        }),
      },
    ]);
    const wb = new MemoryWorkbook([grid]);
    const expected = expectedReport([grid]);
    const withPayload = expected.diagnostics.filter((d) => d.message.includes(payload));
    expect(withPayload.length).toBeGreaterThan(0);
    const { user, container } = renderPane(wb);
    await validate(user);
    expect(container.querySelector("img")).toBeNull();
    expect((window as unknown as { __jixiaoXss?: number }).__jixiaoXss).toBeUndefined();
    for (const d of withPayload) expect(screen.getAllByText(d.message).length).toBeGreaterThan(0);
  });

  describe("keyboard", () => {
    // jsdom has no layout: offsetParent is always null and the body measures 0×0, so Fluent's focus manager
    // (tabster) takes every element for hidden and sends Tab past the end of the page. Give elements the
    // layout a browser would, for these tests only.
    const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetParent")!;
    const bodyRect = HTMLBodyElement.prototype.getBoundingClientRect;
    beforeAll(() => {
      Object.defineProperty(HTMLElement.prototype, "offsetParent", {
        configurable: true,
        get(this: HTMLElement) {
          return this.parentElement;
        },
      });
      HTMLBodyElement.prototype.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 320, height: 640 });
    });
    afterAll(() => {
      Object.defineProperty(HTMLElement.prototype, "offsetParent", offsetParent);
      HTMLBodyElement.prototype.getBoundingClientRect = bodyRect;
    });

    test("the primary button is the first Tab stop, Enter runs it, and findings are reachable by Tab", async () => {
      const wb = await seedWorkbook();
      const { user, container } = renderPane(wb);
      await user.tab();
      const button = actionButton("一键校验");
      expect(document.activeElement).toBe(button);
      await user.keyboard("{Enter}");
      expect(await screen.findByRole("heading", { level: 2, name: "校验结果" })).toBeTruthy();
      // focus stayed on the button while it was busy
      expect(document.activeElement).toBe(button);
      await user.tab();
      expect(document.activeElement).toBe(actionButton("清除标注"));
      // keep tabbing: the severity toggles, the rule filter, the first project header, then its first finding
      const firstFinding = container.querySelector("li[data-rule] button")!;
      const seen: string[] = [];
      for (let i = 0; i < 12 && document.activeElement !== firstFinding; i++) {
        await user.tab();
        seen.push(document.activeElement?.textContent?.slice(0, 12) ?? "");
      }
      expect(document.activeElement).toBe(firstFinding);
      expect(seen.length).toBeGreaterThan(3);
      await user.keyboard("{Enter}");
      const li = firstFinding.closest("li")!;
      expect(wb.selection).toEqual({ sheet: li.closest("section")!.getAttribute("data-sheet"), cell: li.dataset.cell });
    });
  });

  test("while validating, the button is disabled and a spinner shows", async () => {
    const wb = await seedWorkbook();
    const gate = deferred();
    const read = wb.readGrids.bind(wb);
    wb.readGrids = async (onSheet) => {
      await gate.promise;
      return read(onSheet);
    };
    const { user } = renderPane(wb);
    await user.click(actionButton("一键校验"));
    expect(isDisabled(actionButton("一键校验"))).toBe(true);
    expect(screen.getByRole("progressbar", { name: "正在校验…" })).toBeTruthy();
    gate.resolve();
    await screen.findByRole("heading", { level: 2, name: "校验结果" });
    expect(isDisabled(actionButton("一键校验"))).toBe(false);
    expect(screen.queryByRole("progressbar")).toBeNull();
  });
});

describe("host outcomes", () => {
  test.each([
    ["protected", /受保护/],
    ["busy", /Excel 正忙/],
    ["unsupported-host", /不支持/],
    ["too-large", /太大/],
    ["changed", /已被修改或移动/],
    ["failed", /操作失败/],
  ] as const)("HostError %s shows a friendly message, never the stack", async (code, text) => {
    const wb = await seedWorkbook();
    wb.mark = async () => {
      throw new HostError(code, "RichApi.Error: InvalidOperation at Excel.run (excel-workbook.ts:42)");
    };
    jest.spyOn(console, "error").mockImplementation(() => {});
    const { user } = renderPane(wb);
    await user.click(actionButton("一键校验"));
    const bar = await screen.findByRole("group", { name: "操作未完成" });
    expect(textOf(bar)).toMatch(text);
    expect(document.body.textContent).not.toMatch(/RichApi|excel-workbook\.ts|InvalidOperation/);
    expect(isDisabled(actionButton("一键校验"))).toBe(false);
  });

  test("an unexpected error gets a generic message in the pane's language", async () => {
    const wb = await seedWorkbook();
    wb.readGrids = async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'items')");
    };
    jest.spyOn(console, "error").mockImplementation(() => {});
    const { user } = renderPane(wb, "en");
    await user.click(actionButton("Validate"));
    await findNotice(/Something unexpected went wrong/);
    expect(document.body.textContent).not.toContain("reading 'items'");
  });

  test("a failing select is reported, not thrown", async () => {
    const wb = await seedWorkbook();
    const { user, container } = renderPane(wb);
    await validate(user);
    wb.select = async () => {
      throw new HostError("busy", "edit mode");
    };
    await user.click(within(findingItems(container, SHEET05, "C33")[0]!).getAllByRole("button")[0]!);
    await findNotice(/Excel 正忙/);
  });

  test("cells that could not be marked are listed with their reasons", async () => {
    const wb = await seedWorkbook();
    const mark = wb.mark.bind(wb);
    wb.mark = async (marks) => {
      const out = await mark(marks.filter((m) => m.sheet !== SHEET05));
      const skipped = marks.filter((m) => m.sheet === SHEET05).map((m) => ({ sheet: m.sheet, cell: m.cell, reason: "protected" as const }));
      return { ...out, skipped };
    };
    const { user } = renderPane(wb);
    await validate(user);
    const skippedCount = marksFrom(expectedReport(await wb.readGrids()).diagnostics).filter((m) => m.sheet === SHEET05).length;
    expect(screen.getByText(`${skippedCount} 个单元格未能标注`)).toBeTruthy();
    expect(screen.getByText(`${SHEET05}!C33: 工作表受保护`)).toBeTruthy();
  });

  test("clear reports cells it skipped", async () => {
    const wb = await seedWorkbook();
    wb.clearMarks = async () => ({ cellsRestored: 2, skipped: [{ sheet: "S9", cell: "B2", reason: "sheet-gone" }] });
    const { user } = renderPane(wb);
    await user.click(actionButton("清除标注"));
    await findNotice("已恢复 2 个单元格的原有格式。");
    expect(screen.getByText("1 个单元格未能恢复")).toBeTruthy();
    expect(screen.getByText("S9!B2: 工作表已不存在")).toBeTruthy();
  });

  test("a host that can neither highlight nor write offers neither", async () => {
    const wb = await seedWorkbook();
    Object.assign(wb.capabilities, { highlight: false, writeValues: false, notes: false });
    const { user } = renderPane(wb);
    expect(actionButton("清除标注", true)).toBeNull();
    await validate(user);
    await findNotice(/无法标注单元格/);
    expect([...document.querySelectorAll("li[data-rule] button")].filter((b) => b.textContent === "应用修改")).toHaveLength(0);
    expect(wb.formatOf(SHEET05, "C33").fill).toBeNull();
  });
});

describe("result states", () => {
  test("a clean workbook says no problems were found", async () => {
    const grid = sheetOf("S1", [{ spec: cleanForm() }]);
    const expected = expectedReport([grid]);
    expect(expected.diagnostics).toHaveLength(0);
    const { user } = renderPane(new MemoryWorkbook(copyGrids([grid])));
    await validate(user);
    expect(screen.getByText("未发现问题")).toBeTruthy();
    expect(screen.getByText(`已检查 ${expected.totals.projects} 个项目、${expected.totals.indicators} 条指标。`)).toBeTruthy();
  });

  test("info findings are listed, quietly, without an error state", async () => {
    const grid = sheetOf("S1", [
      { spec: cleanForm({ indicators: [...cleanForm().indicators, ["效益指标", "社会效益指标", "服务质量", "提高质量"]] }) },
    ]);
    const expected = expectedReport([grid]);
    const info = expected.diagnostics.filter((d: Diagnostic) => d.severity === "info");
    expect(info.length).toBeGreaterThan(0);
    expect(expected.totals.errors + expected.totals.warnings).toBe(0);
    const { user, container } = renderPane(new MemoryWorkbook([grid]));
    await validate(user);
    expect(screen.getByText("没有错误或警告")).toBeTruthy();
    expect(container.querySelectorAll('li[data-severity="info"]')).toHaveLength(info.length);
  });
});

describe("the summary sheet", () => {
  test("生成汇总表 writes the summary through the port and says where it went", async () => {
    const wb = await seedWorkbook();
    const { user } = renderPane(wb);
    await user.click(actionButton("生成汇总表"));
    await findNotice(/已生成汇总表「绩效目标汇总」（11 个项目）/);
    expect(wb.summary?.sheet).toBe("绩效目标汇总");
    expect(wb.summary?.plan.tables.map((t) => t.name)).toContain("jixiao_projects");
  });
});
