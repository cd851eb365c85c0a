import { fileNameOf } from "../../src/app/file-name";
import { decodeOutcome, encodeOutcome, failedOutcome, validatedOutcome } from "../../src/app/outcome";
import { HostError } from "../../src/app/ports";
import { SETTINGS_STORAGE_KEY, loadStoredSettings } from "../../src/app/stored-settings";
import { MARK_FILL } from "../../src/core/marks";
import { FakeExcelHost, FakeWorkbook } from "../support/fake-excel";
import { cleanForm, sheetOf } from "../support/form-grid";

/**
 * Office globals the command page uses, on top of the fake Excel host (which has Office.onReady and
 * Office.actions). The user presses OK in the dialog unless `closes` is false: then it stays open.
 */
function officeWith(host: FakeExcelHost, dialogs: string[], storage: Map<string, string>, url = "C:\\\\财务\\\\2024绩效目标.xlsx", closes = true) {
  const uninstall = host.install();
  const office = (globalThis as unknown as { Office: Record<string, unknown> }).Office;
  Object.assign(office, {
    AsyncResultStatus: { Succeeded: "succeeded" },
    EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
  });
  Object.assign(office.context as object, {
    displayLanguage: "zh-CN",
    document: { url },
    ui: {
      displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => {
        dialogs.push(url);
        const handlers: Record<string, () => void> = {};
        cb({ status: "succeeded", value: { close() {}, addEventHandler: (type: string, h: () => void) => (handlers[type] = h) } });
        if (closes) handlers.message?.(); // the user presses OK
      },
    },
  });
  (globalThis as unknown as { window: unknown }).window = { location: { href: "https://localhost:3000/commands.html" }, localStorage: { getItem: (k: string) => storage.get(k) ?? null } };
  return { uninstall };
}

/** Loads the command page against the fake host, presses one ribbon button, and says what it showed. */
async function press(host: FakeExcelHost, command: "validate" | "buildSummary", options: { storage?: Map<string, string>; url?: string; closes?: boolean } = {}) {
  const dialogs: string[] = [];
  const { uninstall } = officeWith(host, dialogs, options.storage ?? new Map(), options.url, options.closes);
  try {
    jest.isolateModules(() => require("../../src/commands/commands"));
    await new Promise((r) => setTimeout(r, 0)); // Office.onReady resolves
    const completed = jest.fn(() => {
      // The command is over for Excel once completed() is called: no dialog may be needed for that.
      expect(dialogs).toHaveLength(0);
    });
    const action = host.actions.get(command);
    if (!action) throw new Error(`${command} was not associated once Office.js was ready (lost: ${host.lostActions.join(", ")})`);
    await action({ completed });
    return { completed, dialogs, outcome: dialogs[0] ? decodeOutcome(new URL(dialogs[0]).search) : undefined };
  } finally {
    uninstall();
  }
}

describe("the 一键校验 ribbon command", () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
    jest.resetModules();
  });

  test("validates, highlights, selects the first error, shows the counts and always completes", async () => {
    const spec = cleanForm({ indicators: [["产出指标", "数量指标", "举办培训班", "三次"], ...cleanForm().indicators.slice(1)] });
    const host = new FakeExcelHost(FakeWorkbook.fromGrids([sheetOf("表1", [{ spec }])]));
    const { completed, dialogs, outcome } = await press(host, "validate", { storage: new Map([[SETTINGS_STORAGE_KEY, JSON.stringify({ profile: "lenient" })]]) });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(host.workbook.sheet("表1").cells.get("F13")!.fill).toBe(MARK_FILL.error);
    expect(host.workbook.selection).toEqual({ sheet: "表1", cell: "F13" });
    expect(dialogs).toHaveLength(1);
    expect(outcome).toMatchObject({ kind: "validated", projects: 1, errors: 1, marked: 1, skipped: {} });
  });

  test("生成汇总表 builds the summary sheet, says where it is, and completes", async () => {
    const host = new FakeExcelHost(FakeWorkbook.fromGrids([sheetOf("表1", [{ spec: cleanForm() }])]));
    const { completed, outcome } = await press(host, "buildSummary");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["表1", "绩效目标汇总"]);
    expect(host.workbook.activeSheet).toBe("绩效目标汇总");
    expect(outcome).toEqual({ kind: "summary", sheet: "绩效目标汇总", projects: 1 });
  });

  test("a workbook on SharePoint is named by its decoded file name, without the query", async () => {
    const host = new FakeExcelHost(FakeWorkbook.fromGrids([sheetOf("表1", [{ spec: cleanForm() }])]));
    const url = "https://contoso.sharepoint.com/sites/fin/Shared%20Documents/2024%E7%BB%A9%E6%95%88%E7%9B%AE%E6%A0%87.xlsx?web=1";
    await press(host, "buildSummary", { url });
    const s = host.workbook.sheet("绩效目标汇总");
    expect(String(s.cells.get("A2")!.value)).toContain("来源：2024绩效目标.xlsx ·");
    expect(s.cells.get("C6")!.value).toBe("2024绩效目标.xlsx");
  });

  test("生成汇总表 on a workbook with a protected structure says so, for that command, and changes nothing", async () => {
    const host = new FakeExcelHost(FakeWorkbook.fromGrids([sheetOf("表1", [{ spec: cleanForm() }])]));
    host.workbook.structureProtected = true;
    const before = host.workbook.snapshot();
    const { completed, outcome } = await press(host, "buildSummary");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(outcome).toEqual({ kind: "failed", code: "protected", command: "summary" });
    expect(host.workbook.snapshot() === before).toBe(true);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["表1"]);
  });

  test("the commands are associated only once Office.js is initialised (office-js#3301)", async () => {
    const host = new FakeExcelHost(FakeWorkbook.fromGrids([sheetOf("表1", [{ spec: cleanForm() }])]));
    await press(host, "validate");
    expect(host.lostActions).toEqual([]);
    expect([...host.actions.keys()].sort()).toEqual(["buildSummary", "validate"]);
  });

  test("a dialog the user leaves open does not hold the command: it completes, then the dialog opens", async () => {
    const host = new FakeExcelHost(FakeWorkbook.fromGrids([sheetOf("表1", [{ spec: cleanForm() }])]));
    const { completed, dialogs, outcome } = await press(host, "buildSummary", { closes: false });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(dialogs).toHaveLength(1);
    expect(outcome).toMatchObject({ kind: "summary" });
  });

  test("a failure completes the command at once too, and says why", async () => {
    const host = new FakeExcelHost(FakeWorkbook.fromGrids([sheetOf("表1", [{ spec: cleanForm() }])]));
    host.workbook.sheet("表1").protected = true;
    host.workbook.structureProtected = true;
    const { completed, outcome } = await press(host, "buildSummary", { closes: false });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(outcome).toEqual({ kind: "failed", code: "protected", command: "summary" });
  });

  test("while the user edits a cell, the ribbon waits for the edit to end (delayForCellEdit) instead of failing", async () => {
    const spec = cleanForm({ indicators: [["产出指标", "数量指标", "举办培训班", "三次"], ...cleanForm().indicators.slice(1)] });
    const host = new FakeExcelHost(FakeWorkbook.fromGrids([sheetOf("表1", [{ spec }])]));
    host.workbook.cellEditMode = "InvalidOperation";
    const { outcome } = await press(host, "validate");
    expect(host.delayedRuns).toBe(1);
    expect(outcome).toMatchObject({ kind: "validated", errors: 1, marked: 1 });
  });

  test("on an unsupported Excel it says so, writes nothing, and completes", async () => {
    const host = new FakeExcelHost(FakeWorkbook.fromGrids([sheetOf("表1", [{ spec: cleanForm() }])]), { apiVersion: "1.8" });
    const before = host.workbook.snapshot();
    const { completed, outcome } = await press(host, "validate");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(outcome).toEqual({ kind: "unsupported" });
    expect(host.workbook.snapshot() === before).toBe(true);
    expect(host.syncs).toBe(0);
  });
});

describe("outcome and stored settings", () => {
  test("the outcome survives its trip through a URL, and junk reads as a failure", () => {
    const o = { kind: "validated" as const, projects: 11, errors: 29, warnings: 3, info: 33, marked: 32, skipped: { protected: 2, "cell-gone": 1 } };
    expect(decodeOutcome(`?o=${encodeOutcome(o)}`)).toEqual(o);
    expect(decodeOutcome("?o=%7Bnope")).toEqual({ kind: "failed", code: "failed" });
    const failed = { kind: "failed" as const, code: "busy" as const, command: "summary" as const };
    expect(decodeOutcome(`?o=${encodeOutcome(failed)}`)).toEqual(failed);
  });

  test("the decoder takes only what it knows: junk fields read as a generic failure or are dropped", () => {
    const q = (v: unknown) => `?o=${encodeURIComponent(JSON.stringify(v))}`;
    const generic = { kind: "failed", code: "failed" };
    expect(decodeOutcome("")).toEqual(generic);
    expect(decodeOutcome(q(null))).toEqual(generic);
    expect(decodeOutcome(q([1, 2]))).toEqual(generic);
    expect(decodeOutcome(q({ kind: "nope" }))).toEqual(generic);
    expect(decodeOutcome(q({ kind: "validated", projects: "11" }))).toEqual(generic);
    expect(decodeOutcome(q({ kind: "summary", sheet: 3, projects: 1 }))).toEqual(generic);
    expect(decodeOutcome(q({ kind: "failed", code: "<b>x</b>", command: "rm -rf" }))).toEqual(generic);
    expect(decodeOutcome(q({ kind: "validated", projects: 1, errors: 0, warnings: 0, info: 0, marked: 0, skipped: { protected: 2, bogus: 5, "sheet-gone": -1 } }))).toEqual({
      kind: "validated", projects: 1, errors: 0, warnings: 0, info: 0, marked: 0, skipped: { protected: 2 },
    });
    expect(decodeOutcome(q({ kind: "validated", projects: 1, errors: 0, warnings: 0, info: 0, marked: 0, skipped: 3 }))).toMatchObject({ skipped: {} });
  });

  test("a command's outcome counts skipped cells by reason, and a failure carries the HostError code and the command", () => {
    const totals = { projects: 2, errors: 1, warnings: 0, info: 0 };
    const skipped = [
      { sheet: "A", cell: "B1", reason: "protected" as const },
      { sheet: "A", cell: "B2", reason: "protected" as const },
      { sheet: "Gone", cell: "B3", reason: "sheet-gone" as const },
    ];
    expect(validatedOutcome(totals, { cellsMarked: 4, skipped })).toEqual({ kind: "validated", ...totals, marked: 4, skipped: { protected: 2, "sheet-gone": 1 } });
    expect(validatedOutcome(totals, undefined)).toMatchObject({ marked: 0, skipped: {} });
    expect(failedOutcome("summary", new HostError("too-large", "x"))).toEqual({ kind: "failed", code: "too-large", command: "summary" });
    expect(failedOutcome("validate", new Error("boom"))).toEqual({ kind: "failed", code: "failed", command: "validate" });
  });

  test("fileNameOf: the last part of a path or URL, a URL's escapes decoded and its query and fragment dropped", () => {
    expect(fileNameOf("https://contoso-my.sharepoint.com/personal/a/Documents/%E7%BB%A9%E6%95%88%202024.xlsx?web=1&e=abc")).toBe("绩效 2024.xlsx");
    expect(fileNameOf("https://d.docs.live.net/abc/%E9%A2%84%E7%AE%97.xlsx#sheet")).toBe("预算.xlsx");
    expect(fileNameOf("C:\\财务\\2024绩效目标.xlsx")).toBe("2024绩效目标.xlsx");
    expect(fileNameOf("/Users/me/预算#2 100%.xlsx")).toBe("预算#2 100%.xlsx");
    expect(fileNameOf("https://x/bad%E7.xlsx")).toBe("bad%E7.xlsx");
    expect(fileNameOf("")).toBe("workbook.xlsx");
    expect(fileNameOf(undefined)).toBe("workbook.xlsx");
    expect(fileNameOf("https://x/folder/")).toBe("workbook.xlsx");
  });

  test("stored settings are validated; junk or unknown rule ids give the defaults", () => {
    const store = (v: string) => ({ getItem: () => v });
    expect(loadStoredSettings(store(JSON.stringify({ profile: "lenient", satisfactionFloor: 85 })), "en")).toMatchObject({ profile: "lenient", satisfactionFloor: 85, lang: "en" });
    expect(loadStoredSettings(store("{bad"), "zh").profile).toBe("shanghai");
    expect(loadStoredSettings(store(JSON.stringify({ disabledRules: ["no/such-rule"] })), "zh").disabledRules).toEqual([]);
    expect(loadStoredSettings(undefined, "zh").lang).toBe("zh");
  });
});
