import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryWorkbook } from "../../src/app/memory-workbook";
import { WorkbookPort } from "../../src/app/ports";
import { CellValue } from "../../src/core/grid/cell-value";
import { SheetGrid } from "../../src/core/grid/sheet-grid";
import { Lang } from "../../src/core/diagnostic";
import { checkGrids } from "../../src/core/check";
import { DEFAULT_SETTINGS, SettingsInput, SettingsSchema } from "../../src/core/settings";
import { App } from "../../src/taskpane/App";
import { Root } from "../../src/taskpane/Root";
import { fixtureGrids } from "../support/fixtures";

export const SEED = "seed-2024.xlsx";

/** A private copy: MemoryWorkbook.writeValue edits its grids, and fixtureGrids caches them. */
export function copyGrids(grids: readonly SheetGrid[]): SheetGrid[] {
  return grids.map((g) => ({
    ...g,
    values: g.values.map((r) => (r ? [...r] : r)) as CellValue[][],
    merges: [...g.merges],
  }));
}

export async function seedWorkbook(): Promise<MemoryWorkbook> {
  return new MemoryWorkbook(copyGrids(await fixtureGrids(SEED)));
}

/** What the core reports for these grids: the numbers the pane must show (never hard-coded). */
export function expectedReport(grids: readonly SheetGrid[], settings: SettingsInput = {}) {
  return checkGrids(grids, SEED, SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...settings })).report;
}

export function renderPane(port: WorkbookPort, lang: Lang = "zh") {
  const user = userEvent.setup();
  const utils = render(
    <Root>
      <App port={port} lang={lang} fileName={SEED} />
    </Root>,
  );
  return { user, ...utils };
}

/** A promise with its resolve handle, to hold a port call open while the test looks at the pane. */
export function deferred<T = void>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Plain DOM checks (the project has no jest-dom matchers). */
export function textOf(el: Element | null | undefined): string {
  if (!el) throw new Error("no element");
  return el.textContent ?? "";
}

export function isDisabled(el: Element | null | undefined): boolean {
  if (!el) throw new Error("no element");
  return (el as HTMLButtonElement).disabled === true || el.getAttribute("aria-disabled") === "true";
}

/** The pane's outcome messages (the live region repeats them for screen readers; tests read them here). */
export async function findNotice(text: string | RegExp): Promise<HTMLElement> {
  return waitFor(() => {
    const el = screen.getByTestId("notices");
    const content = el.textContent ?? "";
    if (typeof text === "string" ? !content.includes(text) : !text.test(content)) throw new Error(`no notice ${String(text)} in "${content}"`);
    return el;
  });
}
