/**
 * Why a file could not be opened. The CLI maps every one of these to exit code 2 and prints `line(lang)`, one
 * line in the user's language: users of this tool are clerks, not developers, so no stack traces.
 */
export type UnreadableReason =
  | "missing"
  | "is-directory"
  | "no-access"
  | "empty"
  | "legacy-xls-or-encrypted"
  | "not-xlsx"
  | "corrupt";

export class WorkbookUnreadable extends Error {
  override readonly name = "WorkbookUnreadable";
  constructor(
    readonly reason: UnreadableReason,
    readonly file: string,
    /** Why, in each language, without the file name (a summary sheet lists it beside the file). */
    readonly zh: string,
    readonly en: string,
    /** The underlying error, kept for --debug style logging; never part of `message`. */
    override readonly cause?: unknown,
  ) {
    super(`无法读取 ${file}：${zh} / cannot read ${file}: ${en}`);
  }

  /** The one line for a user of `lang`. */
  line(lang: "zh" | "en"): string {
    return lang === "zh" ? `无法读取 ${this.file}：${this.zh}` : `cannot read ${this.file}: ${this.en}`;
  }
}
