import { buildSummarySheet, validateAndMark } from "../app/actions";
import { fileNameOf } from "../app/file-name";
import { Outcome, encodeOutcome, failedOutcome, validatedOutcome } from "../app/outcome";
import { loadStoredSettings } from "../app/stored-settings";
import { ExcelWorkbook, excelSupport } from "../excel";

/**
 * Ribbon commands (ExecuteFunction): 一键校验 validates and highlights without the pane; 生成汇总表 builds the
 * summary sheet. Each then tells the user what it did in a small dialog (Excel has no notification API for
 * commands). event.completed() is always called, or Excel keeps showing the command as running.
 */

function language(): "zh" | "en" {
  return (Office.context?.displayLanguage ?? "").toLowerCase().startsWith("zh") ? "zh" : "en";
}

function fileName(): string {
  return fileNameOf(Office.context?.document?.url);
}

async function validate(event: Office.AddinCommands.Event): Promise<void> {
  let outcome: Outcome;
  try {
    const support = excelSupport();
    if (!support.ok) outcome = { kind: "unsupported" };
    else {
      const port = new ExcelWorkbook(support);
      const result = await validateAndMark(port, fileName(), loadStoredSettings(safeStorage(), language()));
      const first = result.report.diagnostics.find((d) => d.severity === "error") ?? result.report.diagnostics.find((d) => d.severity === "warning");
      if (first) await port.select(first.sheet, first.cell).catch(() => undefined);
      outcome = validatedOutcome(result.report.totals, result.marked);
    }
  } catch (e) {
    outcome = failedOutcome("validate", e);
  }
  await showOutcome(outcome);
  event.completed();
}

/** 生成汇总表: builds (or rebuilds) the summary sheet and says where it is. */
async function buildSummary(event: Office.AddinCommands.Event): Promise<void> {
  let outcome: Outcome;
  try {
    const support = excelSupport();
    if (!support.ok) outcome = { kind: "unsupported" };
    else {
      const { sheet, model } = await buildSummarySheet(new ExcelWorkbook(support), fileName(), loadStoredSettings(safeStorage(), language()));
      outcome = { kind: "summary", sheet, projects: model.totals.projects };
    }
  } catch (e) {
    outcome = failedOutcome("summary", e);
  }
  await showOutcome(outcome);
  event.completed();
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Opens the outcome page as a dialog and resolves when the user closes it (or it cannot be shown). */
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

// Registered at load: the host may invoke a command as soon as this page is ready.
Office.actions.associate("validate", validate);
Office.actions.associate("buildSummary", buildSummary);
