export interface Verb {
  zh: string;
  en: string;
}

/**
 * A file jixiao could not read or write, for a reason the user can act on. The CLI maps every one to exit code 2
 * and prints `line(lang)`: one line in the user's language, never a stack (users are clerks, not developers).
 */
export abstract class FileProblem<Reason extends string> extends Error {
  constructor(
    /** "无法读取" / "cannot read", or the writing pair. */
    private readonly verb: Verb,
    readonly reason: Reason,
    readonly file: string,
    /** Why, in each language, without the file name (a summary sheet lists it beside the file). */
    readonly zh: string,
    readonly en: string,
    /** The underlying error, kept for JIXIAO_DEBUG; never part of the line. */
    override readonly cause?: unknown,
  ) {
    super(`${verb.zh} ${file}：${zh} / ${verb.en} ${file}: ${en}`);
  }

  /** The one line for a user of `lang`. */
  line(lang: "zh" | "en"): string {
    return lang === "zh" ? `${this.verb.zh} ${this.file}：${this.zh}` : `${this.verb.en} ${this.file}: ${this.en}`;
  }
}
