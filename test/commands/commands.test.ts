import { decodeOutcome, encodeOutcome } from "../../src/app/outcome";
import { SETTINGS_STORAGE_KEY, loadStoredSettings } from "../../src/app/stored-settings";
import { MARK_FILL } from "../../src/core/marks";
import { FakeExcelHost, FakeWorkbook } from "../support/fake-excel";
import { cleanForm, sheetOf } from "../support/form-grid";

/** Office globals the command page uses, on top of the fake Excel host. */
function officeWith(host: FakeExcelHost, dialogs: string[], storage: Map<string, string>) {
  const uninstall = host.install();
  const office = (globalThis as unknown as { Office: Record<string, unknown> }).Office;
  const actions = new Map<string, (e: { completed(): void }) => Promise<void>>();
  Object.assign(office, {
    actions: { associate: (name: string, fn: (e: { completed(): void }) => Promise<void>) => actions.set(name, fn) },
    AsyncResultStatus: { Succeeded: "succeeded" },
    EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
  });
  Object.assign(office.context as object, {
    displayLanguage: "zh-CN",
    document: { url: "C:\\\\财务\\\\2024绩效目标.xlsx" },
    ui: {
      displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => {
        dialogs.push(url);
        const handlers: Record<string, () => void> = {};
        cb({ status: "succeeded", value: { close() {}, addEventHandler: (type: string, h: () => void) => (handlers[type] = h) } });
        handlers.message?.(); // the user presses OK
      },
    },
  });
  (globalThis as unknown as { window: unknown }).window = { location: { href: "https://localhost:3000/commands.html" }, localStorage: { getItem: (k: string) => storage.get(k) ?? null } };
  return { actions, uninstall };
}

describe("the 一键校验 ribbon command", () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
    jest.resetModules();
  });

  test("validates, highlights, selects the first error, shows the counts and always completes", async () => {
    const spec = cleanForm({ indicators: [["产出指标", "数量指标", "举办培训班", "三次"], ...cleanForm().indicators.slice(1)] });
    const host = new FakeExcelHost(FakeWorkbook.fromGrids([sheetOf("表1", [{ spec }])]));
    const dialogs: string[] = [];
    const { actions, uninstall } = officeWith(host, dialogs, new Map([[SETTINGS_STORAGE_KEY, JSON.stringify({ profile: "lenient" })]]));
    try {
      jest.isolateModules(() => require("../../src/commands/commands"));
      const completed = jest.fn();
      await actions.get("validate")!({ completed });
      expect(completed).toHaveBeenCalledTimes(1);
      expect(host.workbook.sheet("表1").cells.get("F13")!.fill).toBe(MARK_FILL.error);
      expect(host.workbook.selection).toEqual({ sheet: "表1", cell: "F13" });
      expect(dialogs).toHaveLength(1);
      const outcome = decodeOutcome(new URL(dialogs[0]!).search);
      expect(outcome).toMatchObject({ kind: "validated", projects: 1, errors: 1, marked: 1, skipped: 0 });
    } finally {
      uninstall();
    }
  });

  test("生成汇总表 builds the summary sheet, says where it is, and completes", async () => {
    const host = new FakeExcelHost(FakeWorkbook.fromGrids([sheetOf("表1", [{ spec: cleanForm() }])]));
    const dialogs: string[] = [];
    const { actions, uninstall } = officeWith(host, dialogs, new Map());
    try {
      jest.isolateModules(() => require("../../src/commands/commands"));
      const completed = jest.fn();
      await actions.get("buildSummary")!({ completed });
      expect(completed).toHaveBeenCalledTimes(1);
      expect(host.workbook.sheets.map((s) => s.name)).toEqual(["表1", "绩效目标汇总"]);
      expect(host.workbook.activeSheet).toBe("绩效目标汇总");
      expect(decodeOutcome(new URL(dialogs[0]!).search)).toEqual({ kind: "summary", sheet: "绩效目标汇总", projects: 1 });
    } finally {
      uninstall();
    }
  });

  test("on an unsupported Excel it says so, writes nothing, and completes", async () => {
    const host = new FakeExcelHost(FakeWorkbook.fromGrids([sheetOf("表1", [{ spec: cleanForm() }])]), { apiVersion: "1.8" });
    const before = host.workbook.snapshot();
    const dialogs: string[] = [];
    const { actions, uninstall } = officeWith(host, dialogs, new Map());
    try {
      jest.isolateModules(() => require("../../src/commands/commands"));
      const completed = jest.fn();
      await actions.get("validate")!({ completed });
      expect(completed).toHaveBeenCalledTimes(1);
      expect(decodeOutcome(new URL(dialogs[0]!).search)).toEqual({ kind: "unsupported" });
      expect(host.workbook.snapshot() === before).toBe(true);
      expect(host.syncs).toBe(0);
    } finally {
      uninstall();
    }
  });
});

describe("outcome and stored settings", () => {
  test("the outcome survives its trip through a URL, and junk reads as a failure", () => {
    const o = { kind: "validated" as const, projects: 11, errors: 29, warnings: 3, info: 33, marked: 32, skipped: 0 };
    expect(decodeOutcome(`?o=${encodeOutcome(o)}`)).toEqual(o);
    expect(decodeOutcome("?o=%7Bnope")).toEqual({ kind: "failed", code: "failed" });
  });

  test("stored settings are validated; junk or unknown rule ids give the defaults", () => {
    const store = (v: string) => ({ getItem: () => v });
    expect(loadStoredSettings(store(JSON.stringify({ profile: "lenient", satisfactionFloor: 85 })), "en")).toMatchObject({ profile: "lenient", satisfactionFloor: 85, lang: "en" });
    expect(loadStoredSettings(store("{bad"), "zh").profile).toBe("shanghai");
    expect(loadStoredSettings(store(JSON.stringify({ disabledRules: ["no/such-rule"] })), "zh").disabledRules).toEqual([]);
    expect(loadStoredSettings(undefined, "zh").lang).toBe("zh");
  });
});
