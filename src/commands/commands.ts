import { buildSummarySheet, validateAndMark } from "../app/actions";
import { fileNameOf } from "../app/file-name";
import { Outcome, encodeOutcome, failedOutcome, validatedOutcome } from "../app/outcome";
import { loadStoredSettings } from "../app/stored-settings";
import { ExcelWorkbook, excelSupport } from "../excel";

/**
 * Ribbon commands (ExecuteFunction): 一键校验 validates and highlights without the pane; 生成汇总表 builds the
 * summary sheet. Each then tells the user what it did in a small dialog (Excel has no notification API for
 * commands).
 *
 * event.completed() is called as soon as the work is done, on every path, and before the dialog opens: until
 * it is, Excel shows the command as running, queues further clicks, and ends it only at the 5-minute runtime
 * limit ("Add-in commands" / "Create add-in commands": "you must call event.completed()"). A dialog left open
 * must not hold the command.
 */

function language(): "zh" | "en" {
  return (Office.context?.displayLanguage ?? "").toLowerCase().startsWith("zh") ? "zh" : "en";
}

function fileName(): string {
  return fileNameOf(Office.context?.document?.url);
}

async function validate(event: Office.AddinCommands.Event): Promise<void> {
  finish(event, await validateOutcome());
}

async function validateOutcome(): Promise<Outcome> {
  let outcome: Outcome;
  try {
    const support = excelSupport();
    if (!support.ok) outcome = { kind: "unsupported" };
    else {
      const port = new ExcelWorkbook(support, undefined, undefined, { delayForCellEdit: true });
      const result = await validateAndMark(port, fileName(), loadStoredSettings(safeStorage(), language()));
      const first = result.report.diagnostics.find((d) => d.severity === "error") ?? result.report.diagnostics.find((d) => d.severity === "warning");
      if (first) await port.select(first.sheet, first.cell).catch(() => undefined);
      outcome = validatedOutcome(result.report.totals, result.marked);
    }
  } catch (e) {
    outcome = failedOutcome("validate", e);
  }
  return outcome;
}

/** 生成汇总表: builds (or rebuilds) the summary sheet and says where it is. */
async function buildSummary(event: Office.AddinCommands.Event): Promise<void> {
  finish(event, await summaryOutcome());
}

async function summaryOutcome(): Promise<Outcome> {
  let outcome: Outcome;
  try {
    const support = excelSupport();
    if (!support.ok) outcome = { kind: "unsupported" };
    else {
      const { sheet, model } = await buildSummarySheet(new ExcelWorkbook(support, undefined, undefined, { delayForCellEdit: true }), fileName(), loadStoredSettings(safeStorage(), language()));
      outcome = { kind: "summary", sheet, projects: model.totals.projects };
    }
  } catch (e) {
    outcome = failedOutcome("summary", e);
  }
  return outcome;
}

/** Completes the command first, then shows what it did; a dialog that fails to open is no failure of the command. */
function finish(event: Office.AddinCommands.Event, outcome: Outcome): void {
  try {
    event.completed();
  } finally {
    void showOutcome(outcome).catch(() => undefined);
  }
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Opens the outcome page as a dialog; resolves when the user closes it (or it cannot be shown). */
function showOutcome(outcome: Outcome): Promise<void> {
  return new Promise((resolve) => {
    const url = new URL("outcome.html", window.location.href);
    url.search = `o=${encodeOutcome(outcome)}`;
    Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 30, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = opened.value;
      const done = () => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

// Office.js must be initialised before command code runs ("Initialize your Office Add-in"; "Create add-in
// commands"): ribbon actions associated before Office.onReady can do nothing on Windows (office-js#3301).
void Office.onReady().then(() => {
  Office.actions.associate("validate", validate);
  Office.actions.associate("buildSummary", buildSummary);
});
