import { FileProblem } from "./file-problem";

export type UnreadableReason =
  | "missing"
  | "is-directory"
  | "no-access"
  | "empty"
  | "legacy-xls-or-encrypted"
  | "not-xlsx"
  | "corrupt"
  /** Past one of the reader's limits (inflated size, cells, string length, sheets): refused, not read. */
  | "too-large";

/** Why a workbook could not be opened. */
export class WorkbookUnreadable extends FileProblem<UnreadableReason> {
  override readonly name = "WorkbookUnreadable";
  constructor(reason: UnreadableReason, file: string, zh: string, en: string, cause?: unknown) {
    super({ zh: "无法读取", en: "cannot read" }, reason, file, zh, en, cause);
  }
}
