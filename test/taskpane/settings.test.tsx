/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/app/memory-workbook";
import { SETTINGS_KEY, loadSettings } from "../../src/taskpane/settings-store";
import { cleanForm, sheetOf } from "../support/form-grid";
import { expectedReport, isDisabled, renderPane, textOf } from "./pane-helpers";

beforeEach(() => localStorage.clear());
afterEach(() => jest.restoreAllMocks());

/** A form whose satisfaction target (≥85%) is fine at the default floor (80) and low at 90. */
function satisfactionWorkbook() {
  const spec = cleanForm({
    indicators: [
      ["产出指标", "数量指标", "举办培训班", "=2.00(次)"],
      ["满意度指标", "服务对象满意度指标", "培训对象满意度", "≥85.00(%)"],
    ],
  });
  return sheetOf("S1", [{ spec }]);
}

async function openSettings(user: ReturnType<typeof renderPane>["user"]) {
  await user.click(within(screen.getByRole("heading", { level: 2, name: /设置|Settings/ })).getByRole("button"));
}

const validateButton = () => within(screen.getByTestId("action-bar")).getByRole("button", { name: /一键校验|Validate/ });

test("the satisfaction floor is validated, stored, and used by the next run", async () => {
  const grid = satisfactionWorkbook();
  const floor90 = expectedReport([grid], { satisfactionFloor: 90 }).diagnostics.filter((d) => d.rule === "target/satisfaction-floor");
  expect(expectedReport([grid]).diagnostics.filter((d) => d.rule === "target/satisfaction-floor")).toHaveLength(0);
  expect(floor90.length).toBeGreaterThan(0);

  const { user, container } = renderPane(new MemoryWorkbook([grid]));
  await openSettings(user);
  const floor = screen.getByRole("spinbutton", { name: /满意度下限/ });
  expect((floor as HTMLInputElement).value).toBe("80");

  await user.clear(floor);
  await user.type(floor, "150");
  expect(screen.getByText("请输入 0 到 100 之间的数字")).toBeTruthy();
  expect(isDisabled(validateButton())).toBe(true);
  expect(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? "{}").satisfactionFloor).not.toBe(150);

  await user.clear(floor);
  await user.type(floor, "90");
  expect(screen.queryByText("请输入 0 到 100 之间的数字")).toBeNull();
  expect(isDisabled(validateButton())).toBe(false);
  expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toMatchObject({ satisfactionFloor: 90, profile: "shanghai" });
  expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).not.toHaveProperty("lang");

  await user.click(validateButton());
  await waitFor(() => expect(container.querySelectorAll('li[data-rule="target/satisfaction-floor"]')).toHaveLength(floor90.length));
});

test("the profile is stored and read back when the pane opens again", async () => {
  const first = renderPane(new MemoryWorkbook([]));
  await openSettings(first.user);
  await first.user.click(screen.getByRole("radio", { name: "宽松" }));
  expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toMatchObject({ profile: "lenient" });
  first.unmount();

  const again = renderPane(new MemoryWorkbook([]), "en");
  await openSettings(again.user);
  expect((screen.getByRole("radio", { name: "Lenient" }) as HTMLInputElement).checked).toBe(true);
});

test("changing a setting after a run says the next run applies it", async () => {
  const { user } = renderPane(new MemoryWorkbook([satisfactionWorkbook()]));
  await user.click(validateButton());
  await screen.findByRole("heading", { level: 2, name: "校验结果" });
  await openSettings(user);
  await user.click(screen.getByRole("radio", { name: "宽松" }));
  expect(screen.getByText("设置已更改，重新校验后生效。")).toBeTruthy();
});

test("stored settings that do not validate are ignored", () => {
  localStorage.setItem(SETTINGS_KEY, JSON.stringify({ profile: "beijing", satisfactionFloor: 300 }));
  expect(loadSettings("en")).toMatchObject({ profile: "shanghai", satisfactionFloor: 80, lang: "en" });
  localStorage.setItem(SETTINGS_KEY, "{not json");
  expect(loadSettings("zh")).toMatchObject({ profile: "shanghai", lang: "zh" });
  localStorage.setItem(SETTINGS_KEY, JSON.stringify({ disabledRules: ["no/such-rule"] }));
  expect(loadSettings("zh").disabledRules).toEqual([]);
});

test("a browser that refuses storage still runs the pane", async () => {
  jest.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
    throw new DOMException("denied", "SecurityError");
  });
  jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
    throw new DOMException("full", "QuotaExceededError");
  });
  const { user } = renderPane(new MemoryWorkbook([satisfactionWorkbook()]));
  await openSettings(user);
  await user.click(screen.getByRole("radio", { name: "宽松" }));
  expect((screen.getByRole("radio", { name: "宽松" }) as HTMLInputElement).checked).toBe(true);
  await user.click(validateButton());
  expect(await screen.findByRole("heading", { level: 2, name: "校验结果" })).toBeTruthy();
});

test("stored settings that were set aside are said in the settings panel, in the pane's language", async () => {
  localStorage.setItem(SETTINGS_KEY, JSON.stringify({ disabledRules: ["no/such-rule"] }));
  const zh = renderPane(new MemoryWorkbook([]));
  expect(textOf(screen.getByTestId("stored-settings-errors"))).toContain("「关闭的规则」中有未知的规则 id「no/such-rule」");
  await zh.user.selectOptions(screen.getByRole("combobox", { name: "语言" }), "en");
  await waitFor(() => expect(textOf(screen.getByTestId("stored-settings-errors"))).toContain('disabled rules: unknown rule id "no/such-rule"'));
  zh.unmount();

  localStorage.setItem(SETTINGS_KEY, JSON.stringify({ satisfactionFloor: 300 }));
  renderPane(new MemoryWorkbook([]), "en");
  expect(textOf(screen.getByTestId("stored-settings-errors"))).toContain("satisfaction floor must be from 0 to 100");
});
